"""Patterns that specgen cannot check in linear time, so values are not checked against them."""

from __future__ import annotations

from collections.abc import Iterator

from generator import pointer as jp
from generator.json_value import is_object
from generator.validate.patterns import unsupported_reason
from generator.validate.rules.base import Context, Occurrence


def _patterns(context: Context) -> Iterator[tuple[str, str]]:
    for pointer, node in context.schemas:
        pattern = node.get("pattern")
        if isinstance(pattern, str):
            yield jp.join(pointer, "pattern"), pattern
        named = node.get("patternProperties")
        if is_object(named):  # no ABC check: most schemas have no patternProperties
            for key in named:
                yield jp.join(pointer, "patternProperties", key), key


def unsupported_patterns(context: Context) -> Iterator[Occurrence]:
    for pointer, pattern in _patterns(context):
        reason = unsupported_reason(pattern)
        if reason is not None:
            yield pointer, {"pattern": pattern, "reason": reason}
