"""The comparison is semantic: what a caller can observe changes, not how the document is written."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from generator.diff import DiffReport, Level, compare
from generator.load import parse
from generator.model import build

Doc = dict[str, Any]


def _document(body: Doc, response: Doc, schemas: Doc | None = None) -> Doc:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things": {
                "post": {
                    "requestBody": {"required": True, "content": {"application/json": {"schema": body}}},
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": response}}}
                    },
                },
                "get": {
                    "responses": {
                        "200": {"description": "ok", "content": {"application/json": {"schema": response}}}
                    },
                },
            }
        },
        "components": {"schemas": schemas or {}},
    }


def _diff(base: Doc, revision: Doc) -> DiffReport:
    return compare(
        build(parse("base.yaml", yaml.safe_dump(base))),
        build(parse("revision.yaml", yaml.safe_dump(revision))),
    )


def _rules(report: DiffReport) -> list[tuple[str, str | None]]:
    return sorted((change.rule_id, change.operation) for change in report.changes)


THING = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "size": {"type": "integer"}},
}


def test_ref_and_identical_inline_schema_are_no_change() -> None:
    base = _document(
        {"$ref": "#/components/schemas/Thing"}, {"$ref": "#/components/schemas/Thing"}, {"Thing": THING}
    )
    revision = _document(copy.deepcopy(THING), copy.deepcopy(THING))
    assert _diff(base, revision).changes == ()
    assert _diff(revision, base).changes == ()


def test_all_of_refactoring_is_no_change() -> None:
    split = {
        "allOf": [
            {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
            {"$ref": "#/components/schemas/Sized"},
        ]
    }
    sized = {"Sized": {"type": "object", "properties": {"size": {"type": "integer"}}}}
    assert _diff(_document(THING, THING), _document(split, split, sized)).changes == ()


def test_all_of_change_is_found_through_the_flattening() -> None:
    split = {"allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"size": {"type": "integer"}}}]}
    base = _document(split, split, {"Base": {"type": "object", "properties": {"id": {"type": "string"}}}})
    revision = _document(
        split, split, {"Base": {"type": "object", "properties": {"id": {"type": "integer"}}}}
    )
    assert _rules(_diff(base, revision)) == [
        ("request-body-type-changed", "POST /things"),
        ("response-body-type-changed", "GET /things"),
        ("response-body-type-changed", "POST /things"),
    ]


def test_one_of_branches_are_matched_by_equivalence_not_position() -> None:
    branches = [{"type": "string"}, {"$ref": "#/components/schemas/Thing"}, {"type": "integer"}]
    base = _document({"oneOf": branches}, {"oneOf": branches}, {"Thing": THING})
    reordered = [copy.deepcopy(THING), {"type": "integer"}, {"type": "string"}]
    assert _diff(base, _document({"oneOf": reordered}, {"oneOf": reordered})).changes == ()


def test_any_of_branch_removed_breaks_requests_only() -> None:
    base = _document(
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
        {"anyOf": [{"type": "string"}, {"type": "integer"}]},
    )
    revision = _document({"anyOf": [{"type": "integer"}]}, {"anyOf": [{"type": "integer"}]})
    levels = {(c.rule_id, c.level) for c in _diff(base, revision).changes}
    assert levels == {
        ("request-body-any-of-branch-removed", Level.BREAKING),
        ("response-body-any-of-branch-removed", Level.INFO),
    }


def test_read_only_properties_never_bind_requests() -> None:
    old = {"type": "object", "properties": {"id": {"type": "string", "readOnly": True}}}
    new = {"type": "object", "required": ["id"], "properties": {"id": {"type": "integer", "readOnly": True}}}
    report = _diff(_document(old, old), _document(new, new))
    assert not [c for c in report.changes if c.rule_id.startswith("request-")]
    assert {c.rule_id for c in report.changes} == {
        "response-body-type-changed",
        "response-body-property-became-required",
    }


def test_write_only_properties_never_bind_responses() -> None:
    old = {"type": "object", "properties": {"secret": {"type": "string", "writeOnly": True}}}
    new = {"type": "object", "properties": {"other": {"type": "string"}}}
    report = _diff(_document(old, old), _document(new, new))
    levels = {(c.rule_id, c.level) for c in report.changes}
    assert ("response-body-property-removed", Level.BREAKING) not in levels
    assert ("request-body-property-removed", Level.WARNING) in levels


def test_recursive_schema_change_is_found_and_the_cycle_ends() -> None:
    def option(value_type: str) -> Doc:
        return {
            "type": "object",
            "properties": {
                "value": {"type": value_type},
                "options": {"type": "array", "items": {"$ref": "#/components/schemas/Option"}},
            },
        }

    ref = {"$ref": "#/components/schemas/Option"}
    report = _diff(
        _document(ref, ref, {"Option": option("string")}), _document(ref, ref, {"Option": option("boolean")})
    )
    assert _rules(report) == [
        ("request-body-type-changed", "POST /things"),
        ("response-body-type-changed", "GET /things"),
        ("response-body-type-changed", "POST /things"),
    ]
    assert all(change.pointer == "/components/schemas/Option/properties/value" for change in report.changes)


def test_component_change_is_reported_once_per_operation_that_uses_it() -> None:
    twice = {
        "type": "object",
        "properties": {
            "a": {"$ref": "#/components/schemas/Thing"},
            "b": {"$ref": "#/components/schemas/Thing"},
        },
    }
    changed = copy.deepcopy(THING)
    changed["properties"]["size"]["maximum"] = 10
    report = _diff(_document(twice, twice, {"Thing": THING}), _document(twice, twice, {"Thing": changed}))
    assert _rules(report) == [
        ("request-body-maximum-added", "POST /things"),
        ("response-body-maximum-added", "GET /things"),
        ("response-body-maximum-added", "POST /things"),
    ]
    assert "property 'a.size'" in report.changes[0].message


def test_schema_that_becomes_one_alternative_of_an_any_of_is_one_change() -> None:
    base = _document(
        {"$ref": "#/components/schemas/Thing"}, {"$ref": "#/components/schemas/Thing"}, {"Thing": THING}
    )
    union = {"anyOf": [{"$ref": "#/components/schemas/Thing"}, {"type": "string"}]}
    revision = _document(union, union, {"Thing": THING})
    assert {(c.rule_id, c.level) for c in _diff(base, revision).changes} == {
        ("request-body-became-any-of", Level.INFO),
        ("response-body-became-any-of", Level.BREAKING),
    }


def test_enum_value_added_to_a_response_is_a_warning() -> None:
    old = {"type": "string", "enum": ["on", "off"]}
    new = {"type": "string", "enum": ["on", "off", "paused"]}
    report = _diff(_document({"type": "string"}, old), _document({"type": "string"}, new))
    assert {(c.rule_id, c.level) for c in report.changes} == {
        ("response-body-enum-value-added", Level.WARNING)
    }
    assert report.semver == "minor"


def test_additional_properties_tightened_breaks_requests() -> None:
    old = {"type": "object", "additionalProperties": {"type": "string"}}
    new = {"type": "object", "additionalProperties": False}
    report = _diff(_document(old, {"type": "string"}), _document(new, {"type": "string"}))
    assert {(c.rule_id, c.level) for c in report.changes} == {
        ("request-body-additional-properties-tightened", Level.BREAKING)
    }


def test_semver_is_patch_for_documentation_only_changes() -> None:
    described = {**THING, "description": "A thing"}
    report = _diff(_document(THING, THING), _document(described, described))
    assert report.changes and all(c.level is Level.INFO for c in report.changes)
    assert report.semver == "patch"


def test_media_type_parameters_and_case_are_no_change() -> None:
    base = _document(THING, THING)
    revision = copy.deepcopy(base)
    for operation in revision["paths"]["/things"].values():
        content = operation["responses"]["200"]["content"]
        content["Application/JSON; charset=utf-8"] = content.pop("application/json")
    assert _diff(base, revision).changes == ()


def test_a_status_range_is_one_status_however_its_letters_are_cased() -> None:
    base = _document(THING, THING)
    revision = copy.deepcopy(base)
    responses = base["paths"]["/things"]["get"]["responses"]
    responses["2XX"] = responses.pop("200")
    new_responses = revision["paths"]["/things"]["get"]["responses"]
    new_responses["2xx"] = {**new_responses.pop("200"), "description": "all of them"}
    report = _diff(base, revision)
    (change,) = report.changes  # the description, not a status removed and another added
    assert change.rule_id == "response-description-changed"
    assert "2xx" in change.message
    assert change.pointer == "/paths/~1things/get/responses/2xx/description"
    assert _rules(_diff(base, copy.deepcopy(base))) == []


def test_a_media_type_parameter_alone_is_no_example_change_and_a_real_one_points_at_its_key() -> None:
    base = _document(THING, THING)
    ok = base["paths"]["/things"]["get"]["responses"]["200"]
    ok["content"]["application/json"]["example"] = {"id": "a"}
    revision = copy.deepcopy(base)
    new_ok = revision["paths"]["/things"]["get"]["responses"]["200"]
    new_ok["content"]["application/json; charset=utf-8"] = new_ok["content"].pop("application/json")
    assert [c.rule_id for c in _diff(base, revision).changes if "example" in c.rule_id] == []
    new_ok["content"]["application/json; charset=utf-8"]["example"] = {"id": "b"}
    (change,) = [c for c in _diff(base, revision).changes if "example" in c.rule_id]
    assert change.rule_id == "response-example-changed"
    assert change.pointer.endswith("/responses/200/content/application~1json; charset=utf-8/example")
