"""``--format markdown``: a pull-request comment or release notes; spec text is escaped.

One row per cause, breaking first. A comment holds about 65,000 characters: rows are left out from
the least severe end, never a breaking change nor a removed path, operation, status or media type,
and what was left out is counted rule by rule.
"""

from __future__ import annotations

from collections import Counter

from generator.diff.change import DiffReport, Level
from generator.render.escape import markdown_text as escape
from generator.report.diff_digest import Entry, entries, reached
from generator.report.diff_presentation import Presentation, summary_line
from generator.report.words import plural
from generator.rules.rule import CHANGE_LEVELS

_TITLES = {Level.BREAKING: "Breaking changes", Level.WARNING: "Warnings", Level.INFO: "Other changes"}
# Room for the rows of one comment, leaving space for the headings and the note on what was left out.
BUDGET = 55_000
OPERATIONS_SHOWN = 3


def _row(entry: Entry) -> str:
    operations = escape(reached(entry, OPERATIONS_SHOWN)) or "*(document)*"
    rules = ", ".join(escape(rule) for rule in entry.rules)
    return f"| {escape(entry.message)} | {operations} | {rules} |"


def _choose(rows: list[tuple[Entry, str]]) -> set[int]:
    """Rows kept: every breaking or protected one, then the rest in order while they fit."""
    kept = {i for i, (entry, _) in enumerate(rows) if entry.level is Level.BREAKING or entry.protected}
    used = sum(len(rows[i][1]) + 1 for i in kept)
    for i, (_, row) in enumerate(rows):
        if i not in kept and used + len(row) + 1 <= BUDGET:
            kept.add(i)
            used += len(row) + 1
    return kept


def _left_out(left: list[Entry]) -> list[str]:
    if not left:
        return []
    lines = ["", "**Left out to fit one comment** (every change is in `--format json`):", ""]
    for level in CHANGE_LEVELS:
        counts = Counter(rule for entry in left if entry.level is level for rule in entry.rules[:1])
        if counts:
            listed = ", ".join(f"{escape(rule)} ({count})" for rule, count in sorted(counts.items()))
            total = sum(counts.values())
            lines.append(f"- {plural(total, level.value)}: {listed}")
    return lines


def render(report: DiffReport, presentation: Presentation) -> str:
    lines = [
        f"## API changes: {escape(presentation.base)} → {escape(presentation.revision)}",
        "",
        f"**{summary_line(report)}**",
    ]
    if not report.causes:
        lines += ["", "No changes."]
    rows = [(entry, _row(entry)) for entry in entries(report)]
    kept = _choose(rows)
    for level in CHANGE_LEVELS:
        shown = [row for i, (entry, row) in enumerate(rows) if entry.level is level and i in kept]
        if not shown:
            continue
        table = ["| Change | Operations | Rule |", "| --- | --- | --- |", *shown]
        count = sum(1 for entry, _ in rows if entry.level is level)
        if level is Level.INFO:
            lines += [
                "",
                f"<details><summary>{_TITLES[level]} ({count})</summary>",
                "",
                *table,
                "",
                "</details>",
            ]
        else:
            lines += ["", f"### {_TITLES[level]} ({count})", "", *table]
    lines += _left_out([entry for i, (entry, _) in enumerate(rows) if i not in kept])
    return "\n".join(lines) + "\n"
