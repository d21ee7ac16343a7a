"""Swagger 2.0 and OpenAPI 3.1 are compared like 3.0; the same input always gives the same output."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.diff import Level, compare
from generator.load import parse
from generator.model import build
from tests.conftest import PROJECT, STRIPE_NEW, STRIPE_OLD

SWAGGER: dict[str, Any] = {
    "swagger": "2.0",
    "info": {"title": "t", "version": "1"},
    "host": "api.example.com",
    "basePath": "/v1",
    "paths": {
        "/pets": {
            "get": {
                "parameters": [{"name": "limit", "in": "query", "type": "integer", "maximum": 100}],
                "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}}},
            },
            "post": {
                "parameters": [
                    {"name": "pet", "in": "body", "required": True, "schema": {"$ref": "#/definitions/Pet"}}
                ],
                "responses": {"201": {"description": "created"}},
            },
        }
    },
    "definitions": {
        "Pet": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
    },
}


def _report(base: dict[str, Any], revision: dict[str, Any]) -> set[tuple[str, Level, str | None]]:
    report = compare(
        build(parse("b.yaml", yaml.safe_dump(base))), build(parse("r.yaml", yaml.safe_dump(revision)))
    )
    return {(c.rule_id, c.level, c.operation) for c in report.changes}


def test_swagger_2_parameters_bodies_and_hosts() -> None:
    revision = copy.deepcopy(SWAGGER)
    revision["host"] = "api.example.org"
    revision["paths"]["/pets"]["get"]["parameters"][0]["maximum"] = 50
    revision["definitions"]["Pet"]["properties"]["name"]["type"] = "integer"
    assert _report(SWAGGER, revision) == {
        ("server-removed", Level.WARNING, None),
        ("server-added", Level.INFO, None),
        ("request-parameter-maximum-decreased", Level.BREAKING, "GET /pets"),
        ("response-body-type-changed", Level.BREAKING, "GET /pets"),
        ("request-body-type-changed", Level.BREAKING, "POST /pets"),
    }


def test_openapi_31_type_lists_and_null() -> None:
    def document(schema: dict[str, Any]) -> dict[str, Any]:
        ok = {"description": "ok", "content": {"application/json": {"schema": schema}}}
        return {
            "openapi": "3.1.0",
            "info": {"title": "t", "version": "1"},
            "paths": {"/a": {"get": {"responses": {"200": ok}}}},
        }

    base = document({"type": "object", "properties": {"n": {"type": "string"}}})
    nullable = document({"type": "object", "properties": {"n": {"type": ["string", "null"]}}})
    assert _report(base, nullable) == {("response-body-nullable-added", Level.BREAKING, "GET /a")}
    assert _report(nullable, nullable) == set()


def _cli(*args: str) -> bytes:
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args], cwd=PROJECT, capture_output=True, check=False
    ).stdout


@pytest.mark.parametrize("output_format", ["text", "json", "markdown", "github", "junit"])
def test_same_input_gives_byte_identical_output(output_format: str) -> None:
    pair = PROJECT / "tests" / "fixtures" / "diff" / "response-body-property-removed"
    args = (str(pair / "base.yaml"), str(pair / "revision.yaml"), "--format", output_format)
    first = _cli(*args)
    assert first and first == _cli(*args)


@pytest.mark.slow
def test_stripe_pair_gives_a_sane_report() -> None:
    from generator.load import load

    report = compare(build(load(str(STRIPE_OLD))), build(load(str(STRIPE_NEW))))
    added_paths = {c.pointer.split("/")[2] for c in report.changes if c.rule_id == "path-added"}
    assert len(added_paths) == 19
    assert not [c for c in report.changes if c.rule_id in ("path-removed", "operation-removed")]
    rules = {c.rule_id for c in report.changes}
    assert {
        "response-body-property-added",
        "request-body-property-added",
        "response-body-enum-value-added",
    } <= rules
    assert report.cause_summary["breaking"] < 20 < report.cause_summary["warning"]
    assert len(report.causes) * 50 < len(report.changes)
    assert report.semver == "major"
    reversed_report = compare(build(load(str(STRIPE_NEW))), build(load(str(STRIPE_OLD))))
    assert {
        c.pointer.split("/")[2] for c in reversed_report.changes if c.rule_id == "path-removed"
    } == added_paths


def test_stripe_paths_exist_for_the_slow_test() -> None:
    assert Path(STRIPE_OLD).is_file() and Path(STRIPE_NEW).is_file()
