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
)

_VARIABLE = re.compile(r"\{([^}/]*)\}")


def _key(parameter: Parameter) -> tuple[str, str]:
    name = parameter.name.lower() if parameter.location == "header" else parameter.name
    return (parameter.location, name)


def _style(parameter: Parameter) -> str:
    return parameter.style or ("form" if parameter.location in ("query", "cookie") else "simple")


def _explode(parameter: Parameter) -> bool:
    return parameter.explode if parameter.explode is not None else _style(parameter) == "form"


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    renamed = dict(zip(_VARIABLE.findall(base.path), _VARIABLE.findall(revision.path), strict=False))
    old = {_key(p): p for p in base.parameters}
    new = {_key(p): p for p in revision.parameters}
    for (location, name), parameter in old.items():
        if location == "path" and renamed.get(name, name) != name:
            successor = new.get(("path", renamed[name]))
            if successor is not None:
                context.add(
                    REQUEST_PATH_PARAMETER_RENAMED,
                    successor.pointer,
                    revision.key,
                    old=name,
                    new=successor.name,
                )
                _compare(context, revision, parameter, successor)
                continue
        if (location, name) in new:
            _compare(context, revision, parameter, new[(location, name)])
            continue
        moved = next((p for (loc, n), p in new.items() if n == name and (loc, n) not in old), None)
        if moved is not None:
            context.add(
                REQUEST_PARAMETER_LOCATION_CHANGED,
                moved.pointer,
                revision.key,
                name=name,
                old=location,
                new=moved.location,
            )
            _compare(context, revision, parameter, moved, moved=True)
            continue
        context.add(
            REQUEST_PARAMETER_REMOVED,
            parameter.pointer,
            revision.key,
            name=parameter.name,
            location=location,
        )
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
    if not moved and _style(old) != _style(new):
        context.add(
            REQUEST_PARAMETER_STYLE_CHANGED,
            new.pointer,
            operation.key,
            old=_style(old),
            new=_style(new),
            **args,
        )
    if not moved and _explode(old) != _explode(new):
        context.add(
            REQUEST_PARAMETER_EXPLODE_CHANGED,
            new.pointer,
            operation.key,
            old=str(_explode(old)).lower(),
            new=str(_explode(new)).lower(),
            **args,
        )
    if new.deprecated and not old.deprecated:
        context.add(REQUEST_PARAMETER_DEPRECATED, new.pointer, operation.key, **args)
    subject = f"{new.location} parameter '{new.name}'"
    report_schema(context, "request-parameter", subject, operation, old.schema, new.schema)
