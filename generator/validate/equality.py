"""Equality of JSON values under draft-4 rules (1 and 1.0 equal, True and 1 not), as hashable keys."""

from __future__ import annotations

from typing import Any


def scalar_key(value: Any) -> tuple[str, Any] | None:
    """A hashable identity matching draft-4 equality for scalars; None for containers."""
    if isinstance(value, bool):
        return ("b", value)
    if isinstance(value, (int, float)):
        return ("n", float(value))
    if isinstance(value, str):
        return ("s", value)
    if value is None:
        return ("z", None)
    return None


def canonical(value: Any) -> Any:
    """A hashable form in which values equal under draft-4 rules are equal (1 and 1.0, not True)."""
    if isinstance(value, dict):
        return ("d", frozenset((key, canonical(item)) for key, item in value.items()))
    if isinstance(value, list):
        return ("l", tuple(canonical(item) for item in value))
    return scalar_key(value)


def certainly_unique(items: list[Any]) -> bool:
    if all(isinstance(item, str) for item in items):
        return len(set(items)) == len(items)
    keys = [canonical(item) for item in items]
    return len(set(keys)) == len(keys)
