"""Responses: status codes and media types added or removed, and their body schemas."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rules._schema_rules import by_media_type, report_schema
from generator.model import Operation, Response
from generator.model.objects import is_error_status, status_key
from generator.rules.change_rules import (
    RESPONSE_ERROR_STATUS_ADDED,
    RESPONSE_ERROR_STATUS_REMOVED,
    RESPONSE_MEDIA_TYPE_ADDED,
    RESPONSE_MEDIA_TYPE_REMOVED,
    RESPONSE_SUCCESS_STATUS_ADDED,
    RESPONSE_SUCCESS_STATUS_REMOVED,
)

# Status rules by (success response?, removed?).
_STATUS_RULES = {
    (True, True): RESPONSE_SUCCESS_STATUS_REMOVED,
    (True, False): RESPONSE_SUCCESS_STATUS_ADDED,
    (False, True): RESPONSE_ERROR_STATUS_REMOVED,
    (False, False): RESPONSE_ERROR_STATUS_ADDED,
}


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    new_by_status = {status_key(response.status): response for response in revision.responses}
    old_statuses = {status_key(response.status) for response in base.responses}
    # Success responses first: a schema reached through both is reported on the success route.
    for old in sorted(base.responses, key=lambda response: is_error_status(response.status)):
        new = new_by_status.get(status_key(old.status))
        if new is None:
            context.add(_STATUS_RULES[old.is_success, True], old.pointer, revision.key, status=old.status)
            continue
        _compare(context, revision, old, new)
    for new in revision.responses:
        if status_key(new.status) not in old_statuses:
            context.add(_STATUS_RULES[new.is_success, False], new.pointer, revision.key, status=new.status)


def _compare(context: DiffContext, operation: Operation, old: Response, new: Response) -> None:
    error = is_error_status(new.status)
    old_media = by_media_type(old.content)
    new_media = by_media_type(new.content)
    gone = [(RESPONSE_MEDIA_TYPE_REMOVED, name, media) for name, media in old_media.items()]
    came = [(RESPONSE_MEDIA_TYPE_ADDED, name, media) for name, media in new_media.items()]
    for rule, name, media in gone + came:
        if (name in old_media) != (name in new_media):
            args = {"status": new.status, "media_type": name}
            context.add(rule, media.pointer, operation.key, error_route=error, **args)
    for name, media in new_media.items():
        if name not in old_media:
            continue
        subject = f"response {new.status}" if len(new_media) == 1 else f"response {new.status} ({name})"
        report_schema(
            context, "response-body", subject, operation, old_media[name].schema, media.schema, error
        )
