"""The changes between two flattened schemas at one node; deeper nodes become child pairs."""

from __future__ import annotations

import json
from typing import Any, Protocol

from generator.diff.schemas.flatten import LOWER_BOUNDS, UPPER_BOUNDS, Flat, expand
from generator.diff.schemas.signature import label, signature
from generator.model import Schema

NodeKey = tuple[tuple[str, ...], tuple[str, ...], str]
Local = tuple[str, str, str, dict[str, Any]]

_BOUND_NAMES = {
    "maximum": "maximum",
    "maxLength": "max-length",
    "maxItems": "max-items",
    "maxProperties": "max-properties",
    "minimum": "minimum",
    "minLength": "min-length",
    "minItems": "min-items",
    "minProperties": "min-properties",
}


class Pairs(Protocol):
    def flat(self, side: int, schemas: tuple[Schema, ...]) -> Flat: ...

    def pair(self, base: Flat, revision: Flat, direction: str) -> NodeKey: ...

    def unchanged(self, base: Flat, revision: Flat) -> bool: ...

    def same(self, base: tuple[Schema, ...], revision: tuple[Schema, ...]) -> bool: ...


def shown(value: Any) -> str:
    return "none" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _types(types: frozenset[str]) -> str:
    return "/".join(sorted(types)) or "any"


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of a ``narrow`` type is also a value of a ``wide`` type (no types: anything)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(name in wide or (name == "integer" and "number" in wide) for name in narrow)


class _Node:
    def __init__(self, pairs: Pairs, base: Flat, revision: Flat, direction: str) -> None:
        self.pairs = pairs
        self.base = base
        self.revision = revision
        self.direction = direction
        self.local: list[Local] = []
        self.children: list[tuple[str, NodeKey]] = []

    def emit(self, kind: str, pointer: str | None = None, path: str = "", **args: Any) -> None:
        self.local.append((kind, pointer or self.revision.pointer or self.base.pointer, path, args))

    def child(self, label_: str, base: tuple[Schema, ...], revision: tuple[Schema, ...]) -> None:
        pairs = self.pairs
        if pairs.same(base, revision):
            return
        key = pairs.pair(pairs.flat(0, base), pairs.flat(1, revision), self.direction)
        self.children.append((label_, key))

    def run(self) -> None:
        if self.pairs.unchanged(self.base, self.revision):
            return
        if self.wrapped_in_union():
            return
        if not self.types():
            return
        self.scalars()
        self.docs()
        self.properties()
        if self.base.items and self.revision.items:
            self.child("[]", self.base.items, self.revision.items)
        self.additional()
        self.branches("oneOf", self.base.one_of, self.revision.one_of)
        self.branches("anyOf", self.base.any_of, self.revision.any_of)

    def wrapped_in_union(self) -> bool:
        """A schema that became (or stopped being) one alternative of a oneOf/anyOf: compare branches."""
        for keyword in ("oneOf", "anyOf"):
            old, new = _union(self.base, keyword), _union(self.revision, keyword)
            if old is None and new is not None and not self.base.one_of and not self.base.any_of:
                self.branches(keyword, self.base.parts[:1], new)
                return True
            if new is None and old is not None and not self.revision.one_of and not self.revision.any_of:
                self.branches(keyword, old, self.revision.parts[:1])
                return True
        return False

    def types(self) -> bool:
        """Report a type change; False when the types have nothing in common (stop there)."""
        old, new = self.base.types, self.revision.types
        if old == new:
            return True
        if _covers(new, old):
            kind = "type-widened"
        elif _covers(old, new):
            kind = "type-narrowed"
        else:
            kind = "type-changed"
        self.emit(kind, old=_types(old), new=_types(new))
        return kind != "type-changed"

    def scalars(self) -> None:
        base, revision = self.base, self.revision
        if base.nullable != revision.nullable:
            self.emit("nullable-added" if revision.nullable else "nullable-removed")
        self.optional_text("format", base.format, revision.format)
        self.enums(base.enum, revision.enum)
        for key in UPPER_BOUNDS + LOWER_BOUNDS:
            old, new = base.bounds.get(key), revision.bounds.get(key)
            if old == new:
                continue
            upper = key in UPPER_BOUNDS
            tighter = new is not None and (old is None or (new < old if upper else new > old))
            direction = (
                ("decreased" if upper else "increased")
                if tighter
                else ("increased" if upper else "decreased")
            )
            self.emit(f"{_BOUND_NAMES[key]}-{direction}", old=shown(old), new=shown(new))
        self.optional_text("pattern", base.pattern, revision.pattern)
        if base.multiple_of != revision.multiple_of:
            self.emit("multiple-of-changed", old=shown(base.multiple_of), new=shown(revision.multiple_of))
        if base.unique_items != revision.unique_items:
            self.emit("unique-items-added" if revision.unique_items else "unique-items-removed")
        if (base.has_default, base.default) != (revision.has_default, revision.default):
            self.emit(
                "default-changed",
                old=shown(base.default) if base.has_default else "none",
                new=shown(revision.default) if revision.has_default else "none",
            )
        if base.discriminator != revision.discriminator:
            self.emit(
                "discriminator-changed", old=shown(base.discriminator), new=shown(revision.discriminator)
            )

    def optional_text(self, name: str, old: str | None, new: str | None) -> None:
        if old == new:
            return
        if old is None:
            self.emit(f"{name}-added", new=shown(new))
        elif new is None:
            self.emit(f"{name}-removed", old=shown(old))
        else:
            self.emit(f"{name}-changed", old=shown(old), new=shown(new))

    def enums(self, old: tuple[Any, ...] | None, new: tuple[Any, ...] | None) -> None:
        if old == new:
            return
        if old is None:
            self.emit("enum-added", new=shown(list(new or ())))
        elif new is None:
            self.emit("enum-removed", old=shown(list(old)))
        else:
            for value in new:
                if value not in old:
                    self.emit("enum-value-added", value=shown(value))
            for value in old:
                if value not in new:
                    self.emit("enum-value-removed", value=shown(value))

    def docs(self) -> None:
        old, new = self.base.docs, self.revision.docs
        if old == new:
            return
        if old.get("description") != new.get("description"):
            self.emit("schema-description-changed")
        if old.get("title") != new.get("title"):
            self.emit("schema-title-changed", old=shown(old.get("title")), new=shown(new.get("title")))
        if (old.get("example"), old.get("examples")) != (new.get("example"), new.get("examples")):
            self.emit("schema-example-changed")

    def hidden(self, parts: tuple[Schema, ...]) -> bool:
        """readOnly properties never bind requests; writeOnly properties never bind responses."""
        return _flag(parts, "readOnly" if self.direction == "request" else "writeOnly")

    def properties(self) -> None:
        base, revision = self.base, self.revision
        names = list(base.properties) + [name for name in revision.properties if name not in base.properties]
        for name in names:
            path = name
            old, new = base.properties.get(name, ()), revision.properties.get(name, ())
            if not new:
                if not self.hidden(old):
                    self.emit("property-removed", old[0].pointer, path)
                continue
            if not old:
                if not self.hidden(new):
                    added = "property-added-required" if name in revision.required else "property-added"
                    self.emit(added, new[0].pointer, path)
                continue
            if (name in base.required) == (name in revision.required) and self.pairs.same(old, new):
                continue
            self.flags(old, new, path)
            if self.hidden(old) or self.hidden(new):
                continue
            was_required, is_required = name in base.required, name in revision.required
            if was_required != is_required:
                kind = "property-became-required" if is_required else "property-became-optional"
                self.emit(kind, new[0].pointer, path)
            if _flag(new, "deprecated") and not _flag(old, "deprecated"):
                self.emit("property-deprecated", new[0].pointer, path)
            self.child(name, old, new)

    def flags(self, old: tuple[Schema, ...], new: tuple[Schema, ...], path: str) -> None:
        for keyword, became, no_longer in (
            ("readOnly", "property-became-read-only", "property-no-longer-read-only"),
            ("writeOnly", "property-became-write-only", "property-no-longer-write-only"),
        ):
            was, now = _flag(old, keyword), _flag(new, keyword)
            if was != now:
                self.emit(became if now else no_longer, new[0].pointer, path)

    def additional(self) -> None:
        old, new = self.base.additional, self.revision.additional
        if isinstance(old, tuple) and isinstance(new, tuple):
            self.child("*", old, new)
            return
        rank = {None: 2, True: 2, False: 0}
        old_rank = 1 if isinstance(old, tuple) else rank[old]
        new_rank = 1 if isinstance(new, tuple) else rank[new]
        if new_rank < old_rank:
            self.emit("additional-properties-tightened")
        elif new_rank > old_rank:
            self.emit("additional-properties-loosened")

    def branches(self, keyword: str, old: tuple[Schema, ...], new: tuple[Schema, ...]) -> None:
        if not old and not new:
            return
        prefix = "one-of" if keyword == "oneOf" else "any-of"
        matched, removed, added = match_branches(old, new)
        for i, j in matched:
            self.child(f"{keyword}[{j}]", (old[i],), (new[j],))
        for i in removed:
            self.emit(f"{prefix}-branch-removed", old[i].pointer, branch=label(old[i], i))
        for j in added:
            self.emit(f"{prefix}-branch-added", new[j].pointer, branch=label(new[j], j))


def _union(flat: Flat, keyword: str) -> tuple[Schema, ...] | None:
    """The branches of a schema that is nothing but a oneOf/anyOf, else None."""
    branches = flat.one_of if keyword == "oneOf" else flat.any_of
    if not branches or flat.types or flat.properties or len(flat.parts) != 1:
        return None
    return branches


def _flag(parts: tuple[Schema, ...], keyword: str) -> bool:
    return any(part.raw.get(keyword) is True for part in expand(parts))


def match_branches(
    old: tuple[Schema, ...], new: tuple[Schema, ...]
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair branches by component, then by equivalence, then a lone leftover with a lone leftover.

    A named component is the same alternative wherever it sits in the list; an inline branch is
    matched by what it says (its signature), never by its position.
    """
    free = list(range(len(new)))
    pairs: list[tuple[int, int]] = []
    rest: list[int] = []
    for i, schema in enumerate(old):
        j = next((j for j in free if schema.name is not None and new[j].name == schema.name), None)
        if j is None:
            rest.append(i)
        else:
            free.remove(j)
            pairs.append((i, j))
    removed: list[int] = []
    if rest and free:
        new_signatures = {j: signature(new[j]) for j in free}
        for i in rest:
            mark = signature(old[i])
            j = next((j for j in free if new_signatures[j] == mark), None)
            if j is None:
                removed.append(i)
            else:
                free.remove(j)
                pairs.append((i, j))
    else:
        removed = rest
    if len(removed) == 1 and len(free) == 1:
        pairs.append((removed.pop(), free.pop()))
    return sorted(pairs), removed, free


def compare_flats(
    pairs: Pairs, base: Flat, revision: Flat, direction: str
) -> tuple[list[Local], list[tuple[str, NodeKey]]]:
    node = _Node(pairs, base, revision, direction)
    node.run()
    return node.local, node.children
