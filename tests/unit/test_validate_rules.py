"""One positive and one negative case per lint rule, each on a small document."""

from __future__ import annotations

import copy
import json
from typing import Any

from generator.load import parse
from generator.model import build
from generator.problems import Problem
from generator.rules.rule import Level
from generator.validate import validate
from generator.validate.rules import STRUCTURE, VALIDATE_RULES


def base() -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Fixture", "version": "1"},
        "servers": [{"url": "https://api.example.test"}],
        "tags": [{"name": "agents"}],
        "security": [{"token": []}],
        "paths": {
            "/agents/{id}": {
                "get": {
                    "operationId": "getAgent",
                    "tags": ["agents"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "The agent.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Agent"}}
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {"token": {"type": "apiKey", "in": "header", "name": "access-token"}},
            "schemas": {
                "Agent": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "example": "Ada"},
                        "roles": {
                            "type": "array",
                            "items": {"type": "string", "enum": ["ADMIN", "OPERATOR"]},
                        },
                    },
                }
            },
        },
    }


def problems(document: dict[str, Any], rule: str) -> list[Problem]:
    text = json.dumps(document, indent=2)
    return [problem for problem in validate(build(parse("fixture.json", text))) if problem.rule == rule]


def pointers(document: dict[str, Any], rule: str) -> list[str]:
    return [problem.pointer for problem in problems(document, rule)]


GET = "/paths/~1agents~1{id}/get"
AGENT = "/components/schemas/Agent"


def test_the_base_fixture_is_clean() -> None:
    found = validate(build(parse("fixture.json", json.dumps(base(), indent=2))))
    assert found == []


def test_every_rule_has_a_case_here() -> None:
    tested = {name.removeprefix("test_").replace("_", "-") for name in globals() if name.startswith("test_")}
    missing = [rule.id for rule in VALIDATE_RULES if rule.id not in tested and rule is not STRUCTURE]
    assert missing == []


def test_tag_undeclared() -> None:
    document = base()
    document["paths"]["/agents/{id}"]["get"]["tags"] = ["agents", "people"]
    assert pointers(document, "tag-undeclared") == [f"{GET}/tags/1"]
    document["tags"].append({"name": "people"})
    assert pointers(document, "tag-undeclared") == []


def test_component_unused() -> None:
    document = base()
    document["components"]["schemas"]["Spare"] = {"type": "string"}
    document["components"]["schemas"]["Agent"]["properties"]["pet"] = {"$ref": "#/components/schemas/Pet"}
    document["components"]["schemas"]["Pet"] = {"type": "string"}
    found = problems(document, "component-unused")
    assert [p.pointer for p in found] == ["/components/schemas/Spare"]
    assert found[0].level is Level.INFO


def test_path_templates_equivalent() -> None:
    document = base()
    document["paths"]["/agents/{email}"] = copy.deepcopy(document["paths"]["/agents/{id}"])
    item = document["paths"]["/agents/{email}"]["get"]
    item["operationId"], item["parameters"][0]["name"] = "getByEmail", "email"
    assert pointers(document, "path-templates-equivalent") == ["/paths/~1agents~1{email}"]
    document["paths"]["/agents/{email}/roles"] = document["paths"].pop("/agents/{email}")
    item["parameters"][0]["name"] = "email"
    assert pointers(document, "path-templates-equivalent") == []


def test_array_without_items() -> None:
    document = base()
    del document["components"]["schemas"]["Agent"]["properties"]["roles"]["items"]
    assert pointers(document, "array-without-items") == [f"{AGENT}/properties/roles"]
    assert pointers(base(), "array-without-items") == []


def test_array_without_items_in_a_default_response_and_a_property_named_default() -> None:
    document = base()
    responses = document["paths"]["/agents/{id}"]["get"]["responses"]
    responses["default"] = {
        "description": "Error.",
        "content": {"application/json": {"schema": {"type": "array"}}},
    }
    document["components"]["schemas"]["Agent"]["properties"]["default"] = {"type": "array"}
    assert sorted(pointers(document, "array-without-items")) == [
        f"{AGENT}/properties/default",
        f"{GET}/responses/default/content/application~1json/schema",
    ]


def test_keyword_type_mismatch() -> None:
    document = base()
    agent = document["components"]["schemas"]["Agent"]
    agent["items"] = {"type": "string"}
    agent["properties"]["name"]["minimum"] = 3
    found = problems(document, "keyword-type-mismatch")
    assert sorted(p.pointer for p in found) == [f"{AGENT}/items", f"{AGENT}/properties/name/minimum"]
    assert "applies to array schemas" in next(p.message for p in found if p.pointer.endswith("/items"))
    integer = base()
    integer["components"]["schemas"]["Agent"]["properties"]["age"] = {"type": "integer", "minimum": 0}
    assert pointers(integer, "keyword-type-mismatch") == []


def test_required_undefined() -> None:
    document = base()
    document["components"]["schemas"]["Agent"]["required"] = ["name", "nmae"]
    found = problems(document, "required-undefined")
    assert [p.pointer for p in found] == [f"{AGENT}/required/1"]
    assert "'nmae'" in found[0].message
    document["components"]["schemas"]["Agent"]["required"] = ["name"]
    assert pointers(document, "required-undefined") == []


def test_enum_duplicate() -> None:
    document = base()
    document["components"]["schemas"]["Agent"]["properties"]["roles"]["items"]["enum"] = ["A", "B", "A"]
    found = problems(document, "enum-duplicate")
    assert [p.pointer for p in found] == [f"{AGENT}/properties/roles/items/enum"]
    assert "'A'" in found[0].message
    assert pointers(base(), "enum-duplicate") == []


def test_example_invalid() -> None:
    document = base()
    document["components"]["schemas"]["Agent"]["properties"]["name"]["example"] = 42
    media = document["paths"]["/agents/{id}"]["get"]["responses"]["200"]["content"]["application/json"]
    media["examples"] = {"bad": {"value": {"roles": ["NOBODY"]}}, "good": {"value": {"name": "Ada"}}}
    found = problems(document, "example-invalid")
    assert [p.pointer for p in found] == [
        f"{GET}/responses/200/content/application~1json/examples/bad/value",
        f"{AGENT}/properties/name/example",
    ]
    assert "NOBODY" in found[0].message


def test_example_invalid_on_headers_and_component_parameters() -> None:
    document = base()
    response = document["paths"]["/agents/{id}"]["get"]["responses"]["200"]
    response["headers"] = {"X-Rate": {"schema": {"type": "integer"}, "example": "ten"}}
    document["components"]["parameters"] = {
        "Page": {"name": "page", "in": "query", "schema": {"type": "integer"}}
    }
    document["components"]["parameters"]["Page"]["examples"] = {"first": {"value": 0}, "bad": {"value": "1"}}
    assert sorted(pointers(document, "example-invalid")) == [
        "/components/parameters/Page/examples/bad/value",
        f"{GET}/responses/200/headers/X-Rate/example",
    ]


def test_example_invalid_respects_nullable() -> None:
    document = base()
    name = document["components"]["schemas"]["Agent"]["properties"]["name"]
    name["example"] = None
    assert pointers(document, "example-invalid") == [f"{AGENT}/properties/name/example"]
    name["nullable"] = True
    assert pointers(document, "example-invalid") == []


def test_pattern_unsupported() -> None:
    document = base()
    name = document["components"]["schemas"]["Agent"]["properties"]["name"]
    name["pattern"] = "^(?!admin)[a-z]+$"
    name["example"] = "admin"
    document["components"]["schemas"]["Agent"]["patternProperties"] = {"(x)\\1": {}, "^y-": {}}
    found = problems(document, "pattern-unsupported")
    by_pointer = {problem.pointer: problem for problem in found}
    assert sorted(by_pointer) == [f"{AGENT}/patternProperties/(x)\\1", f"{AGENT}/properties/name/pattern"]
    lookahead = by_pointer[f"{AGENT}/properties/name/pattern"]
    assert lookahead.level is Level.INFO and "(?!" in lookahead.message
    # never run on another engine: the example is not judged against the lookahead
    assert pointers(document, "example-invalid") == []


def test_path_parameter_mismatch() -> None:
    document = base()
    document["paths"]["/agents/{id}"]["get"]["parameters"][0]["name"] = "agentId"
    found = pointers(document, "path-parameter-mismatch")
    assert found == [GET, f"{GET}/parameters/0"]
    assert pointers(base(), "path-parameter-mismatch") == []


def test_operation_id_duplicate() -> None:
    document = base()
    document["paths"]["/agents"] = copy.deepcopy(document["paths"]["/agents/{id}"])
    document["paths"]["/agents"]["get"]["parameters"] = []
    # The structural check reports the duplicate at the same place; the lint adds nothing then.
    found = validate(build(parse("fixture.json", json.dumps(document, indent=2))))
    assert [(p.rule, p.pointer) for p in found if "operationId" in p.pointer] == [
        ("structure", "/paths/~1agents/get/operationId")
    ]
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "host": "api.example.test",
        "paths": {
            "/a": {"get": {"operationId": "same", "responses": {"200": {"description": "ok"}}}},
            "/b": {"get": {"operationId": "same", "responses": {"200": {"description": "ok"}}}},
        },
    }
    assert "/paths/~1b/get/operationId" in pointers(swagger, "operation-id-duplicate")
    assert pointers(base(), "operation-id-duplicate") == []


def test_operation_id_missing() -> None:
    document = base()
    del document["paths"]["/agents/{id}"]["get"]["operationId"]
    assert pointers(document, "operation-id-missing") == [GET]
    assert pointers(base(), "operation-id-missing") == []


def test_identifier_collision() -> None:
    document = base()
    properties = document["components"]["schemas"]["Agent"]["properties"]
    properties["BUSINESS_ID"] = {"type": "string"}
    properties["businessID"] = {"type": "string"}
    parameters = document["paths"]["/agents/{id}"]["get"]["parameters"]
    parameters += [{"name": "pageSize", "in": "query", "schema": {"type": "integer"}}]
    parameters += [{"name": "page_size", "in": "header", "schema": {"type": "integer"}}]
    found = problems(document, "identifier-collision")
    assert [p.pointer for p in found] == [f"{GET}/parameters/2", f"{AGENT}/properties/businessID"]
    assert "'business_id'" in found[1].message
    assert pointers(base(), "identifier-collision") == []


def test_response_description_missing() -> None:
    swagger = {
        "swagger": "2.0",
        "info": {"title": "t", "version": "1"},
        "host": "api.example.test",
        "paths": {"/a": {"get": {"operationId": "a", "responses": {"200": {"description": " "}}}}},
    }
    assert pointers(swagger, "response-description-missing") == ["/paths/~1a/get/responses/200"]
    assert pointers(base(), "response-description-missing") == []


def test_media_type_catch_all() -> None:
    document = base()
    content = document["paths"]["/agents/{id}"]["get"]["responses"]["200"]["content"]
    content["*/*"] = content.pop("application/json")
    assert pointers(document, "media-type-catch-all") == [f"{GET}/responses/200/content/*~1*"]
    assert pointers(base(), "media-type-catch-all") == []
    # the same catch-alls the client and the docs send as application/json, parameters aside
    content["application/*; charset=utf-8"] = content.pop("*/*")
    (found,) = problems(document, "media-type-catch-all")
    assert "uses 'application/*; charset=utf-8'" in found.message


def test_ref_unresolved() -> None:
    document = base()
    document["components"]["schemas"]["Agent"]["properties"]["boss"] = {"$ref": "#/components/schemas/Nobody"}
    found = problems(document, "ref-unresolved")
    assert [p.pointer for p in found] == [f"{AGENT}/properties/boss/$ref"]
    assert found[0].level is Level.ERROR
    assert pointers(base(), "ref-unresolved") == []
    document["components"]["schemas"]["Agent"]["properties"]["boss"] = {"example": {"$ref": "nowhere"}}
    assert pointers(document, "ref-unresolved") == []  # in an example, "$ref" is data


def test_key_duplicate() -> None:
    text = json.dumps(base(), indent=2).replace(
        '"openapi": "3.0.3"', '"openapi": "3.0.3", "openapi": "3.0.3"'
    )
    (found,) = [p for p in validate(build(parse("fixture.json", text))) if p.rule == "key-duplicate"]
    assert (found.pointer, found.level, found.line) == ("/openapi", Level.WARNING, 2)
    assert "key 'openapi' is written twice in one object, at 2:3 and 2:23" in found.message


def test_control_character() -> None:
    text = "openapi: 3.0.1\ninfo: {title: t\x07x, version: '1'}\npaths: {}\n"
    (found,) = [p for p in validate(build(parse("fixture.yaml", text))) if p.rule == "control-character"]
    assert (found.pointer, found.line, found.column) == ("/info/title", 2, 8)
    assert "U+0007 at 2:16 dropped" in found.message


def test_security_scheme_undefined() -> None:
    document = base()
    document["paths"]["/agents/{id}"]["get"]["security"] = [{"oauth": []}]
    assert pointers(document, "security-scheme-undefined") == [f"{GET}/security/0/oauth"]
    assert pointers(base(), "security-scheme-undefined") == []


def test_server_missing() -> None:
    document = base()
    del document["servers"]
    assert pointers(document, "server-missing") == [""]
    assert pointers(base(), "server-missing") == []
