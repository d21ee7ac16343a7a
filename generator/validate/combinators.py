"""``allOf``, ``anyOf`` and ``oneOf`` for the fast check (generator.validate.fastcheck), as closures.

A ``oneOf`` whose branches one key tells apart (the OpenAPI schema's ``[Schema, Reference]``: only
``Reference`` may hold ``$ref``, and it must; security schemes by the value of ``type``) asks only the
branch an object selects: every other branch certainly fails, so the verdict is that branch's own.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

NodeCheck = Callable[[Any], bool]
# The node a schema stands for, its ``$ref`` chain followed (``{}`` when it cannot be followed).
RefTarget = Callable[[Any], Any]
# Whether a ``patternProperties`` pattern matches a key (None: not certain), by pattern.
KeyMatcher = Callable[[str], Callable[[str], bool | None]]
# What a branch allows of one key in an object: whether it may be absent, and its values (None: any).
Allowed = tuple[bool, frozenset[str] | None]


def combine(
    keyword: str, checks: tuple[NodeCheck, ...], nodes: Sequence[Any], target: RefTarget, matcher: KeyMatcher
) -> NodeCheck:
    """The check of ``keyword`` over its branches (``checks``, compiled from ``nodes``)."""
    if keyword == "allOf":
        return all_of(list(checks))
    if keyword == "anyOf":
        return _any_of(checks)
    every = _exactly_one(checks)
    for key in dict.fromkeys(name for node in nodes for name in _required(target(node))):
        allowed = [_allowed(target(node), key, target, matcher) for node in nodes]
        if _tells_apart(allowed):
            return _keyed(key, allowed, checks, every)
    return every


def all_of(checks: list[NodeCheck]) -> NodeCheck:
    if len(checks) == 1:
        return checks[0]
    if len(checks) == 2:
        first, second = checks
        return lambda value: first(value) and second(value)
    bundle = tuple(checks)

    def check(value: Any) -> bool:
        for each in bundle:  # noqa: SIM110 - a plain loop is measurably faster than all() on a generator
            if not each(value):
                return False
        return True

    return check


def _any_of(branches: tuple[NodeCheck, ...]) -> NodeCheck:
    def check(value: Any) -> bool:
        for branch in branches:  # noqa: SIM110 - as in all_of
            if branch(value):
                return True
        return False

    return check


def _exactly_one(branches: tuple[NodeCheck, ...]) -> NodeCheck:
    def check(instance: Any) -> bool:
        found = False
        for branch in branches:
            if branch(instance):
                if found:
                    return False
                found = True
        return found

    return check


def _required(node: Any) -> list[str]:
    required = node.get("required") if isinstance(node, Mapping) else None
    return [name for name in required if isinstance(name, str)] if isinstance(required, list) else []


def _allowed(node: Any, key: str, target: RefTarget, matcher: KeyMatcher) -> Allowed:
    """What a branch certainly refuses of ``key`` in an object, read from its own keywords only
    (``type``, ``required``, ``properties`` with a string ``enum``, closed ``additionalProperties``)."""
    if not isinstance(node, Mapping):
        return True, None
    declared = node.get("type")
    if (isinstance(declared, str) and declared != "object") or (
        isinstance(declared, list) and "object" not in declared
    ):
        return False, frozenset()  # no object passes
    absent = key not in _required(node)
    properties = node.get("properties")
    if isinstance(properties, Mapping) and key in properties:
        options = target(properties[key])
        enum = options.get("enum") if isinstance(options, Mapping) else None
        if isinstance(enum, list) and all(isinstance(option, str) for option in enum):
            return absent, frozenset(enum)
        return absent, None
    patterns = node.get("patternProperties", {})
    if (
        node.get("additionalProperties") is False
        and isinstance(patterns, Mapping)
        and all(matcher(pattern)(key) is False for pattern in patterns)
    ):
        return absent, frozenset()  # the key is refused wherever it appears
    return absent, None


def _tells_apart(allowed: list[Allowed]) -> bool:
    """At most one branch allows each case: the key absent, and each of its values."""
    if sum(absent for absent, _ in allowed) > 1:
        return False
    values = [each for _, each in allowed if each is None or each]
    if None in values:
        return len(values) == 1
    seen: set[str] = set()
    for each in values:
        if each is None or not seen.isdisjoint(each):
            return False
        seen |= each
    return True


def _keyed(key: str, allowed: list[Allowed], checks: tuple[NodeCheck, ...], every: NodeCheck) -> NodeCheck:
    pairs = list(zip(allowed, checks, strict=True))
    when_absent = next((check for (absent, _), check in pairs if absent), None)
    any_value = next((check for (_, values), check in pairs if values is None), None)
    by_value = {value: check for (_, values), check in pairs if values for value in values}

    def check(instance: Any) -> bool:
        if type(instance) is not dict:
            return every(instance)  # the key tells objects apart only
        if key not in instance:
            return when_absent is not None and when_absent(instance)
        if any_value is not None:
            return any_value(instance)
        value = instance[key]
        chosen = by_value.get(value) if type(value) is str else None
        return chosen is not None and chosen(instance)

    return check
