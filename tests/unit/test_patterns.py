"""Spec patterns run on RE2 wherever a value is checked, and patterns RE2 cannot run are never run.

A backtracking engine takes about 2**40 steps for ``^(a+)+$`` against forty ``a`` and a ``!``: each
case below would not end within any timeout if that value reached Python's ``re``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from generator.load import parse
from generator.model import build
from generator.problems import Problem
from generator.validate import validate
from generator.validate.fastcheck import _key_matcher, compile_check
from generator.validate.patterns import MAX_COST, compile_pattern, unsupported_reason
from generator.validate.regex_keywords import linear_regex

EVIL = "^(a+)+$"
EVIL_TEXT = "a" * 40 + "!"


def test_re2_answers_a_catastrophic_pattern() -> None:
    compiled = compile_pattern(EVIL)
    assert compiled is not None
    assert compiled.search(EVIL_TEXT) is False and compiled.search("aaa") is True


@pytest.mark.parametrize("pattern", ["^(?=a)b", "(?<!x)y", r"(a)\1", r"\Z", "a{2000}", "\ud800"])
def test_patterns_re2_cannot_run_are_refused_with_a_reason(pattern: str) -> None:
    assert compile_pattern(pattern) is None
    assert unsupported_reason(pattern)


def test_a_text_too_long_for_the_budget_is_unknown_and_allowed() -> None:
    compiled = compile_pattern("^[ab]*a[ab]{20}c$")
    assert compiled is not None
    assert compiled.search("ab" * (MAX_COST // 2)) is None
    assert compiled.allows("ab" * (MAX_COST // 2))


def test_fastcheck_patterns_run_on_re2() -> None:
    check = compile_check({"type": "string", "pattern": EVIL})
    assert check("aaaa") and not check(EVIL_TEXT)
    keyed = compile_check({"patternProperties": {"^(a+)+$": {"type": "integer"}}})
    assert keyed({EVIL_TEXT: "not checked", "aa": 1}) and not keyed({"aa": "x"})


def _document(version: str, schemas: dict[str, Any]) -> dict[str, Any]:
    if version == "2.0":
        return {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}, "definitions": schemas}
    return {
        "openapi": version,
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }


def _problems(document: dict[str, Any]) -> list[Problem]:
    return validate(build(parse("redos.json", json.dumps(document))))


@pytest.mark.parametrize("version", ["2.0", "3.0.3", "3.1.0"])
def test_examples_and_defaults_are_checked_on_re2(version: str) -> None:
    base = "/definitions" if version == "2.0" else "/components/schemas"
    schemas = {
        "Example": {"type": "string", "pattern": EVIL, "example": EVIL_TEXT},
        "Keys": {
            "type": "object",
            "patternProperties": {EVIL: {"type": "integer"}},
            "additionalProperties": False,
            "example": {EVIL_TEXT: 1},
        },
    }
    document = _document(version, schemas)
    checked = {"type": "string", "pattern": EVIL, "default": EVIL_TEXT}
    parameter = {"name": "q", "in": "query", **({"schema": checked} if version != "2.0" else checked)}
    document["paths"] = {
        "/a": {"get": {"parameters": [parameter], "responses": {"200": {"description": "x"}}}}
    }
    found = _problems(document)
    invalid = {problem.pointer for problem in found if problem.rule == "example-invalid"}
    assert invalid == {f"{base}/Example/example", f"{base}/Keys/example"}
    default_errors = [problem.message for problem in found if problem.message.startswith(repr(EVIL_TEXT))]
    assert default_errors == [f"{EVIL_TEXT!r} does not match {EVIL!r}"]


def test_the_cli_checks_a_redos_example_quickly(tmp_path: Path) -> None:
    spec = tmp_path / "redos.json"
    spec.write_text(
        json.dumps(_document("3.0.3", {"S": {"type": "string", "pattern": EVIL, "example": EVIL_TEXT}}))
    )
    command = [sys.executable, "-m", "generator", "validate", str(spec), "--format", "json"]
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    rules = [problem["rule"] for problem in json.loads(result.stdout)["problems"]]
    assert "example-invalid" in rules


@pytest.mark.parametrize(
    "pattern", [r"^[a-zA-Z0-9\.\-_]+$", "^[-a]+$", "^[a-]+$", r"^[\\\]]+$", "^x-", r"^\/"]
)
def test_fastcheck_plain_key_tests_agree_with_re2(pattern: str) -> None:
    matches = _key_matcher(pattern)
    compiled = compile_pattern(pattern)
    assert compiled is not None
    for key in ["Abc", "a.b-c_d", "", "a b", "a/b", "/a", "x-y", "é", "x\n", "-", "\\", "]", "^", "a-"]:
        assert matches(key) == compiled.search(key), (pattern, key)


def test_openapi_31_unevaluated_keywords_run_patterns_on_re2() -> None:
    schemas = {
        "Props": {
            "type": "object",
            "allOf": [{"patternProperties": {EVIL: {"type": "integer"}}}],
            "unevaluatedProperties": False,
            "example": {EVIL_TEXT: 1},
        },
        "Items": {
            "type": "array",
            "prefixItems": [{"type": "integer"}],
            "contains": {"type": "string", "pattern": EVIL},
            "unevaluatedItems": False,
            "example": [1, EVIL_TEXT],
        },
    }
    invalid = {
        problem.pointer
        for problem in _problems(_document("3.1.0", schemas))
        if problem.rule == "example-invalid"
    }
    assert invalid == {"/components/schemas/Props/example", "/components/schemas/Items/example"}


UNEVALUATED = [
    {"properties": {"a": {}}, "unevaluatedProperties": False},
    {"patternProperties": {"^x-": {}}, "unevaluatedProperties": {"type": "integer"}},
    {"allOf": [{"properties": {"a": {}}}], "anyOf": [{"required": ["z"], "properties": {"b": {}}}, {}]},
    {"if": {"required": ["a"]}, "then": {"properties": {"b": {}}}, "else": {"properties": {"c": {}}}},
    {"dependentSchemas": {"a": {"properties": {"b": {}}}}, "additionalProperties": {"type": "string"}},
    {"$ref": "#/$defs/base", "$defs": {"base": {"patternProperties": {"^[ab]$": {}}}}},
]


@pytest.mark.parametrize("schema", UNEVALUATED)
def test_unevaluated_properties_agree_with_jsonschema(schema: dict[str, Any]) -> None:
    closed = {**schema, "unevaluatedProperties": schema.get("unevaluatedProperties", False)}
    ours, theirs = linear_regex(Draft202012Validator)(closed), Draft202012Validator(closed)
    for instance in [
        {},
        {"a": 1},
        {"a": 1, "b": 2},
        {"c": "x", "x-y": 1},
        {"b": 2, "d": 3},
        {"x-a": "s", "e": 1},
    ]:
        assert [error.message for error in ours.iter_errors(instance)] == [
            error.message for error in theirs.iter_errors(instance)
        ], (closed, instance)
