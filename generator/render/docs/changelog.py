"""Changelog entries: one per pair of successive exports, made from a diff report and rendered as data."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from generator.render.docs.advice import advice
from generator.render.docs.anchors import DocsIndex
from generator.render.markdown import cell, code, prose, text
from generator.rules.change_rules import DEPRECATIONS, OPERATION_ADDED, PATH_ADDED
from generator.rules.registry import DIFF_RULES
from generator.rules.rule import CHANGE_LEVELS, Kind, Level

SECTIONS = ("Breaking", "Added", "Changed", "Deprecated", "Documentation")
_SECTION_OF_KIND = {Kind.ADDITION: "Added", Kind.DOCUMENTATION: "Documentation"}


@dataclass(frozen=True)
class ChangeLine:
    level: str
    operation: str | None
    message: str
    pointer: str = ""
    rule: str = ""
    before: str = ""
    after: str = ""

    @property
    def section(self) -> str:
        """Breaking by level, Deprecated by rule, else by the rule's kind (a rule this specgen does not
        know, from another version's report, is Changed)."""
        if self.level == Level.BREAKING:
            return "Breaking"
        if self.rule in DEPRECATIONS:
            return "Deprecated"
        rule = DIFF_RULES.get(self.rule)
        return "Changed" if rule is None else _SECTION_OF_KIND.get(rule.kind, "Changed")


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


@dataclass(frozen=True)
class ChangeRow:
    operation: str
    message: str
    advice: str = ""
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class SectionView:
    """One level of an entry (breaking, warnings, other changes) and its rows."""

    title: str
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True)
class EntryView:
    """One release of the changelog page, as its template shows it."""

    title: str
    anchor: str
    subtitle: str
    semver: str
    counts: str
    sections: tuple[SectionView, ...]


def version_anchor(title: str, taken: set[str]) -> str:
    """``v2-0-0`` for release 2.0.0: the same for a release in every later build of the page."""
    words = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "release"
    candidate = words if words.startswith("v") and words[1:2].isdigit() else f"v{words}"
    result, counter = candidate, 2
    while result in taken:
        result, counter = f"{candidate}--{counter}", counter + 1
    taken.add(result)
    return result


def entry_views(entries: Sequence[ChangelogEntry], index: DocsIndex, page: str) -> list[EntryView]:
    """Per release, changes grouped for people; operations that still exist link to their section."""
    operations = {operation.key: operation for operation in index.document.operations}
    views = []
    taken: set[str] = set()
    for entry in entries:
        ordered = sorted(entry.changes, key=lambda change: (change.operation or "", change.message))
        sections = tuple(
            SectionView(
                name,
                tuple(
                    ChangeRow(
                        _operation_cell(change.operation, operations, index, page),
                        cell(change.message),
                        text(advice(change.rule)) if name == "Breaking" else "",
                        prose(change.before),
                        prose(change.after),
                    )
                    for change in ordered
                    if change.section == name
                ),
            )
            for name in SECTIONS
        )
        subtitle = " → ".join(
            part
            for part in (
                code(entry.base) if entry.base else "",
                code(entry.revision) if entry.revision else "",
            )
            if part
        )
        title = entry.title or entry.revision or "changes"
        views.append(
            EntryView(
                title=text(title),
                anchor=version_anchor(title, taken),
                subtitle=" · ".join(part for part in (subtitle, text(entry.date)) if part),
                semver=text(entry.semver),
                counts=", ".join(f"{entry.count(level)} {level}" for level in CHANGE_LEVELS),
                sections=tuple(section for section in sections if section.rows),
            )
        )
    return views


def history_marks(entries: Sequence[ChangelogEntry]) -> dict[str, tuple[str, str]]:
    """For each operation key: (release it was added in, newest release that changed it)."""
    added: dict[str, str] = {}
    changed: dict[str, str] = {}
    for entry in entries:  # newest first
        for change in entry.changes:
            if change.operation is None:
                continue
            if change.rule in (OPERATION_ADDED.id, PATH_ADDED.id):
                added.setdefault(change.operation, entry.title)
            elif change.section != "Documentation":
                changed.setdefault(change.operation, entry.title)
    keys = set(added) | set(changed)
    return {key: (added.get(key, ""), changed.get(key, "")) for key in keys}


def _operation_cell(key: str | None, operations: Mapping[str, Any], index: DocsIndex, page: str) -> str:
    if not key:
        return ""
    operation = operations.get(key)
    if operation is None:
        return code(key)
    return f"[{code(key)}]({index.operation(operation).href_from(page)})"
