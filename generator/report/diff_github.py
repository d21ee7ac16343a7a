"""``--format github``: the summary, then one workflow annotation per cause, breaking first."""

from __future__ import annotations

from generator.diff.change import DiffReport
from generator.render.escape import plain
from generator.report.annotations import annotation
from generator.report.diff_digest import entries, reached
from generator.report.diff_presentation import Presentation, summary_line

OPERATIONS_SHOWN = 5


def annotated_file(location: str) -> str:
    """The file an annotation points at: for ``git:REV:PATH`` that is PATH."""
    if location.startswith("git:"):
        return location.split(":", 2)[-1].removeprefix("./")
    return location


def render(report: DiffReport, presentation: Presentation) -> str:
    lines = [plain(summary_line(report))]
    file = annotated_file(presentation.revision)
    for entry in entries(report):
        position = presentation.locate(entry.pointer) if presentation.locate else None
        operations = reached(entry, OPERATIONS_SHOWN)
        text = f"{entry.message} (in {operations})" if operations else entry.message
        lines.append(annotation(entry.level, file, ", ".join(entry.rules), text, position))
    return "\n".join(lines) + "\n"
