"""The fast check's combinators: a oneOf whose branches one key tells apart asks one branch only."""

from __future__ import annotations

from typing import Any

import pytest

from generator.load import SpecVersion
from generator.validate import combinators
from generator.validate.fastcheck import compile_check
from generator.validate.oas_schema import fast_check, official_schema

REFERENCE = {"type": "object", "required": ["$ref"], "properties": {"$ref": {"type": "string"}}}
CLOSED = {"type": "object", "properties": {"name": {"type": "string"}}, "additionalProperties": False}
KINDS = {
    "oneOf": [
        {"type": "object", "required": ["kind"], "properties": {"kind": {"enum": ["a"]}, "a": {}}},
        {"type": "object", "required": ["kind"], "properties": {"kind": {"enum": ["b", "c"]}}},
    ]
}


def _counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the branches the keyed oneOf asks (every call of a compiled branch through it)."""
    asked = [0]
    keyed = combinators._keyed

    def counting(key: str, allowed: Any, checks: Any, every: Any) -> Any:
        def count(check: Any) -> Any:
            def counted(value: Any) -> bool:
                asked[0] += 1
                return bool(check(value))

            return counted

        return keyed(key, allowed, tuple(count(check) for check in checks), every)

    monkeypatch.setattr(combinators, "_keyed", counting)
    return asked


@pytest.mark.parametrize(
    ("instance", "valid", "asked"),
    [
        ({"$ref": "#/x"}, True, 1),
        ({"name": "n"}, True, 1),
        ({"$ref": "#/x", "name": "n"}, True, 1),  # the closed branch refuses $ref: no second match
        ({"$ref": 5}, False, 1),
        ({}, True, 1),
    ],
)
def test_presence_of_a_key_picks_the_branch(
    monkeypatch: pytest.MonkeyPatch, instance: dict[str, Any], valid: bool, asked: int
) -> None:
    counter = _counted(monkeypatch)
    check = compile_check({"oneOf": [CLOSED, REFERENCE]})
    assert check(instance) is valid
    assert counter[0] == asked


@pytest.mark.parametrize(
    ("instance", "valid", "asked"),
    [({"kind": "a"}, True, 1), ({"kind": "c"}, True, 1), ({"kind": "d"}, False, 0), ({}, False, 0)],
)
def test_the_value_of_a_key_picks_the_branch(
    monkeypatch: pytest.MonkeyPatch, instance: dict[str, Any], valid: bool, asked: int
) -> None:
    counter = _counted(monkeypatch)
    check = compile_check(KINDS)
    assert check(instance) is valid
    assert counter[0] == asked


def test_values_other_than_objects_ask_every_branch() -> None:
    check = compile_check({"oneOf": [REFERENCE, {"type": "string"}, CLOSED]})
    assert check("text") is True
    assert check(1) is False
    assert check({"$ref": "#/x"}) is True


def test_branches_no_key_tells_apart_keep_exactly_one() -> None:
    check = compile_check({"oneOf": [{"required": ["a"]}, {"required": ["b"]}]})
    assert check({"a": 1}) is True
    assert check({"a": 1, "b": 2}) is False


def test_the_openapi_schema_and_reference_are_told_apart() -> None:
    check = fast_check(SpecVersion.OPENAPI_30)
    assert check is not None
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"A": {"allOf": [{"$ref": "#/components/schemas/B"}]}, "B": {}}},
    }
    assert check(document) is True
    document["components"]["schemas"]["A"]["allOf"][0]["$ref"] = 5  # a Reference, but not a string
    assert check(document) is False
    assert official_schema(SpecVersion.OPENAPI_30)["definitions"]["Reference"]["required"] == ["$ref"]
