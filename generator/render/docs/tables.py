"""Tables that fit the content column: at most five columns, empty ones dropped, long text moved out.

Every cell arrives as escaped Markdown for one table row. A description that is a list, several
paragraphs or simply long is shown in full below the table, so lists stay lists; its cell keeps the
first sentence and says where the rest is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from generator.render.markdown import LinkRewriter, cell, code, is_plain, prose

LONG_CELL = 240
_BLOCKY = re.compile(r"\n\s*\n|^\s*(?:[-*+]|\d+[.)])\s|^\s*(?:```|~~~)|^\s*\|", re.MULTILINE)
_FIRST_SENTENCE = re.compile(r"^(.{10,200}?[.!?])(?:\s|$)", re.DOTALL)
_PATH_SEGMENT = re.compile(r"[^.\[\]]+(?:\[\])*\.?|\[\]\.?|\.")
# A character reference, not a character: the tool's own break opportunity between path segments.
PATH_BREAK = "&#8203;"


class Description(NamedTuple):
    """A description cell and, when the text does not fit a cell, the full text for below the table."""

    cell: str
    details: str = ""


class Table(NamedTuple):
    """A Markdown table and, below it, the descriptions too long for a cell."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    details: tuple[tuple[str, str], ...] = ()


FIELD_HEADERS = ("Field", "Type", "Required", "Description")


class FieldRow(NamedTuple):
    """Markdown-ready cells of one table row."""

    name: str
    type: str
    required: str
    description: Description


class Fold(NamedTuple):
    """A collapsible block below a table: the fields under one path, or one variant."""

    title: str
    table: Table
    open: bool = False


class FieldTree(NamedTuple):
    table: Table
    folds: tuple[Fold, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.table.rows and not self.folds


def field_table(rows: list[FieldRow]) -> Table:
    return table(
        FIELD_HEADERS,
        [(row.name, row.type, row.required, row.description.cell) for row in rows],
        [(row.name, row.description.details) for row in rows if row.description.details],
    )


def describe(text: str, link: LinkRewriter | None, notes: Sequence[str] = ()) -> Description:
    """The description cell for ``text`` followed by ``notes`` (flags, constraints, enum, example)."""
    tail = " ".join(note for note in notes if note)
    if not text or (len(text) <= LONG_CELL and _BLOCKY.search(text) is None):
        return Description(" ".join(part for part in (cell(text, link), tail) if part))
    stripped = text.strip()
    first = _FIRST_SENTENCE.match(stripped)
    if first is None or "\n" in first.group(1):
        return Description(f"(Described below the table.) {tail}".strip(), prose(stripped, link))
    rest = stripped[first.end() :]
    return Description(
        f"{cell(first.group(1), link)} (More below the table.) {tail}".strip(), prose(rest, link)
    )


def summary(text: str, link: LinkRewriter | None) -> str:
    """The first sentence of a description as a cell, or the whole text when it is short and flat."""
    if len(text) <= LONG_CELL and is_plain(text):  # one line without syntax: the cell as written
        return text
    if len(text) <= LONG_CELL and _BLOCKY.search(text) is None:
        return cell(text, link)
    first = _FIRST_SENTENCE.match(text.strip())
    return cell(first.group(1), link) + " …" if first is not None and "\n" not in first.group(1) else "…"


@functools.lru_cache(maxsize=4096)  # field names repeat across models and pages
def path_cell(path: str) -> str:
    """A field path as code spans that the browser may wrap after ``.`` and ``[]`` only."""
    segments = _PATH_SEGMENT.findall(path) or [path]
    return PATH_BREAK.join(code(segment) for segment in segments)


def table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    details: Sequence[tuple[str, str]] = (),
    keep: Callable[[str], bool] = lambda header: header in ("Name", "Field", "Description"),
) -> Table:
    """A table without the columns that are empty in every row (name and description always stay)."""
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in headers]
    used = [
        position
        for position, header in enumerate(headers)
        if keep(header) or any(map(str.strip, columns[position]))
    ]
    if len(used) == len(headers):
        kept = tuple(map(tuple, rows))
    else:
        kept = tuple(tuple(row[position] for position in used) for row in rows)
    return Table(tuple(headers[position] for position in used), kept, tuple(details))
