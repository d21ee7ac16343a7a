"""``--format github``: GitHub Actions workflow annotations, one per change."""

from __future__ import annotations

from generator.diff.change import DiffReport, Level
from generator.render.escape import annotation_data, annotation_property
from generator.report.diff_formats import Presentation, summary_line

_COMMANDS = {Level.BREAKING: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def annotated_file(location: str) -> str:
    """The file an annotation points at: for ``git:REV:PATH`` that is PATH."""
    if location.startswith("git:"):
        return location.split(":", 2)[-1].removeprefix("./")
    return location


def render(report: DiffReport, presentation: Presentation) -> str:
    lines = []
    file_property = f"file={annotation_property(annotated_file(presentation.revision))}"
    for change in report.changes:
        properties = [file_property]
        position = presentation.locate(change.pointer) if presentation.locate else None
        if position is not None:
            properties += [f"line={position[0]}", f"col={position[1]}"]
        properties.append(f"title={annotation_property(change.rule_id)}")
        where = f"{change.operation}: " if change.operation else ""
        lines.append(
            f"::{_COMMANDS[change.level]} {','.join(properties)}::{annotation_data(where + change.message)}"
        )
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"
