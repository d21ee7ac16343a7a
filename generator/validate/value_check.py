"""A quick "certainly valid" for examples and defaults against OpenAPI 3.0 schemas of the document.

It answers for jsonschema's draft 4 validator with ``nullable`` (generator.validate.jsonschema_checks)
and only ever says True when that validator finds no error; whatever it cannot be sure of (a
checked ``format``, ``oneOf``, ``not``, ``multipleOf``, a schema it cannot read) is False, and the
validator gives the answer.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from typing import Any

from generator.validate.combinators import NodeCheck
from generator.validate.fastcheck import SchemaCompiler, Unsupported, always

# Draft 4's keywords: any other member of a schema is ignored by its validator (and here).
_DRAFT4 = frozenset(
    {"$ref", "additionalItems", "additionalProperties", "allOf", "anyOf", "dependencies", "enum"}
    | {"format", "items", "maxItems", "maxLength", "maxProperties", "maximum", "minItems", "minLength"}
    | {"minProperties", "minimum", "multipleOf", "not", "oneOf", "pattern", "patternProperties"}
    | {"properties", "required", "type", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum"}
)
# Keywords whose answer is not monotone in their subschemas' (or that are not implemented).
_UNSURE = frozenset({"oneOf", "not", "multipleOf", "additionalItems"})


MAX_MESSAGE = 240


def short_message(message: str) -> str:
    """The first line of a library message, cut to a readable length."""
    line = message.splitlines()[0] if message else ""
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 3] + "..."


def _never(_: Any) -> bool:
    return False


def _containers_only(value: Any) -> bool:
    return type(value) is dict or type(value) is list


class ValueChecks:
    """Compiled checks of one document's schemas, by pointer; ``formats`` are those the validator checks."""

    def __init__(self, data: Mapping[str, Any], formats: Collection[str]) -> None:
        self._compiler = _ValueCompiler(data, frozenset(formats))
        self._checks: dict[str, NodeCheck] = {}

    def certainly_valid(self, pointer: str, value: Any) -> bool:
        check = self._checks.get(pointer)
        if check is None:
            check = self._checks[pointer] = self._compiler.guarded(lambda: self._compiler.ref("#" + pointer))
        try:
            return check(value)
        except Exception:  # a limit of a type the comparison does not take, a placeholder left unset...
            return False


class _ValueCompiler(SchemaCompiler):
    def __init__(self, root: Mapping[str, Any], formats: frozenset[str]) -> None:
        super().__init__(root, frozenset())
        self.checked_formats = formats
        self.nullable: list[bool] = []

    def guarded(self, make: Any) -> NodeCheck:
        try:
            check: NodeCheck = make()
        except Exception:  # Unsupported, a reference that leads nowhere, a schema too deep...
            return _never
        return check

    def ref(self, ref: Any) -> NodeCheck:
        if not isinstance(ref, str) or "%" in ref:  # the validator would decode %-escapes
            raise Unsupported(f"$ref {ref!r}")
        return super().ref(ref)

    def schema(self, node: Any) -> NodeCheck:
        self.nullable.append(isinstance(node, Mapping) and node.get("nullable") is True)
        try:
            return self.guarded(lambda: super(_ValueCompiler, self).schema(node))
        finally:
            self.nullable.pop()

    def keyword(self, key: str, value: Any, node: Mapping[str, Any]) -> NodeCheck:
        if key in _UNSURE:
            raise Unsupported(f"keyword {key}")
        if key == "format":
            return _containers_only if value in self.checked_formats else always
        if key not in _DRAFT4:
            return always
        return super().keyword(key, value, node)

    def type_check(self, declared: Any) -> NodeCheck | None:
        check = super().type_check(declared)
        if check is None or not self.nullable[-1]:
            return check
        plain = check
        return lambda value: value is None or plain(value)
