"""The one ``allOf`` merge: the docs, the client types and the diff all read a schema through it.

Semantics. A schema stands for itself and every ``allOf`` part below it, at any depth. Its *parts*
are taken depth first in document order, the schema itself first, each schema once: a part reached
again (two parts sharing a base, or a cycle back to a schema on the way) is skipped. Its merged
*properties* are the union over the parts in that order; where several parts define one name the
first definition wins, so a schema's own property overrides an inherited one and an earlier part
overrides a later one. Its merged *required* names are the union over the parts. The diff compares
every definition of a name (``flatten`` in diff/schemas keeps them all, in the same order).

Cost. A merge is kept with the schema, and a schema's merge is made from its parts' merges, so a
chain of n ``allOf`` wrappers costs O(n) for one schema and for all of them.
"""

from __future__ import annotations

from typing import NamedTuple

from generator.model.schema import Schema

# Where a schema keeps its merge (schemas are interned per document, so it lives as long as the model).
_KEPT = "_all_of_merge"


class Merged(NamedTuple):
    """A schema's properties and required names with its ``allOf`` parts merged in."""

    properties: dict[str, Schema]
    required: frozenset[str]


def all_of_parts(*roots: Schema) -> tuple[Schema, ...]:
    """The roots and, depth first in document order, every ``allOf`` part below them; each once."""
    seen: set[str] = set()
    result: list[Schema] = []
    stack = list(reversed(roots))
    while stack:
        schema = stack.pop()
        if schema.pointer in seen:
            continue
        seen.add(schema.pointer)
        result.append(schema)
        stack.extend(reversed(schema.all_of))
    return tuple(result)


def merged(schema: Schema) -> Merged:
    """``schema``'s properties and required names with every ``allOf`` part merged in."""
    kept: Merged | None = schema.__dict__.get(_KEPT)
    if kept is not None:
        return kept
    if "allOf" not in schema.raw:  # most schemas: no part, so the merge is the schema's own (kept too)
        kept = schema.__dict__[_KEPT] = Merged(dict(schema.properties), schema.required)
        return kept
    return _merge(schema)


def _merge(root: Schema) -> Merged:
    """Merge bottom-up, each schema once. Inside an ``allOf`` cycle a part that leads back to a schema
    being merged is skipped; such partial merges serve only this call and are not kept."""
    active: set[str] = set()
    partial: dict[str, Schema] = {}
    stack: list[tuple[Schema, bool]] = [(root, False)]
    while stack:
        schema, parts_done = stack.pop()
        if _KEPT in schema.__dict__:
            continue
        if not parts_done:
            if schema.pointer not in active:
                active.add(schema.pointer)
                stack.append((schema, True))
                stack.extend((part, False) for part in reversed(schema.all_of) if part.pointer not in active)
            continue
        wrapped = _wrapped_merge(schema, partial)
        if wrapped is not None:
            schema.__dict__[_KEPT] = wrapped
            active.discard(schema.pointer)
            continue
        properties = dict(schema.properties)
        required = set(schema.required)
        complete = True
        for part in schema.all_of:
            inherited: Merged | None = part.__dict__.get(_KEPT)
            if inherited is None or part.pointer in partial:
                complete = False
            if inherited is not None:
                for name, value in inherited.properties.items():
                    properties.setdefault(name, value)
                required |= inherited.required
        schema.__dict__[_KEPT] = Merged(properties, frozenset(required))
        if not complete:
            partial[schema.pointer] = schema
        active.discard(schema.pointer)
    result: Merged = root.__dict__[_KEPT]
    for schema in partial.values():
        if schema is not root:
            del schema.__dict__[_KEPT]
    return result


def _wrapped_merge(schema: Schema, partial: dict[str, Schema]) -> Merged | None:
    """The merge of ``schema``'s one ``allOf`` part when ``schema`` adds nothing to it (no property,
    no required name) and it is complete: the same object, so a chain of wrappers shares one merge
    and each link costs O(1) whatever the number of properties at its end."""
    if len(schema.all_of) != 1:
        return None
    raw = schema.raw  # most wrappers have neither keyword: no need to build the (empty) views of them
    if (raw.get("properties") or raw.get("required")) and (schema.properties or schema.required):
        return None
    part = schema.all_of[0]
    inherited: Merged | None = part.__dict__.get(_KEPT)
    return inherited if inherited is not None and part.pointer not in partial else None
