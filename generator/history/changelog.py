"""The changelog handed to the docs target through ``GenerateSettings.changelog``.

One entry per pair of successive readable exports, newest first, as plain mappings (``title``,
``base``, ``revision``, ``semver``, ``date``, ``changes``: ``level``, ``operation``, ``message``,
``pointer``, ``rule``), the form the docs renderer accepts. Every string comes from the spec or from diff
messages, so renderers escape it like any other spec text.
"""

from __future__ import annotations

import enum
from typing import Any

from generator.history.timeline import Step, Timeline


def _level_name(level: Any) -> str:
    return str(level.value) if isinstance(level, enum.Enum) else str(level)


def _entry(step: Step) -> dict[str, Any]:
    assert step.report is not None and step.previous is not None
    return {
        "title": step.version,
        "base": step.previous.file,
        "revision": step.export.file,
        "semver": step.report.semver,
        "date": step.export.date,
        "changes": [
            {
                "level": _level_name(change.level),
                "operation": change.operation,
                "message": change.message,
                "pointer": change.pointer,
                "rule": change.rule_id,
            }
            for change in step.report.changes
        ],
    }


def changelog(timeline: Timeline) -> tuple[dict[str, Any], ...]:
    """Entries for every step that has a diff against an earlier export, newest first."""
    return tuple(
        _entry(step)
        for step in reversed(timeline.steps)
        if step.report is not None and step.previous is not None
    )
