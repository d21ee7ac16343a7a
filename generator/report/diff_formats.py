"""The diff report formats by name; each lives in its own module, imported when a run asks for it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from generator.diff.change import DiffReport
from generator.lazy import lazy_module
from generator.report.diff_presentation import Presentation

if TYPE_CHECKING:
    from generator.report import diff_github, diff_json, diff_junit, diff_markdown, diff_text
else:
    diff_github = lazy_module("generator.report.diff_github")
    diff_json = lazy_module("generator.report.diff_json")
    diff_junit = lazy_module("generator.report.diff_junit")
    diff_markdown = lazy_module("generator.report.diff_markdown")
    diff_text = lazy_module("generator.report.diff_text")


class Format(Protocol):
    """A format's module: its ``render`` turns a report into the text to print."""

    def render(self, report: DiffReport, presentation: Presentation) -> str: ...


FORMATS: dict[str, Format] = {
    "text": diff_text,
    "markdown": diff_markdown,
    "json": diff_json,
    "github": diff_github,
    "junit": diff_junit,
}


def render(name: str, report: DiffReport, presentation: Presentation) -> str:
    return FORMATS[name].render(report, presentation)
