"""A schema with its ``allOf`` parts merged, so that refactoring into ``allOf`` is no change.

The parts and their order are those of the one ``allOf`` merge (generator/model/merge.py); the diff
keeps every definition of a property and merges the other keywords as a validator would."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from generator.model import Schema
from generator.model.merge import all_of_parts

UPPER_BOUNDS = ("maximum", "maxLength", "maxItems", "maxProperties", "exclusiveMaximum", "maxContains")
LOWER_BOUNDS = ("minimum", "minLength", "minItems", "minProperties", "exclusiveMinimum", "minContains")
# Sub-schemas below a schema other than properties, items, additionalProperties and alternatives.
_SINGLE = ("not", "if", "then", "else", "contains", "propertyNames", "contentSchema")
_NAMED = ("patternProperties", "dependentSchemas")
_OPEN_ENDS = ("unevaluatedProperties", "unevaluatedItems")
# Keywords compared as values.
_VALUES = ("const", "dependentRequired", "contentMediaType", "contentEncoding", "x-extensible-enum")


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
    subschemas: dict[str, tuple[Schema, ...]]
    keywords: dict[str, Any]
    variant: str = ""  # set on a flat made by the diff itself (an alternative merged in)

    @property
    def pointer(self) -> str:
        return self.parts[0].pointer if self.parts else ""

    @cached_property  # a node's pair is looked up by it each time an operation reaches the node
    def key(self) -> tuple[str, ...]:
        pointers = tuple(part.pointer for part in self.parts)
        return (*pointers, self.variant) if self.variant else pointers


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
    parts = all_of_parts(*schemas)
    types: frozenset[str] = frozenset()
    enum: tuple[Any, ...] | None = None
    bounds: dict[str, float] = {}
    properties: dict[str, tuple[Schema, ...]] = {}
    required: set[str] = set()
    items: tuple[Schema, ...] = ()
    additional: bool | tuple[Schema, ...] | None = None
    subschemas: dict[str, tuple[Schema, ...]] = {}
    keywords: dict[str, Any] = {}
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
        additional = _merge_additional(additional, _open_end(part.additional_properties))
        _collect_subschemas(subschemas, part)
        for key in _VALUES:
            if key in part.raw and key not in keywords:
                keywords[key] = part.raw[key]
        for key in _OPEN_ENDS:
            if part.raw.get(key) is False:
                keywords[key] = False
    first = parts[0] if parts else None
    if enum is not None and _lists_every_value(types, enum):
        enum = None
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
        subschemas=subschemas,
        keywords={key: value for key, value in keywords.items() if value is not None},
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


def _open_end(value: Schema | bool | None) -> Schema | bool | None:
    """``additionalProperties: {}`` (or a schema of nothing but documentation) is the same as absent."""
    if isinstance(value, Schema) and (value.boolean is True or not _constraining(value.raw)):
        return None
    return value


def _constraining(raw: Any) -> bool:
    return any(key not in _DOC_KEYS for key in raw) if hasattr(raw, "keys") else True


_DOC_KEYS = frozenset({"description", "title", "example", "examples", "deprecated"})


def _lists_every_value(types: frozenset[str], enum: tuple[Any, ...]) -> bool:
    """``enum: [true, false]`` on a boolean says nothing the type does not."""
    if types != frozenset({"boolean"}):
        return False
    return any(value is True for value in enum) and any(value is False for value in enum)


def _collect_subschemas(found: dict[str, tuple[Schema, ...]], part: Schema) -> None:
    raw = part.raw
    for key in _SINGLE + _OPEN_ENDS:
        schema: Schema | bool | None = part.subschema(key) if key in raw else None
        if key in _OPEN_ENDS:
            schema = _open_end(schema) if isinstance(raw.get(key), Mapping) else None
        if isinstance(schema, Schema):
            found[key] = (*found.get(key, ()), schema)
    prefix = raw.get("prefixItems")
    for index in range(len(prefix) if isinstance(prefix, list) else 0):
        schema = part.subschema("prefixItems", index)
        if schema is not None:
            found[f"prefixItems[{index}]"] = (*found.get(f"prefixItems[{index}]", ()), schema)
    for key in _NAMED:
        node = raw.get(key)
        for name in node if isinstance(node, Mapping) else ():
            schema = part.subschema(key, name)
            if schema is not None:
                found[f"{key}[{name}]"] = (*found.get(f"{key}[{name}]", ()), schema)
