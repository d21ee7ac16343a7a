"""jsonschema validators whose spec patterns run on RE2 (generator.validate.patterns), never on ``re``.

jsonschema runs ``pattern``, ``patternProperties``, the part of ``additionalProperties`` that skips
pattern-matched names, and the search for the names ``unevaluatedProperties`` leaves alone (JSON
Schema 2020-12, OpenAPI 3.1) with Python's backtracking ``re``. :func:`linear_regex` gives a
validator class with those keywords replaced; everything else, messages included, is the library's
own (``unevaluatedItems`` runs no pattern of its own: the subschemas it tries use these keywords).
A pattern RE2 cannot compile constrains nothing here (a rule reports it).
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


def _evaluated_names(validator: Any, instance: Mapping[str, Any], schema: Any) -> set[str]:
    """The member names of ``instance`` that ``schema`` or a subschema it applies evaluates (the
    annotations ``unevaluatedProperties`` reads), found as jsonschema finds them."""
    if not isinstance(schema, Mapping):
        return set()
    names: set[str] = set()
    for keyword in ("$ref", "$dynamicRef"):
        if isinstance(schema.get(keyword), str):
            # jsonschema keeps the resolver of a validator private; its own keywords reach it the same way
            found = validator._resolver.lookup(schema[keyword])
            evolved = validator.evolve(schema=found.contents, _resolver=found.resolver)
            names |= _evaluated_names(evolved, instance, found.contents)
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        names.update(name for name in instance if name in properties)
    for keyword in ("additionalProperties", "unevaluatedProperties"):
        if keyword in schema:
            names.update(
                name for name, value in instance.items() if _valid(validator, value, schema[keyword])
            )
    patterns = schema.get("patternProperties")
    if isinstance(patterns, Mapping):
        names.update(name for name in instance if any(_matches(pattern, name) for pattern in patterns))
    dependent = schema.get("dependentSchemas")
    if isinstance(dependent, Mapping):
        for name, subschema in dependent.items():
            if name in instance:
                names |= _evaluated_names(validator, instance, subschema)
    for keyword in ("allOf", "oneOf", "anyOf"):
        for subschema in schema.get(keyword, ()):
            if _valid(validator, instance, subschema):
                names |= _evaluated_names(validator, instance, subschema)
    if "if" in schema:
        branches = ("if", "then") if _valid(validator, instance, schema["if"]) else ("else",)
        for branch in branches:
            if branch in schema:
                names |= _evaluated_names(validator, instance, schema[branch])
    return names


def _valid(validator: Any, instance: Any, schema: Any) -> bool:
    return next(validator.descend(instance, schema), None) is None


def _unevaluated_properties(
    validator: Any, unevaluated: Any, instance: Any, schema: Mapping[str, Any]
) -> Iterator[Any]:
    if not validator.is_type(instance, "object"):
        return
    evaluated = _evaluated_names(validator, instance, schema)
    rejected = [
        name
        for name in instance
        if name not in evaluated and not _valid(validator, instance[name], unevaluated)
    ]
    if not rejected:
        return
    names = sorted(rejected) if unevaluated is False else rejected
    listed = f"{', '.join(repr(name) for name in names)} {'was' if len(names) == 1 else 'were'}"
    if unevaluated is False:
        yield ValidationError(f"Unevaluated properties are not allowed ({listed} unexpected)")
    else:
        yield ValidationError(
            f"Unevaluated properties are not valid under the given schema ({listed} unevaluated and invalid)"
        )


_KEYWORDS = {
    "pattern": _pattern,
    "patternProperties": _pattern_properties,
    "additionalProperties": _additional_properties,
    "unevaluatedProperties": _unevaluated_properties,
}


@cache
def linear_regex(cls: Any) -> Any:
    """``cls`` (a jsonschema validator class) with spec patterns run by RE2."""
    return validators.extend(cls, _KEYWORDS)  # type: ignore[no-untyped-call]
