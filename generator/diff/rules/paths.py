"""Paths and operations added or removed; removal after a passed sunset date is not breaking."""

from __future__ import annotations

from datetime import date

from generator.diff.context import DiffContext, path_shape
from generator.diff.rule import ADD, BRK, INF, REMOVE, WRN, Rule
from generator.model import Operation

RULES = (
    Rule("path-added", INF, ADD, "path {path} added (with {method})"),
    Rule("path-removed", BRK, REMOVE, "path {path} removed (with {method})"),
    Rule("path-removed-after-sunset", INF, REMOVE, "path {path} removed after its sunset date {sunset}"),
    Rule("path-removed-before-sunset", BRK, REMOVE, "path {path} removed before its sunset date {sunset}"),
    Rule("deprecated-path-removed", WRN, REMOVE, "deprecated path {path} removed without a sunset date"),
    Rule("operation-added", INF, ADD, "operation {method} {path} added"),
    Rule("operation-removed", BRK, REMOVE, "operation {method} {path} removed"),
    Rule("operation-removed-after-sunset", INF, REMOVE, "operation removed after its sunset date {sunset}"),
    Rule("operation-removed-before-sunset", BRK, REMOVE, "operation removed before its sunset date {sunset}"),
    Rule("deprecated-operation-removed", WRN, REMOVE, "deprecated operation removed without a sunset date"),
)


def sunset(operation: Operation) -> date | None:
    """The ``x-sunset`` date (ISO date or date-time) of an operation, if it has a readable one."""
    value = operation.extensions.get("x-sunset")
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def check_document(context: DiffContext) -> None:
    revision_paths = {path_shape(op.path) for op in context.revision.operations}
    base_paths = {path_shape(op.path) for op in context.base.operations}
    for operation in context.added:
        new_path = path_shape(operation.path) not in base_paths
        rule = "path-added" if new_path else "operation-added"
        context.add(
            rule, operation.pointer, operation.key, path=operation.path, method=operation.method.upper()
        )
    for operation in context.removed:
        whole_path = path_shape(operation.path) not in revision_paths
        context.add(
            _removal_rule(operation, context.today, whole_path),
            operation.pointer,
            operation.key,
            path=operation.path,
            method=operation.method.upper(),
            sunset=str(sunset(operation) or ""),
        )


def _removal_rule(operation: Operation, today: date, whole_path: bool) -> str:
    prefix = "path" if whole_path else "operation"
    ends = sunset(operation)
    if ends is not None:
        return f"{prefix}-removed-after-sunset" if ends <= today else f"{prefix}-removed-before-sunset"
    if operation.deprecated:
        return f"deprecated-{prefix}-removed"
    return f"{prefix}-removed"
