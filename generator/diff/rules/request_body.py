"""Request bodies added, removed, made required, and their media types."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.diff.rule import ADD, BRK, INF, MODIFY, REMOVE, WRN, Rule
from generator.diff.rules._schema_rules import by_media_type, report_schema
from generator.model import Operation

RULES = (
    Rule("request-body-added-required", BRK, ADD, "required request body added"),
    Rule("request-body-added-optional", INF, ADD, "optional request body added"),
    Rule("request-body-removed", WRN, REMOVE, "request body removed"),
    Rule("request-body-became-required", BRK, MODIFY, "request body became required"),
    Rule("request-body-became-optional", INF, MODIFY, "request body became optional"),
    Rule("request-body-media-type-added", INF, ADD, "request body media type {media_type} added"),
    Rule("request-body-media-type-removed", BRK, REMOVE, "request body media type {media_type} removed"),
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    old, new = base.request_body, revision.request_body
    if old is None and new is None:
        return
    if old is None:
        assert new is not None
        rule = "request-body-added-required" if new.required else "request-body-added-optional"
        context.add(rule, new.pointer, revision.key)
        return
    if new is None:
        context.add("request-body-removed", old.pointer, revision.key)
        return
    if old.required != new.required:
        rule = "request-body-became-required" if new.required else "request-body-became-optional"
        context.add(rule, new.pointer, revision.key)
    old_media = by_media_type(old.content)
    new_media = by_media_type(new.content)
    for name, media in old_media.items():
        if name not in new_media:
            context.add("request-body-media-type-removed", media.pointer, revision.key, media_type=name)
    for name, media in new_media.items():
        if name not in old_media:
            context.add("request-body-media-type-added", media.pointer, revision.key, media_type=name)
            continue
        subject = "request body" if len(new_media) == 1 else f"request body ({name})"
        report_schema(context, "request-body", subject, revision, old_media[name].schema, media.schema)
