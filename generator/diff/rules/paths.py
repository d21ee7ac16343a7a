"""Paths and operations added or removed; removal after a passed sunset date is not breaking."""

from __future__ import annotations

from datetime import date

from generator.diff.context import DiffContext, path_shape
from generator.model import Operation
from generator.rules.change_rules import (
    DEPRECATED_OPERATION_REMOVED,
    DEPRECATED_PATH_REMOVED,
    OPERATION_ADDED,
    OPERATION_REMOVED,
    OPERATION_REMOVED_AFTER_SUNSET,
    OPERATION_REMOVED_BEFORE_SUNSET,
    PATH_ADDED,
    PATH_REMOVED,
    PATH_REMOVED_AFTER_SUNSET,
    PATH_REMOVED_BEFORE_SUNSET,
)
from generator.rules.rule import ChangeRule


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
        rule = PATH_ADDED if new_path else OPERATION_ADDED
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


# Removal rules by (whole path?, sunset passed / sunset ahead / deprecated without one / neither).
_REMOVALS = {
    True: (PATH_REMOVED_AFTER_SUNSET, PATH_REMOVED_BEFORE_SUNSET, DEPRECATED_PATH_REMOVED, PATH_REMOVED),
    False: (
        OPERATION_REMOVED_AFTER_SUNSET,
        OPERATION_REMOVED_BEFORE_SUNSET,
        DEPRECATED_OPERATION_REMOVED,
        OPERATION_REMOVED,
    ),
}


def _removal_rule(operation: Operation, today: date, whole_path: bool) -> ChangeRule:
    after, before, deprecated, plain = _REMOVALS[whole_path]
    ends = sunset(operation)
    if ends is not None:
        return after if ends <= today else before
    return deprecated if operation.deprecated else plain
