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

_Link = tuple[Any, str | int] | None  # (parent link, token): the path to a node, spelled out on demand


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
    stack: list[tuple[Any, _Kind, _Link]] = [(data, kind, None)]
    pop, push = stack.pop, stack.append
    while stack:
        node, kind, link = pop()
        if type(node) is list or isinstance(node, list):
            item_kind = _Kind.SCHEMA if kind is _Kind.SCHEMA else _Kind.OBJECT
            for index, item in enumerate(node):
                if isinstance(item, (dict, list)):
                    push((item, item_kind, (link, index)))
            continue
        if not isinstance(node, Mapping):
            continue
        if kind is _Kind.OBJECT or kind is _Kind.SCHEMA:
            ref = node.get("$ref")
            if isinstance(ref, str):
                yield tokens(link), ref
        for key, value in node.items():
            if not isinstance(value, (dict, list)):
                continue
            child = _child_kind(kind, key, value, swagger, link is None)
            if child is not None:
                push((value, child, (link, key)))


def _child_kind(kind: _Kind, key: str, value: Any, swagger: bool, at_root: bool) -> _Kind | None:
    """What the member ``key`` of an object of ``kind`` holds; None for data."""
    if kind is _Kind.SCHEMA:
        return _SCHEMA_CHILD.get(key)
    if kind is _Kind.NAMES or kind is _Kind.FILES:
        return _Kind.OBJECT
    if kind is _Kind.SCHEMAS:
        return _Kind.SCHEMA
    if key.startswith("x-"):
        return _Kind.FILES if at_root and key == BUNDLE_KEY else None
    if key in VALUE_KEYS:
        return None
    if key == "examples" and (swagger or type(value) is list):
        return None  # Swagger 2.0: media type -> example value
    found = _OBJECT_CHILD.get(key)
    if found is not None:
        return found
    return _Kind.NAMES if key in NAME_MAPS else _Kind.OBJECT


def tokens(link: _Link) -> tuple[str | int, ...]:
    found: list[str | int] = []
    while link is not None:
        link, token = link
        found.append(token)
    return tuple(reversed(found))


def ref_pointers(data: Any, version: SpecVersion) -> list[tuple[str, str]]:
    """Every reference as (pointer of the object holding ``$ref``, its value)."""
    return [
        ("".join("/" + escape_token(token) for token in path), ref) for path, ref in iter_refs(data, version)
    ]
