"""Rules on schema objects: arrays without items, keywords that do not fit the type, duplicate enums."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator import pointer as jp
from generator.validate.equality import canonical
from generator.validate.rules.base import Context, Occurrence

_KEYWORD_TYPES = {
    **dict.fromkeys(
        ("properties", "additionalProperties", "required", "minProperties", "maxProperties"), "object"
    ),
    **dict.fromkeys(("patternProperties", "discriminator"), "object"),
    **dict.fromkeys(("items", "minItems", "maxItems", "uniqueItems"), "array"),
    **dict.fromkeys(("minLength", "maxLength", "pattern"), "string"),
    **dict.fromkeys(("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf"), "number"),
}


def arrays_without_items(context: Context) -> Iterator[Occurrence]:
    for pointer, node, types in context.typed_schemas:
        if "array" in types and "items" not in node:
            yield pointer, {}


def keyword_type_mismatches(context: Context) -> Iterator[Occurrence]:
    for pointer, node, types in context.typed_schemas:
        for keyword in node:
            wanted = _KEYWORD_TYPES.get(keyword)
            if wanted is not None and wanted not in types:
                shown = "/".join(sorted(types - {"number"} if "integer" in types else types))
                yield jp.join(pointer, keyword), {"keyword": keyword, "wanted": wanted, "types": shown}


def duplicate_enum_values(context: Context) -> Iterator[Occurrence]:
    for pointer, node in context.schemas:
        values = node.get("enum")
        if type(values) is not list or (
            all(type(v) is str for v in values) and len(set(values)) == len(values)
        ):
            continue
        seen: set[Any] = set()
        repeated: list[Any] = []
        for value in values:
            key = canonical(value)
            if key in seen and value not in repeated:
                repeated.append(value)
            seen.add(key)
        if repeated:
            listed = ", ".join(repr(value) for value in repeated)
            yield jp.join(pointer, "enum"), {"values": listed}


def undefined_required(context: Context) -> Iterator[Occurrence]:
    for pointer, node in context.schemas:
        required, properties = node.get("required"), node.get("properties")
        if not isinstance(required, list) or not isinstance(properties, dict):
            continue
        if any(keyword in node for keyword in ("allOf", "anyOf", "oneOf", "$ref")):
            continue  # the names may come from a branch; the structural check covers allOf
        for index, name in enumerate(required):
            if isinstance(name, str) and name not in properties:
                yield f"{pointer}/required/{index}", {"name": name}
