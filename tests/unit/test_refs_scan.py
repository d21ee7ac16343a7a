"""``$ref`` is a reference only where OpenAPI and JSON Schema put one; the policy and the cycle check."""

from __future__ import annotations

import json
from typing import Any

import pytest

from generator import pointer as jp
from generator.diff.schemas.stability import references
from generator.load import LoadError, SpecVersion, parse
from generator.load.policy import apply_policy
from generator.load.refs import ref_pointers, refs_below
from generator.validate.rules.base import walk_document
from tests.hostile.bad_inputs import minimal, with_schema_ref

_LOOP = {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}
_DATA = {"$ref": "https://example.invalid/not-a-reference"}


def _policy(text: str) -> None:
    apply_policy(parse("spec.json", text), None, allow_files=False)


def _schema(**keywords: Any) -> dict[str, Any]:
    return minimal(components={"schemas": {"S": {"type": "object", **keywords}}})


@pytest.mark.parametrize(
    "document",
    [
        _schema(example=_DATA),
        _schema(default=_DATA),
        _schema(enum=[_DATA]),
        _schema(const=_DATA),
        _schema(examples=[_DATA]),
        _schema(**{"x-meta": _DATA}),
        _schema(properties={"a": {"type": "object", "example": {"nested": _DATA}}}),
        minimal(**{"x-anything": {"deep": [_DATA]}}),
        minimal(components={"examples": {"E": {"summary": "s", "value": _DATA}}}),
        minimal(
            paths={
                "/a": {
                    "get": {
                        "responses": {
                            "200": {
                                "description": "ok",
                                "content": {"application/json": {"examples": {"one": {"value": _DATA}}}},
                            }
                        }
                    }
                }
            }
        ),
    ],
)
def test_ref_inside_values_and_extensions_is_data(document: dict[str, Any]) -> None:
    source = parse("spec.json", json.dumps(document))
    assert ref_pointers(source.data, source.version) == []
    assert apply_policy(source, None, allow_files=False).data is source.data


def test_swagger_response_examples_are_data() -> None:
    document = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "examples": {"x/y": _DATA}}}}}},
    }
    source = parse("spec.json", json.dumps(document))
    assert source.version is SpecVersion.SWAGGER_20 and ref_pointers(source.data, source.version) == []


def test_refs_in_grammar_positions_are_found() -> None:
    schemas = {
        "A": {"properties": {"$ref": {"$ref": "#/components/schemas/B"}}},  # a property named $ref
        "B": {"allOf": [{"$ref": "#/components/schemas/C"}], "items": {"$ref": "#/components/schemas/C"}},
        "C": {"additionalProperties": {"$ref": "#/components/schemas/A"}, "type": "object"},
    }
    document = with_schema_ref(
        "#/components/schemas/A",
        components={"schemas": schemas, "responses": {"R": {"$ref": "#/components/responses/S"}}},
    )
    source = parse("spec.json", json.dumps(document))
    assert sorted(ref_pointers(source.data, source.version)) == [
        ("/components/responses/R", "#/components/responses/S"),
        ("/components/schemas/A/properties/$ref", "#/components/schemas/B"),
        ("/components/schemas/B/allOf/0", "#/components/schemas/C"),
        ("/components/schemas/B/items", "#/components/schemas/C"),
        ("/components/schemas/C/additionalProperties", "#/components/schemas/A"),
        ("/paths/~1things/get/responses/200/content/application~1json/schema", "#/components/schemas/A"),
    ]


def test_validate_walks_schemas_where_references_are_found() -> None:
    # One grammar: every schema holding a reference is a schema validate's walk checks, in every
    # subschema keyword (contentSchema, dependencies, $defs ...); values and extensions are neither.
    schemas = {
        "A": {
            "contentSchema": {"$ref": "#/components/schemas/B"},
            "dependencies": {"b": {"$ref": "#/components/schemas/B"}, "c": ["b"]},
            "$defs": {"D": {"items": {"$ref": "#/components/schemas/B"}}},
            "properties": {"example": {"$ref": "#/components/schemas/B"}},
            "example": {"schema": {"$ref": "#/components/schemas/B"}},
            "x-extra": {"schema": {"$ref": "#/components/schemas/B"}},
        },
        "B": {"type": "string"},
    }
    source = parse(
        "spec.json", json.dumps(with_schema_ref("#/components/schemas/A", components={"schemas": schemas}))
    )
    walked = {pointer for pointer, _ in walk_document(source.data, source.version)[0]}
    holders = {pointer for pointer, _ in ref_pointers(source.data, source.version)}
    assert holders == {
        "/components/schemas/A/contentSchema",
        "/components/schemas/A/dependencies/b",
        "/components/schemas/A/$defs/D/items",
        "/components/schemas/A/properties/example",
        "/paths/~1things/get/responses/200/content/application~1json/schema",
    }
    assert holders <= walked
    assert not any("example/" in pointer or "x-extra" in pointer for pointer in walked)


@pytest.mark.parametrize(
    "text",
    [
        # the key spelled with escapes is still "$ref"
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"\\u0024ref": "other.json"'),
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"$r\\u0065f": "other.json"'),
        # the value spelled with an escape
        json.dumps(with_schema_ref("other.json")).replace("other.json", "\\u006fther.json"),
        # spaces and line breaks around the colon
        json.dumps(with_schema_ref("other.json")).replace('"$ref": ', '"$ref"\n  :\t'),
        # a duplicate key: the last one counts
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"$ref": "#/x", "$ref": "other.json"'),
    ],
)
def test_external_refs_spelled_any_way_are_refused(text: str) -> None:
    with pytest.raises(LoadError, match=r"other\.json' refused"):
        _policy(text)


def test_a_local_loop_is_refused_with_its_chain() -> None:
    with pytest.raises(
        LoadError, match=r"cycle with no schema in it \(2 references\): #/components/schemas/"
    ):
        _policy(json.dumps(minimal(components=_LOOP)))


def test_a_loop_through_an_escaped_ref_is_refused() -> None:
    text = json.dumps(minimal(components=_LOOP)).replace(
        '"$ref": "#/components/schemas/A"', '"$ref": "#/comp\\u006fnents/schemas/A"'
    )
    with pytest.raises(LoadError, match="cycle with no schema in it"):
        _policy(text)


@pytest.mark.parametrize("length", [1, 64, 65, 100, 5_000])
def test_a_pure_ref_cycle_of_any_length_is_a_cycle(length: int) -> None:
    schemas = {f"S{i}": {"$ref": f"#/components/schemas/S{(i + 1) % length}"} for i in range(length)}
    with pytest.raises(LoadError, match=rf"cycle with no schema in it \({length} references\)"):
        _policy(json.dumps(with_schema_ref("#/components/schemas/S0", components={"schemas": schemas})))


def test_a_long_chain_that_ends_in_a_schema_is_no_cycle() -> None:
    schemas: dict[str, Any] = {f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(20_000)}
    schemas["S20000"] = {"type": "string"}
    _policy(json.dumps(with_schema_ref("#/components/schemas/S0", components={"schemas": schemas})))


def test_ref_text_inside_strings_changes_nothing() -> None:
    description = 'say "$ref": "other.json" or {"$ref": "#/a"}'
    text = json.dumps(
        with_schema_ref("#/components/schemas/A", components={"schemas": {"A": {"description": description}}})
    )
    source = parse("spec.json", text)
    assert apply_policy(source, None, allow_files=False).data == source.data


def test_the_references_of_a_schema_leave_examples_defaults_and_extensions_alone() -> None:
    schema = {
        "properties": {"a": {"$ref": "#/components/schemas/A"}, "b": {"example": {"$ref": "#/x"}}},
        "items": {"allOf": [{"$ref": "#/components/schemas/B"}]},
        "default": {"$ref": "#/y"},
        "x-note": {"$ref": "#/z"},
    }
    assert sorted(refs_below(schema, schema=True)) == ["#/components/schemas/A", "#/components/schemas/B"]
    # the diff takes a schema whose text and local references are unchanged for unchanged
    assert references(schema) == {"/components/schemas/A", "/components/schemas/B"}


def test_one_pointer_walk_for_tokens_and_pointers() -> None:
    data = {"a/b": [{"c": 1}], "~": {"0": "zero"}}
    assert jp.walk(data, ["a/b", 0, "c"]) == jp.lookup(data, "/a~1b/0/c") == 1
    assert jp.lookup(data, "/~0/0") == "zero"
    assert jp.resolve(data, "/a~1b/1") is None
    with pytest.raises(KeyError):
        jp.walk(data, ["a/b", "c"])


def test_the_references_of_an_operation_include_its_schemas_and_not_its_examples() -> None:
    operation = {
        "requestBody": {"$ref": "#/components/requestBodies/R"},
        "responses": {
            "200": {"content": {"application/json": {"schema": {"$ref": "#/S"}, "example": {"$ref": "#/e"}}}}
        },
    }
    assert set(refs_below(operation, schema=False)) == {"#/components/requestBodies/R", "#/S"}
