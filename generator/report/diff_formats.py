"""The diff report formats; each lives in its own module and is imported only when chosen."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from generator.diff.change import DiffReport, Level
from generator.report.words import plural
from generator.rules.rule import CHANGE_LEVELS

Locate = Callable[[str], "tuple[int, int] | None"]

FORMATS = {
    "text": "generator.report.diff_text",
    "markdown": "generator.report.diff_markdown",
    "json": "generator.report.diff_json",
    "github": "generator.report.diff_github",
    "junit": "generator.report.diff_junit",
}


@dataclass(frozen=True)
class Presentation:
    base: str
    revision: str
    color: bool = False
    fail_on: Level | None = Level.BREAKING
    locate: Locate | None = None
    level: Level | None = None  # show only causes at or above this level (text)


def render(name: str, report: DiffReport, presentation: Presentation) -> str:
    module = importlib.import_module(FORMATS[name])
    formatter: Callable[[DiffReport, Presentation], str] = module.render
    return formatter(report, presentation)


def summary_line(report: DiffReport) -> str:
    """Counts of causes by level, the semver bump, and how many operations are affected."""
    counts = report.cause_summary
    parts = ", ".join(plural(counts[level.value], level.value) for level in CHANGE_LEVELS)
    return (
        f"{plural(len(report.causes), 'change')}: {parts} (semver: {report.semver}); "
        f"{plural(report.operations_affected, 'operation')} affected"
    )
