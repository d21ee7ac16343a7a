"""Alternatives matched by best fit, equivalent spellings, and JSON Schema 2020-12 sub-schemas."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from generator.diff import DiffReport, compare
from generator.load import parse
from generator.model import build

Doc = dict[str, Any]
STRING: Doc = {"type": "string"}
CARD: Doc = {"type": "object", "properties": {"number": STRING, "expiry": STRING, "brand": STRING}}
BANK: Doc = {"type": "object", "properties": {"iban": STRING, "bic": STRING}}


def _document(body: Doc) -> Doc:
    content = {"content": {"application/json": {"schema": body}}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pay": {
                "post": {"requestBody": content, "responses": {"200": {"description": "ok", **content}}},
            }
        },
    }


def _diff(old: Doc, new: Doc) -> DiffReport:
    return compare(
        build(parse("base.yaml", yaml.safe_dump(_document(old)))),
        build(parse("revision.yaml", yaml.safe_dump(_document(new)))),
    )


def _kinds(report: DiffReport) -> set[str]:
    return {change.rule_id.split("-", 2)[2] for change in report.changes}


def test_a_modified_branch_is_compared_as_itself() -> None:
    changed_card = copy.deepcopy(CARD)
    changed_card["properties"]["cvc"] = STRING
    report = _diff({"oneOf": [BANK, CARD]}, {"oneOf": [changed_card, BANK]})
    assert _kinds(report) == {"property-added"}
    assert all("oneOf[0].cvc" in change.message for change in report.changes)


def test_a_branch_listed_twice_is_one_alternative() -> None:
    assert _diff({"anyOf": [CARD, BANK]}, {"anyOf": [CARD, BANK, copy.deepcopy(CARD)]}).changes == ()


def test_wrapping_in_all_of_and_one_of_keeps_the_old_shape_as_a_branch() -> None:
    wrapped = {"allOf": [{"oneOf": [copy.deepcopy(CARD), BANK]}]}
    report = _diff(CARD, wrapped)
    assert {change.rule_id for change in report.changes} == {
        "request-body-became-one-of",
        "response-body-became-one-of",
    }


def test_empty_additional_properties_and_a_full_boolean_enum_say_nothing() -> None:
    flag = {"type": "object", "properties": {"on": {"type": "boolean"}}}
    spelled = {
        "type": "object",
        "additionalProperties": {},
        "properties": {"on": {"type": "boolean", "enum": [True, False]}},
    }
    assert _diff(flag, spelled).changes == ()
    assert _diff(spelled, flag).changes == ()


def test_changes_under_2020_12_sub_schemas_are_found() -> None:
    old = {
        "type": "object",
        "properties": {"tags": {"type": "array", "prefixItems": [STRING], "contains": {"type": "string"}}},
        "not": {"type": "object", "properties": {"x": STRING}},
        "if": {"properties": {"kind": {"const": "a"}}},
        "then": {"properties": {"a": {"type": "string"}}},
        "dependentSchemas": {"a": {"properties": {"b": {"type": "string"}}}},
        "propertyNames": {"maxLength": 5},
    }
    new = copy.deepcopy(old)
    new["properties"]["tags"]["prefixItems"][0] = {"type": "integer"}
    new["properties"]["tags"]["contains"]["minLength"] = 2
    new["not"]["properties"]["x"] = {"type": "integer"}
    new["then"]["properties"]["a"]["format"] = "uuid"
    new["dependentSchemas"]["a"]["properties"]["b"]["maxLength"] = 3
    new["propertyNames"]["maxLength"] = 4
    messages = {change.message for change in _diff(old, new).changes}
    for path in ("tags.(prefixItems[0])", "tags[contains]", "(not).x", "(then).a", "(dependentSchemas[a]).b"):
        assert any(f"'{path}'" in message for message in messages), (path, messages)
    assert any("(propertyNames)" in message for message in messages)


def test_a_type_array_that_gains_a_type_breaks_readers_only() -> None:
    report = _diff(STRING, {"type": ["string", "integer"]})
    assert {(change.rule_id, change.level.value) for change in report.changes} == {
        ("request-body-type-widened", "info"),
        ("response-body-type-widened", "breaking"),
    }
    nullable = _diff(STRING, {"type": ["string", "null"]})
    assert {change.rule_id for change in nullable.changes} == {
        "request-body-nullable-added",
        "response-body-nullable-added",
    }


def test_below_not_a_change_has_the_opposite_effect() -> None:
    excluded = {"type": "string", "not": {"enum": ["a"]}}
    more_excluded = {"type": "string", "not": {"enum": ["a", "b"]}}
    report = _diff(excluded, more_excluded)  # "b" is no longer accepted
    assert {(change.rule_id, change.level.value) for change in report.changes} == {
        ("request-body-enum-value-removed", "breaking"),
        ("response-body-enum-value-removed", "info"),
    }
    assert all("'(not)'" in change.message for change in report.changes)
