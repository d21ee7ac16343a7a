"""Schema rules exist once per place a schema is found; this builds them and reports into them."""

from __future__ import annotations

from generator.diff.change import Finding
from generator.diff.context import DiffContext
from generator.diff.rule import Rule
from generator.diff.schemas.kinds import SCHEMA_KINDS
from generator.model import MediaType, Operation, Schema

REQUEST_PLACES = ("request-parameter", "request-body")
RESPONSE_PLACES = ("response-body", "response-header")


def rules_for(places: tuple[str, ...], direction: str) -> tuple[Rule, ...]:
    return tuple(
        Rule(
            f"{place}-{kind.name}",
            kind.request if direction == "request" else kind.response,
            kind.kind,
            kind.message,
            kind.note,
        )
        for place in places
        for kind in SCHEMA_KINDS
    )


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
    """Report every change between two schemas found at ``place`` of an operation."""
    if base is None or revision is None:
        return
    direction = "request" if place.startswith("request") else "response"
    key = operation.key
    seen = context.reported
    findings = context.findings
    for change in context.schemas.changes(base, revision, direction):
        rule_id = f"{place}-{change.kind}"
        # One report per change and operation, however many ways (statuses, media types) lead to it.
        mark = (key, rule_id, change.pointer, change.identity)
        if mark in seen:
            continue
        seen.add(mark)
        args = {**change.args, "where": where(subject, change.path)}
        findings.append(Finding(rule_id, change.pointer, key, args, change.identity, error_route))
