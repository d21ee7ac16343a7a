"""The one ``allOf`` merge: the client types, the docs and the diff read a schema the same way."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.schemas.flatten import flatten
from generator.generate import targets
from generator.generate.pipeline import client_view
from generator.generate.settings import GenerateSettings
from generator.load import parse
from generator.model import build, merge

SCHEMAS: dict[str, Any] = {
    "Child": {
        "allOf": [{"$ref": "#/components/schemas/Base"}, {"properties": {"extra": {"type": "boolean"}}}],
        "properties": {"name": {"type": "integer"}},
        "required": ["name"],
    },
    "Base": {
        "allOf": [{"$ref": "#/components/schemas/Root"}],
        "properties": {"name": {"type": "string"}, "kind": {"type": "string"}},
        "required": ["kind"],
    },
    "Root": {"properties": {"id": {"type": "integer"}}, "required": ["id"]},
}


def _document() -> Any:
    answer = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Child"}}},
    }
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/children": {"get": {"operationId": "getChild", "responses": {"200": answer}}}},
        "components": {"schemas": SCHEMAS},
    }
    return build(parse("merge.json", json.dumps(spec)))


def test_parts_are_depth_first_and_properties_take_the_first_definition() -> None:
    child = _document().schemas["Child"]
    assert [part.pointer for part in merge.all_of_parts(child)] == [
        "/components/schemas/Child",
        "/components/schemas/Base",
        "/components/schemas/Root",
        "/components/schemas/Child/allOf/1",
    ]
    merged = merge.merged(child)
    assert list(merged.properties) == ["name", "kind", "id", "extra"]
    assert merged.properties["name"].type == "integer"  # own over inherited
    assert merged.required == {"name", "kind", "id"}


def test_client_types_docs_and_diff_see_the_same_merged_properties() -> None:
    document = _document()
    child = document.schemas["Child"]
    settings = GenerateSettings(package_name="merged")
    view = client_view(document, settings)
    model = next(model for model in view.models if model.name == "Child")
    assert [(field.wire, field.required) for field in model.fields] == [
        ("name", True),
        ("kind", True),
        ("id", True),
        ("extra", False),
    ]
    assert next(field for field in model.fields if field.wire == "name").type.annotation == "int"
    page = next(
        text
        for name, text in targets.docs(document, view, settings).files.items()
        if name.endswith("/Child.md")
    )
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert [row.split("`")[1] for row in rows] == ["name", "kind", "id", "extra"]
    flat = flatten((child,))
    assert list(flat.properties) == ["name", "kind", "id", "extra"]
    assert [schema.type for schema in flat.properties["name"]] == ["integer", "string"]
    assert flat.required == merge.merged(child).required
