"""Changelog entries: one per pair of successive exports, made from a diff report and rendered as data."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.render.docs.anchors import DocsIndex
from generator.render.markdown import cell, code, text

LEVELS = ("breaking", "warning", "info")


@dataclass(frozen=True)
class ChangeLine:
    level: str
    operation: str | None
    message: str
    pointer: str = ""


@dataclass(frozen=True)
class ChangelogEntry:
    """The changes from export ``base`` to export ``revision`` (newest entries first on the page)."""

    title: str
    base: str
    revision: str
    semver: str
    changes: tuple[ChangeLine, ...]
    date: str = ""

    def count(self, level: str) -> int:
        return sum(1 for change in self.changes if change.level == level)


def entry_from_report(title: str, base: str, revision: str, report: Any, date: str = "") -> ChangelogEntry:
    """An entry from a ``generator.diff`` report (anything with ``changes`` and ``semver``)."""
    lines = tuple(
        ChangeLine(
            level=str(getattr(change.level, "value", change.level)),
            operation=change.operation,
            message=change.message,
            pointer=getattr(change, "pointer", "") or "",
        )
        for change in report.changes
    )
    return ChangelogEntry(title, base, revision, str(report.semver), lines, date)


def coerce_entries(value: Any) -> list[ChangelogEntry]:
    """Entries given as ChangelogEntry values or as plain mappings with the same fields."""
    if value is None:
        return []
    if isinstance(value, (ChangelogEntry, Mapping)):
        value = [value]
    entries = []
    for item in value:
        if isinstance(item, ChangelogEntry):
            entries.append(item)
        elif isinstance(item, Mapping):
            changes = tuple(
                ChangeLine(
                    str(change.get("level", "info")),
                    change.get("operation"),
                    str(change.get("message", "")),
                    str(change.get("pointer", "")),
                )
                for change in item.get("changes", ())
            )
            entries.append(
                ChangelogEntry(
                    str(item.get("title", "")),
                    str(item.get("base", "")),
                    str(item.get("revision", "")),
                    str(item.get("semver", "none")),
                    changes,
                    str(item.get("date", "")),
                )
            )
        else:
            raise TypeError(f"not a changelog entry: {item!r}")
    return entries


@dataclass(frozen=True)
class ChangeRow:
    level: str
    operation: str
    message: str


@dataclass(frozen=True)
class EntryView:
    title: str
    subtitle: str
    semver: str
    counts: str
    rows: tuple[ChangeRow, ...]


def entry_views(entries: Sequence[ChangelogEntry], index: DocsIndex, page: str) -> list[EntryView]:
    """Changes ordered breaking first; operations that still exist link to their section."""
    operations = {operation.key: operation for operation in index.document.operations}
    views = []
    for entry in entries:
        ordered = sorted(
            entry.changes, key=lambda change: (_rank(change.level), change.operation or "", change.message)
        )
        rows = tuple(
            ChangeRow(
                text(change.level),
                _operation_cell(change.operation, operations, index, page),
                cell(change.message),
            )
            for change in ordered
        )
        subtitle = " → ".join(
            part
            for part in (
                code(entry.base) if entry.base else "",
                code(entry.revision) if entry.revision else "",
            )
            if part
        )
        views.append(
            EntryView(
                title=text(entry.title or entry.revision or "changes"),
                subtitle=" · ".join(part for part in (subtitle, text(entry.date)) if part),
                semver=text(entry.semver),
                counts=", ".join(f"{entry.count(level)} {level}" for level in LEVELS),
                rows=rows,
            )
        )
    return views


def _rank(level: str) -> int:
    return LEVELS.index(level) if level in LEVELS else len(LEVELS)


def _operation_cell(key: str | None, operations: Mapping[str, Any], index: DocsIndex, page: str) -> str:
    if not key:
        return ""
    operation = operations.get(key)
    if operation is None:
        return code(key)
    return f"[{code(key)}]({index.operation(operation).href_from(page)})"
