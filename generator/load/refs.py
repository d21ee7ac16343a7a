"""Where ``$ref`` is a reference: only in the positions OpenAPI 2.0, 3.0, 3.1 and JSON Schema give it.

The walk knows (from ``grammar``) what kind of object each member holds: OpenAPI objects (whose
members are keywords), maps keyed by names (``paths``, ``responses``, ``properties``...) and schemas,
whose subschemas sit under their own keywords. Values (``example``, ``examples`` values, ``default``, ``enum``, ``const``)
and extensions (``x-*``) are data: a ``$ref`` inside them is text, never followed.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator, Mapping
from typing import Any

from generator.load.document import SpecVersion
from generator.load.grammar import NAME_MAPS, SCHEMA_CONTAINERS, SCHEMA_MAPS, SUBSCHEMAS, VALUE_KEYS
from generator.pointer import escape_token

BUNDLE_KEY = "x-specgen-bundled"
_URL = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


class _Kind(enum.Enum):
    OBJECT = 1  # an OpenAPI object: its keys are keywords
    NAMES = 2  # a map from names to OpenAPI objects
    SCHEMA = 3
    SCHEMAS = 4  # a map from names to schemas
    FILES = 5  # the bundled files: each one is read as an OpenAPI object


_OBJECT_CHILD = {"schema": _Kind.SCHEMA, **dict.fromkeys(SCHEMA_CONTAINERS, _Kind.SCHEMAS)}
_SCHEMA_CHILD = {
    **dict.fromkeys(SCHEMA_MAPS, _Kind.SCHEMAS),
    **dict.fromkeys(SUBSCHEMAS, _Kind.SCHEMA),
}

# The scan's view of the tables above: an OpenAPI object's members by key (a key no table names is an
# OpenAPI object, or data when it is an extension), and the kind of a list's items and of a map's values.
_OBJECT_MEMBERS: dict[str, _Kind | None] = {
    **dict.fromkeys(NAME_MAPS, _Kind.NAMES),
    **_OBJECT_CHILD,
    **dict.fromkeys(VALUE_KEYS),
}
_ITEMS = {kind: _Kind.SCHEMA if kind is _Kind.SCHEMA else _Kind.OBJECT for kind in _Kind}
_VALUES_OF = {_Kind.NAMES: _Kind.OBJECT, _Kind.FILES: _Kind.OBJECT, _Kind.SCHEMAS: _Kind.SCHEMA}

# A node waiting in the scan: (node, kind, the entry of its parent, its token there).
_Entry = tuple[Any, _Kind, "_Entry | None", str | int]


def is_url(ref: str) -> bool:
    """A reference with a scheme (``http:``, ``file:``, ``urn:`` ...) or a network path (``//host``)."""
    return bool(_URL.match(ref)) and not _DRIVE.match(ref)


def iter_refs(data: Any, version: SpecVersion) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """Every reference in the document: the tokens of the object holding ``$ref``, and its value."""
    return _refs(data, _Kind.OBJECT, version is SpecVersion.SWAGGER_20)


def refs_below(node: Any, schema: bool) -> Iterator[str]:
    """Every reference in an OpenAPI 3 object (or a ``schema``) and below it; values and ``x-*`` are data."""
    return (ref for _, ref in _refs(node, _Kind.SCHEMA if schema else _Kind.OBJECT, False))


def _refs(data: Any, kind: _Kind, swagger: bool) -> Iterator[tuple[tuple[str | int, ...], str]]:
    """One pass, depth first (a node's reference, then its members last first); only members that
    can hold a reference are visited, and a node's path is spelled out only when it holds one."""
    stack: list[_Entry] = [(data, kind, None, "")]
    pop, push = stack.pop, stack.append
    schema, openapi_object, names = _Kind.SCHEMA, _Kind.OBJECT, _Kind.NAMES
    while stack:
        entry = pop()
        node, kind = entry[0], entry[1]
        if isinstance(node, list):
            item_kind = _ITEMS[kind]
            for index, item in enumerate(node):
                if isinstance(item, (dict, list)):
                    push((item, item_kind, entry, index))
            continue
        if type(node) is not dict and not isinstance(node, Mapping):
            continue
        if kind is schema or kind is openapi_object:
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield tokens(entry), ref
        if kind is schema:
            for key, value in node.items():
                child = _SCHEMA_CHILD.get(key)
                if child is not None and isinstance(value, (dict, list)):
                    push((value, child, entry, key))
        elif kind is openapi_object:
            for key, value in node.items():
                if not isinstance(value, (dict, list)):
                    continue
                member = _OBJECT_MEMBERS.get(key, openapi_object)
                if member is openapi_object and key.startswith("x-"):
                    member = _Kind.FILES if entry[2] is None and key == BUNDLE_KEY else None
                elif member is names and key == "examples" and (swagger or type(value) is list):
                    member = None  # Swagger 2.0: media type -> example value; a list: values
                if member is not None:
                    push((value, member, entry, key))
        else:
            child = _VALUES_OF[kind]
            for key, value in node.items():
                if isinstance(value, (dict, list)):
                    push((value, child, entry, key))


def tokens(entry: _Entry) -> tuple[str | int, ...]:
    """The path from the scan's root to the node of ``entry``."""
    found: list[str | int] = []
    parent = entry[2]
    while parent is not None:
        found.append(entry[3])
        entry, parent = parent, parent[2]
    return tuple(reversed(found))


def ref_pointers(data: Any, version: SpecVersion) -> list[tuple[str, str]]:
    """Every reference as (pointer of the object holding ``$ref``, its value)."""
    return [
        ("".join("/" + escape_token(token) for token in path), ref) for path, ref in iter_refs(data, version)
    ]
