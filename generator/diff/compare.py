"""``compare(base, revision)``: run every registered check and turn findings into a report."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

from generator.diff.change import SEMVER_NONE, Change, DiffReport, Finding, Kind, Level, identity
from generator.diff.context import DiffContext
from generator.diff.policy import Policy
from generator.diff.rule import Rule
from generator.diff.rules import registry
from generator.model import Document


def compare(base: Document, revision: Document, policy: Policy | None = None) -> DiffReport:
    policy = policy or Policy()
    today = policy.today or datetime.now(UTC).date()
    context = DiffContext(base, revision, today)
    rules = registry()
    for document_check in rules.document_checks:
        document_check(context)
    for base_operation, revision_operation in context.pairs:
        for operation_check in rules.operation_checks:
            operation_check(context, base_operation, revision_operation)
    return _report(context.findings, rules.rules, policy)


def fingerprint(finding: Finding) -> str:
    what = identity(finding.args) if finding.identity is None else finding.identity
    text = "\x1f".join([finding.rule_id, finding.operation or "", finding.pointer, what])
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def _report(findings: list[Finding], rules: dict[str, Rule], policy: Policy) -> DiffReport:
    kept: list[Change] = []
    ignored: list[tuple[Change, str]] = []
    kinds: dict[str, Kind] = {}
    seen: set[str] = set()
    for finding in findings:
        key = fingerprint(finding)
        if key in seen:
            continue
        seen.add(key)
        rule = rules[finding.rule_id]
        level = policy.levels.get(rule.id, rule.level)
        change = Change(rule.id, level, finding.operation, finding.pointer, rule.render(finding.args), key)
        if key in policy.ignored:
            ignored.append((change, policy.ignored[key]))
        else:
            kept.append(change)
            kinds[rule.id] = rule.kind
    kept.sort(key=_order)
    return DiffReport(
        tuple(kept), _semver(kept, kinds), tuple(sorted(ignored, key=lambda pair: _order(pair[0])))
    )


_MOST_SEVERE_FIRST = {level.value: -level.rank for level in Level}


def _order(change: Change) -> tuple[str, int, str, str, str]:
    severity = _MOST_SEVERE_FIRST[change.level]
    return (change.operation or "", severity, change.pointer, change.rule_id, change.message)


def _semver(changes: list[Change], kinds: dict[str, Kind]) -> str:
    if not changes:
        return SEMVER_NONE
    if any(change.level is Level.BREAKING for change in changes):
        return "major"
    if any(kinds[change.rule_id] is not Kind.DOCUMENTATION for change in changes):
        return "minor"
    return "patch"
