"""The diff report formats by name; each lives in its own module."""

from __future__ import annotations

from collections.abc import Callable

from generator.diff.change import DiffReport
from generator.report import diff_github, diff_json, diff_junit, diff_markdown, diff_text
from generator.report.diff_presentation import Presentation

Format = Callable[[DiffReport, Presentation], str]

FORMATS: dict[str, Format] = {
    "text": diff_text.render,
    "markdown": diff_markdown.render,
    "json": diff_json.render,
    "github": diff_github.render,
    "junit": diff_junit.render,
}


def render(name: str, report: DiffReport, presentation: Presentation) -> str:
    return FORMATS[name](report, presentation)
