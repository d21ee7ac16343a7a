"""A lazily resolved view of a JSON Schema node: children are built on first access."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar, overload

from generator import pointer as jp
from generator.json_value import is_object
from generator.resolver import Resolver

_COMPONENT_PREFIXES = ("/components/schemas/", "/definitions/")

T = TypeVar("T")


class kept(Generic[T]):
    """``functools.cached_property`` without its lock (which Python 3.11 takes on every first read):
    the value is stored in the instance's ``__dict__``, where later reads find it first. A document
    holds one Schema per node, so the lock cost a tenth of building a client for a large one."""

    def __init__(self, compute: Callable[[Any], T]) -> None:
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> kept[T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> T: ...

    def __get__(self, instance: object, owner: type | None = None) -> T | kept[T]:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value


_CONSTRAINTS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "minProperties",
    "maxProperties",
)


@dataclass(frozen=True, eq=False, init=False)
class Schema:
    """One schema after ``$ref`` resolution; identity is its pointer, so cycles end in itself."""

    pointer: str
    raw: Mapping[str, Any]
    table: SchemaTable = field(repr=False)
    name: str | None = None
    unresolved: str | None = None
    boolean: bool | None = None

    def __init__(
        self,
        pointer: str,
        raw: Mapping[str, Any],
        table: SchemaTable,
        name: str | None = None,
        unresolved: str | None = None,
        boolean: bool | None = None,
    ) -> None:
        # one Schema per node of a document: filling the frozen fields at once costs half the
        # dataclass's own __init__ (one object.__setattr__ call per field)
        self.__dict__.update(
            pointer=pointer, raw=raw, table=table, name=name, unresolved=unresolved, boolean=boolean
        )

    def subschema(self, key: str, *more: str | int) -> Schema | None:
        """The schema at ``key`` (and below it, ``more``), resolved, or None."""
        if more:
            try:
                node = jp.walk(self.raw, (key, *more))
            except KeyError:
                return None
        else:  # the usual call, for every schema: no exception raised for an absent keyword
            node = self.raw.get(key)
        if node is None or not isinstance(node, (Mapping, bool)):
            return None
        return self.table.schema(node, jp.join(self.pointer, key, *more))

    def _branches(self, key: str) -> tuple[Schema, ...]:
        node = self.raw.get(key)
        if not isinstance(node, list):
            return ()
        prefix = jp.join(self.pointer, key) + "/"
        schema = self.table.schema
        return tuple(
            schema(item, f"{prefix}{index}")
            for index, item in enumerate(node)
            if is_object(item) or isinstance(item, bool)
        )

    @kept
    def types(self) -> tuple[str, ...]:
        """Declared types, ``null`` included when nullable (3.0) or listed (3.1)."""
        declared = self.raw.get("type")
        if isinstance(declared, str):
            names = [declared]
        elif isinstance(declared, list):
            names = [name for name in declared if isinstance(name, str)]
        else:
            names = []
        if self.raw.get("nullable") is True and "null" not in names:
            names.append("null")
        return tuple(names)

    @property
    def type(self) -> str | None:
        """The one non-null type, or None when there is none or several."""
        concrete = [name for name in self.types if name != "null"]
        return concrete[0] if len(concrete) == 1 else None

    @property
    def nullable(self) -> bool:
        return "null" in self.types

    @property
    def format(self) -> str | None:
        value = self.raw.get("format")
        return value if isinstance(value, str) else None

    @property
    def description(self) -> str:
        value = self.raw.get("description")
        return value if isinstance(value, str) else ""

    @property
    def title(self) -> str:
        value = self.raw.get("title")
        return value if isinstance(value, str) else ""

    @property
    def enum(self) -> tuple[Any, ...] | None:
        value = self.raw.get("enum")
        return tuple(value) if isinstance(value, list) else None

    @property
    def has_default(self) -> bool:
        return "default" in self.raw

    @property
    def default(self) -> Any:
        return self.raw.get("default")

    @property
    def read_only(self) -> bool:
        return self.raw.get("readOnly") is True

    @property
    def write_only(self) -> bool:
        return self.raw.get("writeOnly") is True

    @property
    def deprecated(self) -> bool:
        return self.raw.get("deprecated") is True

    @kept
    def constraints(self) -> dict[str, Any]:
        return {key: self.raw[key] for key in _CONSTRAINTS if key in self.raw}

    @kept
    def properties(self) -> dict[str, Schema]:
        node = self.raw.get("properties")
        if not is_object(node):
            return {}
        return {
            name: self.table.schema(value, jp.join(self.pointer, "properties", name))
            for name, value in node.items()
            if isinstance(value, (Mapping, bool))
        }

    @kept
    def required(self) -> frozenset[str]:
        node = self.raw.get("required")
        return (
            frozenset(name for name in node if isinstance(name, str))
            if isinstance(node, list)
            else frozenset()
        )

    @kept
    def items(self) -> Schema | None:
        return self.subschema("items")

    @kept
    def additional_properties(self) -> Schema | bool | None:
        """A schema, True/False as written, or None when the keyword is absent."""
        node = self.raw.get("additionalProperties")
        if isinstance(node, bool):
            return node
        return self.subschema("additionalProperties")

    @kept
    def all_of(self) -> tuple[Schema, ...]:
        return self._branches("allOf")

    @kept
    def one_of(self) -> tuple[Schema, ...]:
        return self._branches("oneOf")

    @kept
    def any_of(self) -> tuple[Schema, ...]:
        return self._branches("anyOf")

    @kept
    def not_(self) -> Schema | None:
        return self.subschema("not")

    @property
    def wrapped_part(self) -> Schema | None:
        """The one ``allOf`` part of a schema that writes no property beside it (``allOf: [X]`` to
        give X another description): its type, label and fields are the part's. Its merge too, when
        it adds no required name either (``merge``)."""
        all_of = self.all_of
        return all_of[0] if len(all_of) == 1 and not self.properties else None

    @property
    def discriminator(self) -> Mapping[str, Any] | None:
        value = self.raw.get("discriminator")
        return value if is_object(value) else None

    @property
    def example(self) -> Any:
        if "example" in self.raw:
            return self.raw["example"]
        examples = self.raw.get("examples")
        if isinstance(examples, list) and examples:
            return examples[0]
        return None

    @property
    def is_object(self) -> bool:
        return self.type == "object" or (self.type is None and bool(self.properties))

    def __hash__(self) -> int:
        return hash(self.pointer)


class SchemaTable:
    """One Schema per target of the document's references, so recursive schemas stay finite."""

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver
        self._schemas: dict[str, Schema] = {}

    def schema(self, node: Any, pointer: str) -> Schema:
        """The Schema for a node (found at ``pointer``), its ``$ref`` chain followed."""
        if type(node) is dict:
            ref = node.get("$ref")
            if type(ref) is str:
                # A reference to a schema met before ends there: a Schema's pointer is always the end
                # of a chain (every allOf link of a long chain is one such reference).
                met = self._schemas.get(ref[1:])
                if met is not None and ref[:1] == "#":
                    return met
            elif not isinstance(ref, str):  # no reference: the node is the end of its own chain
                known = self._schemas.get(pointer)
                return known if known is not None else self._add(pointer, pointer, node, None)
        resolved = self.resolver.follow(node, pointer)
        key = resolved.pointer if resolved.error is None else f"{pointer}#unresolved"
        cached = self._schemas.get(key)
        if cached is not None:
            return cached
        unresolved = None if resolved.error is None else str(resolved.error)
        return self._add(key, resolved.pointer, resolved.node, unresolved)

    def _add(self, key: str, pointer: str, node: Any, unresolved: str | None) -> Schema:
        schema = Schema(
            pointer=pointer,
            raw=node if is_object(node) else {},
            table=self,
            name=component_name(pointer),
            unresolved=unresolved,
            boolean=node if isinstance(node, bool) else None,
        )
        self._schemas[key] = schema
        return schema


def component_name(pointer: str) -> str | None:
    for prefix in _COMPONENT_PREFIXES:
        if pointer.startswith(prefix):
            rest = pointer[len(prefix) :]
            if "/" not in rest:
                return jp.unescape_token(rest)
    return None
