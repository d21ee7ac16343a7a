"""The base/revision pair behind each rule's fixture in tests/fixtures/diff/<rule-id>/.

``python -m tests.diff.make_fixtures`` writes them; the files are what the tests read.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

Doc = dict[str, Any]
Mutation = Callable[[Doc], None]

STRING: Doc = {"type": "string"}
OBJECT_A: Doc = {"type": "object", "properties": {"a": {"type": "string"}}}


def skeleton() -> Doc:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Fixture API", "version": "1.0.0", "description": "For one rule."},
        "servers": [{"url": "https://api.example.com/v1", "description": "Production"}],
        "tags": [{"name": "items", "description": "Items"}],
        "paths": {
            "/items": {
                "get": {
                    "operationId": "listItems",
                    "summary": "List items",
                    "description": "Every item.",
                    "tags": ["items"],
                    "parameters": [
                        {
                            "name": "limit",
                            "in": "query",
                            "description": "Page size",
                            "schema": {"type": "integer"},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The items",
                            "headers": {"X-Rate-Limit": {"required": True, "schema": {"type": "integer"}}},
                            "content": {"application/json": {"schema": copy.deepcopy(OBJECT_A)}},
                        },
                        "404": {"description": "Not found"},
                    },
                },
                "post": {
                    "operationId": "createItem",
                    "requestBody": {
                        "description": "The new item",
                        "required": True,
                        "content": {"application/json": {"schema": copy.deepcopy(OBJECT_A)}},
                    },
                    "responses": {"201": {"description": "Created"}},
                },
            },
            "/items/{id}": {
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "delete": {"operationId": "deleteItem", "responses": {"204": {"description": "Deleted"}}},
            },
        },
        "components": {
            "securitySchemes": {
                "token": {"type": "apiKey", "in": "header", "name": "access-token"},
                "basic": {"type": "http", "scheme": "basic"},
            }
        },
        "security": [{"token": []}],
    }


# --- schema rules: one pair of schemas per kind, placed in each of the four places ------------------

SCHEMA_PAIRS: dict[str, tuple[Doc, Doc]] = {
    "type-changed": (STRING, {"type": "boolean"}),
    "type-widened": ({"type": "integer"}, {"type": "number"}),
    "type-narrowed": ({"type": "number"}, {"type": "integer"}),
    "format-changed": ({"type": "string", "format": "date"}, {"type": "string", "format": "date-time"}),
    "format-added": (STRING, {"type": "string", "format": "uuid"}),
    "format-removed": ({"type": "string", "format": "uuid"}, STRING),
    "nullable-added": (STRING, {"type": "string", "nullable": True}),
    "nullable-removed": ({"type": "string", "nullable": True}, STRING),
    "enum-value-added": ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a", "b", "c"]}),
    "enum-value-removed": ({"type": "string", "enum": ["a", "b"]}, {"type": "string", "enum": ["a"]}),
    "enum-added": (STRING, {"type": "string", "enum": ["a"]}),
    "enum-removed": ({"type": "string", "enum": ["a"]}, STRING),
    "pattern-added": (STRING, {"type": "string", "pattern": "^[a-z]+$"}),
    "pattern-removed": ({"type": "string", "pattern": "^[a-z]+$"}, STRING),
    "pattern-changed": ({"type": "string", "pattern": "^[a-z]+$"}, {"type": "string", "pattern": "^[0-9]+$"}),
    "multiple-of-changed": ({"type": "integer", "multipleOf": 2}, {"type": "integer", "multipleOf": 3}),
    "unique-items-added": (
        {"type": "array", "items": STRING},
        {"type": "array", "items": STRING, "uniqueItems": True},
    ),
    "unique-items-removed": (
        {"type": "array", "items": STRING, "uniqueItems": True},
        {"type": "array", "items": STRING},
    ),
    "default-changed": ({"type": "string", "default": "a"}, {"type": "string", "default": "b"}),
    "property-added": (OBJECT_A, {"type": "object", "properties": {"a": STRING, "b": STRING}}),
    "property-added-required": (
        OBJECT_A,
        {"type": "object", "properties": {"a": STRING, "b": STRING}, "required": ["b"]},
    ),
    "property-removed": ({"type": "object", "properties": {"a": STRING, "b": STRING}}, OBJECT_A),
    "property-became-required": (OBJECT_A, {**OBJECT_A, "required": ["a"]}),
    "property-became-optional": ({**OBJECT_A, "required": ["a"]}, OBJECT_A),
    "property-became-read-only": (
        OBJECT_A,
        {"type": "object", "properties": {"a": {**STRING, "readOnly": True}}},
    ),
    "property-became-write-only": (
        OBJECT_A,
        {"type": "object", "properties": {"a": {**STRING, "writeOnly": True}}},
    ),
    "property-no-longer-read-only": (
        {"type": "object", "properties": {"a": {**STRING, "readOnly": True}}},
        OBJECT_A,
    ),
    "property-no-longer-write-only": (
        {"type": "object", "properties": {"a": {**STRING, "writeOnly": True}}},
        OBJECT_A,
    ),
    "property-deprecated": (
        OBJECT_A,
        {"type": "object", "properties": {"a": {**STRING, "deprecated": True}}},
    ),
    "additional-properties-tightened": (OBJECT_A, {**OBJECT_A, "additionalProperties": False}),
    "additional-properties-loosened": ({**OBJECT_A, "additionalProperties": False}, OBJECT_A),
    "one-of-branch-added": (
        {"oneOf": [STRING, {"type": "integer"}]},
        {"oneOf": [STRING, {"type": "integer"}, {"type": "boolean"}]},
    ),
    "one-of-branch-removed": ({"oneOf": [STRING, {"type": "integer"}]}, {"oneOf": [STRING]}),
    "any-of-branch-added": (
        {"anyOf": [STRING, {"type": "integer"}]},
        {"anyOf": [STRING, {"type": "integer"}, {"type": "boolean"}]},
    ),
    "any-of-branch-removed": ({"anyOf": [STRING, {"type": "integer"}]}, {"anyOf": [STRING]}),
    "discriminator-changed": (
        {
            "type": "object",
            "properties": {"kind": STRING, "sort": STRING},
            "discriminator": {"propertyName": "kind"},
        },
        {
            "type": "object",
            "properties": {"kind": STRING, "sort": STRING},
            "discriminator": {"propertyName": "sort"},
        },
    ),
    "schema-description-changed": (
        {**STRING, "description": "Old words"},
        {**STRING, "description": "New words"},
    ),
    "schema-title-changed": ({**STRING, "title": "Old"}, {**STRING, "title": "New"}),
    "schema-example-changed": ({**STRING, "example": "old"}, {**STRING, "example": "new"}),
}

_BOUNDS = {
    "maximum": ("integer", "maximum", "upper"),
    "minimum": ("integer", "minimum", "lower"),
    "max-length": ("string", "maxLength", "upper"),
    "min-length": ("string", "minLength", "lower"),
    "max-items": ("array", "maxItems", "upper"),
    "min-items": ("array", "minItems", "lower"),
    "max-properties": ("object", "maxProperties", "upper"),
    "min-properties": ("object", "minProperties", "lower"),
    "exclusive-maximum": ("integer", "exclusiveMaximum", "upper"),
    "exclusive-minimum": ("integer", "exclusiveMinimum", "lower"),
    "max-contains": ("array", "maxContains", "upper"),
    "min-contains": ("array", "minContains", "lower"),
}


def _bounded(type_: str, keyword: str | None, value: int) -> Doc:
    schema: Doc = {"type": type_}
    if keyword is not None:
        schema[keyword] = value
    if type_ == "array":
        schema["items"] = STRING
        schema["contains"] = STRING
    return schema


for _name, (_type, _keyword, _side) in _BOUNDS.items():
    _small, _large = _bounded(_type, _keyword, 2), _bounded(_type, _keyword, 8)
    _tighter = "decreased" if _side == "upper" else "increased"
    _looser = "increased" if _side == "upper" else "decreased"
    SCHEMA_PAIRS[f"{_name}-{_tighter}"] = (_large, _small) if _side == "upper" else (_small, _large)
    SCHEMA_PAIRS[f"{_name}-{_looser}"] = (_small, _large) if _side == "upper" else (_large, _small)
    SCHEMA_PAIRS[f"{_name}-added"] = (_bounded(_type, None, 0), _large)


def _mirrored(name: str, without: Doc, with_: Doc, removed: str = "removed") -> None:
    """A keyword that appears (``NAME-added``) and disappears (``NAME-removed``)."""
    added = "tightened" if removed == "loosened" else "added"
    SCHEMA_PAIRS[f"{name}-{added}"] = (without, with_)
    SCHEMA_PAIRS[f"{name}-{removed}"] = (with_, without)


ARRAY: Doc = {"type": "array", "items": STRING}
OBJECT_AB: Doc = {"type": "object", "properties": {"a": STRING, "b": STRING}}
TUPLE: Doc = {"type": "array", "prefixItems": [STRING]}
_mirrored("const", STRING, {**STRING, "const": "a"})
_mirrored("contains", ARRAY, {**ARRAY, "contains": {**STRING, "const": "x"}})
_mirrored("dependent-required", OBJECT_AB, {**OBJECT_AB, "dependentRequired": {"a": ["b"]}})
_mirrored("dependent-schema", OBJECT_A, {**OBJECT_A, "dependentSchemas": {"a": {"required": ["a"]}}})
_mirrored("conditional", OBJECT_A, {**OBJECT_A, "if": {"required": ["a"]}, "then": {"minProperties": 1}})
_mirrored("prefix-item", TUPLE, {**TUPLE, "prefixItems": [STRING, {"type": "integer"}]})
_mirrored("property-names", {"type": "object"}, {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}})
_mirrored("pattern-property", {"type": "object"}, {"type": "object", "patternProperties": {"^x-": STRING}})
_mirrored("unevaluated-properties", OBJECT_A, {**OBJECT_A, "unevaluatedProperties": False}, "loosened")
_mirrored("unevaluated-items", TUPLE, {**TUPLE, "unevaluatedItems": False}, "loosened")
_mirrored("not", STRING, {**STRING, "not": {"const": "x"}})
SCHEMA_PAIRS["const-changed"] = ({**STRING, "const": "a"}, {**STRING, "const": "b"})
SCHEMA_PAIRS["content-media-type-changed"] = (
    {**STRING, "contentMediaType": "application/json"},
    {**STRING, "contentMediaType": "image/png"},
)
SCHEMA_PAIRS["content-encoding-changed"] = (
    {**STRING, "contentEncoding": "base64"},
    {**STRING, "contentEncoding": "base64url"},
)
_EXTENSIBLE = {**STRING, "x-extensible-enum": ["a", "b"]}
SCHEMA_PAIRS["extensible-enum-value-added"] = (_EXTENSIBLE, {**STRING, "x-extensible-enum": ["a", "b", "c"]})
SCHEMA_PAIRS["extensible-enum-value-removed"] = (_EXTENSIBLE, {**STRING, "x-extensible-enum": ["a"]})
SCHEMA_PAIRS["property-removed-required"] = ({**OBJECT_AB, "required": ["b"]}, OBJECT_A)
for _keyword, _prefix in (("oneOf", "one-of"), ("anyOf", "any-of")):
    _union = {_keyword: [OBJECT_A, {"type": "integer"}]}
    SCHEMA_PAIRS[f"became-{_prefix}"] = (OBJECT_A, _union)
    SCHEMA_PAIRS[f"no-longer-{_prefix}"] = (_union, OBJECT_A)


def _get(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/items"]["get"]
    return operation


def _post(doc: Doc) -> Doc:
    operation: Doc = doc["paths"]["/items"]["post"]
    return operation


HOOK = ("webhooks", "itemCreated", "post")
# A webhook with every part a schema can sit in: a header it sends, its body, the answer it expects.
WEBHOOK: Doc = {
    "parameters": [{"name": "X-Signature", "in": "header", "required": True, "schema": STRING}],
    "requestBody": {"required": True, "content": {"application/json": {"schema": OBJECT_A}}},
    "responses": {
        "200": {
            "description": "Received",
            "headers": {"X-Receipt": {"required": True, "schema": STRING}},
            "content": {"application/json": {"schema": OBJECT_A}},
        }
    },
}


def _hook(doc: Doc) -> Doc:
    operation: Doc = doc["webhooks"]["itemCreated"]["post"]
    return operation


def place_schema(place: str, schema: Doc) -> Mutation:
    """Put ``schema`` at ``place`` of an operation, or of the webhook for a ``webhook-`` place."""
    webhook = place.startswith("webhook-")
    place = place.removeprefix("webhook-")

    def mutate(doc: Doc) -> None:
        value = copy.deepcopy(schema)
        reader, writer = (_hook(doc), _hook(doc)) if webhook else (_get(doc), _post(doc))
        if place == "request-parameter":
            reader["parameters"].append({"name": "filter", "in": "query", "schema": value})
        elif place == "request-body":
            writer["requestBody"]["content"]["application/json"]["schema"] = value
        elif place == "response-body":
            reader["responses"]["200"]["content"]["application/json"]["schema"] = value
        else:
            reader["responses"]["200"]["headers"]["X-Filter"] = {"schema": value}

    return mutate


# --- every other rule: a mutation of the base and of the revision skeleton ----------------------------


def put(*path_and_value: Any) -> Mutation:
    *path, value = path_and_value

    def mutate(doc: Doc) -> None:
        node: Any = doc
        for token in path[:-1]:
            node = node[token] if isinstance(token, int) else node.setdefault(token, {})
        node[path[-1]] = copy.deepcopy(value)

    return mutate


def drop(*path: Any) -> Mutation:
    def mutate(doc: Doc) -> None:
        node: Any = doc
        for token in path[:-1]:
            node = node[token]
        del node[path[-1]]

    return mutate


def append(*path_and_value: Any) -> Mutation:
    *path, value = path_and_value

    def mutate(doc: Doc) -> None:
        node: Any = doc
        for token in path:
            node = node[token]
        node.append(copy.deepcopy(value))

    return mutate


def both(*mutations: Mutation) -> Mutation:
    def mutate(doc: Doc) -> None:
        for mutation in mutations:
            mutation(doc)

    return mutate


def rename_item_path(doc: Doc) -> None:
    item = doc["paths"].pop("/items/{id}")
    item["parameters"][0]["name"] = "itemId"
    doc["paths"]["/items/{itemId}"] = item


def _noop(doc: Doc) -> None:
    return None


NOOP: Mutation = _noop
GET = ("paths", "/items", "get")
POST = ("paths", "/items", "post")
DELETE = ("paths", "/items/{id}", "delete")
OK = (*GET, "responses", "200")
BODY = (*POST, "requestBody")
SCHEMES = ("components", "securitySchemes")
PAST, FUTURE = "2020-01-01", "2999-01-01"
SIMPLE_RESPONSE = {"responses": {"200": {"description": "ok"}}}
WEBHOOK_BODY = {"content": {"application/json": {"schema": OBJECT_A}}}


def sunset(operation: tuple[str, ...], date: str | None) -> Mutation:
    deprecated = put(*operation, "deprecated", True)
    return deprecated if date is None else both(deprecated, put(*operation, "x-sunset", date))


DOCUMENT_CASES: dict[str, tuple[Mutation, Mutation]] = {
    "path-added": (NOOP, put("paths", "/tags", {"get": SIMPLE_RESPONSE})),
    "path-removed": (NOOP, drop("paths", "/items/{id}")),
    "path-removed-after-sunset": (sunset(DELETE, PAST), drop("paths", "/items/{id}")),
    "path-removed-before-sunset": (sunset(DELETE, FUTURE), drop("paths", "/items/{id}")),
    "deprecated-path-removed": (sunset(DELETE, None), drop("paths", "/items/{id}")),
    "operation-added": (NOOP, put("paths", "/items/{id}", "get", SIMPLE_RESPONSE)),
    "operation-removed": (NOOP, drop(*POST)),
    "operation-removed-after-sunset": (sunset(POST, PAST), drop(*POST)),
    "operation-removed-before-sunset": (sunset(POST, FUTURE), drop(*POST)),
    "deprecated-operation-removed": (sunset(POST, None), drop(*POST)),
    "operation-deprecated": (NOOP, put(*GET, "deprecated", True)),
    "operation-no-longer-deprecated": (put(*GET, "deprecated", True), NOOP),
    "operation-sunset-changed": (put(*GET, "x-sunset", "2030-01-01"), put(*GET, "x-sunset", "2031-06-30")),
    "webhook-added": (
        NOOP,
        put("webhooks", "itemCreated", "post", {**SIMPLE_RESPONSE, "requestBody": WEBHOOK_BODY}),
    ),
    "webhook-removed": (put("webhooks", "itemCreated", "post", SIMPLE_RESPONSE), NOOP),
    "operation-sunset-removed": (put(*GET, "x-sunset", "2030-01-01"), NOOP),
    "operation-sunset-invalid": (NOOP, put(*GET, "x-sunset", "next spring")),
    "operation-id-changed": (NOOP, put(*GET, "operationId", "getItems")),
    "operation-tag-added": (NOOP, put(*GET, "tags", ["items", "listing"])),
    "operation-tag-removed": (NOOP, put(*GET, "tags", [])),
    "request-parameter-added-required": (
        NOOP,
        append(*GET, "parameters", {"name": "q", "in": "query", "required": True, "schema": STRING}),
    ),
    "request-parameter-added-optional": (
        NOOP,
        append(*GET, "parameters", {"name": "q", "in": "query", "schema": STRING}),
    ),
    "request-parameter-removed": (NOOP, put(*GET, "parameters", [])),
    "request-parameter-became-required": (NOOP, put(*GET, "parameters", 0, "required", True)),
    "request-parameter-became-optional": (put(*GET, "parameters", 0, "required", True), NOOP),
    "request-parameter-location-changed": (
        NOOP,
        put(*GET, "parameters", [{"name": "limit", "in": "header", "schema": {"type": "integer"}}]),
    ),
    "request-parameter-style-changed": (NOOP, put(*GET, "parameters", 0, "style", "spaceDelimited")),
    "request-parameter-explode-changed": (NOOP, put(*GET, "parameters", 0, "explode", False)),
    "request-parameter-deprecated": (NOOP, put(*GET, "parameters", 0, "deprecated", True)),
    "request-path-parameter-renamed": (NOOP, rename_item_path),
    "request-body-added-required": (drop(*BODY), NOOP),
    "request-body-added-optional": (drop(*BODY), put(*BODY, "required", False)),
    "request-body-removed": (NOOP, drop(*BODY)),
    "request-body-became-required": (put(*BODY, "required", False), NOOP),
    "request-body-became-optional": (NOOP, put(*BODY, "required", False)),
    "request-body-media-type-added": (NOOP, put(*BODY, "content", "application/xml", {"schema": OBJECT_A})),
    "request-body-media-type-removed": (put(*BODY, "content", "application/xml", {"schema": OBJECT_A}), NOOP),
    "response-success-status-removed": (NOOP, drop(*OK)),
    "response-error-status-removed": (NOOP, drop(*GET, "responses", "404")),
    "response-success-status-added": (NOOP, put(*GET, "responses", "206", {"description": "Partial"})),
    "response-error-status-added": (NOOP, put(*GET, "responses", "400", {"description": "Bad request"})),
    "response-media-type-removed": (put(*OK, "content", "application/xml", {"schema": OBJECT_A}), NOOP),
    "response-media-type-added": (NOOP, put(*OK, "content", "application/xml", {"schema": OBJECT_A})),
    "response-required-header-removed": (NOOP, drop(*OK, "headers", "X-Rate-Limit")),
    "response-optional-header-removed": (put(*OK, "headers", "X-Trace", {"schema": STRING}), NOOP),
    "response-header-added": (NOOP, put(*OK, "headers", "X-Trace", {"schema": STRING})),
    "response-header-became-optional": (NOOP, put(*OK, "headers", "X-Rate-Limit", "required", False)),
    "response-header-became-required": (put(*OK, "headers", "X-Rate-Limit", "required", False), NOOP),
    "security-scheme-removed": (NOOP, drop(*SCHEMES, "basic")),
    "security-scheme-added": (NOOP, put(*SCHEMES, "bearer", {"type": "http", "scheme": "bearer"})),
    "security-scheme-type-changed": (
        NOOP,
        put(*SCHEMES, "basic", {"type": "apiKey", "in": "header", "name": "key"}),
    ),
    "security-scheme-key-renamed": (NOOP, put(*SCHEMES, "token", "name", "api-key")),
    "security-scheme-key-location-changed": (NOOP, put(*SCHEMES, "token", "in", "query")),
    "security-scheme-http-scheme-changed": (NOOP, put(*SCHEMES, "basic", "scheme", "bearer")),
    "operation-security-added": (put(*GET, "security", []), NOOP),
    "operation-security-alternative-removed": (put("security", [{"token": []}, {"basic": []}]), NOOP),
    "operation-security-alternative-added": (NOOP, put("security", [{"token": []}, {"basic": []}])),
    "server-added": (NOOP, append("servers", {"url": "https://eu.api.example.com/v1"})),
    "server-removed": (NOOP, put("servers", [{"url": "https://eu.api.example.com/v1"}])),
    "info-title-changed": (NOOP, put("info", "title", "Renamed API")),
    "info-description-changed": (NOOP, put("info", "description", "Other words.")),
    "info-version-changed": (NOOP, put("info", "version", "1.1.0")),
    "info-changed": (NOOP, put("info", "contact", {"name": "API team", "email": "api@example.com"})),
    "tag-added": (NOOP, append("tags", {"name": "more", "description": "More"})),
    "tag-removed": (NOOP, put("tags", [])),
    "tag-description-changed": (NOOP, put("tags", 0, "description", "All the items")),
    "document-extension-changed": (NOOP, put("x-logo", {"url": "https://example.com/logo.png"})),
    "external-docs-changed": (NOOP, put("externalDocs", {"url": "https://docs.example.com"})),
    "server-description-changed": (NOOP, put("servers", 0, "description", "Live")),
    "operation-summary-changed": (NOOP, put(*GET, "summary", "Lists the items")),
    "operation-description-changed": (NOOP, put(*GET, "description", "All of the items.")),
    "operation-extension-added": (NOOP, put(*GET, "x-internal", True)),
    "operation-extension-removed": (put(*GET, "x-internal", True), NOOP),
    "operation-extension-changed": (put(*GET, "x-quota", {"limit": 1}), put(*GET, "x-quota", {"limit": 2})),
    "parameter-description-changed": (NOOP, put(*GET, "parameters", 0, "description", "How many")),
    "parameter-example-changed": (
        put(*GET, "parameters", 0, "example", 10),
        put(*GET, "parameters", 0, "example", 20),
    ),
    "request-body-description-changed": (NOOP, put(*BODY, "description", "An item")),
    "request-body-example-changed": (
        put(*BODY, "content", "application/json", "example", {"a": "x"}),
        put(*BODY, "content", "application/json", "example", {"a": "y"}),
    ),
    "response-description-changed": (NOOP, put(*OK, "description", "All items")),
    "response-example-changed": (
        put(*OK, "content", "application/json", "example", {"a": "x"}),
        put(*OK, "content", "application/json", "example", {"a": "y"}),
    ),
}

# Rules a webhook reports with the verdict turned round; the skeleton has the WEBHOOK on both sides.
WEBHOOK_CASES: dict[str, tuple[Mutation, Mutation]] = {
    "webhook-request-parameter-added-required": (
        NOOP,
        append(*HOOK, "parameters", {"name": "X-Trace", "in": "header", "required": True, "schema": STRING}),
    ),
    "webhook-request-parameter-became-required": (put(*HOOK, "parameters", 0, "required", False), NOOP),
    "webhook-request-parameter-became-optional": (NOOP, put(*HOOK, "parameters", 0, "required", False)),
    "webhook-request-required-parameter-removed": (NOOP, put(*HOOK, "parameters", [])),
    "webhook-request-body-added-required": (drop(*HOOK, "requestBody"), NOOP),
    "webhook-request-body-removed": (NOOP, drop(*HOOK, "requestBody")),
    "webhook-request-body-became-required": (put(*HOOK, "requestBody", "required", False), NOOP),
    "webhook-request-body-became-optional": (NOOP, put(*HOOK, "requestBody", "required", False)),
    "webhook-request-body-media-type-added": (
        NOOP,
        put(*HOOK, "requestBody", "content", "application/xml", {"schema": OBJECT_A}),
    ),
    "webhook-request-body-media-type-removed": (
        put(*HOOK, "requestBody", "content", "application/xml", {"schema": OBJECT_A}),
        NOOP,
    ),
    "webhook-response-required-header-removed": (
        NOOP,
        drop(*HOOK, "responses", "200", "headers", "X-Receipt"),
    ),
    "webhook-response-header-became-optional": (
        NOOP,
        put(*HOOK, "responses", "200", "headers", "X-Receipt", "required", False),
    ),
    "webhook-response-header-became-required": (
        put(*HOOK, "responses", "200", "headers", "X-Receipt", "required", False),
        NOOP,
    ),
    "webhook-response-required-header-added": (
        NOOP,
        put(*HOOK, "responses", "200", "headers", "X-Trace", {"required": True, "schema": STRING}),
    ),
}

PLACES = ("request-parameter", "request-body", "response-body", "response-header")
WEBHOOK_PLACES = tuple(f"webhook-{place}" for place in PLACES)


def _case(to_base: Mutation, to_revision: Mutation, webhook: bool) -> tuple[Doc, Doc]:
    base, revision = skeleton(), skeleton()
    for doc, mutation in ((base, to_base), (revision, to_revision)):
        if webhook:
            put(*HOOK, WEBHOOK)(doc)
        mutation(doc)
    return base, revision


def all_cases() -> dict[str, tuple[Doc, Doc]]:
    """Rule id -> (base document, revision document)."""
    cases: dict[str, tuple[Doc, Doc]] = {}
    for rule_id, (to_base, to_revision) in DOCUMENT_CASES.items():
        cases[rule_id] = _case(to_base, to_revision, webhook=False)
    for rule_id, (to_base, to_revision) in WEBHOOK_CASES.items():
        cases[rule_id] = _case(to_base, to_revision, webhook=True)
    for place in (*PLACES, *WEBHOOK_PLACES):
        for kind, (old, new) in SCHEMA_PAIRS.items():
            to_base, to_revision = place_schema(place, old), place_schema(place, new)
            cases[f"{place}-{kind}"] = _case(to_base, to_revision, webhook=place in WEBHOOK_PLACES)
    return cases
