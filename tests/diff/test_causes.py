"""Root causes: a change is found once where it happens and carries the operations it reaches."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml

from generator.diff import DiffReport, Level, Policy, compare
from generator.diff.change import Cause, Kind
from generator.load import load, parse
from generator.model import build
from generator.report.diff_formats import render
from generator.report.diff_presentation import Presentation
from tests.conftest import STRIPE_NEW, STRIPE_OLD

Doc = dict[str, Any]
PET = {
    "type": "object",
    "required": ["id"],
    "properties": {"id": {"type": "string"}, "tag": {"type": "string"}},
}
ERROR = {"type": "object", "properties": {"code": {"type": "integer"}, "hint": {"type": "string"}}}


def _json(schema: Doc) -> Doc:
    return {"content": {"application/json": {"schema": schema}}}


def _document(pet: Doc, error: Doc) -> Doc:
    pet_ref, error_ref = {"$ref": "#/components/schemas/Pet"}, {"$ref": "#/components/schemas/Error"}
    failure = {"description": "failure", **_json(error_ref)}
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "responses": {
                        "200": {"description": "ok", **_json({"type": "array", "items": pet_ref})},
                        "default": failure,
                    }
                },
            },
            "/pets/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {"responses": {"200": {"description": "ok", **_json(pet_ref)}, "404": failure}},
            },
        },
        "components": {"schemas": {"Pet": pet, "Error": error}},
    }


def _diff(base: Doc, revision: Doc, policy: Policy | None = None) -> DiffReport:
    return compare(
        build(parse("base.yaml", yaml.safe_dump(base))),
        build(parse("revision.yaml", yaml.safe_dump(revision))),
        policy,
    )


def _without(schema: Doc, name: str) -> Doc:
    smaller = copy.deepcopy(schema)
    del smaller["properties"][name]
    return smaller


def test_a_component_change_is_one_cause_reaching_every_operation_with_its_path() -> None:
    report = _diff(_document(PET, ERROR), _document(_without(PET, "id"), ERROR))
    assert [cause.message for cause in report.causes] == ["required schema Pet property 'id' removed"]
    (cause,) = report.causes
    assert cause.pointer == "/components/schemas/Pet/properties/id"
    assert cause.reaches == (
        ("GET /pets", "response 200 property '[].id'"),
        ("GET /pets/{id}", "response 200 property 'id'"),
    )
    assert sorted(change.operation or "" for change in report.changes) == ["GET /pets", "GET /pets/{id}"]
    assert {change.cause for change in report.changes} == {cause.id}
    assert report.operations_affected == 2


def test_changes_reached_only_through_error_responses_are_reported_once_by_default() -> None:
    report = _diff(_document(PET, ERROR), _document(PET, _without(ERROR, "hint")))
    (cause,) = report.causes
    assert cause.error_only and cause.level is Level.WARNING  # an optional property removed
    assert cause.operations == ("GET /pets", "GET /pets/{id}")
    (change,) = report.changes
    assert change.operation is None and "only through error responses; operations: 2" in change.message


def test_error_response_policy_can_lower_the_level_or_report_each_operation() -> None:
    base, revision = _document(PET, ERROR), _document(PET, _without(ERROR, "hint"))
    lowered = _diff(base, revision, Policy(error_responses="lower"))
    assert [cause.level for cause in lowered.causes] == [Level.INFO]
    assert len(lowered.changes) == 2
    each = _diff(base, revision, Policy(error_responses="each"))
    assert [change.level for change in each.changes] == [Level.WARNING, Level.WARNING]


def test_a_schema_reached_through_success_and_error_responses_is_not_error_only() -> None:
    shared = _document(PET, ERROR)
    shared["paths"]["/pets"]["get"]["responses"]["default"] = {
        "description": "failure",
        **_json({"$ref": "#/components/schemas/Pet"}),
    }
    report = _diff(
        shared,
        copy.deepcopy(shared) | {"components": {"schemas": {"Pet": _without(PET, "tag"), "Error": ERROR}}},
    )
    assert [cause.error_only for cause in report.causes] == [False]


def test_strict_responses_makes_loosened_response_bounds_breaking() -> None:
    bounded = copy.deepcopy(PET)
    bounded["properties"]["tag"]["maxLength"] = 5
    base, revision = _document(bounded, ERROR), _document(PET, ERROR)
    assert [cause.level for cause in _diff(base, revision).causes] == [Level.WARNING]
    strict = _diff(base, revision, Policy(strict_responses=True))
    assert [(cause.rule_id, cause.level) for cause in strict.causes] == [
        ("response-body-max-length-increased", Level.BREAKING)
    ]


def _cause(rule_id: str, level: Level, index: int, kind: Kind = Kind.MODIFICATION) -> Cause:
    reaches = tuple((f"GET /p{index}/{n}", "") for n in range(4))
    message = f"change number {index:04d} " + "x" * 200
    return Cause(f"{index:016x}", rule_id, level, kind, f"/paths/~1p{index}", message, reaches)


def test_markdown_leaves_out_the_least_severe_rows_and_says_exactly_what() -> None:
    causes = (
        *(_cause("request-body-property-became-required", Level.BREAKING, i) for i in range(150)),
        *(_cause("operation-removed", Level.BREAKING, i) for i in range(150, 160)),
        *(_cause("response-media-type-removed", Level.INFO, i) for i in range(160, 170)),
        *(_cause("response-body-enum-value-added", Level.WARNING, i) for i in range(170, 400)),
        *(_cause("request-body-property-added", Level.INFO, i) for i in range(400, 700)),
    )
    report = DiffReport((), "major", (), causes)
    text = render("markdown", report, Presentation("a", "b"))
    plain = text.replace("\\", "")
    assert all(f"change number {i:04d}" in plain for i in range(170))  # breaking and protected removals
    shown = sum(f"change number {i:04d}" in plain for i in range(170, 700))
    assert 0 < shown < 530
    left_warnings = sum(f"change number {i:04d}" not in plain for i in range(170, 400))
    left_info = sum(f"change number {i:04d}" not in plain for i in range(400, 700))
    assert f"- {left_warnings} warnings: response-body-enum-value-added ({left_warnings})" in plain
    assert f"- {left_info} infos: request-body-property-added ({left_info})" in plain
    assert len(text) < 60_000 + 170 * 400


def test_documentation_edits_fold_into_one_line_per_component() -> None:
    described = copy.deepcopy(PET)
    described["properties"]["id"]["description"] = "The id"
    described["properties"]["tag"]["description"] = "A tag"
    described["description"] = "A pet"
    report = _diff(_document(PET, ERROR), _document(described, ERROR))
    assert len(report.causes) == 3
    text = render("text", report, Presentation("a", "b"))
    folded = [line for line in text.splitlines() if "documentation of schema Pet" in line]
    assert len(folded) == 1 and "3 places" in folded[0]


def test_text_level_filter_shows_only_causes_at_or_above_it() -> None:
    bounded = copy.deepcopy(PET)
    bounded["properties"]["tag"]["maxLength"] = 5
    report = _diff(_document(PET, ERROR), _document(_without(bounded, "id"), ERROR))
    everything = render("text", report, Presentation("a", "b"))
    breaking = render("text", report, Presentation("a", "b", level=Level.BREAKING))
    assert "[response-body-max-length-added]" in everything and "max-length" not in breaking
    assert "[response-body-property-removed-required]" in breaking


@pytest.fixture(scope="module")
def stripe_report() -> DiffReport:
    return compare(build(load(str(STRIPE_OLD))), build(load(str(STRIPE_NEW))))


@pytest.mark.slow
def test_stripe_text_report_is_short_with_breaking_causes_first(stripe_report: DiffReport) -> None:
    lines = render("text", stripe_report, Presentation("a", "b")).splitlines()
    assert len(lines) <= 1500
    breaking = [cause for cause in stripe_report.causes if cause.level is Level.BREAKING]
    assert breaking
    head = "\n".join(lines[:40])
    assert all(f"{cause.message}  [{cause.rule_id}]" in head for cause in breaking)


@pytest.mark.slow
def test_stripe_markdown_fits_a_comment_and_lists_every_breaking_cause(stripe_report: DiffReport) -> None:
    text = render("markdown", stripe_report, Presentation("a", "b"))
    assert len(text.encode()) < 60_000
    breaking = [cause for cause in stripe_report.causes if cause.level is Level.BREAKING]
    assert all(cause.message in text.replace("\\", "") for cause in breaking)


def test_a_component_whose_name_holds_the_word_property_folds_under_its_whole_name() -> None:
    schema = "/components/schemas/Pet property list"
    causes = tuple(
        Cause(
            f"{i:016x}",
            "response-body-schema-description-changed",
            Level.INFO,
            Kind.DOCUMENTATION,
            f"{schema}/properties/{field}/description",
            f"edit {i}",
            (("GET /pets", ""),),
        )
        for i, field in enumerate(("id", "tag"))
    )
    text = render("text", DiffReport((), "patch", (), causes), Presentation("a", "b"))
    assert "documentation of schema Pet property list changed in 2 places" in text
