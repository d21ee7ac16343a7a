"""The fast structural path reports what openapi-spec-validator reports, at absolute places."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from openapi_spec_validator import OpenAPIV30SpecValidator

from generator.load import SpecVersion, parse
from generator.pointer import from_tokens
from generator.validate.equality import certainly_unique
from generator.validate.fastcheck import Unsupported, compile_check
from generator.validate.oas_schema import fast_check
from generator.validate.structure_errors import structure_problems

Edit = Callable[[dict[str, Any]], None]


def base() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "tags": [{"name": "a"}],
        "paths": {
            "/items/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "get": {
                    "operationId": "getItem",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Item"}}
                            },
                        }
                    },
                },
            }
        },
        "components": {
            "schemas": {
                "Item": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "string"}, "size": {"type": "integer", "default": 1}},
                }
            }
        },
    }


def _set(path: list[str | int], value: Any) -> Edit:
    def edit(document: dict[str, Any]) -> None:
        node: Any = document
        for token in path[:-1]:
            node = node[token]
        node[path[-1]] = value

    return edit


GET = ["paths", "/items/{id}", "get"]
ITEM = ["components", "schemas", "Item"]
CASES: dict[str, Edit] = {
    "missing description": _set([*GET, "responses", "200", "description"], None),
    "unknown parameter location": _set(["paths", "/items/{id}", "parameters", 0, "in"], "body"),
    "key that is not a path": _set(["paths", "items"], {}),
    "missing info title": _set(["info", "title"], 7),
    "duplicate tag": _set(["tags"], [{"name": "a"}, {"name": "a"}]),
    "duplicate enum": _set([*ITEM, "properties", "id", "enum"], ["x", "y", "x"]),
    "default of the wrong type": _set([*ITEM, "properties", "size", "default"], "one"),
    "required name that allOf never declares": _set(
        ITEM, {"allOf": [{"type": "object", "properties": {"a": {"type": "string"}}}], "required": ["b"]}
    ),
    "unresolved path parameter": _set(
        [*GET, "parameters"], [{"name": "other", "in": "path", "required": True}]
    ),
    "duplicate parameter": _set(
        [*GET, "parameters"],
        [{"name": "q", "in": "query", "schema": {"type": "string"}}, {"name": "q", "in": "query"}],
    ),
    "bad pattern": _set([*ITEM, "properties", "id", "pattern"], "(unclosed"),
}


def _ours(document: dict[str, Any]) -> list[tuple[str, str]]:
    source = parse("doc.json", json.dumps(document, indent=1))
    return [(problem.pointer, problem.message) for problem in structure_problems(source)]


def test_a_valid_document_has_no_structural_errors() -> None:
    assert _ours(base()) == []
    assert list(OpenAPIV30SpecValidator(base()).iter_errors()) == []


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_errors_as_the_library(case: str) -> None:
    document = base()
    CASES[case](document)
    theirs = list(OpenAPIV30SpecValidator(copy.deepcopy(document)).iter_errors())
    ours = _ours(document)
    assert theirs, "each case is meant to be invalid"
    assert len(ours) == len(theirs), (ours, [error.message for error in theirs])
    for error in theirs:
        relative = from_tokens(list(error.path))
        assert any(pointer.endswith(relative) for pointer, _ in ours), (relative, ours)


def test_meta_schema_errors_are_absolute() -> None:
    document = base()
    CASES["duplicate enum"](document)
    document["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Item"
    }
    assert _ours(document) == [
        ("/components/schemas/Item/properties/id/enum", "['x', 'y', 'x'] has non-unique elements")
    ]


def test_the_oneof_message_names_the_likely_cause() -> None:
    document = base()
    CASES["missing description"](document)
    ((pointer, message),) = _ours(document)
    assert pointer == "/paths/~1items~1{id}/get/responses/200"
    assert message == (
        "not valid under any of the given schemas: None is not of type 'string' "
        "(at /paths/~1items~1{id}/get/responses/200/description)"
    )


def test_an_unresolvable_ref_does_not_stop_the_check() -> None:
    document = base()
    document["paths"]["/items/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nobody"
    }
    CASES["duplicate tag"](document)
    assert _ours(document) == [
        ("/tags", "[{'name': 'a'}, {'name': 'a'}] has non-unique elements"),
        ("/tags/1/name", "Duplicate tag name 'a'"),
    ]


def test_fast_check_is_compiled_for_30_only() -> None:
    assert fast_check(SpecVersion.OPENAPI_30) is not None
    assert fast_check(SpecVersion.OPENAPI_31) is None
    assert fast_check(SpecVersion.SWAGGER_20) is None


def test_uniqueness_follows_draft4_equality() -> None:
    assert certainly_unique(["a", "b"]) and not certainly_unique(["a", "a"])
    assert not certainly_unique([1, 1.0])
    assert certainly_unique([1, True]) and certainly_unique([0, False, None])
    assert not certainly_unique([{"a": [1]}, {"a": [1.0]}])
    assert certainly_unique([{"a": 1}, {"a": 2}])


def test_compiled_checks() -> None:
    check = compile_check(
        {
            "type": "object",
            "required": ["kind"],
            "properties": {"kind": {"enum": ["a", "b"]}, "size": {"type": "integer", "minimum": 1}},
            "patternProperties": {"^x-": {}},
            "additionalProperties": False,
        }
    )
    assert check({"kind": "a", "size": 2, "x-note": [1]})
    assert not check({"kind": "c"})
    assert not check({"kind": "a", "size": 0})
    assert not check({"kind": "a", "size": 1.0})  # draft 4: 1.0 is not an integer
    assert not check({"kind": "a", "other": 1})
    assert not check({"size": 1})
    with pytest.raises(Unsupported):
        compile_check({"items": [{"type": "string"}]})


def test_swagger_20_and_openapi_31_go_through_the_library() -> None:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"schema": {"type": "string"}}}}}},
    }
    assert _ours(swagger) == [
        (
            "/paths/~1a/get/responses/200",
            "not valid under any of the given schemas: 'description' is a required property",
        )
    ]
    openapi_31 = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok"}}}}},
    }
    assert _ours(openapi_31) == []
    openapi_31["paths"]["/a"]["get"]["responses"]["200"] = {}
    ((pointer, message),) = _ours(openapi_31)
    assert pointer == "/paths/~1a/get/responses/200" and "'description' is a required property" in message
