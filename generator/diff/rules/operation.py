"""Operation markers: deprecation, sunset dates, operation ids and tags."""

from __future__ import annotations

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.rules.paths import sunset
from generator.model import Operation
from generator.rules.change_rules import (
    OPERATION_DEPRECATED,
    OPERATION_ID_CHANGED,
    OPERATION_NO_LONGER_DEPRECATED,
    OPERATION_SUNSET_CHANGED,
    OPERATION_SUNSET_INVALID,
    OPERATION_SUNSET_REMOVED,
    OPERATION_TAG_ADDED,
    OPERATION_TAG_REMOVED,
)


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    key = revision.key
    if base.deprecated != revision.deprecated:
        rule = OPERATION_DEPRECATED if revision.deprecated else OPERATION_NO_LONGER_DEPRECATED
        context.add(rule, jp.join(revision.pointer, "deprecated"), key)
    _sunset(context, base, revision)
    if base.operation_id != revision.operation_id:
        pointer = jp.join(revision.pointer, "operationId")
        context.add(
            OPERATION_ID_CHANGED,
            pointer,
            key,
            old=base.operation_id or "none",
            new=revision.operation_id or "none",
        )
    for tag in revision.tags:
        if tag not in base.tags:
            context.add(OPERATION_TAG_ADDED, jp.join(revision.pointer, "tags"), key, tag=tag)
    for tag in base.tags:
        if tag not in revision.tags:
            context.add(OPERATION_TAG_REMOVED, jp.join(revision.pointer, "tags"), key, tag=tag)


def _sunset(context: DiffContext, base: Operation, revision: Operation) -> None:
    """A sunset date moved, removed, or no longer readable (then callers cannot plan for it)."""
    old_raw, new_raw = base.extensions.get("x-sunset"), revision.extensions.get("x-sunset")
    if old_raw == new_raw:
        return
    old, new = sunset(base), sunset(revision)
    pointer = jp.join(revision.pointer, "x-sunset")
    if new_raw is not None and new is None:
        context.add(OPERATION_SUNSET_INVALID, pointer, revision.key, new=repr(new_raw))
    elif new_raw is None and old is not None:
        context.add(OPERATION_SUNSET_REMOVED, pointer, revision.key, old=str(old))
    elif old != new:
        context.add(OPERATION_SUNSET_CHANGED, pointer, revision.key, old=str(old or "none"), new=str(new))
