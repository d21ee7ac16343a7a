"""Findings grouped by cause: one change where it happens, with every operation it reaches.

A cause is a rule firing at one place of the document (a component schema, a path item, an operation)
for one reason (its identity). Every operation that reaches it is one reach, with the property
path as seen from that operation.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from generator import pointer as jp
from generator.diff.change import Cause, Detection, identity
from generator.diff.level_policy import Policy
from generator.rules.rule import CHANGE_LEVELS, ChangeRule, Level

_SCHEMA_HOMES = ("/components/schemas/", "/definitions/")
# Pointer tokens that say how a sub-schema hangs below its parent, and how a path spells them.
_NAMED_TOKENS = frozenset({"properties", "patternProperties", "dependentSchemas", "$defs", "definitions"})
_ITEM_TOKENS = {
    "items": "[]",
    "additionalProperties": "*",
    "unevaluatedItems": "[]",
    "unevaluatedProperties": "*",
    "contains": "[contains]",
    "propertyNames": "(name)",
    "not": "(not)",
    "if": "(if)",
    "then": "(then)",
    "else": "(else)",
}
_INDEXED_TOKENS = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})


def digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def component_where(pointer: str) -> str | None:
    """``schema Customer property 'address.city'`` for a pointer inside a component schema."""
    place = component_place(pointer)
    if place is None:
        return None
    name, path = place
    return f"schema {name} property '{path}'" if path else f"schema {name}"


def component_place(pointer: str) -> tuple[str, str] | None:
    """The component schema's name and the property path (``address.city``, or empty) of a pointer
    inside it."""
    home = next((prefix for prefix in _SCHEMA_HOMES if pointer.startswith(prefix)), None)
    if home is None:
        return None
    name, *rest = jp.split(pointer[len(home) - 1 :])
    path = ""
    tokens = iter(rest)
    for token in tokens:
        if token in _NAMED_TOKENS:
            path = _extend(path, next(tokens, ""))
        elif token in _ITEM_TOKENS:
            path += _ITEM_TOKENS[token]
        elif token in _INDEXED_TOKENS:
            index = next(tokens, "")
            if token != "allOf":
                path = _extend(path, f"{token}[{index}]")
        else:
            path = _extend(path, token)
    return name, path


def _extend(path: str, token: str) -> str:
    return f"{path}.{token}" if path else token


@dataclass
class Group:
    """The findings of one cause, in the order the checks made them.

    They share rule, pointer and identity, so every argument but ``where`` (how an operation reaches
    the change): one message per ``where``.
    """

    rule: ChangeRule
    message: str
    identity: str
    findings: list[Detection] = field(default_factory=list)
    _messages: dict[str, str] = field(default_factory=dict)

    def render(self, finding: Detection) -> str:
        """The message of one of the group's findings."""
        where = str(finding.args.get("where", ""))
        message = self._messages.get(where)
        if message is None:
            message = self._messages[where] = self.rule.render(finding.args)
        return message


def causes_of(findings: list[Detection], rules: Mapping[str, ChangeRule]) -> dict[str, Group]:
    """Findings by cause id, in the order each cause was first found."""
    groups: dict[tuple[str, str, str], Group] = {}
    for finding in findings:
        what = identity(finding.args) if finding.identity is None else finding.identity
        key = (finding.rule_id, finding.pointer, what)
        group = groups.get(key)
        if group is None:
            rule = rules[finding.rule_id]
            group = groups[key] = Group(rule, _message(rule, finding), what)
        group.findings.append(finding)
    return {digest("\x1f".join(key)): group for key, group in groups.items()}


def _message(rule: ChangeRule, finding: Detection) -> str:
    where = component_where(finding.pointer) if "where" in finding.args else None
    if where is None:
        return rule.render(finding.args)
    return rule.render({**finding.args, "where": where})


def make_cause(key: str, group: Group, policy: Policy) -> Cause:
    rule = group.rule
    # A schema change says how each operation reaches it; any other change happens in the operation.
    reaches = tuple(
        dict.fromkeys(
            (finding.operation, str(finding.args.get("where", "")))
            for finding in group.findings
            if finding.operation is not None
        )
    )
    error_only = bool(reaches) and all(finding.error_route for finding in group.findings)
    return Cause(
        id=key,
        rule_id=rule.id,
        level=policy.level(rule, error_only),
        kind=rule.kind,
        pointer=group.findings[0].pointer,
        message=group.message,
        reaches=reaches,
        error_only=error_only,
    )


MOST_SEVERE_FIRST: dict[Level, int] = {level: -level.rank for level in CHANGE_LEVELS}


def cause_order(cause: Cause) -> tuple[int, str, str, str]:
    """Breaking first; then where it happens, so causes in one component sit together."""
    return (MOST_SEVERE_FIRST[cause.level], cause.pointer, cause.rule_id, cause.message)
