"""Request bodies added, removed, made required, and their media types."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rules._schema_rules import by_media_type, report_schema
from generator.model import Operation
from generator.rules.change_rules import (
    REQUEST_BODY_ADDED_OPTIONAL,
    REQUEST_BODY_ADDED_REQUIRED,
    REQUEST_BODY_BECAME_OPTIONAL,
    REQUEST_BODY_BECAME_REQUIRED,
    REQUEST_BODY_MEDIA_TYPE_ADDED,
    REQUEST_BODY_MEDIA_TYPE_REMOVED,
    REQUEST_BODY_REMOVED,
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    old, new = base.request_body, revision.request_body
    if old is None and new is None:
        return
    if old is None:
        assert new is not None
        rule = REQUEST_BODY_ADDED_REQUIRED if new.required else REQUEST_BODY_ADDED_OPTIONAL
        context.add(rule, new.pointer, revision.key)
        return
    if new is None:
        context.add(REQUEST_BODY_REMOVED, old.pointer, revision.key)
        return
    if old.required != new.required:
        rule = REQUEST_BODY_BECAME_REQUIRED if new.required else REQUEST_BODY_BECAME_OPTIONAL
        context.add(rule, new.pointer, revision.key)
    old_media = by_media_type(old.content)
    new_media = by_media_type(new.content)
    for name, media in old_media.items():
        if name not in new_media:
            context.add(REQUEST_BODY_MEDIA_TYPE_REMOVED, media.pointer, revision.key, media_type=name)
    for name, media in new_media.items():
        if name not in old_media:
            context.add(REQUEST_BODY_MEDIA_TYPE_ADDED, media.pointer, revision.key, media_type=name)
            continue
        subject = "request body" if len(new_media) == 1 else f"request body ({name})"
        report_schema(context, "request-body", subject, revision, old_media[name].schema, media.schema)
