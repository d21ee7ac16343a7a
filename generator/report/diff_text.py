"""``--format text``: changes grouped by operation, coloured on a terminal."""

from __future__ import annotations

from itertools import groupby

import click

from generator.diff.change import DiffReport, Level
from generator.render.escape import plain
from generator.report.diff_formats import Presentation, summary_line

_COLOURS = {Level.BREAKING: "red", Level.WARNING: "yellow", Level.INFO: "cyan"}
_WIDTH = max(len(level.value) for level in Level)


def render(report: DiffReport, presentation: Presentation) -> str:
    def paint(text: str, **style: object) -> str:
        return click.style(text, **style) if presentation.color else text  # type: ignore[arg-type]

    lines = [plain(f"{presentation.base} -> {presentation.revision}")]
    for operation, group in groupby(report.changes, key=lambda change: change.operation):
        lines.append("")
        lines.append(paint(plain(operation or "(whole document)"), bold=True))
        for change in group:
            level = paint(change.level.value.ljust(_WIDTH), fg=_COLOURS[change.level])
            lines.append(f"  {level}  {plain(change.message)}  [{change.rule_id}]")
    if report.ignored:
        lines.append("")
        lines.append(f"{len(report.ignored)} ignored by policy")
    lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
