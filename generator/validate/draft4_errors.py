"""The errors jsonschema's draft 4 validator (with ``nullable``) finds in a value, for common schemas.

Same messages, same order, for schemas made of ``type``, ``properties``, ``items``, ``required``,
``enum``, ``format``, ``additionalProperties``, ``allOf``, ``anyOf``, ``oneOf`` and local ``$ref``;
any other keyword or form raises ``Unsure`` and jsonschema answers (generator.validate.jsonschema_checks).
Most documents then never import jsonschema for their examples and defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sized
from typing import Any

from generator import pointer as jp
from generator.validate.fastcheck import TYPE_TESTS
from generator.validate.formats import checked_formats, plain_check

# Nesting beyond this is left to jsonschema (which gives up on a RecursionError).
MAX_DEPTH = 100

# Draft 4 keywords not handled here: a schema holding one is left to jsonschema.
_OTHER_KEYWORDS = frozenset(
    {"additionalItems", "dependencies", "maxProperties", "minProperties", "multipleOf", "not", "pattern"}
    | {"patternProperties", "id"}
)


_IS_NUMBER = TYPE_TESTS["number"]


class Unsure(Exception):
    """The schema uses something only jsonschema itself can answer for."""


def errors(root: Mapping[str, Any], pointer: str, value: Any) -> list[str]:
    """The messages of every error of ``value`` against the schema at ``pointer`` in ``root``."""
    try:
        return list(_Evaluator(root).errors(value, _lookup(root, pointer), 0))
    except (ValueError, TypeError, RecursionError) as error:  # a repr too long, a format check failing...
        raise Unsure(str(error)) from error


def _lookup(root: Mapping[str, Any], pointer: str) -> Any:
    try:
        return jp.lookup(root, pointer)
    except (KeyError, ValueError, TypeError, IndexError) as error:
        raise Unsure(f"no schema at {pointer}") from error


def _scalar(value: Any) -> bool:
    return value is None or type(value) in (str, int, bool)


def _equal(one: Any, two: Any) -> bool:
    """jsonschema's equality, for strings, integers, booleans and null."""
    return (type(one) is bool) == (type(two) is bool) and one == two


class _Evaluator:
    def __init__(self, root: Mapping[str, Any]) -> None:
        self.root = root

    def errors(self, value: Any, schema: Any, depth: int) -> Iterator[str]:
        if type(schema) is not dict or depth > MAX_DEPTH or not _OTHER_KEYWORDS.isdisjoint(schema):
            raise Unsure("schema")
        if "$ref" in schema:  # draft 4: the siblings of a reference are ignored
            ref = schema["$ref"]
            if not isinstance(ref, str) or not (ref == "#" or ref.startswith("#/")) or "%" in ref:
                raise Unsure("$ref")
            yield from self.errors(value, _lookup(self.root, ref[1:]), depth + 1)
            return
        for keyword, argument in schema.items():
            check = _KEYWORDS.get(keyword)
            if check is not None:
                yield from check(self, argument, value, schema, depth + 1)

    def valid(self, value: Any, schema: Any, depth: int) -> bool:
        return next(iter(self.errors(value, schema, depth)), None) is None

    def type(self, declared: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        names = [declared] if isinstance(declared, str) else declared
        if not isinstance(names, list) or not all(
            isinstance(name, str) and name in TYPE_TESTS for name in names
        ):
            raise Unsure("type")
        if value is None and schema.get("nullable") is True:
            return
        if not any(TYPE_TESTS[name](value) for name in names):
            yield f"{value!r} is not of type {', '.join(repr(name) for name in names)}"

    def properties(self, properties: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if type(properties) is not dict:
            raise Unsure("properties")
        if isinstance(value, dict):
            for name, subschema in properties.items():
                if name in value:
                    yield from self.errors(value[name], subschema, depth)

    def items(self, items: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if type(items) is not dict:
            raise Unsure("items")
        if isinstance(value, list):
            for item in value:
                yield from self.errors(item, items, depth)

    def required(self, required: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if not isinstance(required, list) or not all(isinstance(name, str) for name in required):
            raise Unsure("required")
        if isinstance(value, dict):
            for name in required:
                if name not in value:
                    yield f"{name!r} is a required property"

    def enum(self, options: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if not isinstance(options, list) or not _scalar(value) or not all(map(_scalar, options)):
            raise Unsure("enum")
        if not any(_equal(option, value) for option in options):
            yield f"{value!r} is not one of {options!r}"

    def format(self, name: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if not isinstance(name, str):
            raise Unsure("format")
        if name not in checked_formats():
            return
        check = plain_check(name)
        if check is None:
            raise Unsure(f"format {name}")
        if not check(value):
            yield f"{value!r} is not a {name!r}"

    def additional(self, allowed: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if not isinstance(value, dict):
            return
        properties = schema.get("properties", {})
        if not isinstance(properties, dict):
            raise Unsure("properties")
        # jsonschema walks the extra names as a set: the same set, built the same way, keeps its order
        extras = set(name for name in value if name not in properties)
        if type(allowed) is dict:
            for name in extras:
                yield from self.errors(value[name], allowed, depth)
        elif allowed is not True and (allowed is not False or extras):
            raise Unsure("additionalProperties")

    def all_of(self, branches: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        for branch in _branches(branches):
            yield from self.errors(value, branch, depth)

    def any_of(self, branches: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        for branch in _branches(branches):
            if not list(self.errors(value, branch, depth)):
                return
        yield f"{value!r} is not valid under any of the given schemas"

    def one_of(self, branches: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        # as jsonschema: every error of each branch up to the first valid one, then a lazy look at the rest
        remaining = iter(_branches(branches))
        first_valid = next(
            (branch for branch in remaining if not list(self.errors(value, branch, depth))), None
        )
        if first_valid is None:
            yield f"{value!r} is not valid under any of the given schemas"
            return
        more_valid = [branch for branch in remaining if self.valid(value, branch, depth)]
        if more_valid:
            reprs = ", ".join(repr(branch) for branch in [*more_valid, first_valid])
            yield f"{value!r} is valid under each of {reprs}"

    def min_length(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _size(limit, value, str, lower=True)

    def max_length(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _size(limit, value, str, lower=False)

    def min_items(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _size(limit, value, list, lower=True)

    def max_items(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _size(limit, value, list, lower=False)

    def minimum(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _bound(limit, value, schema.get("exclusiveMinimum", False), lower=True)

    def maximum(self, limit: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        return _bound(limit, value, schema.get("exclusiveMaximum", False), lower=False)

    def unique(self, unique: Any, value: Any, schema: Mapping[str, Any], depth: int) -> Iterator[str]:
        if type(unique) is not bool:
            raise Unsure("uniqueItems")
        if unique and isinstance(value, list):
            if not all(isinstance(item, str) for item in value):
                raise Unsure("uniqueItems")
            if len(set(value)) < len(value):
                yield f"{value!r} has non-unique elements"


def _size(limit: Any, value: Any, kind: type[Sized], lower: bool) -> Iterator[str]:
    """minLength / maxLength of strings, minItems / maxItems of arrays, in jsonschema's words."""
    if type(limit) is not int:
        raise Unsure("length")
    if not isinstance(value, kind):
        return
    if lower and len(value) < limit:
        yield f"{value!r} {'should be non-empty' if limit == 1 else 'is too short'}"
    elif not lower and len(value) > limit:
        yield f"{value!r} {'is expected to be empty' if limit == 0 else 'is too long'}"


def _bound(limit: Any, value: Any, exclusive: Any, lower: bool) -> Iterator[str]:
    """Draft 4's minimum / maximum, with their boolean exclusiveMinimum / exclusiveMaximum."""
    if not _IS_NUMBER(limit) or type(exclusive) is not bool:
        raise Unsure("minimum or maximum")
    if not _IS_NUMBER(value):
        return
    if lower:
        failed = value <= limit if exclusive else value < limit
        words = "less than or equal to" if exclusive else "less than"
    else:
        failed = value >= limit if exclusive else value > limit
        words = "greater than or equal to" if exclusive else "greater than"
    if failed:
        yield f"{value!r} is {words} the {'minimum' if lower else 'maximum'} of {limit!r}"


def _branches(branches: Any) -> list[Any]:
    if not isinstance(branches, list):
        raise Unsure("branches")
    return branches


_KEYWORDS: dict[str, Callable[[_Evaluator, Any, Any, Mapping[str, Any], int], Iterator[str]]] = {
    "type": _Evaluator.type,
    "properties": _Evaluator.properties,
    "items": _Evaluator.items,
    "required": _Evaluator.required,
    "enum": _Evaluator.enum,
    "format": _Evaluator.format,
    "additionalProperties": _Evaluator.additional,
    "allOf": _Evaluator.all_of,
    "anyOf": _Evaluator.any_of,
    "oneOf": _Evaluator.one_of,
    "minLength": _Evaluator.min_length,
    "maxLength": _Evaluator.max_length,
    "minItems": _Evaluator.min_items,
    "maxItems": _Evaluator.max_items,
    "minimum": _Evaluator.minimum,
    "maximum": _Evaluator.maximum,
    "uniqueItems": _Evaluator.unique,
}
