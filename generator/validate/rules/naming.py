"""Names that collide once made Pythonic: ``BUSINESS_ID`` and ``businessID`` both become business_id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from generator import pointer as jp
from generator.naming import snake_case
from generator.validate.rules.base import Context, Finding


@cache
def python_name(text: str) -> str:
    """The snake_case name the generated client gives a spec name (``businessID`` -> ``business_id``)."""
    return snake_case(text, fallback="")


def _collisions(names: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(first name, colliding name, shared identifier) for each name that repeats an earlier one."""
    first: dict[str, str] = {}
    for name in names:
        identifier = python_name(name)
        if not identifier:
            continue
        if identifier in first and first[identifier] != name:
            yield first[identifier], name, identifier
        first.setdefault(identifier, name)


def colliding_identifiers(context: Context) -> Iterator[Finding]:
    for pointer, node in context.schemas:
        properties = node.get("properties")
        if isinstance(properties, dict):
            for first, name, identifier in _collisions(properties):
                yield (
                    jp.join(pointer, "properties", name),
                    f"properties '{first}' and '{name}' both become '{identifier}' in Python",
                )
    for operation in context.document.operations:
        names = {parameter.name: parameter for parameter in operation.parameters}
        for first, name, identifier in _collisions(names):
            yield (
                names[name].pointer,
                f"{operation.key}: parameters '{first}' and '{name}' both become '{identifier}' in Python",
            )
