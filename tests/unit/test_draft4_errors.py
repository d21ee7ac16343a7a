"""The value errors found without jsonschema are jsonschema's own: same messages, same order."""

from __future__ import annotations

from typing import Any

import pytest

from generator.validate import draft4_errors
from generator.validate.formats import checked_formats
from generator.validate.jsonschema_checks import DocumentValues, _own_validator

SCHEMAS: dict[str, Any] = {
    "Pet": {
        "type": "object",
        "required": ["name", "kind"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 3},
            "tag": {"type": "string", "nullable": True},
            "age": {
                "type": "integer",
                "minimum": 0,
                "maximum": 30,
                "exclusiveMaximum": True,
                "format": "int32",
            },
            "born": {"type": "string", "format": "date-time"},
            "mail": {"type": "string", "format": "email"},
            "kind": {"type": "string", "enum": ["cat", "dog", None]},
            "ids": {"type": "array", "items": {"type": "integer"}, "minItems": 1, "maxItems": 2},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": True, "maxItems": 0},
        },
        "x-note": {"type": "integer"},
    },
    "Either": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "number"}]},
    "Any": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Pet"}]},
    "All": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"required": ["age"]}]},
    "Map": {"type": "object", "properties": {"a": {}}, "additionalProperties": {"type": "integer"}},
    "Closed": {"type": "object", "properties": {"a": {}}, "additionalProperties": False},
    "Flags": {"type": ["boolean", "null"], "enum": [True, 0]},
    "Low": {"type": "number", "minimum": 1.5, "exclusiveMinimum": True},
    "Ref": {"$ref": "#/components/schemas/Pet", "type": "string"},
    "Step": {"type": "number", "multipleOf": 2},
    "Uuid": {"type": "string", "format": "uuid"},
    "Loop": {"$ref": "#/components/schemas/Loop"},
}
DOCUMENT = {"openapi": "3.0.3", "components": {"schemas": SCHEMAS}}

ANSWERED: list[tuple[str, Any]] = [
    ("Pet", {"name": "a", "kind": "cat"}),
    ("Pet", {"name": "", "kind": "cow", "tag": None, "age": 30, "born": "2020-01-01", "mail": "x"}),
    ("Pet", {"name": "abcd", "kind": None, "age": 2**40, "born": "2020-01-01T10:00:00z", "mail": "a@b"}),
    ("Pet", {"ids": [], "tags": ["a", "a"]}),
    ("Pet", {"ids": [1, 2.0, True], "tags": ["a"], "age": -1}),
    ("Pet", {"name": 1, "kind": 1, "age": 3.0, "born": 1}),
    ("Pet", None),
    ("Pet", []),
    ("Either", "a"),
    ("Either", 1),
    ("Either", 1.5),
    ("Either", None),
    ("Any", {"name": "a"}),
    ("Any", 3),
    ("All", {"name": "a", "kind": "dog"}),
    ("Map", {"a": "x", "b": 1, "c": "y", "d": None}),
    ("Closed", {"a": 1}),
    ("Flags", 0),
    ("Flags", False),
    ("Flags", True),
    ("Flags", None),
    ("Low", 1.5),
    ("Low", 2),
    ("Ref", {"name": "a"}),
]
LEFT_TO_JSONSCHEMA: list[tuple[str, Any]] = [
    ("Closed", {"b": 1}),
    ("Step", 3),
    ("Uuid", "x"),
    ("Loop", 1),
    ("Flags", 1.0),
]


@pytest.mark.parametrize(("name", "value"), ANSWERED)
def test_errors_are_jsonschemas(name: str, value: Any) -> None:
    pointer = f"/components/schemas/{name}"
    expected = DocumentValues(DOCUMENT, is_31=False).errors(pointer, value, library=False)
    assert draft4_errors.errors(DOCUMENT, pointer, value) == expected


@pytest.mark.parametrize(("name", "value"), LEFT_TO_JSONSCHEMA)
def test_what_it_cannot_answer_is_left_to_jsonschema(name: str, value: Any) -> None:
    with pytest.raises(draft4_errors.Unsure):
        draft4_errors.errors(DOCUMENT, f"/components/schemas/{name}", value)


def test_the_checked_formats_are_those_of_the_validator() -> None:
    assert checked_formats() == frozenset(_own_validator(False)[1].checkers)
