"""``--format markdown``: a pull-request comment or release notes; spec text is escaped."""

from __future__ import annotations

from generator.diff.change import Change, DiffReport, Level
from generator.render.escape import markdown_text as escape
from generator.report.diff_formats import Presentation, plural

_TITLES = {Level.BREAKING: "Breaking changes", Level.WARNING: "Warnings", Level.INFO: "Other changes"}


# A pull-request comment holds about 65,000 characters; past this many rows a level is summarised.
MAX_ROWS = 100


def _table(changes: list[Change]) -> list[str]:
    rows = ["| Operation | Change | Rule |", "| --- | --- | --- |"]
    for change in changes[:MAX_ROWS]:
        operation = escape(change.operation) if change.operation else "*(document)*"
        rows.append(f"| {operation} | {escape(change.message)} | {escape(change.rule_id)} |")
    if len(changes) > MAX_ROWS:
        rest: dict[str, int] = {}
        for change in changes[MAX_ROWS:]:
            rest[change.rule_id] = rest.get(change.rule_id, 0) + 1
        listed = ", ".join(
            f"{escape(rule)} ({count})" for rule, count in sorted(rest.items(), key=lambda i: -i[1])
        )
        rows += ["", f"...and {len(changes) - MAX_ROWS} more: {listed} (every change is in `--format json`)."]
    return rows


def render(report: DiffReport, presentation: Presentation) -> str:
    counts = report.summary
    lines = [
        f"## API changes: {escape(presentation.base)} → {escape(presentation.revision)}",
        "",
        f"**Semantic version bump: {report.semver}** · "
        + ", ".join(plural(counts[level.value], level.value) for level in Level),
    ]
    if not report.changes:
        lines += ["", "No changes."]
    for level in Level:
        changes = [change for change in report.changes if change.level is level]
        if not changes:
            continue
        lines.append("")
        if level is Level.INFO:
            lines += [f"<details><summary>{_TITLES[level]} ({len(changes)})</summary>", ""]
            lines += _table(changes)
            lines += ["", "</details>"]
        else:
            lines += [f"### {_TITLES[level]} ({len(changes)})", ""]
            lines += _table(changes)
    return "\n".join(lines) + "\n"
