"""Parameters added, removed, made required or optional, moved, or serialised differently."""

from __future__ import annotations

import re
from typing import Any

from generator.diff.context import DiffContext
from generator.diff.rule import ADD, BRK, INF, MODIFY, REMOVE, WRN, Rule
from generator.diff.rules._schema_rules import report_schema
from generator.model import Operation, Parameter

RULES = (
    Rule("request-parameter-added-required", BRK, ADD, "required {location} parameter '{name}' added"),
    Rule("request-parameter-added-optional", INF, ADD, "optional {location} parameter '{name}' added"),
    Rule("request-parameter-removed", WRN, REMOVE, "{location} parameter '{name}' removed"),
    Rule("request-parameter-became-required", BRK, MODIFY, "{location} parameter '{name}' became required"),
    Rule("request-parameter-became-optional", INF, MODIFY, "{location} parameter '{name}' became optional"),
    Rule("request-parameter-location-changed", BRK, MODIFY, "parameter '{name}' moved from {old} to {new}"),
    Rule(
        "request-parameter-style-changed",
        BRK,
        MODIFY,
        "style of {location} parameter '{name}' changed from {old} to {new}",
    ),
    Rule(
        "request-parameter-explode-changed",
        BRK,
        MODIFY,
        "explode of {location} parameter '{name}' changed from {old} to {new}",
    ),
    Rule("request-parameter-deprecated", INF, MODIFY, "{location} parameter '{name}' deprecated"),
    Rule("request-path-parameter-renamed", INF, MODIFY, "path parameter '{old}' renamed to '{new}'"),
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
                    "request-path-parameter-renamed",
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
                "request-parameter-location-changed",
                moved.pointer,
                revision.key,
                name=name,
                old=location,
                new=moved.location,
            )
            _compare(context, revision, parameter, moved, moved=True)
            continue
        context.add(
            "request-parameter-removed",
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
        rule = (
            "request-parameter-added-required" if parameter.required else "request-parameter-added-optional"
        )
        context.add(rule, parameter.pointer, revision.key, name=parameter.name, location=location)


def _compare(
    context: DiffContext, operation: Operation, old: Parameter, new: Parameter, moved: bool = False
) -> None:
    args: dict[str, Any] = {"name": new.name, "location": new.location}
    if old.required != new.required:
        rule = "request-parameter-became-required" if new.required else "request-parameter-became-optional"
        context.add(rule, new.pointer, operation.key, **args)
    if not moved and _style(old) != _style(new):
        context.add(
            "request-parameter-style-changed",
            new.pointer,
            operation.key,
            old=_style(old),
            new=_style(new),
            **args,
        )
    if not moved and _explode(old) != _explode(new):
        context.add(
            "request-parameter-explode-changed",
            new.pointer,
            operation.key,
            old=str(_explode(old)).lower(),
            new=str(_explode(new)).lower(),
            **args,
        )
    if new.deprecated and not old.deprecated:
        context.add("request-parameter-deprecated", new.pointer, operation.key, **args)
    subject = f"{new.location} parameter '{new.name}'"
    report_schema(context, "request-parameter", subject, operation, old.schema, new.schema)
