"""What the human-facing diff reports show: causes, breaking first, documentation edits folded.

Text, Markdown, GitHub and JUnit all read a report through ``entries``: one entry per cause, except
that documentation-only causes of one component (or one operation) fold into a single entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from generator.diff.causes import component_place
from generator.diff.change import Cause, DiffReport, Kind, Level, Reach
from generator.report.words import plural
from generator.rules.change_rules import (
    DEPRECATED_OPERATION_REMOVED,
    DEPRECATED_PATH_REMOVED,
    OPERATION_REMOVED,
    OPERATION_REMOVED_BEFORE_SUNSET,
    PATH_REMOVED,
    PATH_REMOVED_BEFORE_SUNSET,
    REQUEST_BODY_MEDIA_TYPE_REMOVED,
    RESPONSE_ERROR_STATUS_REMOVED,
    RESPONSE_MEDIA_TYPE_REMOVED,
    RESPONSE_SUCCESS_STATUS_REMOVED,
    WEBHOOK_REMOVED,
)
from generator.rules.schema_changes import SCHEMA_KIND_OF_RULE

# Removals a reader must always see, however long the report.
PROTECTED_RULES = frozenset(
    rule.id
    for rule in (
        PATH_REMOVED,
        PATH_REMOVED_BEFORE_SUNSET,
        DEPRECATED_PATH_REMOVED,
        OPERATION_REMOVED,
        OPERATION_REMOVED_BEFORE_SUNSET,
        DEPRECATED_OPERATION_REMOVED,
        RESPONSE_SUCCESS_STATUS_REMOVED,
        RESPONSE_ERROR_STATUS_REMOVED,
        RESPONSE_MEDIA_TYPE_REMOVED,
        REQUEST_BODY_MEDIA_TYPE_REMOVED,
        WEBHOOK_REMOVED,
    )
)


@dataclass(frozen=True)
class Entry:
    level: Level
    message: str
    rules: tuple[str, ...]
    pointer: str
    reaches: tuple[Reach, ...]
    causes: int = 1

    @property
    def protected(self) -> bool:
        return any(rule in PROTECTED_RULES for rule in self.rules)

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(operation for operation, _ in self.reaches))


def _anchor(cause: Cause) -> str:
    """The component or operation a documentation edit belongs to."""
    place = component_place(cause.pointer)
    if place is not None:
        return f"schema {place[0]}"
    operations = cause.operations
    return operations[0] if len(operations) == 1 else "the document"


def _short(rule_id: str) -> str:
    """A folded list names a schema change by its kind only, not by the place of the schema."""
    return SCHEMA_KIND_OF_RULE.get(rule_id, rule_id)


def _fold(anchor: str, causes: list[Cause]) -> Entry:
    if len(causes) == 1:
        return _entry(causes[0])
    edits = Counter(_short(cause.rule_id) for cause in causes)
    listed = ", ".join(f"{name} x{count}" if count > 1 else name for name, count in sorted(edits.items()))
    reaches = tuple(dict.fromkeys(reach for cause in causes for reach in cause.reaches))
    rules = tuple(sorted({cause.rule_id for cause in causes}))
    message = f"documentation of {anchor} changed in {len(causes)} places ({listed})"
    return Entry(Level.INFO, message, rules, causes[0].pointer, reaches, len(causes))


def _entry(cause: Cause) -> Entry:
    return Entry(cause.level, cause.message, (cause.rule_id,), cause.pointer, cause.reaches)


def entries(report: DiffReport, threshold: Level | None = None) -> list[Entry]:
    """Causes at or above ``threshold``, most severe first; documentation edits folded per anchor."""
    result: list[Entry] = []
    folded: dict[str, list[Cause]] = {}
    for cause in report.causes:
        if threshold is not None and cause.level.rank < threshold.rank:
            continue
        if cause.kind is Kind.DOCUMENTATION and cause.level is Level.INFO:
            folded.setdefault(_anchor(cause), []).append(cause)
        else:
            result.append(_entry(cause))
    result += [_fold(anchor, causes) for anchor, causes in sorted(folded.items())]
    return sorted(result, key=lambda entry: -entry.level.rank)


def reached(entry: Entry, shown: int) -> str:
    """``GET /a, POST /b and 3 more operations``."""
    names = entry.operations
    rest = len(names) - shown
    return ", ".join(names[:shown]) + (f" and {plural(rest, 'more operation')}" if rest > 0 else "")
