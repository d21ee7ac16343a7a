"""``compare(base, revision)``: run every registered check and turn findings into a report."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from generator.diff.causes import MOST_SEVERE_FIRST, Group, cause_order, causes_of, digest, make_cause
from generator.diff.change import SEMVER_NONE, Cause, Change, Detection, DiffReport
from generator.diff.context import DiffContext
from generator.diff.level_policy import Policy
from generator.diff.rules import registry
from generator.model import Document
from generator.rules.registry import DIFF_RULES
from generator.rules.rule import ChangeRule, Kind, Level


def compare(base: Document, revision: Document, policy: Policy | None = None) -> DiffReport:
    policy = policy or Policy()
    today = policy.today or datetime.now(UTC).date()
    context = DiffContext(base, revision, today)
    found = registry()
    for document_check in found.document_checks:
        document_check(context)
    # Webhooks are operations too; their checks read the direction from the operation.
    for base_operation, revision_operation in (*context.pairs, *context.webhook_pairs):
        for operation_check in found.operation_checks:
            operation_check(context, base_operation, revision_operation)
    return _report(context.findings, DIFF_RULES, policy)


def fingerprint(rule_id: str, operation: str | None, pointer: str, what: str) -> str:
    """The id of a change: the rule, the operation, where it happens and its identity."""
    head, tail = _fingerprint_frame(rule_id, pointer, what)
    return digest(f"{head}{operation or ''}{tail}")


def _fingerprint_frame(rule_id: str, pointer: str, what: str) -> tuple[str, str]:
    """The text of a fingerprint before and after the operation: the same for a cause's findings."""
    return f"{rule_id}\x1f", f"\x1f{pointer}\x1f{what}"


def _report(findings: list[Detection], rules: Mapping[str, ChangeRule], policy: Policy) -> DiffReport:
    kept: list[Change] = []
    ignored: list[tuple[Change, str]] = []
    causes: list[Cause] = []
    seen: set[str] = set()
    for key, group in causes_of(findings, rules).items():
        cause = make_cause(key, group, policy)
        once = cause.error_only and policy.error_responses == "once"
        changes = _changes(group, cause, seen, once)
        live = [change for change in changes if change.fingerprint not in policy.ignored]
        if len(live) < len(changes):
            ignored += [
                (c, policy.ignored[c.fingerprint]) for c in changes if c.fingerprint in policy.ignored
            ]
        if live:
            kept += live
            causes.append(cause)
    kept.sort(key=_order)
    causes.sort(key=cause_order)
    return DiffReport(
        tuple(kept),
        _semver(causes),
        tuple(sorted(ignored, key=lambda pair: _order(pair[0]))),
        tuple(causes),
    )


def _changes(group: Group, cause: Cause, seen: set[str], once: bool) -> list[Change]:
    """One change per operation the cause reaches; one for the whole cause when ``once``."""
    if once:
        message = f"{cause.message} (only through error responses; operations: {len(cause.operations)})"
        return [Change(cause.rule_id, cause.level, None, cause.pointer, message, cause.id, cause.id)]
    changes = []
    rule_id, level, pointer, cause_id = cause.rule_id, cause.level, cause.pointer, cause.id
    head, tail = _fingerprint_frame(rule_id, pointer, group.identity)
    render = group.render
    for finding in group.findings:
        operation = finding.operation
        key = digest(f"{head}{operation or ''}{tail}")
        if key in seen:
            continue
        seen.add(key)
        changes.append(Change(rule_id, level, operation, pointer, render(finding), key, cause_id))
    return changes


def _order(change: Change) -> tuple[str, int, str, str, str]:
    severity = MOST_SEVERE_FIRST[change.level]
    return (change.operation or "", severity, change.pointer, change.rule_id, change.message)


def _semver(causes: list[Cause]) -> str:
    if not causes:
        return SEMVER_NONE
    if any(cause.level is Level.BREAKING for cause in causes):
        return "major"
    if any(cause.kind is not Kind.DOCUMENTATION for cause in causes):
        return "minor"
    return "patch"
