"""The changes between two flattened schemas at one node; deeper nodes become child pairs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from generator import pointer as jp
from generator.diff.schemas.alternatives import best_fit, branches_of, match_branches, merged_with_branch
from generator.diff.schemas.flatten import LOWER_BOUNDS, UPPER_BOUNDS, Flat
from generator.diff.schemas.keyword_checks import KeywordChecks, shown
from generator.diff.schemas.signature import label
from generator.model import Schema
from generator.model.merge import all_of_parts

NodeKey = tuple[tuple[str, ...], tuple[str, ...], str]
Local = tuple[str, str, str, dict[str, Any]]

# Each bound's kinds: (first given, tightened, loosened); a test keeps every kind named in this
# module registered in schema_kinds.json.
_BOUND_KINDS = {
    "maximum": ("maximum-added", "maximum-decreased", "maximum-increased"),
    "maxLength": ("max-length-added", "max-length-decreased", "max-length-increased"),
    "maxItems": ("max-items-added", "max-items-decreased", "max-items-increased"),
    "maxProperties": ("max-properties-added", "max-properties-decreased", "max-properties-increased"),
    "minimum": ("minimum-added", "minimum-increased", "minimum-decreased"),
    "minLength": ("min-length-added", "min-length-increased", "min-length-decreased"),
    "minItems": ("min-items-added", "min-items-increased", "min-items-decreased"),
    "minProperties": ("min-properties-added", "min-properties-increased", "min-properties-decreased"),
    "exclusiveMaximum": (
        "exclusive-maximum-added",
        "exclusive-maximum-decreased",
        "exclusive-maximum-increased",
    ),
    "exclusiveMinimum": (
        "exclusive-minimum-added",
        "exclusive-minimum-increased",
        "exclusive-minimum-decreased",
    ),
    "maxContains": ("max-contains-added", "max-contains-decreased", "max-contains-increased"),
    "minContains": ("min-contains-added", "min-contains-increased", "min-contains-decreased"),
}
# A schema that became, or stopped being, a union: (keyword, became, no longer).
_UNION_KINDS = (
    ("oneOf", "became-one-of", "no-longer-one-of"),
    ("anyOf", "became-any-of", "no-longer-any-of"),
)
# A union's branches: (added, removed) by keyword.
_BRANCH_KINDS = {
    "oneOf": ("one-of-branch-added", "one-of-branch-removed"),
    "anyOf": ("any-of-branch-added", "any-of-branch-removed"),
}


class Pairs(Protocol):
    def flat(self, side: int, schemas: tuple[Schema, ...]) -> Flat: ...

    def pair(self, base: Flat, revision: Flat, direction: str) -> NodeKey: ...

    def unchanged(self, base: Flat, revision: Flat) -> bool: ...

    def same(self, base: tuple[Schema, ...], revision: tuple[Schema, ...]) -> bool: ...


def _types(types: frozenset[str]) -> str:
    return "/".join(sorted(types)) or "any"


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of a ``narrow`` type is also a value of a ``wide`` type (no types: anything)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(name in wide or (name == "integer" and "number" in wide) for name in narrow)


class _NodeComparison(KeywordChecks):
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
        self.child_flat(label_, pairs.flat(0, base), pairs.flat(1, revision))

    def child_flat(self, label_: str, base: Flat, revision: Flat) -> None:
        self.children.append((label_, self.pairs.pair(base, revision, self.direction)))

    def flat_of(self, side: int) -> Callable[[tuple[Schema, ...]], Flat]:
        return lambda schemas: self.pairs.flat(side, schemas)

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
        self.keywords()

    def wrapped_in_union(self) -> bool:
        """A schema that became (or stopped being) a oneOf/anyOf: one change, then the best-fit branch.

        The old shape usually survives as one alternative; it is compared with that branch merged
        into the union's own keywords, so nothing but the new alternatives is reported.
        """
        for keyword, became, no_longer in _UNION_KINDS:
            old, new = branches_of(self.base, keyword), branches_of(self.revision, keyword)
            if bool(old) == bool(new):
                continue
            if new:
                index = best_fit(self.base, new, self.flat_of(1))
                self.emit(became, new=_labels(new))
                self.child_flat("", self.base, merged_with_branch(self.revision, keyword, index))
            else:
                index = best_fit(self.revision, old, self.flat_of(0))
                self.emit(no_longer, old=_labels(old))
                self.child_flat("", merged_with_branch(self.base, keyword, index), self.revision)
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
        self.optional_text(("format-added", "format-removed", "format-changed"), base.format, revision.format)
        self.enums(base.enum, revision.enum)
        for key in UPPER_BOUNDS + LOWER_BOUNDS:
            old, new = base.bounds.get(key), revision.bounds.get(key)
            if old == new:
                continue
            first, tightened, loosened = _BOUND_KINDS[key]
            if old is None:
                self.emit(first, old="none", new=shown(new))
                continue
            upper = key in UPPER_BOUNDS
            tighter = new is not None and (new < old if upper else new > old)
            self.emit(tightened if tighter else loosened, old=shown(old), new=shown(new))
        self.optional_text(
            ("pattern-added", "pattern-removed", "pattern-changed"), base.pattern, revision.pattern
        )
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

    def optional_text(self, kinds: tuple[str, str, str], old: str | None, new: str | None) -> None:
        """A keyword holding text: its (added, removed, changed) kinds."""
        if old == new:
            return
        added, removed, changed = kinds
        if old is None:
            self.emit(added, new=shown(new))
        elif new is None:
            self.emit(removed, old=shown(old))
        else:
            self.emit(changed, old=shown(old), new=shown(new))

    def enums(self, old: tuple[Any, ...] | None, new: tuple[Any, ...] | None) -> None:
        if old == new:
            return
        if old is None:
            self.emit("enum-added", new=shown(list(new or ())))
        elif new is None:
            self.emit("enum-removed", old=shown(list(old)))
        else:
            self.listed_values(("enum-value-added", "enum-value-removed"), old, new)

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
            # Where the parent declares the property (a $ref'd property schema lives elsewhere).
            at = _declared(revision, name) if new else _declared(base, name)
            if not new:
                if not self.hidden(old):
                    required = name in base.required
                    self.emit("property-removed-required" if required else "property-removed", at, path)
                continue
            if not old:
                if not self.hidden(new):
                    added = "property-added-required" if name in revision.required else "property-added"
                    self.emit(added, at, path)
                continue
            if (name in base.required) == (name in revision.required) and self.pairs.same(old, new):
                continue
            self.flags(old, new, at, path)
            if self.hidden(old) or self.hidden(new):
                continue
            was_required, is_required = name in base.required, name in revision.required
            if was_required != is_required:
                kind = "property-became-required" if is_required else "property-became-optional"
                self.emit(kind, at, path)
            if _flag(new, "deprecated") and not _flag(old, "deprecated"):
                self.emit("property-deprecated", at, path)
            self.child(name, old, new)

    def flags(self, old: tuple[Schema, ...], new: tuple[Schema, ...], at: str, path: str) -> None:
        for keyword, became, no_longer in (
            ("readOnly", "property-became-read-only", "property-no-longer-read-only"),
            ("writeOnly", "property-became-write-only", "property-no-longer-write-only"),
        ):
            was, now = _flag(old, keyword), _flag(new, keyword)
            if was != now:
                self.emit(became if now else no_longer, at, path)

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
        added_kind, removed_kind = _BRANCH_KINDS[keyword]
        matched, removed, added = match_branches(old, new, self.flat_of(0), self.flat_of(1))
        for i, j in matched:
            self.child(f"{keyword}[{j}]", (old[i],), (new[j],))
        for i in removed:
            self.emit(removed_kind, old[i].pointer, branch=label(old[i], i))
        for j in added:
            self.emit(added_kind, new[j].pointer, branch=label(new[j], j))


def _declared(flat: Flat, name: str) -> str:
    part = next(part for part in flat.parts if name in part.properties)
    return jp.join(part.pointer, "properties", name)


def _labels(branches: tuple[Schema, ...]) -> str:
    return ", ".join(label(branch, index) for index, branch in enumerate(branches))


def _flag(parts: tuple[Schema, ...], keyword: str) -> bool:
    return any(part.raw.get(keyword) is True for part in all_of_parts(*parts))


def compare_flats(
    pairs: Pairs, base: Flat, revision: Flat, direction: str
) -> tuple[list[Local], list[tuple[str, NodeKey]]]:
    node = _NodeComparison(pairs, base, revision, direction)
    node.run()
    return node.local, node.children
