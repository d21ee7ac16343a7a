"""Rules on operations: the tags they use and their operationIds."""

from __future__ import annotations

from collections.abc import Iterator

from generator import pointer as jp
from generator.validate.rules.base import Context, Occurrence


def undeclared_tags(context: Context) -> Iterator[Occurrence]:
    declared = {tag.name for tag in context.document.tags if tag.declared}
    reported: set[str] = set()
    for operation in context.document.operations:
        for index, name in enumerate(operation.tags):
            if name not in declared and name not in reported:
                reported.add(name)
                yield jp.join(operation.pointer, "tags", index), {"name": name, "operation": operation.key}


def duplicate_operation_ids(context: Context) -> Iterator[Occurrence]:
    first: dict[str, str] = {}
    for operation in context.document.operations:
        operation_id = operation.operation_id
        if operation_id is None:
            continue
        if operation_id in first:
            args = {"operation_id": operation_id, "operation": operation.key, "first": first[operation_id]}
            yield jp.join(operation.pointer, "operationId"), args
        else:
            first[operation_id] = operation.key


def missing_operation_ids(context: Context) -> Iterator[Occurrence]:
    for operation in context.document.operations:
        if operation.operation_id is None:
            yield operation.pointer, {"operation": operation.key}
