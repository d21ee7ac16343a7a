"""black, in process and in parallel pieces: the formatter when ruff is not installed or not
chosen, and the repair of the few spots where ruff's layout differs from black's (``ruff_pass``).

Imported only when black has work (see generator.lazy): black alone takes a third of a second.
"""

from __future__ import annotations

import ast
import itertools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput
from black.report import NothingChanged

from generator.generate import ruff_spots

_PARALLEL_BYTES = 50_000
_CHUNK_BYTES = 25_000


class RenderError(ValueError):
    """A template (usually an overriding one) produced something that is not valid Python."""


def format_python(path: str, text: str, line_length: int) -> str:
    """One module (or a piece of one) as black lays it out."""
    mode = Mode(target_versions={TargetVersion.PY311}, line_length=line_length, is_pyi=path.endswith(".pyi"))
    try:
        return black.format_str(text, mode=mode)
    except NothingChanged:
        return text
    except InvalidInput as error:
        raise RenderError(f"{path}: rendered text is not valid Python ({error})") from None


def _format_job(line_length: int, job: tuple[str, str]) -> str:
    return format_python(*job, line_length)


_DEFINITIONS = (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)
_SIMPLE = (ast.Expr, ast.Assign, ast.AnnAssign)


def _full_class(node: ast.stmt) -> bool:
    """A class whose body is more than a lone ``...`` (black keeps one-line stub classes together)."""
    if not isinstance(node, ast.ClassDef) or not node.body:
        return False
    only = node.body[0]
    lone_ellipsis = (
        isinstance(only, ast.Expr) and isinstance(only.value, ast.Constant) and only.value.value is ...
    )
    return len(node.body) > 1 or not lone_ellipsis


def split_module(text: str, size: int = _CHUNK_BYTES, stub: bool = False) -> list[tuple[str, str]]:
    """Cut a module into pieces that black formats alone exactly as it would in place.

    Returns ``(piece, joiner)`` pairs: the formatted pieces, each followed by its joiner, make the
    formatted module. Cuts fall only between two top-level classes or functions (black puts two
    blank lines there) or between two simple statements (black keeps up to two blank lines), and
    only where nothing but blank lines separates them. In stubs (black's pyi mode) cuts fall only
    between two classes with real bodies, which black separates by one blank line.
    """
    try:
        body = ast.parse(text).body
    except SyntaxError:
        return [(text, "")]
    lines = ruff_spots.source_lines(text)
    pieces: list[tuple[str, str]] = []
    start = 0
    for previous, following in itertools.pairwise(body):
        first = min([following.lineno, *(d.lineno for d in getattr(following, "decorator_list", []))]) - 1
        end = previous.end_lineno or previous.lineno
        if sum(len(line) for line in lines[start:end]) < size:
            continue
        if any(line.strip() for line in lines[end:first]):
            continue
        if stub:
            if not (_full_class(previous) and _full_class(following)):
                continue
            joiner = "\n"
        elif isinstance(previous, _DEFINITIONS) and isinstance(following, _DEFINITIONS):
            joiner = "\n\n"
        elif isinstance(previous, _SIMPLE) and isinstance(following, _SIMPLE):
            joiner = "\n" * min(first - end, 2)
        else:
            continue
        pieces.append(("".join(lines[start:end]), joiner))
        start = first
    pieces.append(("".join(lines[start:]), ""))
    return pieces


def format_modules(files: dict[str, str], line_length: int) -> dict[str, str]:
    """Every module formatted by black, large ones in pieces formatted in parallel."""
    jobs: list[tuple[str, str]] = []
    layout: list[tuple[str, list[tuple[int, str]]]] = []
    for path, text in files.items():
        small = len(text) < 2 * _CHUNK_BYTES
        pieces = [(text, "")] if small else split_module(text, stub=path.endswith(".pyi"))
        parts = []
        for piece, joiner in pieces:
            parts.append((len(jobs), joiner))
            jobs.append((path, piece))
        layout.append((path, parts))
    formatted = format_jobs(jobs, line_length)
    return {path: "".join(formatted[index] + joiner for index, joiner in parts) for path, parts in layout}


def format_jobs(jobs: list[tuple[str, str]], line_length: int) -> list[str]:
    """black over every (path, text) job: in worker processes when there is enough work."""
    workers = min(os.cpu_count() or 1, len(jobs))
    if workers < 2 or sum(len(text) for _, text in jobs) < _PARALLEL_BYTES:
        return [format_python(path, text, line_length) for path, text in jobs]
    order = sorted(range(len(jobs)), key=lambda index: -len(jobs[index][1]))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        done = list(pool.map(partial(_format_job, line_length), [jobs[index] for index in order]))
    results = [""] * len(jobs)
    for index, text in zip(order, done, strict=True):
        results[index] = text
    return results
