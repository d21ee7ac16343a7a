"""Schemas as Python types: annotations, runtime codecs, and the model and enum classes they need."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from generator.model import Schema
from generator.model.merge import Merged, merged
from generator.naming import Scope, pascal_case, snake_case
from generator.render.template_names import ENUM_MEMBERS, MODEL_FIELDS, MODULE_GLOBALS


class PyType(NamedTuple):
    """An annotation, the runtime codec expression for it, and the generated classes it names."""

    annotation: str
    codec: str
    refs: frozenset[str] = frozenset()

    @property
    def optional(self) -> str:
        return self.annotation if self.annotation == "Any" else f"{self.annotation} | None"


@dataclass(slots=True)
class FieldView:
    name: str
    wire: str
    type: PyType
    required: bool
    description: str
    # as the class declares it: any field may read as None (servers leave fields out)
    annotation: str = field(init=False)

    def __post_init__(self) -> None:
        self.annotation = self.type.optional


@dataclass(frozen=True, slots=True)
class FieldSet:
    """The fields made for one merge, with what templates read of them, worked out once: the classes
    of a chain of ``allOf`` wrappers share one merge, so they share one FieldSet."""

    fields: tuple[FieldView, ...] = ()
    # property names changed in Python: (spec name, Python name)
    renamed: tuple[tuple[str, str], ...] = ()
    wires: tuple[str, ...] = field(init=False)
    required_wires: tuple[str, ...] = field(init=False)
    described: tuple[FieldView, ...] = field(init=False)

    def __post_init__(self) -> None:
        set_field = object.__setattr__
        set_field(self, "wires", tuple(item.wire for item in self.fields))
        set_field(self, "required_wires", tuple(item.wire for item in self.fields if item.required))
        set_field(self, "described", tuple(item for item in self.fields if item.description))


_NO_FIELDS = FieldSet()


@dataclass(slots=True)
class ModelView:
    name: str
    description: str
    pointer: str
    field_set: FieldSet = _NO_FIELDS
    extras: PyType | None = None

    @property
    def fields(self) -> tuple[FieldView, ...]:
        return self.field_set.fields

    @property
    def wires(self) -> tuple[str, ...]:
        return self.field_set.wires

    @property
    def required_wires(self) -> tuple[str, ...]:
        return self.field_set.required_wires

    @property
    def described_fields(self) -> tuple[FieldView, ...]:
        return self.field_set.described


@dataclass
class EnumView:
    name: str
    description: str
    members: list[tuple[str, str]]


ANY = PyType("Any", "_rt.ANY")
_SCALARS = {
    "string": PyType("str", "_rt.STR"),
    "integer": PyType("int", "_rt.INT"),
    "number": PyType("float", "_rt.FLOAT"),
    "boolean": PyType("bool", "_rt.BOOL"),
}
_FORMATS = {
    "date-time": PyType("datetime.datetime", "_rt.DATETIME"),
    "date": PyType("datetime.date", "_rt.DATE"),
}
_MAX_DEPTH = 40
_FIELD_RESERVED = frozenset(MODEL_FIELDS)


def union(types: Iterable[PyType]) -> PyType:
    parts: list[str] = []
    codecs: list[str] = []
    refs: set[str] = set()
    for item in types:
        if item.annotation == "Any":
            return ANY
        for part in item.annotation.split(" | "):
            if part not in parts:
                parts.append(part)
        codecs.append(item.codec)
        refs |= item.refs
    if not codecs:
        return ANY
    codec = codecs[0] if len(codecs) == 1 else f"_rt.UnionOf({', '.join(codecs)})"
    return PyType(" | ".join(parts), codec, frozenset(refs))


class TypeMapper:
    """Maps every schema it meets to a PyType, creating one class per object schema (by pointer).

    Component schemas keep their names (claimed first, in document order); inline objects and enums
    are named after where they appear. ``models`` and ``enums`` list classes in creation order.
    """

    def __init__(self, components: dict[str, Schema], reserved: Iterable[str] = ()) -> None:
        self.scope = Scope.with_reserved(*MODULE_GLOBALS, *reserved)
        self.models: list[ModelView] = []
        self.enums: list[EnumView] = []
        # (pointer, what, spec name, Python name) for every name changed to avoid a collision
        self.renamed: list[tuple[str, str, str, str]] = []
        self._names: dict[str, str] = {}
        self._done: dict[str, PyType] = {}
        self._pending: deque[tuple[ModelView, Schema, Merged]] = deque()
        # a property name's snake and Pascal forms, made once per name however many models share it
        self._field_names: dict[str, tuple[str, str]] = {}
        self._active: set[str] = set()
        self._enums_by_values: dict[tuple[str, ...], PyType] = {}
        # the fields made for a merge, by its id (a chain of allOf wrappers shares one merge object)
        self._fields_by_merge: dict[int, tuple[Merged, FieldSet]] = {}
        for key, schema in components.items():
            if schema.unresolved is None and schema.pointer not in self._names:
                self._names[schema.pointer] = self._claim(schema, "schema", key)
        for schema in components.values():
            self.type_of(schema, schema.name or "Model")
        self.finish()

    def finish(self) -> None:
        """Fill the fields of every class created so far (which may create more)."""
        while self._pending:
            self._fill(*self._pending.popleft())

    def type_of(self, schema: Schema | None, hint: str) -> PyType:
        if schema is None or schema.unresolved is not None or schema.boolean is not None:
            return ANY
        known = self._done.get(schema.pointer)
        if known is not None:
            return known
        if len(self._active) > _MAX_DEPTH:
            return ANY
        merge = merged(schema)
        if merge.properties:  # a class: its fields are made later, so no recursion to guard against
            return self._model(schema, hint, merge)
        if schema.pointer in self._active:
            return ANY
        self._active.add(schema.pointer)
        try:
            result = self._map(schema, hint)
        finally:
            self._active.discard(schema.pointer)
        self._done[schema.pointer] = result
        return result

    def _name(self, schema: Schema, hint: str) -> str:
        name = self._names.get(schema.pointer)
        if name is None:
            name = self._names[schema.pointer] = self._claim(schema, "class", hint)
        return name

    def _claim(self, schema: Schema, what: str, wanted: str) -> str:
        renamed = self.scope.renamed
        before = len(renamed)
        name = self.scope.pascal(wanted)
        if len(renamed) > before:
            self.renamed.extend((schema.pointer, what, old, new) for old, new in renamed[before:])
        return name

    def _model(self, schema: Schema, hint: str, merge: Merged) -> PyType:
        name = self._name(schema, hint)
        view = ModelView(name, _describe(schema), schema.pointer)
        self.models.append(view)
        result = self._done[schema.pointer] = PyType(name, f"_rt.Model({name})", frozenset({name}))
        self._pending.append((view, schema, merge))
        return result

    def _map(self, schema: Schema, hint: str) -> PyType:
        """The type of a schema without merged properties (which may recurse through its parts)."""
        branches = schema.one_of or schema.any_of
        if branches:
            return union(
                self.type_of(branch, branch.name or f"{hint}{_variant_name(branch, branches, index)}")
                for index, branch in enumerate(branches, 1)
            )
        if (part := schema.wrapped_part) is not None:
            return self.type_of(part, hint)
        values = [value for value in schema.enum or () if isinstance(value, str)]
        if values and schema.type in (None, "string"):
            return self._enum(schema, hint, values)
        concrete = [name for name in schema.types if name != "null"]
        if len(concrete) > 1:
            return union(self._simple(schema, name, hint) for name in concrete)
        kind = schema.type or ("object" if schema.additional_properties not in (None, False) else None)
        return self._simple(schema, kind, hint)

    def _simple(self, schema: Schema, kind: str | None, hint: str) -> PyType:
        if kind == "string" and schema.format in _FORMATS:
            return _FORMATS[schema.format]
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "array":
            item = self.type_of(schema.items, f"{hint}Item")
            return PyType(f"list[{item.annotation}]", f"_rt.ListOf({item.codec})", item.refs)
        if kind == "object":
            extra = schema.additional_properties
            value = self.type_of(extra, f"{hint}Value") if isinstance(extra, Schema) else ANY
            return PyType(f"dict[str, {value.annotation}]", f"_rt.MapOf({value.codec})", value.refs)
        return ANY

    def _enum(self, schema: Schema, hint: str, values: list[str]) -> PyType:
        """One class per component enum; inline enums with the same values share one class."""
        unique = tuple(dict.fromkeys(values))
        shared = self._enums_by_values.get(unique)
        if shared is not None and schema.name is None:
            return shared
        name = self._name(schema, hint)
        scope = Scope.with_reserved(*ENUM_MEMBERS)
        members = [(scope.upper(value), value) for value in unique]
        self.renamed.extend((schema.pointer, f"{name} value", old, new) for old, new in scope.renamed)
        self.enums.append(EnumView(name, _describe(schema), members))
        result = PyType(name, f"_rt.EnumOf({name})", frozenset({name}))
        self._enums_by_values.setdefault(unique, result)
        return result

    def _fill(self, view: ModelView, schema: Schema, merge: Merged) -> None:
        known = self._fields_by_merge.get(id(merge))
        if known is None:  # the entry holds the merge, so no other object takes its id meanwhile
            known = self._fields_by_merge[id(merge)] = (merge, self._fields(view.name, merge))
        field_set = view.field_set = known[1]
        extra = schema.additional_properties
        if isinstance(extra, Schema):
            view.extras = self.type_of(extra, f"{view.name}Value")
        if field_set.renamed:
            self.renamed.extend(
                (view.pointer, "property", f"{view.name}.{old}", new) for old, new in field_set.renamed
            )

    def _fields(self, owner: str, merge: Merged) -> FieldSet:
        """The fields of a class with these merged properties (inline classes they need are named
        after ``owner``), and the property names changed in Python."""
        scope = Scope(reserved=_FIELD_RESERVED)
        required = merge.required
        fields = []
        for wire, child in merge.properties.items():
            snake, pascal = self._field_name(wire)
            name = scope.claim(snake, wire)
            child_type = self.type_of(child, f"{owner}{pascal}")
            fields.append(FieldView(name, wire, child_type, wire in required, _describe(child)))
        return FieldSet(tuple(fields), tuple(scope.renamed))

    def _field_name(self, wire: str) -> tuple[str, str]:
        known = self._field_names.get(wire)
        if known is None:
            known = self._field_names[wire] = (snake_case(wire, "field"), pascal_case(wire, "Field"))
        return known


def _properties(schema: Schema) -> dict[str, Schema]:
    return merged(schema).properties


def _required(schema: Schema) -> frozenset[str]:
    return merged(schema).required


def _variant_name(branch: Schema, branches: tuple[Schema, ...], index: int) -> str:
    """A ``oneOf`` branch's name: its title, else ``With`` the properties only it requires (or
    only it has), else ``Option<n>``."""
    if branch.title:
        return pascal_case(branch.title)
    others = [other for other in branches if other is not branch]
    for names_of in (_required, _property_names):
        mine = names_of(branch)
        theirs: set[str] = set().union(*(names_of(other) for other in others))
        distinct = [name for name in _properties(branch) if name in mine and name not in theirs]
        if distinct and len(distinct) <= 3:
            return "With" + "And".join(pascal_case(name, "Field") for name in distinct)
    return f"Option{index}"


def _property_names(schema: Schema) -> frozenset[str]:
    return frozenset(_properties(schema))


def _describe(schema: Schema) -> str:
    return schema.description or schema.title
