"""Hand-made variants of the real export, each classified at the right level, and nothing else."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import DiffReport, Level, compare
from generator.load import parse
from generator.model import Document, build

Doc = dict[str, Any]
B, W, INFO = Level.BREAKING, Level.WARNING, Level.INFO


@pytest.fixture(scope="module")
def text(real_export: Path) -> str:
    return real_export.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def base(text: str) -> Document:
    return build(parse("botmaker-v2.json", text))


def _variant(base: Document, text: str, mutate: Callable[[Doc], None]) -> DiffReport:
    data = json.loads(text)
    mutate(data)
    return compare(base, build(parse("variant.json", json.dumps(data))))


def _schemas(data: Doc) -> Doc:
    schemas: Doc = data["components"]["schemas"]
    return schemas


def _add_required_parameter(data: Doc) -> None:
    parameter = {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    data["paths"]["/agents"]["get"]["parameters"].append(parameter)


def _remove_response_property(data: Doc) -> None:
    del _schemas(data)["AgentResponse"]["properties"]["alias"]


def _change_description(data: Doc) -> None:
    data["paths"]["/agents"]["get"]["description"] = "Every agent of the bot."


def _all_three(data: Doc) -> None:
    _add_required_parameter(data)
    _remove_response_property(data)
    _change_description(data)


def _add_enum_value(data: Doc) -> None:
    _schemas(data)["Option"]["properties"]["type"]["enum"].append("RANGE")


def _rename_key_header(data: Doc) -> None:
    data["components"]["securitySchemes"]["access-token"]["name"] = "x-access-token"


def _remove_success_status(data: Doc) -> None:
    del data["paths"]["/agents"]["get"]["responses"]["200"]


def _make_parameter_required(data: Doc) -> None:
    data["paths"]["/agents"]["get"]["parameters"][0]["required"] = True


def _require_request_property(data: Doc) -> None:
    _schemas(data)["AgentRequest"].setdefault("required", []).append("email")


def _close_request_schema(data: Doc) -> None:
    _schemas(data)["AgentRequest"]["additionalProperties"] = False


def _move_server(data: Doc) -> None:
    data["servers"] = [{"url": "https://api.botmaker.com/v3"}]


def _deprecate(data: Doc) -> None:
    data["paths"]["/agents"]["get"]["deprecated"] = True


def _make_response_property_nullable(data: Doc) -> None:
    _schemas(data)["AgentResponse"]["properties"]["name"]["nullable"] = True


def _move_parameter(data: Doc) -> None:
    data["paths"]["/agents"]["get"]["parameters"][0]["in"] = "header"


def _drop_request_media_type(data: Doc) -> None:
    del data["paths"]["/agents"]["post"]["requestBody"]["content"]["application/json"]


VARIANTS: dict[str, tuple[Callable[[Doc], None], set[tuple[str, Level, str | None]]]] = {
    "required parameter added": (
        _add_required_parameter,
        {("request-parameter-added-required", B, "GET /agents")},
    ),
    "response property removed": (
        _remove_response_property,
        {("response-body-property-removed", W, "GET /agents")},
    ),
    "description changed": (_change_description, {("operation-description-changed", INFO, "GET /agents")}),
    "all three": (
        _all_three,
        {
            ("request-parameter-added-required", B, "GET /agents"),
            ("response-body-property-removed", W, "GET /agents"),
            ("operation-description-changed", INFO, "GET /agents"),
        },
    ),
    "enum value added to a recursive schema": (
        _add_enum_value,
        {
            ("response-body-enum-value-added", W, "GET /ecommerce/catalogs/{catalogId}/products"),
            ("response-body-enum-value-added", W, "GET /ecommerce/catalogs/{catalogId}/products/{sku}"),
            ("request-body-enum-value-added", INFO, "POST /ecommerce/catalogs/{catalogId}/products"),
        },
    ),
    "key header renamed": (_rename_key_header, {("security-scheme-key-renamed", B, None)}),
    "success status removed": (
        _remove_success_status,
        {("response-success-status-removed", B, "GET /agents")},
    ),
    "request property became required": (
        _require_request_property,
        {
            ("request-body-property-became-required", B, "POST /agents"),
            ("request-body-property-became-required", B, "PATCH /agents/{idOrEmail}"),
        },
    ),
    "request additionalProperties tightened": (
        _close_request_schema,
        {
            ("request-body-additional-properties-tightened", B, "POST /agents"),
            ("request-body-additional-properties-tightened", B, "PATCH /agents/{idOrEmail}"),
        },
    ),
    "request media type removed": (
        _drop_request_media_type,
        {("request-body-media-type-removed", B, "POST /agents")},
    ),
    "server moved": (_move_server, {("server-removed", W, None), ("server-added", INFO, None)}),
    "operation deprecated": (_deprecate, {("operation-deprecated", INFO, "GET /agents")}),
    "response property became nullable": (
        _make_response_property_nullable,
        {("response-body-nullable-added", B, "GET /agents")},
    ),
    "parameter moved to a header": (
        _move_parameter,
        {("request-parameter-location-changed", B, "GET /agents")},
    ),
    "parameter became required": (
        _make_parameter_required,
        {("request-parameter-became-required", B, "GET /agents")},
    ),
}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_variant_gives_exactly_the_expected_changes(base: Document, text: str, name: str) -> None:
    mutate, expected = VARIANTS[name]
    report = _variant(base, text, mutate)
    assert {(c.rule_id, c.level, c.operation) for c in report.changes} == expected
    assert len(report.changes) == len(expected)


def test_real_export_with_itself_and_reserialised_has_no_changes(base: Document, text: str) -> None:
    assert compare(base, base).changes == ()
    data = json.loads(text)
    reordered = yaml.safe_dump(data, sort_keys=True, indent=4, allow_unicode=True)
    assert compare(base, build(parse("reordered.yaml", reordered))).changes == ()
    compact = json.dumps(data, separators=(",", ":"), sort_keys=True)
    assert compare(base, build(parse("compact.json", compact))).changes == ()


def _translate(node: Any) -> Any:
    """The export as another UI language would give it: every piece of prose replaced."""
    if isinstance(node, dict):
        return {
            key: (
                f"[es] {value}"
                if key in ("description", "summary", "title") and isinstance(value, str)
                else _translate(value)
            )
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_translate(item) for item in node]
    return node


def test_export_in_another_language_differs_only_in_information(base: Document, text: str) -> None:
    translated = _translate(json.loads(text))
    report = compare(base, build(parse("es.json", json.dumps(translated))))
    assert len(report.changes) > 100
    assert {change.level for change in report.changes} == {Level.INFO}
    assert report.semver == "patch"
    assert re.search(r"description|summary|title", " ".join(c.rule_id for c in report.changes))


def test_removal_after_a_passed_sunset_is_not_breaking(text: str) -> None:
    data = json.loads(text)
    operation = data["paths"]["/agents/{id}/actions/logout"]["post"]
    operation.update({"deprecated": True, "x-sunset": "2024-06-30"})
    sunset_base = build(parse("base.json", json.dumps(data)))
    del data["paths"]["/agents/{id}/actions/logout"]
    report = compare(sunset_base, build(parse("revision.json", json.dumps(data))))
    assert [(c.rule_id, c.level) for c in report.changes] == [("path-removed-after-sunset", Level.INFO)]
