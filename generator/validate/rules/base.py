"""What every lint check shares: what it yields and the context it reads."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.load.grammar import NAME_MAPS, SCHEMA_CONTAINERS, SCHEMA_MAPS, SUBSCHEMAS, VALUE_KEYS
from generator.load.refs import iter_refs
from generator.model import Document
from generator.validate.values import ValueChecker

# Where a rule fires (a JSON pointer) and the arguments of its message template.
Occurrence = tuple[str, Mapping[str, Any]]
Check = Callable[["Context"], Iterable[Occurrence]]


class Context:
    """The document as the rules see it, with the walks they share computed once."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.data: Mapping[str, Any] = document.data
        self.version: SpecVersion = document.version
        self.values = ValueChecker(document.data, document.version)

    @cached_property
    def _walk(self) -> Walk:
        return walk_document(self.data, self.version)

    @property
    def schemas(self) -> Nodes:
        """Every schema object written in the document (``$ref`` not followed), with its pointer."""
        return self._walk[0]

    @cached_property
    def refs(self) -> Sequence[tuple[tuple[str | int, ...], str]]:
        """Every reference (only where the grammar has one): the tokens of the object holding it, its value."""
        listed = self.document.source.references
        return listed if listed is not None else tuple(iter_refs(self.data, self.version))

    @property
    def example_holders(self) -> list[tuple[str, dict[str, Any]]]:
        """Objects with a ``schema`` and ``example``/``examples`` (parameters, media types, headers)."""
        return self._walk[1]

    @cached_property
    def typed_schemas(self) -> list[tuple[str, dict[str, Any], frozenset[str]]]:
        """Schemas that declare a type, with their types (``null`` left out; integer implies number)."""
        result = []
        known: dict[Any, frozenset[str]] = {}
        for pointer, node in self.schemas:
            declared = node.get("type")
            if declared is None or "$ref" in node:
                continue
            key = declared if type(declared) is str else repr(declared)
            types = known.get(key)
            if types is None:
                types = known[key] = _types_of(declared)
            if types:
                result.append((pointer, node, types))
        return result


def _types_of(declared: Any) -> frozenset[str]:
    names = [declared] if isinstance(declared, str) else declared if isinstance(declared, list) else []
    types = {name for name in names if isinstance(name, str)} - {"null"}
    if "integer" in types:
        types.add("number")
    return frozenset(types)


def _schema_roots(data: Mapping[str, Any], version: SpecVersion) -> Iterator[tuple[str, Any]]:
    container = data.get("definitions") if version is SpecVersion.SWAGGER_20 else None
    base = "/definitions"
    if version is not SpecVersion.SWAGGER_20:
        components = data.get("components")
        container = components.get("schemas") if isinstance(components, Mapping) else None
        base = "/components/schemas"
    if isinstance(container, Mapping):
        for name, node in container.items():
            yield jp.join(base, name), node


Nodes = list[tuple[str, dict[str, Any]]]
Walk = tuple[Nodes, Nodes]


def walk_document(data: Mapping[str, Any], version: SpecVersion) -> Walk:
    """One pass over the document: every schema object written in it, and every example holder.

    Schemas are found under ``schema`` keys and component schemas, then through their subschema
    keywords; values (examples, defaults, enums) and extensions are never taken for structure.
    """
    schema_list: Nodes = []
    holders: Nodes = []
    schemas: list[tuple[str, Any]] = list(_schema_roots(data, version))
    roots = {pointer.rsplit("/", 1)[0] for pointer, _ in schemas}
    # The third item says whether the node's keys are names (paths, responses...), not keywords.
    spec: list[tuple[str, Any, bool]] = [("", data, False)]
    while spec:
        pointer, node, names = spec.pop()
        if type(node) is list:
            spec.extend((f"{pointer}/{index}", value, False) for index, value in enumerate(node))
            continue
        if type(node) is not dict or pointer in roots:
            continue
        for key, value in node.items():
            kind = type(value)
            if (kind is not dict and kind is not list) or key.startswith("x-"):
                continue
            child = pointer + "/" + jp.escape_token(key)
            if names:
                spec.append((child, value, False))
            elif key == "schema":
                schemas.append((child, value))
                if "example" in node or "examples" in node:
                    holders.append((pointer, node))
            elif key not in VALUE_KEYS and not (key == "examples" and kind is list):
                spec.append((child, value, key in _NAMED))
    seen: set[str] = set()
    # the loop below runs once per schema of the document: its lookups are bound once
    pop, push, extend, keep, mark = schemas.pop, schemas.append, schemas.extend, schema_list.append, seen.add
    shape_of = _SUBSCHEMA_KEYS.get
    while schemas:
        pointer, node = pop()
        if type(node) is not dict or pointer in seen:
            continue
        mark(pointer)
        keep((pointer, node))
        for key, sub in node.items():
            shape = shape_of(key)
            if shape is None:
                continue
            if type(sub) is dict:
                if shape == "map":
                    prefix = f"{pointer}/{jp.escape_token(key)}/"
                    extend([(prefix + jp.escape_token(name), member) for name, member in sub.items()])
                else:
                    push((f"{pointer}/{key}", sub))
            elif type(sub) is list and shape != "map":
                extend([(f"{pointer}/{key}/{index}", item) for index, item in enumerate(sub)])
    return schema_list, holders


# How each subschema keyword holds its subschemas, and the keys whose members are names.
_SUBSCHEMA_KEYS = {**dict.fromkeys(SCHEMA_MAPS, "map"), **dict.fromkeys(SUBSCHEMAS, "one")}
_NAMED = NAME_MAPS | SCHEMA_CONTAINERS | SCHEMA_MAPS
