"""``--format github``: the summary, then one workflow annotation per cause, breaking first."""

from __future__ import annotations

from generator.diff.change import DiffReport, Level
from generator.render.escape import annotation_data, annotation_property, plain
from generator.report.diff_digest import entries, reached
from generator.report.diff_presentation import Presentation, summary_line

_COMMANDS = {Level.BREAKING: "error", Level.WARNING: "warning", Level.INFO: "notice"}
OPERATIONS_SHOWN = 5


def annotated_file(location: str) -> str:
    """The file an annotation points at: for ``git:REV:PATH`` that is PATH."""
    if location.startswith("git:"):
        return location.split(":", 2)[-1].removeprefix("./")
    return location


def render(report: DiffReport, presentation: Presentation) -> str:
    lines = [plain(summary_line(report))]
    file_property = f"file={annotation_property(annotated_file(presentation.revision))}"
    for entry in entries(report):
        properties = [file_property]
        position = presentation.locate(entry.pointer) if presentation.locate else None
        if position is not None:
            properties += [f"line={position[0]}", f"col={position[1]}"]
        properties.append(f"title={annotation_property(', '.join(entry.rules))}")
        operations = reached(entry, OPERATIONS_SHOWN)
        text = f"{entry.message} (in {operations})" if operations else entry.message
        lines.append(f"::{_COMMANDS[entry.level]} {','.join(properties)}::{annotation_data(text)}")
    return "\n".join(lines) + "\n"
