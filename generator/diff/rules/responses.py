"""Responses: status codes and media types added or removed, and their body schemas."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rule import ADD, BRK, INF, REMOVE, WRN, Rule
from generator.diff.rules._schema_rules import by_media_type, report_schema
from generator.model import Operation, Response
from generator.model.document import is_error_status, status_key

RULES = (
    Rule("response-success-status-removed", BRK, REMOVE, "success response {status} removed"),
    Rule("response-error-status-removed", WRN, REMOVE, "response {status} removed"),
    Rule("response-success-status-added", INF, ADD, "success response {status} added"),
    Rule("response-error-status-added", INF, ADD, "response {status} added"),
    Rule("response-media-type-removed", BRK, REMOVE, "response {status} media type {media_type} removed"),
    Rule("response-media-type-added", INF, ADD, "response {status} media type {media_type} added"),
)


def _status_rule(response: Response, change: str) -> str:
    return f"response-{'success' if response.is_success else 'error'}-status-{change}"


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    new_by_status = {status_key(response.status): response for response in revision.responses}
    old_statuses = {status_key(response.status) for response in base.responses}
    # Success responses first: a schema reached through both is reported on the success route.
    for old in sorted(base.responses, key=lambda response: is_error_status(response.status)):
        new = new_by_status.get(status_key(old.status))
        if new is None:
            context.add(_status_rule(old, "removed"), old.pointer, revision.key, status=old.status)
            continue
        _compare(context, revision, old, new)
    for new in revision.responses:
        if status_key(new.status) not in old_statuses:
            context.add(_status_rule(new, "added"), new.pointer, revision.key, status=new.status)


def _compare(context: DiffContext, operation: Operation, old: Response, new: Response) -> None:
    error = is_error_status(new.status)
    old_media = by_media_type(old.content)
    new_media = by_media_type(new.content)
    gone = [("removed", name, media) for name, media in old_media.items() if name not in new_media]
    came = [("added", name, media) for name, media in new_media.items() if name not in old_media]
    for change, name, media in gone + came:
        context.add(
            f"response-media-type-{change}",
            media.pointer,
            operation.key,
            error_route=error,
            status=new.status,
            media_type=name,
        )
    for name, media in new_media.items():
        if name not in old_media:
            continue
        subject = f"response {new.status}" if len(new_media) == 1 else f"response {new.status} ({name})"
        report_schema(
            context, "response-body", subject, operation, old_media[name].schema, media.schema, error
        )
