"""A shallow signature of a schema for matching ``oneOf``/``anyOf`` branches by equivalence.

Documentation keys are left out and nested ``$ref`` stay as written, so a ``$ref`` and an identical
inline schema match, and a changed component is compared in depth after its branch is matched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.model import Schema

_DOC_KEYS = frozenset({"description", "title", "example", "examples", "externalDocs"})


def _strip(node: Any, in_properties: bool = False) -> Any:
    if isinstance(node, Mapping):
        return {
            key: _strip(value, key == "properties" and not in_properties)
            for key, value in node.items()
            if in_properties or (key not in _DOC_KEYS and not str(key).startswith("x-"))
        }
    if isinstance(node, list):
        return [_strip(item) for item in node]
    return node


def signature(schema: Schema) -> str:
    if schema.boolean is not None:
        return json.dumps(schema.boolean)
    return json.dumps(_strip(schema.raw), sort_keys=True, ensure_ascii=False, default=str)


def label(schema: Schema, index: int) -> str:
    """How a message names a branch: its component name, else its type, else its position."""
    if schema.name:
        return schema.name
    if schema.type:
        return f"#{index} ({schema.type})"
    return f"#{index}"
