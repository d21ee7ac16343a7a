"""Which component schemas are unchanged, themselves and everything they reference.

Comparing such a schema with itself can only find nothing, so the comparison skips it; this keeps
large documents with few changes fast.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.load.refs import refs_below
from generator.model import Document, Schema


def references(raw: Mapping[str, Any]) -> set[str]:
    """The pointers of the local references in a schema; examples are data."""
    return {ref[1:] for ref in refs_below(raw, schema=True) if ref.startswith("#")}


class Stability:
    def __init__(self, base: Document, revision: Document) -> None:
        component_refs = _component_references(base.schemas, revision.schemas)
        self._stable = _stable_components(base.schemas, component_refs)
        # Whether every reference below a pointer leads to a stable component; the components are known.
        self._refs_ok: dict[str, bool] = {
            base.schemas[name].pointer: refs <= self._stable for name, refs in component_refs.items()
        }

    def stable(self, pointer: str) -> bool:
        """A component schema that is the same, with everything it references, in both documents."""
        return pointer in self._stable

    def unchanged(self, base: Schema, revision: Schema) -> bool:
        """Same place, same text, and every reference in it leads to an unchanged component."""
        if base.pointer != revision.pointer or base.raw != revision.raw or base.boolean != revision.boolean:
            return False
        known = self._refs_ok.get(base.pointer)
        if known is None:
            known = references(base.raw) <= self._stable
            self._refs_ok[base.pointer] = known
        return known


def _component_references(base: dict[str, Schema], revision: dict[str, Schema]) -> dict[str, set[str]]:
    """The references of each component schema that is the same in both documents, by name."""
    return {
        name: references(schema.raw)
        for name, schema in base.items()
        if name in revision and revision[name].raw == schema.raw and revision[name].pointer == schema.pointer
    }


def _stable_components(base: dict[str, Schema], component_refs: dict[str, set[str]]) -> set[str]:
    equal = component_refs.keys()
    dependants: dict[str, set[str]] = {}
    for name, targets in component_refs.items():
        for target in targets:
            dependants.setdefault(target, set()).add(name)
    pointer_of = {name: base[name].pointer for name in equal}
    changed = [schema.pointer for name, schema in base.items() if name not in equal]
    unstable: set[str] = set()
    while changed:
        pointer = changed.pop()
        for name in dependants.get(pointer, ()):
            if name not in unstable:
                unstable.add(name)
                changed.append(pointer_of[name])
    # A reference to anything else (a missing or non-component target) is never taken as stable.
    return {pointer_of[name] for name in equal - unstable}
