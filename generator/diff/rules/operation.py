"""Operation markers: deprecation, sunset dates, operation ids and tags."""

from __future__ import annotations

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.rule import DOC, INF, MODIFY, WRN, Rule
from generator.diff.rules.paths import sunset
from generator.model import Operation

RULES = (
    Rule("operation-deprecated", INF, MODIFY, "operation deprecated"),
    Rule("operation-no-longer-deprecated", INF, MODIFY, "operation no longer deprecated"),
    Rule("operation-sunset-changed", INF, MODIFY, "sunset date changed from {old} to {new}"),
    Rule("operation-sunset-removed", WRN, MODIFY, "sunset date {old} removed"),
    Rule("operation-sunset-invalid", WRN, MODIFY, "sunset date {new} is not a date"),
    Rule("operation-id-changed", WRN, MODIFY, "operationId changed from {old} to {new}"),
    Rule("operation-tag-added", INF, DOC, "tag {tag} added to the operation"),
    Rule("operation-tag-removed", INF, DOC, "tag {tag} removed from the operation"),
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    key = revision.key
    if base.deprecated != revision.deprecated:
        rule = "operation-deprecated" if revision.deprecated else "operation-no-longer-deprecated"
        context.add(rule, jp.join(revision.pointer, "deprecated"), key)
    _sunset(context, base, revision)
    if base.operation_id != revision.operation_id:
        pointer = jp.join(revision.pointer, "operationId")
        context.add(
            "operation-id-changed",
            pointer,
            key,
            old=base.operation_id or "none",
            new=revision.operation_id or "none",
        )
    for tag in revision.tags:
        if tag not in base.tags:
            context.add("operation-tag-added", jp.join(revision.pointer, "tags"), key, tag=tag)
    for tag in base.tags:
        if tag not in revision.tags:
            context.add("operation-tag-removed", jp.join(revision.pointer, "tags"), key, tag=tag)


def _sunset(context: DiffContext, base: Operation, revision: Operation) -> None:
    """A sunset date moved, removed, or no longer readable (then callers cannot plan for it)."""
    old_raw, new_raw = base.extensions.get("x-sunset"), revision.extensions.get("x-sunset")
    if old_raw == new_raw:
        return
    old, new = sunset(base), sunset(revision)
    pointer = jp.join(revision.pointer, "x-sunset")
    if new_raw is not None and new is None:
        context.add("operation-sunset-invalid", pointer, revision.key, new=repr(new_raw))
    elif new_raw is None and old is not None:
        context.add("operation-sunset-removed", pointer, revision.key, old=str(old))
    elif old != new:
        context.add("operation-sunset-changed", pointer, revision.key, old=str(old or "none"), new=str(new))
