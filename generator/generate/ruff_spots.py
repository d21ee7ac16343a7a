"""Where ruff's layout may differ from black's, judged from the lines of ruff's output alone.

``ruff_pass`` hands black only the statements this module cannot clear. Most lines that look
divergent are not: a ``|`` line inside a subscript or an expression's parentheses, an annotation
in parentheses closed with no value or a single atom after it, a Markdown table row in a
docstring. A module whose every such line is cleared here needs no parse at all, and a statement
that does need black is found by its lines (the class member around the line, checked by parsing
that member alone) before falling back to parsing the whole module.
"""

from __future__ import annotations

import re

# a continuation line that begins with ``|``, or an annotation ruff opened with a parenthesis
_DIVERGENT = re.compile(r"^[ \t]+(?:\||[A-Za-z_][A-Za-z0-9_]*: \(\r?$)", re.MULTILINE)
# the same lines found in a whole module: led by their newline, a search skips from one newline to
# the next instead of trying a match at every character (five times faster on a large module)
_DIVERGENT_AFTER_NEWLINE = re.compile(r"\n[ \t]++(?:\||[A-Za-z_][A-Za-z0-9_]*+: \(\r?$)", re.MULTILINE)
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
# the end of a line that opens a bracket whose ``|`` continuation lines both formatters write alike:
# a subscript, or parentheses after ``:``, ``->``, ``=``, ``,`` or another bracket
_EXPRESSION_OPENER = re.compile(r"(?:\[|(?:[:=>,] |[(\[])\(|^\()\r?\n?$")
# what may follow an annotation's closing parenthesis: nothing, or ``= atom``, then a comma at most
_SIMPLE_CLOSE = re.compile(
    r"\)(?: = (?:[A-Za-z_][A-Za-z0-9_]*|\.\.\.|[0-9][0-9_]*|\"[^\"\\\n]*\"|'[^'\\\n]*'))?,?\r?\n?$"
)
# the name a class member's first line defines (``def name(``, ``class Name``, ``name: ...``, ``name = ...``)
_MEMBER_NAME = re.compile(r"    (?:(?:async )?def |class )?([A-Za-z_][A-Za-z0-9_]*)\b")
_CLOSERS = ")]}"


def source_lines(text: str) -> list[str]:
    """Lines as Python numbers them (``str.splitlines`` also splits at form feeds, U+2028, ...)."""
    return _LINE.findall(text)


def needs_black(text: str) -> bool:
    return _DIVERGENT_AFTER_NEWLINE.search("\n" + text) is not None


def divergent_lines(lines: list[str]) -> list[int]:
    """The lines ``needs_black`` looks for (indices into ``lines``)."""
    return [number for number, line in enumerate(lines) if _DIVERGENT.match(line)]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def safe_hit(lines: list[str], hit: int) -> bool:
    """Whether a divergent-looking line of ruff's output is certainly laid out as black would.

    Judged from the lines around it, as ruff's output indents a bracket's content one level deeper
    than the line that opens it: a ``|`` line directly inside a subscript or an expression's
    parentheses, or ``name: (`` whose closing line carries no value or a single atom. A line that
    also ends with ``|`` is text (a Markdown table in a docstring): ruff never ends code with an
    operator.
    """
    depth = _indent(lines[hit])
    text = lines[hit].strip()
    if text.startswith("|"):
        if text.endswith("|") and "#" not in text:
            return True
        for number in range(hit - 1, -1, -1):
            line = lines[number]
            if line.strip() and _indent(line) < depth:
                return _EXPRESSION_OPENER.search(line.strip(" \t")) is not None
        return False
    for number in range(hit + 1, len(lines)):
        line = lines[number]
        if line.strip() and _indent(line) <= depth:
            return _indent(line) == depth and _SIMPLE_CLOSE.match(line.lstrip(" \t")) is not None
    return False


def unsafe_lines(text: str) -> list[int]:
    """The lines of ruff's output that may differ from black's layout (none for most modules)."""
    if not needs_black(text):
        return []
    lines = source_lines(text)
    return [number for number in divergent_lines(lines) if not safe_hit(lines, number)]


def _starts_member(line: str) -> bool:
    return _indent(line) == 4 and bool(line.strip()) and line.lstrip(" \t")[0] not in _CLOSERS


def member_span(lines: list[str], line: int) -> tuple[int, int] | None:
    """The line range of the class member (indented by four spaces) holding ``line``; None when the
    lines do not show one (the caller checks the range by parsing it)."""
    first = next((n for n in range(line, -1, -1) if _starts_member(lines[n]) or _indent(lines[n]) < 4), None)
    if first is None or not _starts_member(lines[first]):
        return None
    while first > 0 and lines[first - 1].startswith("    @"):
        first -= 1
    end = line + 1
    while end < len(lines) and not (
        _starts_member(lines[end]) or (lines[end].strip() and _indent(lines[end]) < 4)
    ):
        end += 1
    while end > first and not lines[end - 1].strip():
        end -= 1
    return first, end


def member_key(lines: list[str], span: tuple[int, int]) -> tuple[str, str] | None:
    """Which member a span is: its class's first line and the name it defines (None if unclear)."""
    first, _ = span
    header = next((n for n in range(first, -1, -1) if lines[n].strip() and _indent(lines[n]) == 0), None)
    body = next((n for n in range(first, span[1]) if not lines[n].startswith("    @")), first)
    name = _MEMBER_NAME.match(lines[body])
    if header is None or not lines[header].startswith("class ") or name is None:
        return None
    return lines[header], name.group(1)


def find_member(lines: list[str], key: tuple[str, str]) -> tuple[int, int] | None:
    """The span of the member ``key`` names, when exactly one line of ``lines`` starts it."""
    header, name = key
    classes = [n for n, line in enumerate(lines) if line == header]
    if len(classes) != 1:
        return None
    found = []
    for number in range(classes[0] + 1, len(lines)):
        line = lines[number]
        if line.strip() and _indent(line) == 0:
            break
        match = _MEMBER_NAME.match(line) if _starts_member(line) else None
        if match is not None and match.group(1) == name:
            found.append(number)
    return member_span(lines, found[0]) if len(found) == 1 else None
