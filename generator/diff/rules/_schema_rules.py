"""Schema rules exist once per place a schema is found (``SCHEMA_RULES``); this reports into them."""

from __future__ import annotations

from typing import Any

from generator.diff.change import Detection
from generator.diff.context import DiffContext
from generator.diff.schemas.graph import SchemaChange
from generator.model import MediaType, Operation, Schema
from generator.rules.schema_changes import SCHEMA_RULES, SENT_PLACES, WEBHOOK_PREFIX


def _rule_ids() -> dict[str, dict[str, str]]:
    """Rule ids by place, then kind: a report looks one up for every change and operation."""
    ids: dict[str, dict[str, str]] = {}
    for (place, kind), rule in SCHEMA_RULES.items():
        ids.setdefault(place, {})[kind] = rule.id
    return ids


_RULE_IDS = _rule_ids()


def by_media_type(content: tuple[MediaType, ...]) -> dict[str, MediaType]:
    """Media types by their essence: ``application/json; charset=utf-8`` is ``application/json``."""
    return {media.essence: media for media in content}


def where(subject: str, path: str) -> str:
    return f"{subject} property '{path}'" if path else subject


def report_schema(
    context: DiffContext,
    place: str,
    subject: str,
    operation: Operation,
    base: Schema | None,
    revision: Schema | None,
    error_route: bool = False,
) -> None:
    """Report every change between two schemas found at ``place`` of an operation (or webhook)."""
    if base is None or revision is None:
        return
    if operation.webhook:
        place = WEBHOOK_PREFIX + place
    direction = "request" if place in SENT_PLACES else "response"
    key = operation.key
    seen = context.reported
    findings = context.findings
    rule_ids = _RULE_IDS[place]
    for change, args in _seen_from(context, subject, base, revision, direction):
        rule_id = rule_ids[change.kind]
        # One report per change and operation, however many ways (statuses, media types) lead to it.
        mark = (key, rule_id, change.pointer, change.identity)
        if mark in seen:
            continue
        seen.add(mark)
        findings.append(Detection(rule_id, change.pointer, key, args, change.identity, error_route))


def _seen_from(
    context: DiffContext, subject: str, base: Schema, revision: Schema, direction: str
) -> list[tuple[SchemaChange, dict[str, Any]]]:
    """The changes between two schemas, each with its arguments as seen from ``subject``: the same for
    every operation that reaches the pair that way, so made once (a schema is known by its pointer)."""
    key = (subject, base.pointer, revision.pointer, direction)
    seen_from = context.seen_from.get(key)
    if seen_from is None:
        seen_from = context.seen_from[key] = [
            (change, {**change.args, "where": where(subject, change.path)})
            for change in context.schemas.changes(base, revision, direction)
        ]
    return seen_from
