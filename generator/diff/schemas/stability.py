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
        self._stable = _stable_components(base.schemas, revision.schemas)
        self._refs_ok: dict[str, bool] = {}

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


def _stable_components(base: dict[str, Schema], revision: dict[str, Schema]) -> set[str]:
    equal = {
        name
        for name, schema in base.items()
        if name in revision and revision[name].raw == schema.raw and revision[name].pointer == schema.pointer
    }
    dependants: dict[str, set[str]] = {}
    for name in equal:
        for target in references(base[name].raw):
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
