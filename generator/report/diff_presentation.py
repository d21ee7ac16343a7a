"""What every diff report format is told besides the report, and the one-line summary they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.diff.change import DiffReport, Level
from generator.report.words import plural
from generator.rules.rule import CHANGE_LEVELS

Locate = Callable[[str], "tuple[int, int] | None"]


@dataclass(frozen=True)
class Presentation:
    base: str
    revision: str
    color: bool = False
    fail_on: Level | None = Level.BREAKING
    locate: Locate | None = None
    level: Level | None = None  # show only causes at or above this level (text)


def summary_line(report: DiffReport) -> str:
    """Counts of causes by level, the semver bump, and how many operations are affected."""
    counts = report.cause_summary
    parts = ", ".join(plural(counts[level.value], level.value) for level in CHANGE_LEVELS)
    return (
        f"{plural(len(report.causes), 'change')}: {parts} (semver: {report.semver}); "
        f"{plural(report.operations_affected, 'operation')} affected"
    )
