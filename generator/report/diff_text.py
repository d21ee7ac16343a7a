"""``--format text``: the summary first, then one line per cause, breaking first, with what it reaches."""

from __future__ import annotations

import click

from generator.diff.change import DiffReport, Level
from generator.render.escape import plain
from generator.report.diff_digest import Entry, entries, reached
from generator.report.diff_presentation import Presentation, summary_line
from generator.report.words import plural
from generator.rules.rule import CHANGE_LEVELS

_COLOURS = {Level.BREAKING: "red", Level.WARNING: "yellow", Level.INFO: "cyan"}
_WIDTH = max(len(level.value) for level in CHANGE_LEVELS)
_INDENT = " " * (_WIDTH + 4)
# Operations named under a cause (--format json lists them all, each with its property path).
BREAKING_OPERATIONS = 5
OTHER_OPERATIONS = 3


def _reaches(entry: Entry) -> list[str]:
    """One line: the operations reached; for a breaking cause, how the first one reaches it."""
    shown = reached(entry, BREAKING_OPERATIONS if entry.level is Level.BREAKING else OTHER_OPERATIONS)
    operation, where = entry.reaches[0] if entry.reaches else ("", "")
    if where and entry.level is Level.BREAKING:
        shown = shown.replace(operation, f"{operation} ({where})", 1)
    return [f"{_INDENT}in {plain(shown)}"] if shown else []


def render(report: DiffReport, presentation: Presentation) -> str:
    def paint(text: str, **style: object) -> str:
        return click.style(text, **style) if presentation.color else text  # type: ignore[arg-type]

    lines = [plain(f"{presentation.base} -> {presentation.revision}"), paint(summary_line(report), bold=True)]
    if report.ignored:
        lines.append(f"{plural(len(report.ignored), 'change')} ignored by policy")
    previous: Level | None = None
    for entry in entries(report, presentation.level):
        if entry.level is not previous:
            lines.append("")
            previous = entry.level
        level = paint(entry.level.value.ljust(_WIDTH), fg=_COLOURS[entry.level])
        lines.append(f"  {level}  {plain(entry.message)}  [{', '.join(entry.rules)}]")
        lines += _reaches(entry)
    return "\n".join(lines) + "\n"
