"""Reports for the export history (``specs log``) and for lock-file checks."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from generator.lock import LOCK_NAME, Finding, Stale
from generator.problems import summarize
from generator.render.escape import json_document, markdown_text, plain
from generator.report.words import plural
from generator.rules.problem_rules import (
    LOCK_FILE_EDITED,
    LOCK_FILE_MISSING,
    LOCK_NEWER_EXPORT,
    LOCK_SPEC_CHANGED,
    LOCK_SPEC_MISSING,
    LOCK_TEMPLATES_CHANGED,
    LOCK_TOOL_CHANGED,
)
from generator.rules.rule import CHANGE_LEVELS

if TYPE_CHECKING:
    from generator.history.release import Release
    from generator.history.store import AddResult
    from generator.history.timeline import Step

SHORT_HASH = 12
MAX_CHANGES_SHOWN = 25  # the build summary lists the most severe changes first, up to this many
CHANGELOG_FILE = "docs/changelog.md"
MKDOCS_FILE = "mkdocs.yml"


def _changes(step: Step) -> str:
    if step.export.edited:
        return f"EDITED since stored (index sha256 {step.export.recorded_sha256}); " + _diff_changes(step)
    return _diff_changes(step)


def _diff_changes(step: Step) -> str:
    if step.error is not None:
        return f"unreadable: {step.error}"
    if step.report is None:
        return "first export"
    summary = step.report.summary
    counts = ", ".join(f"{summary.get(level, 0)} {level}" for level in CHANGE_LEVELS)
    return f"{step.report.semver}: {counts}"


def _operations(step: Step) -> str:
    return "-" if step.operations is None else str(step.operations)


def log_text(api: str, steps: Sequence[Step]) -> str:
    if not steps:
        return plain(f"{api}: no exports stored") + "\n"
    rows = [
        tuple(
            plain(cell)
            for cell in (
                step.export.label,
                step.version,
                step.export.sha256[:SHORT_HASH],
                _operations(step),
                _changes(step),
            )
        )
        for step in steps
    ]
    header = ("export", "version", "sha256", "ops", "changes from previous")
    widths = [max(len(row[i]) for row in (header, *rows)) for i in range(4)]
    lines = []
    for row in (header, *rows):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    return "\n".join(lines) + "\n"


def log_markdown(api: str, steps: Sequence[Step]) -> str:
    lines = [
        f"## Export history: {markdown_text(api)}",
        "",
        "| Export | Version | SHA-256 | Operations | Bump | Breaking | Warning | Info |",
        "| --- | --- | --- | ---: | --- | ---: | ---: | ---: |",
    ]
    for step in steps:
        summary = step.summary or {}
        bump = "unreadable" if step.error is not None else (step.semver or "first")
        counts = [str(summary.get(level, 0)) if step.report else "-" for level in CHANGE_LEVELS]
        lines.append(
            f"| {markdown_text(step.export.label)} | {markdown_text(step.version)} | "
            f"`{step.export.sha256[:SHORT_HASH]}` | "
            f"{_operations(step)} | {bump} | " + " | ".join(counts) + " |"
        )
    return "\n".join(lines) + "\n"


def step_record(step: Step) -> dict[str, Any]:
    return {
        "file": step.export.file,
        "date": step.export.date,
        "sha256": step.export.sha256,
        "edited": step.export.edited,
        "operations": step.operations,
        "version": step.version,
        "previous": None if step.previous is None else step.previous.file,
        "semver": step.semver,
        "summary": None if step.summary is None else dict(step.summary),
        "error": step.error,
    }


def log_json(api: str, steps: Sequence[Step]) -> str:
    payload = {"api": api, "exports": [step_record(step) for step in steps]}
    return json_document(payload)


LOG_FORMATS = {"text": log_text, "markdown": log_markdown, "json": log_json}

_STALE_RULES = {
    Finding.EDITED: LOCK_FILE_EDITED,
    Finding.MISSING: LOCK_FILE_MISSING,
    Finding.SPEC_CHANGED: LOCK_SPEC_CHANGED,
    Finding.SPEC_MISSING: LOCK_SPEC_MISSING,
    Finding.NEWER_EXPORT: LOCK_NEWER_EXPORT,
    Finding.TEMPLATES_CHANGED: LOCK_TEMPLATES_CHANGED,
    Finding.TOOL_CHANGED: LOCK_TOOL_CHANGED,
}


def added_text(name: str, result: AddResult, operations: int) -> str:
    """``specs add``: where the export was stored, or which stored export has the same bytes."""
    if result.duplicate_of is not None:
        line = f"{name}: already stored as {result.duplicate_of.path} (same sha256); nothing added"
    elif result.stored is not None:
        stored = result.stored
        line = (
            f"stored {stored.path} (sha256 {stored.sha256[:SHORT_HASH]}, {plural(operations, 'operation')})"
        )
    else:
        return ""
    return plain(line) + "\n"


def not_stored_text(name: str) -> str:
    return plain(f"{name}: not stored (--strict and validation errors)") + "\n"


def lock_check_text(out: str, findings: Sequence[Stale]) -> str:
    """``build --check``: what the lock check found in OUT, else that its files are up to date."""
    if not findings:
        return plain(f"{out}: generated files are up to date") + "\n"
    lines = []
    for stale in findings:
        detail = f" ({stale.detail})" if stale.detail else ""
        rule = _STALE_RULES[stale.finding]
        lines.append(f"{out}: {stale.path}: {rule.render({})}{detail} [{rule.id}]")
    lines.append(f"{out}: {plural(len(findings), 'problem')}; regenerate to bring them up to date")
    return "".join(plain(line) + "\n" for line in lines)


def build_text(release: Release, specs_folder: str) -> str:
    """The short summary ``specgen build`` prints: what was built, what changed, where it is."""
    step, out = release.step, release.out
    lines = [
        f"export   {specs_folder}/{release.export.file} ({plural(step.operations or 0, 'operation')}, "
        f"sha256 {release.export.sha256[:SHORT_HASH]})",
    ]
    counts = summarize(list(release.problems))
    details = f" (details: specgen validate {release.export.path})" if release.problems else ""
    lines.append("validate " + ", ".join(plural(n, label) for label, n in counts.items()) + details)
    if step.report is None or step.previous is None:
        lines.append("diff     first export: nothing to compare with")
    else:
        summary = step.report.summary
        lines.append(
            f"diff     against {step.previous.file}: {step.report.semver} "
            f"({', '.join(f'{summary[level]} {level.label}' for level in CHANGE_LEVELS)})"
        )
        ranked = sorted(step.report.changes, key=lambda change: -change.level.rank)
        for change in ranked[:MAX_CHANGES_SHOWN]:
            where = f"{change.operation}: " if change.operation else ""
            lines.append(f"         {change.level.value:<8} {where}{change.message} [{change.rule_id}]")
        if len(ranked) > MAX_CHANGES_SHOWN:
            lines.append(
                f"         ... and {len(ranked) - MAX_CHANGES_SHOWN} more "
                f"(specgen diff {step.previous.path} {release.export.path})"
            )
    lines.append(f"version  {release.version}")
    for target, files in release.targets.items():
        lines.append(f"{target:<8} {out / target}/ ({plural(len(files), 'file')})")
        if f"{target}/{CHANGELOG_FILE}" in files:
            lines.append(f"changes  {out / target / CHANGELOG_FILE}")
        if f"{target}/{MKDOCS_FILE}" in files:
            lines.append(f"site     mkdocs serve -f {out / target / MKDOCS_FILE}")
    lines.append(f"lock     {out / LOCK_NAME}")
    written = release.output
    lines.append(f"wrote    {plural(len(written.written), 'file')} ({len(written.unchanged)} unchanged)")
    return "".join(plain(line) + "\n" for line in lines)
