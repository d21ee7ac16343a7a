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
    Rule("operation-id-changed", WRN, MODIFY, "operationId changed from {old} to {new}"),
    Rule("operation-tag-added", INF, DOC, "tag {tag} added to the operation"),
    Rule("operation-tag-removed", INF, DOC, "tag {tag} removed from the operation"),
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    key = revision.key
    if base.deprecated != revision.deprecated:
        rule = "operation-deprecated" if revision.deprecated else "operation-no-longer-deprecated"
        context.add(rule, jp.join(revision.pointer, "deprecated"), key)
    old_sunset, new_sunset = sunset(base), sunset(revision)
    if old_sunset != new_sunset:
        pointer = jp.join(revision.pointer, "x-sunset")
        context.add(
            "operation-sunset-changed",
            pointer,
            key,
            old=str(old_sunset or "none"),
            new=str(new_sunset or "none"),
        )
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
