"""Names that collide once made Pythonic: ``BUSINESS_ID`` and ``businessID`` both become business_id."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

from generator import pointer as jp
from generator.naming import snake_case
from generator.validate.rules.base import Context, Occurrence


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


def colliding_identifiers(context: Context) -> Iterator[Occurrence]:
    for pointer, node in context.schemas:
        properties = node.get("properties")
        if isinstance(properties, dict):
            for first, name, identifier in _collisions(properties):
                args = {"subject": "properties", "first": first, "name": name, "identifier": identifier}
                yield jp.join(pointer, "properties", name), args
    for operation in context.document.operations:
        names = {parameter.name: parameter for parameter in operation.parameters}
        for first, name, identifier in _collisions(names):
            subject = f"{operation.key}: parameters"
            yield names[name].pointer, {
                "subject": subject,
                "first": first,
                "name": name,
                "identifier": identifier,
            }
