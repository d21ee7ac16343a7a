"""Generated Python laid out as black lays it out; results cached by content.

By default one ``ruff format`` run does the work and black redoes only the few pieces where the two
differ (see ``ruff_pass``); the ``black`` formatter (also used when ruff is not installed) runs
black alone, in parallel pieces. Both give the same bytes. black runs in a process of its own
(``black_pass``), so a run that needs none of it never imports it.

The cache lives in ``$SPECGEN_CACHE_DIR`` (set it empty to disable), else
``$XDG_CACHE_HOME/specgen`` or ``~/.cache/specgen``. An entry is keyed by the formatter, its
versions, the mode and the unformatted text, so a hit returns exactly what a cold run would.
"""

from __future__ import annotations

import ast
import hashlib
import importlib.metadata
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import generator
from generator.generate import ruff_pass
from generator.generate.settings import FORMATTERS

LINE_LENGTH = 100
_CHUNK_BYTES = 25_000
_BLACK_VERSION = importlib.metadata.version("black")
# black runs in a process of its own (importing it costs more than most runs that need no black)
_BLACK_PASS = "generator.generate.black_pass"
_INVALID_PYTHON = 1  # black_pass's exit status for text that is not valid Python


class RenderError(ValueError):
    """A template (usually an overriding one) produced something that is not valid Python."""


def is_python(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


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
    lines = ruff_pass.source_lines(text)
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


def cache_dir() -> Path | None:
    configured = os.environ.get("SPECGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) / "black" if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specgen" / "black"


def _key(path: str, text: str, formatter: str) -> str:
    mode = "pyi" if path.endswith(".pyi") else "py"
    versions = f"{formatter}\0{_BLACK_VERSION}\0{ruff_pass.ruff_version() if formatter == 'ruff' else ''}"
    digest = hashlib.sha256(f"{versions}\0{mode}\0{LINE_LENGTH}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read(folder: Path | None, key: str) -> str | None:
    if folder is None:
        return None
    try:
        return (folder / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _store(folder: Path | None, key: str, text: str) -> None:
    if folder is None:
        return
    try:
        target = folder / key[:2] / key
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError:
        return


def format_files(files: Mapping[str, str], formatter: str = "ruff") -> dict[str, str]:
    """Every .py/.pyi file formatted; other files unchanged.

    ``formatter`` is ``"ruff"`` (ruff, then black where they differ; black alone when ruff is not
    installed) or ``"black"``.
    """
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r}: use one of {', '.join(FORMATTERS)}")
    binary = ruff_pass.ruff_binary() if formatter == "ruff" else None
    formatter = "ruff" if binary is not None else "black"
    folder = cache_dir()
    result = dict(files)
    misses: dict[str, tuple[str, str]] = {}
    for path, text in files.items():
        if not is_python(path):
            continue
        key = _key(path, text, formatter)
        cached = _read(folder, key)
        if cached is None:
            misses[path] = (text, key)
        else:
            result[path] = cached
    if not misses:
        return result
    unformatted = {path: text for path, (text, _) in misses.items()}
    formatted = _with_ruff(binary, unformatted) if binary is not None else None
    if formatted is None:
        formatted = _with_black(unformatted)
    for path, (_, key) in misses.items():
        result[path] = formatted[path]
        _store(folder, key, formatted[path])
    return result


def _with_ruff(binary: str, files: dict[str, str]) -> dict[str, str] | None:
    """One ruff run, then black on the divergent pieces; None when ruff cannot format the files."""
    first = ruff_pass.ruff_format(binary, files, LINE_LENGTH)
    if first is None:
        return None
    return ruff_pass.repair(files, first, _run_jobs)


def _with_black(files: dict[str, str]) -> dict[str, str]:
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
    formatted = _run_jobs(jobs)
    return {path: "".join(formatted[index] + joiner for index, joiner in parts) for path, parts in layout}


def _run_jobs(jobs: list[tuple[str, str]]) -> list[str]:
    """black over every (path, text) job, in ``generator.generate.black_pass``'s process."""
    if not jobs:
        return []
    source_root = str(Path(generator.__file__).resolve().parent.parent)
    path = os.pathsep.join(filter(None, (source_root, os.environ.get("PYTHONPATH"))))
    environment = {**os.environ, "PYTHONPATH": path, "PYTHONIOENCODING": "utf-8:backslashreplace"}
    completed = subprocess.run(
        [sys.executable, "-m", _BLACK_PASS, str(LINE_LENGTH)],
        input=json.dumps(jobs),
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        check=False,
    )
    if completed.returncode == _INVALID_PYTHON:
        raise RenderError(completed.stderr.strip())
    if completed.returncode != 0:
        raise RuntimeError(f"black failed (exit {completed.returncode}): {completed.stderr.strip()[-500:]}")
    formatted: list[str] = json.loads(completed.stdout)
    return formatted
