"""A schema with its ``allOf`` parts merged, so that refactoring into ``allOf`` is no change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.model import Schema

UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties")
LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties")


@dataclass(frozen=True, eq=False)
class Flat:
    parts: tuple[Schema, ...]
    types: frozenset[str]
    nullable: bool
    format: str | None
    enum: tuple[Any, ...] | None
    bounds: dict[str, float]
    pattern: str | None
    multiple_of: Any
    unique_items: bool
    default: Any
    has_default: bool
    properties: dict[str, tuple[Schema, ...]]
    required: frozenset[str]
    items: tuple[Schema, ...]
    additional: bool | tuple[Schema, ...] | None
    one_of: tuple[Schema, ...]
    any_of: tuple[Schema, ...]
    discriminator: str | None
    read_only: bool
    write_only: bool
    deprecated: bool
    docs: dict[str, Any]

    @property
    def pointer(self) -> str:
        return self.parts[0].pointer if self.parts else ""

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(part.pointer for part in self.parts)


def expand(schemas: tuple[Schema, ...]) -> tuple[Schema, ...]:
    """The schemas and, depth first, every ``allOf`` part below them; each schema once."""
    seen: set[str] = set()
    result: list[Schema] = []
    stack = list(reversed(schemas))
    while stack:
        schema = stack.pop()
        if schema.pointer in seen:
            continue
        seen.add(schema.pointer)
        result.append(schema)
        stack.extend(reversed(schema.all_of))
    return tuple(result)


def _declared_types(schema: Schema) -> frozenset[str]:
    concrete = frozenset(name for name in schema.types if name != "null")
    if concrete:
        return concrete
    if schema.raw.get("properties") is not None:
        return frozenset({"object"})
    if schema.raw.get("items") is not None:
        return frozenset({"array"})
    return frozenset()


def flatten(schemas: tuple[Schema, ...]) -> Flat:
    parts = expand(schemas)
    types: frozenset[str] = frozenset()
    enum: tuple[Any, ...] | None = None
    bounds: dict[str, float] = {}
    properties: dict[str, tuple[Schema, ...]] = {}
    required: set[str] = set()
    items: tuple[Schema, ...] = ()
    additional: bool | tuple[Schema, ...] | None = None
    for part in parts:
        declared = _declared_types(part)
        if declared:
            types = declared if not types else (types & declared) or declared
        if part.enum is not None:
            enum = part.enum if enum is None else tuple(value for value in enum if value in part.enum)
        _merge_bounds(bounds, part.raw)
        for name, schema in part.properties.items():
            properties[name] = (*properties.get(name, ()), schema)
        required.update(part.required)
        if part.items is not None:
            items = (*items, part.items)
        additional = _merge_additional(additional, part.additional_properties)
    first = parts[0] if parts else None
    return Flat(
        parts=parts,
        types=types,
        nullable=any(part.nullable for part in parts),
        format=next((part.format for part in parts if part.format), None),
        enum=enum,
        bounds=bounds,
        pattern=next((p for p in (part.raw.get("pattern") for part in parts) if isinstance(p, str)), None),
        multiple_of=next((part.raw["multipleOf"] for part in parts if "multipleOf" in part.raw), None),
        unique_items=any(part.raw.get("uniqueItems") is True for part in parts),
        default=next((part.default for part in parts if part.has_default), None),
        has_default=any(part.has_default for part in parts),
        properties=properties,
        required=frozenset(required),
        items=items,
        additional=additional,
        one_of=tuple(branch for part in parts for branch in part.one_of),
        any_of=tuple(branch for part in parts for branch in part.any_of),
        discriminator=_discriminator(parts),
        read_only=any(part.read_only for part in parts),
        write_only=any(part.write_only for part in parts),
        deprecated=any(part.deprecated for part in parts),
        docs=_docs(first),
    )


def _merge_bounds(bounds: dict[str, float], raw: Any) -> None:
    for key in UPPER_BOUNDS + LOWER_BOUNDS:
        value = raw.get(key)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if key not in bounds:
            bounds[key] = value
        elif key in UPPER_BOUNDS:
            bounds[key] = min(bounds[key], value)
        else:
            bounds[key] = max(bounds[key], value)


def _merge_additional(
    current: bool | tuple[Schema, ...] | None, value: Schema | bool | None
) -> bool | tuple[Schema, ...] | None:
    if current is False or value is False:
        return False
    if isinstance(value, Schema):
        return (*current, value) if isinstance(current, tuple) else (value,)
    if isinstance(current, tuple):
        return current
    return True if value is True or current is True else None


def _discriminator(parts: tuple[Schema, ...]) -> str | None:
    for part in parts:
        found = part.discriminator
        if found is not None and isinstance(found.get("propertyName"), str):
            return str(found["propertyName"])
    return None


def _docs(schema: Schema | None) -> dict[str, Any]:
    if schema is None:
        return {}
    raw = schema.raw
    return {key: raw[key] for key in ("description", "title", "example", "examples") if key in raw}
