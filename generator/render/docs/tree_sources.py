"""Which schemas show the same field tables: a wrapper and the schema it wraps.

A schema whose one ``allOf`` part brings every field it has (it shares the part's merge: no field or
required name of its own) and that has no variant or map value, nor the part either, shows the
part's table; along a chain of n such wrappers every schema shows the table of the schema at its
end, made once instead of n times.
"""

from __future__ import annotations

from generator.model import Schema
from generator.model.merge import merged


def _shows_more_than_fields(schema: Schema) -> bool:
    """Whether a table of ``schema`` holds more than its merged fields (variants, other keys)."""
    return bool(schema.one_of or schema.any_of) or isinstance(schema.additional_properties, Schema)


def _wrapped(schema: Schema) -> Schema | None:
    """The schema that ``schema`` wraps when both show the same fields, else None; ``schema`` is
    known to show only its fields (its own check was made on the way, once)."""
    if len(schema.all_of) != 1:
        return None
    part = schema.all_of[0]
    if _shows_more_than_fields(part):
        return None
    return part if merged(schema) is merged(part) else None  # a wrapper's merge is its part's


def fields_source(schema: Schema, sources: dict[str, Schema]) -> Schema:
    """The schema at the end of ``schema``'s chain of wrappers; ``sources`` keeps the answer for each
    schema on the way, so a chain is walked once whichever of its schemas comes first, and each schema
    of it is checked once (as the part of the one before it)."""
    found = sources.get(schema.pointer)
    if found is not None:  # every schema of a chain after the first one asked
        return found
    if _shows_more_than_fields(schema):  # its table is its own
        sources[schema.pointer] = schema
        return schema
    path: list[Schema] = []
    on_path: set[str] = set()
    current = schema
    while (found := sources.get(current.pointer)) is None:
        path.append(current)
        on_path.add(current.pointer)
        part = _wrapped(current)
        if part is None or part.pointer in on_path:  # the end, or an allOf cycle of wrappers
            found = current
            break
        current = part
    for step in path:
        sources[step.pointer] = found
    return found
