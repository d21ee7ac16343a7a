"""Parameters added, removed, made required or optional, moved, or serialised differently."""

from __future__ import annotations

import re
from typing import Any

from generator.diff.context import DiffContext
from generator.diff.rules._schema_rules import report_schema
from generator.model import Operation, Parameter
from generator.rules.change_rules import (
    REQUEST_PARAMETER_ADDED_OPTIONAL,
    REQUEST_PARAMETER_ADDED_REQUIRED,
    REQUEST_PARAMETER_BECAME_OPTIONAL,
    REQUEST_PARAMETER_BECAME_REQUIRED,
    REQUEST_PARAMETER_DEPRECATED,
    REQUEST_PARAMETER_EXPLODE_CHANGED,
    REQUEST_PARAMETER_LOCATION_CHANGED,
    REQUEST_PARAMETER_REMOVED,
    REQUEST_PARAMETER_STYLE_CHANGED,
    REQUEST_PATH_PARAMETER_RENAMED,
    WEBHOOK_REQUIRED_PARAMETER_REMOVED,
)

_VARIABLE = re.compile(r"\{([^}/]*)\}")


def _key(parameter: Parameter) -> tuple[str, str]:
    name = parameter.name.lower() if parameter.location == "header" else parameter.name
    return (parameter.location, name)


def _style(parameter: Parameter) -> str:
    return parameter.style or ("form" if parameter.location in ("query", "cookie") else "simple")


def _explode(parameter: Parameter) -> str:
    """``true`` or ``false``, as the document spells it."""
    explode = parameter.explode if parameter.explode is not None else _style(parameter) == "form"
    return str(explode).lower()


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    renamed = dict(zip(_VARIABLE.findall(base.path), _VARIABLE.findall(revision.path), strict=False))
    old = {_key(p): p for p in base.parameters}
    new = {_key(p): p for p in revision.parameters}
    for (location, name), parameter in old.items():
        if location == "path" and renamed.get(name, name) != name:
            successor = new.get(("path", renamed[name]))
            if successor is not None:
                renaming: dict[str, Any] = {"old": name, "new": successor.name}
                context.add(REQUEST_PATH_PARAMETER_RENAMED, successor.pointer, revision.key, **renaming)
                _compare(context, revision, parameter, successor)
                continue
        if (location, name) in new:
            _compare(context, revision, parameter, new[(location, name)])
            continue
        moved = next((p for (loc, n), p in new.items() if n == name and (loc, n) not in old), None)
        if moved is not None:
            move: dict[str, Any] = {"name": name, "old": location, "new": moved.location}
            context.add(REQUEST_PARAMETER_LOCATION_CHANGED, moved.pointer, revision.key, **move)
            _compare(context, revision, parameter, moved, moved=True)
            continue
        gone: dict[str, Any] = {"name": parameter.name, "location": location}
        # A subscriber reads what a webhook sends: a required value it relied on is gone.
        needed = revision.webhook and parameter.required
        removal = WEBHOOK_REQUIRED_PARAMETER_REMOVED if needed else REQUEST_PARAMETER_REMOVED
        context.add(removal, parameter.pointer, revision.key, **gone)
    renamed_targets = set(renamed.values())
    old_names = {n for (_, n) in old}
    for (location, name), parameter in new.items():
        if (location, name) in old or (location == "path" and name in renamed_targets) or name in old_names:
            continue
        rule = REQUEST_PARAMETER_ADDED_REQUIRED if parameter.required else REQUEST_PARAMETER_ADDED_OPTIONAL
        context.add(rule, parameter.pointer, revision.key, name=parameter.name, location=location)


def _compare(
    context: DiffContext, operation: Operation, old: Parameter, new: Parameter, moved: bool = False
) -> None:
    args: dict[str, Any] = {"name": new.name, "location": new.location}
    if old.required != new.required:
        rule = REQUEST_PARAMETER_BECAME_REQUIRED if new.required else REQUEST_PARAMETER_BECAME_OPTIONAL
        context.add(rule, new.pointer, operation.key, **args)
    for rule, serialised in (
        (REQUEST_PARAMETER_STYLE_CHANGED, _style),
        (REQUEST_PARAMETER_EXPLODE_CHANGED, _explode),
    ):
        before, after = serialised(old), serialised(new)
        if not moved and before != after:
            context.add(rule, new.pointer, operation.key, old=before, new=after, **args)
    if new.deprecated and not old.deprecated:
        context.add(REQUEST_PARAMETER_DEPRECATED, new.pointer, operation.key, **args)
    subject = f"{new.location} parameter '{new.name}'"
    report_schema(context, "request-parameter", subject, operation, old.schema, new.schema)
