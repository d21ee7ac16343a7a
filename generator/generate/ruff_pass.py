"""ruff's formatter as a fast first pass, and the spots where black's layout differs from it.

``ruff format`` lays out our templates' output the way black does, except for long annotations
of parameters with a default (ruff continues ``name: A\\n| B\\n| None = None`` on lines that begin
with ``|``, black wraps the union in parentheses) and long annotated assignments (ruff wraps the
annotation in parentheses, black the value). After one ruff run over every file, each top-level
statement (or class member) holding such a line is formatted again by black, alone, with its
indentation kept, so the module ends up as black would lay it out. A false hit (say a docstring
line starting with ``|``) only costs one extra black run on a small piece; the equivalence tests
in tests/generate/test_formatting.py compare whole outputs.
"""

from __future__ import annotations

import ast
import functools
import os
import subprocess
import tempfile
import tokenize
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from generator.generate.ruff_pieces import cut_module, join_pieces
from generator.generate.ruff_spots import (
    divergent_lines,
    find_member,
    member_key,
    member_span,
    source_lines,
    unsafe_lines,
)

find_ruff_bin: Any
try:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped,no-redef]
except ImportError:  # ruff is optional: black alone does the formatting then
    find_ruff_bin = None

_WRAPPER = "class _Piece:\n"

Formatter = Callable[[list[tuple[str, str]]], list[str]]


def ruff_binary() -> str | None:
    """The ruff executable installed with the ``ruff`` package, or None when there is none."""
    if find_ruff_bin is None:
        return None
    try:
        return os.fsdecode(find_ruff_bin())
    except FileNotFoundError:
        return None


@functools.cache
def ruff_version(binary: str) -> str:
    """What ``binary --version`` says (asked once a run: reading package metadata costs more)."""
    try:
        completed = subprocess.run([binary, "--version"], capture_output=True, check=False)
    except OSError:
        return ""
    return completed.stdout.decode("utf-8", "replace").strip() if completed.returncode == 0 else ""


def ruff_format(binary: str, files: Mapping[str, str], line_length: int) -> dict[str, str] | None:
    """Every file formatted by one ``ruff format`` run that reads no user config; None if it fails.

    Large modules go to ruff in pieces (see ``ruff_pieces``); when ruff refuses a piece, the files
    are formatted whole."""
    paths = list(files)
    pieces = [cut_module(path, files[path]) for path in paths]
    if any(len(parts) > 1 for parts in pieces):
        jobs = [(path, part) for path, parts in zip(paths, pieces, strict=True) for part in parts]
        done = _ruff_run(binary, jobs, line_length)
        if done is not None:
            formatted = iter(done)
            joined = [join_pieces([next(formatted) for _ in parts]) for parts in pieces]
            texts = [text for text in joined if text is not None]
            if len(texts) == len(paths):
                return dict(zip(paths, texts, strict=True))
    done = _ruff_run(binary, [(path, files[path]) for path in paths], line_length)
    return None if done is None else dict(zip(paths, done, strict=True))


def _ruff_run(binary: str, jobs: list[tuple[str, str]], line_length: int) -> list[str] | None:
    """The texts of ``(path, text)`` jobs formatted by one ``ruff format`` run; None if it fails."""
    with tempfile.TemporaryDirectory(prefix="specgen-format-") as folder:
        names = [str(Path(folder) / f"{index}{Path(path).suffix}") for index, (path, _) in enumerate(jobs)]
        for name, (_, text) in zip(names, jobs, strict=True):
            _write_scratch(Path(name), text)
        command = [binary, "format", "--isolated", "--no-cache", "--quiet"]
        command += ["--line-length", str(line_length), "--target-version", "py311", *names]
        try:
            completed = subprocess.run(command, capture_output=True, check=False)
        except OSError:
            return None
        if completed.returncode != 0:
            return None
        return [Path(name).read_bytes().decode("utf-8") for name in names]


def _write_scratch(path: Path, text: str) -> None:
    """A file for ruff to format; an OS limit (file size, disk space) is raised naming the file."""
    try:
        path.write_text(text, encoding="utf-8", newline="")
    except OSError as error:
        raise OSError(error.errno, error.strerror, str(path)) from error


_OPENERS = {"(": ")", "[": "]", "{": "}"}
_ATOMS = (tokenize.NAME, tokenize.NUMBER, tokenize.STRING)


def _diverges(piece: str) -> bool:
    """Whether ruff's layout of one statement may differ from black's (True when unsure).

    Two layouts agree and are left alone: ``|`` lines inside an annotation's own brackets, and an
    annotation in parentheses followed by no value or by a single name, number, string or ``...``.
    """
    physical = source_lines(piece)
    try:
        tokens = list(tokenize.generate_tokens(iter(physical).__next__))
    except (tokenize.TokenError, SyntaxError):
        return True
    code = [
        t for t in tokens if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT)
    ]
    stack: list[int] = []
    for at, token in enumerate(code):
        if token.type != tokenize.OP:
            continue
        if token.string in _OPENERS:
            stack.append(at)
            continue
        if token.string in _OPENERS.values():
            opened = stack.pop() if stack else None
            if opened is not None and _annotation_paren(code, opened) and not _simple_value(code, at + 1):
                return True
            continue
        starts_line = not physical[token.start[0] - 1][: token.start[1]].strip()
        if token.string == "|" and starts_line and not (stack and _expression_bracket(code, stack[-1])):
            return True
    return False


def _annotation_paren(code: list[tokenize.TokenInfo], opened: int) -> bool:
    return code[opened].string == "(" and opened > 0 and code[opened - 1].string == ":"


def _expression_bracket(code: list[tokenize.TokenInfo], opened: int) -> bool:
    """A subscript or a parenthesised expression, not the parentheses of a call or a definition."""
    if code[opened].string == "[":
        return True
    return (
        code[opened].string == "("
        and opened > 0
        and code[opened - 1].string in (":", "->", "=", ",", "(", "[")
    )


def _simple_value(code: list[tokenize.TokenInfo], after: int) -> bool:
    """After ``)``: no value, or ``= atom`` ending the statement or the parameter."""
    rest = [t.string if t.type == tokenize.OP else t.type for t in code[after : after + 3]]
    if not rest or rest[0] != "=":
        return not rest or rest[0] in (",", ")") or rest[0] in (tokenize.NEWLINE, tokenize.ENDMARKER)
    value = code[after + 1] if after + 1 < len(code) else None
    if value is None or not (value.type in _ATOMS or value.string == "..."):
        return False
    following = code[after + 2] if after + 2 < len(code) else None
    return (
        following is None
        or following.string in (",", ")")
        or following.type
        in (
            tokenize.NEWLINE,
            tokenize.ENDMARKER,
        )
    )


def _regions(lines: list[str], body: list[ast.stmt]) -> list[tuple[int, int | None]]:
    """Which statements black must redo: ``(top-level index, class member index or None)``."""
    hits = set(divergent_lines(lines))
    regions: list[tuple[int, int | None]] = []
    for index, node in enumerate(body):
        first, end = _span(node)
        inside = {hit for hit in hits if first <= hit < end}
        if not inside:
            continue
        members = node.body if isinstance(node, ast.ClassDef) else []
        chosen = [at for at, member in enumerate(members) if any(_contains(member, hit) for hit in inside)]
        if chosen and all(any(_contains(members[at], hit) for at in chosen) for hit in inside):
            regions.extend((index, at) for at in chosen)
        else:
            regions.append((index, None))
    return regions


def _contains(node: ast.stmt, line: int) -> bool:
    first, end = _span(node)
    return first <= line < end


def _span(node: ast.stmt) -> tuple[int, int]:
    decorators = getattr(node, "decorator_list", [])
    first = min([node.lineno, *(decorator.lineno for decorator in decorators)]) - 1
    return first, node.end_lineno or node.lineno


def _member_spans(
    lines: list[str], body: list[ast.stmt], regions: list[tuple[int, int | None]]
) -> list[tuple[int, int]] | None:
    """Line ranges of the regions; None unless every class member starts indented by four spaces."""
    spans = []
    for index, member in regions:
        node = body[index]
        if member is None:
            spans.append(_span(node))
            continue
        assert isinstance(node, ast.ClassDef)
        first, end = _span(node.body[member])
        if not lines[first].startswith("    ") or lines[first].startswith("     "):
            return None
        spans.append((first, end))
    return spans


Plan = tuple[list[tuple[int, int | None]], list[tuple[int, int]], list[tuple[str, str]]]


def _plan(path: str, source: str, text: str) -> Plan:
    """The regions of ``text`` to redo, their lines in ``text``, and black's jobs (from ``source``).

    black starts from the statement as rendered (``source``), not from ruff's layout: black does
    not always keep a layout it would not have chosen itself, so only the source gives its bytes.
    """
    lines = source_lines(text)
    text_body = ast.parse(text).body
    regions = _regions(lines, text_body)
    targets = _member_spans(lines, text_body, regions)
    if targets is not None and not any(_diverges("".join(lines[first:end])) for first, end in targets):
        return [], [], []  # ruff's layout is black's: the source need not be parsed
    origin_lines = source_lines(source)
    source_body = ast.parse(source).body
    origins = _member_spans(origin_lines, source_body, regions)
    if targets is None or origins is None:
        regions = sorted({(index, None) for index, _ in regions})
        targets = _member_spans(lines, text_body, regions)
        origins = _member_spans(origin_lines, source_body, regions)
    assert targets is not None and origins is not None
    kept = [at for at, (first, end) in enumerate(targets) if _diverges("".join(lines[first:end]))]
    regions = [regions[at] for at in kept]
    targets = [targets[at] for at in kept]
    origins = [origins[at] for at in kept]
    jobs = [
        (path, ("" if member is None else _WRAPPER) + "".join(origin_lines[first:end]))
        for (_, member), (first, end) in zip(regions, origins, strict=True)
    ]
    return regions, targets, jobs


def _without_docstrings(piece: str) -> str | None:
    """The code of a wrapped member, docstrings blanked (formatters may re-indent them); None if
    the piece is not exactly one member."""
    try:
        body = ast.parse(piece).body
    except SyntaxError:
        return None
    if len(body) != 1 or not isinstance(body[0], ast.ClassDef) or len(body[0].body) != 1:
        return None
    for node in ast.walk(body[0]):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            node.value = ast.Constant("")
    return ast.dump(body[0].body[0])


def _plan_by_lines(path: str, source: str, lines: list[str], hits: list[int]) -> Plan | None:
    """The plan from the class members around the hits, each found by its lines and checked by
    parsing it alone (the same code in ``source`` and ruff's output); None when that fails."""
    origin_lines = source_lines(source)
    targets: list[tuple[int, int]] = []
    jobs: list[tuple[str, str]] = []
    last = (0, 0)
    for hit in hits:
        if last[0] <= hit < last[1]:
            continue
        target = member_span(lines, hit)
        key = None if target is None else member_key(lines, target)
        origin = None if key is None else find_member(origin_lines, key)
        if target is None or origin is None:
            return None
        piece = _WRAPPER + "".join(lines[target[0] : target[1]])
        job = _WRAPPER + "".join(origin_lines[origin[0] : origin[1]])
        code = _without_docstrings(piece)
        if code is None or code != _without_docstrings(job):
            return None
        last = target
        if _diverges(piece.removeprefix(_WRAPPER)):
            targets.append(target)
            jobs.append((path, job))
    return [(-1, 0)] * len(targets), targets, jobs


def repair(sources: Mapping[str, str], formatted: Mapping[str, str], black: Formatter) -> dict[str, str]:
    """ruff's output (``formatted``) with every divergent statement laid out by black, in one batch."""
    plans: dict[str, Plan] = {}
    for path, text in formatted.items():
        hits = unsafe_lines(text)
        if hits:
            quick = _plan_by_lines(path, sources[path], source_lines(text), hits)
            plans[path] = quick if quick is not None else _plan(path, sources[path], text)
    jobs = [job for _, _, plan_jobs in plans.values() for job in plan_jobs]
    pieces = iter(black(jobs))
    result = dict(formatted)
    for path, (regions, targets, plan_jobs) in plans.items():
        lines = source_lines(result[path])
        done = [next(pieces) for _ in plan_jobs]
        for (_, member), (first, end), piece in reversed(list(zip(regions, targets, done, strict=True))):
            lines[first:end] = [piece if member is None else piece.removeprefix(_WRAPPER)]
        result[path] = "".join(lines)
    return result
