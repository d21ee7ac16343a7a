from __future__ import annotations

import json
from pathlib import Path

from generator.load import load, parse
from generator.model import build
from generator.model.objects import is_error_status, json_media, preferred_media


def test_real_export_model_counts(real_export: Path) -> None:
    document = build(load(str(real_export)))
    assert len(document.operations) == 103
    assert len(document.schemas) == 189
    assert document.servers[0].url == "https://api.botmaker.com/v2.0"
    scheme = document.security_schemes["access-token"]
    assert (scheme.type, scheme.location, scheme.param_name) == ("apiKey", "header", "access-token")
    undeclared = sorted(tag.name for tag in document.tags if not tag.declared)
    assert len(undeclared) == 7


def test_recursive_schema_resolves_to_itself(real_export: Path) -> None:
    document = build(load(str(real_export)))
    option = document.schemas["Option"]
    assert option.properties["options"].items is option
    assert option.properties["values"].items is option


def test_operation_parameters_merge_path_level_and_resolve_refs() -> None:
    text = """
openapi: 3.0.0
info: {title: t, version: "1"}
paths:
  /items/{id}:
    parameters:
      - {name: id, in: path, schema: {type: string}}
      - $ref: '#/components/parameters/Limit'
    get:
      parameters:
        - {name: limit, in: query, required: true, schema: {type: integer}}
      responses:
        '200': {$ref: '#/components/responses/Ok'}
components:
  parameters:
    Limit: {name: limit, in: query, schema: {type: integer}}
  responses:
    Ok:
      description: fine
      content: {application/json: {schema: {$ref: '#/components/schemas/Missing'}}}
"""
    document = build(parse("t.yaml", text))
    operation = document.operations[0]
    assert operation.key == "GET /items/{id}"
    assert [(p.name, p.location, p.required) for p in operation.parameters] == [
        ("id", "path", True),
        ("limit", "query", True),
    ]
    schema = operation.responses[0].content[0].schema
    assert (
        schema is not None and schema.unresolved == "cannot resolve reference '#/components/schemas/Missing'"
    )


def test_swagger_body_becomes_request_body() -> None:
    text = """
swagger: "2.0"
info: {title: t, version: "1"}
host: api.example.com
basePath: /v1
paths:
  /pets:
    post:
      parameters:
        - {name: pet, in: body, required: true, schema: {$ref: '#/definitions/Pet'}}
      responses:
        '201': {description: made, schema: {$ref: '#/definitions/Pet'}}
definitions:
  Pet: {type: object, properties: {name: {type: string}}}
"""
    document = build(parse("s.yaml", text))
    operation = document.operations[0]
    assert document.servers[0].url == "https://api.example.com/v1"
    assert operation.request_body is not None and operation.request_body.required
    body_schema = operation.request_body.content[0].schema
    assert body_schema is not None and body_schema.name == "Pet"
    assert operation.responses[0].content[0].schema is document.schemas["Pet"]


def test_statuses_media_types_and_home_tags_are_read_one_way() -> None:
    body = {"content": {"text/plain": {}, "Application/JSON; charset=utf-8": {"schema": {"type": "object"}}}}
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "tags": ["first", "second"],
                    "requestBody": body,
                    "responses": {
                        "2XX": {"description": "ok", "content": {"*/*": {}}},
                        "Default": {"description": "e"},
                    },
                }
            },
            "/b": {"get": {"responses": {"200": {"description": "ok"}}}},
        },
    }
    document = build(parse("s.json", json.dumps(spec)))
    post, get = document.operations
    assert (post.home_tag, get.home_tag) == ("first", "default")
    assert post.response("2xx") is post.responses[0] and post.response("default") is post.responses[1]
    assert [is_error_status(response.status) for response in post.responses] == [False, True]
    assert post.request_body is not None
    media = preferred_media(post.request_body.content)
    assert media is not None and media.essence == "application/json" and not media.is_catch_all
    answer = preferred_media(post.responses[0].content)
    assert answer is not None and answer.is_catch_all and json_media(post.responses[1].content) is None
