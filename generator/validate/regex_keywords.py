"""jsonschema validators whose spec patterns run on RE2 (generator.validate.patterns), never on ``re``.

jsonschema runs ``pattern``, ``patternProperties`` and the part of ``additionalProperties`` that
skips pattern-matched names with Python's backtracking ``re``. :func:`linear_regex` gives a
validator class with those three keywords replaced; everything else, messages included, is the
library's own. A pattern RE2 cannot compile constrains nothing here (a rule reports it).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any

from jsonschema import Draft4Validator, validators
from jsonschema.exceptions import ValidationError

from generator.validate.patterns import compile_pattern

# The library's own, for objects without patternProperties (no regex runs then).
_LIBRARY_ADDITIONAL = Draft4Validator.VALIDATORS["additionalProperties"]


def _pattern(validator: Any, pattern: Any, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    if not validator.is_type(instance, "string") or not isinstance(pattern, str):
        return
    compiled = compile_pattern(pattern)
    if compiled is not None and not compiled.allows(instance):
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


def _matches(pattern: str, name: str) -> bool:
    compiled = compile_pattern(pattern)
    return compiled is not None and compiled.search(name) is True


def _pattern_properties(
    validator: Any, patterns: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Any]:
    if not validator.is_type(instance, "object") or not isinstance(patterns, Mapping):
        return
    for pattern, subschema in patterns.items():
        for name, value in instance.items():
            if _matches(pattern, name):
                yield from validator.descend(value, subschema, path=name, schema_path=pattern)


def _additional_properties(
    validator: Any, additional: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Any]:
    patterns = schema.get("patternProperties")
    if not validator.is_type(instance, "object") or not isinstance(patterns, Mapping) or not patterns:
        yield from _LIBRARY_ADDITIONAL(validator, additional, instance, schema)
        return
    properties = schema.get("properties", {})
    extras = sorted(
        name
        for name in instance
        if name not in properties and not any(_matches(pattern, name) for pattern in patterns)
    )
    if validator.is_type(additional, "object"):
        for extra in extras:
            yield from validator.descend(instance[extra], additional, path=extra)
    elif additional is False and extras:
        verb = "does" if len(extras) == 1 else "do"
        names = ", ".join(repr(extra) for extra in extras)
        listed = ", ".join(repr(pattern) for pattern in sorted(patterns))
        yield ValidationError(f"{names} {verb} not match any of the regexes: {listed}")


_KEYWORDS = {
    "pattern": _pattern,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
}


@cache
def linear_regex(cls: Any) -> Any:
    """``cls`` (a jsonschema validator class) with spec patterns run by RE2."""
    return validators.extend(cls, _KEYWORDS)  # type: ignore[no-untyped-call]
