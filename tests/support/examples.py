"""Deterministic example values built from the JSON schemas of an OpenAPI document.

The test server answers with these and the functional tests send them, so they must be valid
against the schema: types, formats (date-time always carries ``Z``), enums, bounds, required
properties, unions (first branch) and arrays. Recursive schemas stop growing after ``max_depth``
levels: optional properties are left out and optional arrays are empty.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

Direction = Literal["request", "response"]
JSON = Any

_STRING_FORMATS = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "time": "07:08:09Z",
    "email": "someone@example.com",
    "uri": "https://example.com/resource",
    "url": "https://example.com/resource",
    "uuid": "123e4567-e89b-42d3-a456-426614174000",
    "byte": "c3BlY2dlbg==",
    "ipv4": "192.0.2.1",
    "hostname": "example.com",
}
_HARD_DEPTH = 12


class ExampleBuilder:
    """Builds one example per schema; ``leave_out`` names optional properties never filled in."""

    def __init__(
        self,
        document: Mapping[str, JSON],
        direction: Direction = "response",
        max_depth: int = 3,
        leave_out: frozenset[str] = frozenset(),
    ) -> None:
        self._document = document
        self._direction = direction
        self._max_depth = max_depth
        self._leave_out = leave_out

    def build(self, schema: Mapping[str, JSON] | None, name: str = "value") -> JSON:
        return self._build(schema or {}, name, 0, ())

    def resolve(self, schema: Mapping[str, JSON]) -> Mapping[str, JSON]:
        """Follow ``$ref`` chains inside the document."""
        seen: set[str] = set()
        while "$ref" in schema and schema["$ref"] not in seen:
            reference = schema["$ref"]
            seen.add(reference)
            schema = self._pointer(reference)
        return schema

    def _pointer(self, reference: str) -> Mapping[str, JSON]:
        if not reference.startswith("#/"):
            raise ValueError(f"only local references are supported: {reference}")
        node: JSON = self._document
        for part in reference[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node  # type: ignore[no-any-return]

    def _build(self, schema: Mapping[str, JSON], name: str, depth: int, refs: tuple[str, ...]) -> JSON:
        if "$ref" in schema:
            reference = schema["$ref"]
            return self._build(self.resolve(schema), name, depth, (*refs, reference))
        if "enum" in schema:
            values = [value for value in schema["enum"] if value is not None]
            return values[0] if values else None
        if "allOf" in schema:
            return self._all_of(schema, name, depth, refs)
        for union in ("oneOf", "anyOf"):
            if schema.get(union):
                return self._union(schema, schema[union], name, depth, refs)
        kind = _kind(schema)
        if kind == "object":
            return self._object(schema, depth, refs)
        if kind == "array":
            return self._array(schema, name, depth, refs)
        return _scalar(kind, schema, name)

    def _all_of(self, schema: Mapping[str, JSON], name: str, depth: int, refs: tuple[str, ...]) -> JSON:
        parts = [self._build(part, name, depth, refs) for part in schema["allOf"]]
        own = {key: value for key, value in schema.items() if key != "allOf"}
        if any(key in own for key in ("properties", "type", "required")):
            parts.append(self._build(own, name, depth, refs))
        merged: dict[str, JSON] = {}
        for part in parts:
            if not isinstance(part, dict):
                return part
            merged.update(part)
        return merged

    def _union(
        self,
        schema: Mapping[str, JSON],
        branches: list[Mapping[str, JSON]],
        name: str,
        depth: int,
        refs: tuple[str, ...],
    ) -> JSON:
        branch = next((b for b in branches if self.resolve(b).get("type") != "null"), branches[0])
        value = self._build(branch, name, depth, refs)
        siblings = {key: value for key, value in schema.items() if key in ("properties", "required")}
        if siblings and isinstance(value, dict):
            extra = self._object(siblings, depth, refs)
            value = {**extra, **value}
        return value

    def _object(self, schema: Mapping[str, JSON], depth: int, refs: tuple[str, ...]) -> dict[str, JSON]:
        required = set(schema.get("required") or ())
        shallow = depth >= self._max_depth or _repeats(refs)
        result: dict[str, JSON] = {}
        for key, property_schema in (schema.get("properties") or {}).items():
            resolved = self.resolve(property_schema)
            optional = key not in required
            if optional and (shallow or key in self._leave_out or self._hidden(resolved)):
                continue
            if depth >= _HARD_DEPTH:
                continue
            result[key] = self._build(property_schema, key, depth + 1, refs)
        extra = schema.get("additionalProperties")
        if isinstance(extra, Mapping) and not result and not shallow:
            result["key"] = self._build(extra, "key", depth + 1, refs)
        return result

    def _array(self, schema: Mapping[str, JSON], name: str, depth: int, refs: tuple[str, ...]) -> list[JSON]:
        minimum = int(schema.get("minItems") or 0)
        shallow = depth >= self._max_depth or _repeats(refs)
        count = minimum if shallow else max(minimum, 1)
        items = schema.get("items") or {}
        values = [self._build(items, name, depth + 1, refs) for _ in range(count)]
        if schema.get("uniqueItems"):
            values = [_distinct(value, index) for index, value in enumerate(values)]
        return values

    def _hidden(self, schema: Mapping[str, JSON]) -> bool:
        """readOnly values are never sent; writeOnly values never come back."""
        if self._direction == "request":
            return bool(schema.get("readOnly"))
        return bool(schema.get("writeOnly"))


def _repeats(refs: tuple[str, ...]) -> bool:
    return len(refs) != len(set(refs))


def _kind(schema: Mapping[str, JSON]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "string"


def _scalar(kind: str, schema: Mapping[str, JSON], name: str) -> JSON:
    if kind == "boolean":
        return True
    if kind == "integer":
        return int(_number(schema, 1))
    if kind == "number":
        return _number(schema, 1.5)
    if kind == "null":
        return None
    fixed = _STRING_FORMATS.get(str(schema.get("format", "")))
    if fixed is not None:
        return fixed
    return _string(schema, name)


def _number(schema: Mapping[str, JSON], preferred: float) -> float:
    value = preferred
    low, high = schema.get("minimum"), schema.get("maximum")
    if isinstance(low, int | float):
        value = max(value, low + (1 if schema.get("exclusiveMinimum") is True else 0))
    if isinstance(high, int | float):
        value = min(value, high - (1 if schema.get("exclusiveMaximum") is True else 0))
    return value


def _string(schema: Mapping[str, JSON], name: str) -> str:
    text = "".join(ch for ch in name if ch.isalnum()) or "text"
    text = _fit(f"{text}-1", schema)
    pattern = schema.get("pattern")
    if isinstance(pattern, str):
        # literal patterns such as "^/v1/charges" are common; anything cleverer keeps the plain text
        prefix = re.match(r"\^?((?:[\w/.:-]|\\.)*)", pattern)
        literal = re.sub(r"\\(.)", r"\1", prefix.group(1)) if prefix else ""
        for candidate in (literal + text, literal):
            if re.search(pattern, candidate):
                return _fit(candidate, schema)
    return text


def _fit(text: str, schema: Mapping[str, JSON]) -> str:
    low = int(schema.get("minLength") or 0)
    high = schema.get("maxLength")
    if len(text) < low:
        text = text + "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


def _distinct(value: JSON, index: int) -> JSON:
    if index == 0:
        return value
    if isinstance(value, str):
        return f"{value[:-1]}{index + 1}" if value else str(index)
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + index
    return value
