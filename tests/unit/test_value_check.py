"""The quick value check says "certainly valid" only where jsonschema (draft 4 plus nullable) finds no error."""

from __future__ import annotations

from typing import Any

import pytest

from generator.validate.jsonschema_checks import DocumentValues
from generator.validate.value_check import ValueChecks

SCHEMAS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "tag": {"type": "string", "nullable": True},
            "age": {"type": "integer", "minimum": 0, "format": "int32"},
            "born": {"type": "string", "format": "date"},
            "kind": {"type": "string", "enum": ["cat", "dog"]},
            "ids": {"type": "array", "items": {"type": "integer"}, "uniqueItems": True},
        },
        "x-note": {"type": "integer"},
        "discriminator": {"propertyName": "kind"},
    },
    "Either": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
    "Ref": {"$ref": "#/components/schemas/Pet"},
    "Odd": {"$ref": "#/components/schemas/P%65t"},
    "Step": {"type": "number", "multipleOf": 2},
    "Broken": {"type": "object", "properties": {"a": {"$ref": "#/nowhere"}}},
}
DOCUMENT = {"openapi": "3.0.3", "components": {"schemas": SCHEMAS}}

VALUES: list[tuple[str, Any]] = [
    ("Pet", {"name": "a"}),
    ("Pet", {"name": ""}),
    ("Pet", {"tag": "x"}),
    ("Pet", {"name": "a", "tag": None}),
    ("Pet", {"name": "a", "age": -1}),
    ("Pet", {"name": "a", "age": 2**40}),
    ("Pet", {"name": "a", "age": 3.0}),
    ("Pet", {"name": "a", "born": "2020-01-01"}),
    ("Pet", {"name": "a", "born": "yesterday"}),
    ("Pet", {"name": "a", "kind": "cow"}),
    ("Pet", {"name": "a", "ids": [1, 2]}),
    ("Pet", {"name": "a", "ids": [1, 1]}),
    ("Pet", None),
    ("Either", 1),
    ("Ref", {"name": "a"}),
    ("Ref", {"name": 1}),
    ("Odd", {"name": "a"}),
    ("Step", 4),
    ("Broken", {"a": 1}),
]


@pytest.mark.parametrize(("name", "value"), VALUES)
def test_certainly_valid_only_where_the_validator_finds_nothing(name: str, value: Any) -> None:
    pointer = f"/components/schemas/{name}"
    quick = ValueChecks(DOCUMENT, {"date", "int32", "int64", "byte"}).certainly_valid(pointer, value)
    if quick:
        assert DocumentValues(DOCUMENT, False).errors(pointer, value, library=False) == []


def test_the_plain_cases_are_cleared() -> None:
    checks = ValueChecks(DOCUMENT, {"date"})
    assert checks.certainly_valid("/components/schemas/Pet", {"name": "a", "tag": None, "ids": [1, 2]})
    assert checks.certainly_valid("/components/schemas/Ref", {"name": "a", "age": 3})
    assert not checks.certainly_valid("/components/schemas/Pet", {"name": "a", "born": "2020-01-01"})
    assert not checks.certainly_valid("/components/schemas/Either", "x")
    assert not checks.certainly_valid("/components/schemas/Step", 4)
    assert not checks.certainly_valid("/components/schemas/Pet", {"tag": "x"})
