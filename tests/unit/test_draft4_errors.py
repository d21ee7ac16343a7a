"""The value errors found without jsonschema are jsonschema's own: same messages, same order."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.validate import draft4_errors
from generator.validate.formats import checked_formats
from generator.validate.jsonschema_checks import DocumentValues, _own_validator
from generator.validate.value_check import short_message

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
LEFT_TO_JSONSCHEMA: list[Any] = [
    ("Closed", {"b": 1}),
    ("Step", 3),
    ("Uuid", "x"),
    ("Loop", 1),
    ("Flags", 1.0),
    pytest.param("Pet", 10**5000, id="too-many-digits-to-write-in-a-message"),
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


_SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(-3, 3), st.sampled_from(["", "a", "a@b", "2020-01-01T00:00:00Z"])
)
_VALUES = st.recursive(
    _SCALARS | st.floats(-3, 3, allow_nan=False),
    lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.sampled_from(["a", "b", "c"]), inner, max_size=3),
    max_leaves=8,
)
_LEAF_SCHEMAS = st.fixed_dictionaries(
    {},
    optional={
        "type": st.sampled_from(["string", "integer", "number", "object", "array", "boolean", "null"])
        | st.lists(st.sampled_from(["string", "integer", "null"]), min_size=1, max_size=2),
        "nullable": st.booleans(),
        "enum": st.lists(_SCALARS, min_size=1, max_size=3),
        "format": st.sampled_from(["date-time", "email", "int32", "uri", "uuid"]),
        "minimum": st.integers(-2, 2),
        "exclusiveMinimum": st.booleans(),
        "maxLength": st.integers(0, 2),
        "minItems": st.integers(0, 2),
        "uniqueItems": st.booleans(),
        "required": st.lists(st.sampled_from(["a", "b"]), max_size=2),
    },
)
_SCHEMAS = st.recursive(
    _LEAF_SCHEMAS,
    lambda inner: st.fixed_dictionaries(
        {},
        optional={
            "properties": st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
            "additionalProperties": st.booleans() | inner,
            "items": inner,
            "oneOf": st.lists(inner, min_size=1, max_size=3),
            "anyOf": st.lists(inner, min_size=1, max_size=2),
            "allOf": st.lists(inner, min_size=1, max_size=2),
            "type": st.sampled_from(["object", "array"]),
        },
    ),
    max_leaves=6,
)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(schema=_SCHEMAS, value=_VALUES)
def test_any_answer_it_gives_is_jsonschemas(schema: dict[str, Any], value: Any) -> None:
    document = {"openapi": "3.0.3", "components": {"schemas": {"S": schema}}}
    try:
        found = draft4_errors.errors(document, "/components/schemas/S", value)
    except draft4_errors.Unsure:
        return
    expected = DocumentValues(document, is_31=False).errors("/components/schemas/S", value, library=False)
    assert [short_message(message) for message in found] == expected
