"""Rules on operations: the tags they use and their operationIds."""

from __future__ import annotations

from collections.abc import Iterator

from generator import pointer as jp
from generator.validate.rules.base import Context, Finding


def undeclared_tags(context: Context) -> Iterator[Finding]:
    declared = {tag.name for tag in context.document.tags if tag.declared}
    reported: set[str] = set()
    for operation in context.document.operations:
        for index, name in enumerate(operation.tags):
            if name not in declared and name not in reported:
                reported.add(name)
                yield (
                    jp.join(operation.pointer, "tags", index),
                    f"tag '{name}' is used by {operation.key} but not declared in the top-level 'tags'",
                )


def duplicate_operation_ids(context: Context) -> Iterator[Finding]:
    first: dict[str, str] = {}
    for operation in context.document.operations:
        operation_id = operation.operation_id
        if operation_id is None:
            continue
        if operation_id in first:
            yield (
                jp.join(operation.pointer, "operationId"),
                f"operationId '{operation_id}' of {operation.key} is already used by {first[operation_id]}",
            )
        else:
            first[operation_id] = operation.key


def missing_operation_ids(context: Context) -> Iterator[Finding]:
    for operation in context.document.operations:
        if operation.operation_id is None:
            yield operation.pointer, f"{operation.key} has no operationId"
