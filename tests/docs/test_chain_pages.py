"""Model pages along ``allOf`` chains: the wrappers of a chain share one field tree and one rendering
of it, and every page reads as if it had been made on its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.model import Schema
from generator.render.docs import schemas
from tests.docs.helpers import docs_for, document_from_data

# model.md.j2 as it was before the field tables were rendered once per tree: the macro on every page
MACRO_PER_PAGE = """{% from "macros/docs_tables.j2" import docs_fields %}
---
search:
  boost: 0.5
---
# {{ model.title }} {{ model.anchor | md_anchor }}

Type: {{ model.type }}{% if model.notes %}. {{ model.notes }}{% endif %}


{% if model.description %}
{{ model.description }}

{% endif %}
{% if not model.fields.empty %}
{{ docs_fields(model.fields) }}
{% endif %}
{% if model.used_by %}
Used by: {{ model.used_by | join(", ") }}

{% endif %}
"""
LENGTH = 12


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nested(depth: int, leaf: dict[str, Any]) -> dict[str, Any]:
    node = leaf
    for _ in range(depth):
        node = {"type": "array", "items": node}
    return node


def chain_spec() -> dict[str, Any]:
    """A chain whose end has folds, long descriptions and enums; wrappers that add a linked
    description, a field or flags; and a chain whose end holds one of its wrappers again."""
    long_text = "A long description. " + "It goes on. " * 30 + "\n\n- one\n- two"
    schemas: dict[str, Any] = {
        f"S{index}": {"allOf": [_ref(f"S{index + 1}")], "description": f"level {index}"}
        for index in range(LENGTH)
    }
    schemas[f"S{LENGTH}"] = {
        "type": "object",
        "required": ["a"],
        "properties": {
            "a": {"type": "string", "enum": ["x", "y"], "description": long_text},
            "b": {
                "type": "array",
                "items": {
                    "type": "object",
                    "properties": {
                        "c": {"type": "object", "properties": {"d": {"type": "object", "properties": {}}}},
                        "e": {"type": "object", "properties": {"f": {"type": "object", "properties": {}}}},
                    },
                },
            },
            "v": {"oneOf": [{"properties": {"k": {"type": "string"}}}, {"properties": {"m": {}}}]},
        },
    }
    schemas["S3"]["description"] = "See [S1](#/components/schemas/S1)."
    schemas["S5"]["properties"] = {"own": {"type": "boolean"}}
    schemas["S7"].update(nullable=True, readOnly=True, minProperties=1)
    # X2's field goes through arrays to X1, which wraps X2: only X2's page notes the recursion
    schemas["X0"] = {"allOf": [_ref("X1")]}
    schemas["X1"] = {"allOf": [_ref("X2")]}
    schemas["X2"] = {"type": "object", "properties": {"deep": _nested(5, _ref("X1"))}}
    answer = {"description": "ok", "content": {"application/json": {"schema": _ref("S0")}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "chains", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "getThing", "responses": {"200": answer}}}},
        "components": {"schemas": schemas},
    }


def test_the_wrappers_of_a_chain_share_a_tree_and_pages_match_those_made_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document = document_from_data(chain_spec(), tmp_path / "spec")
    made: list[str] = []
    new_tree = schemas.SchemaRenderer._new_tree

    def counted(renderer: schemas.SchemaRenderer, schema: Schema) -> schemas.FieldTree:
        made.append(schema.pointer)
        return new_tree(renderer, schema)

    monkeypatch.setattr(schemas.SchemaRenderer, "_new_tree", counted)
    shared = docs_for(document).files
    # S0-S2, S4 and S6-S12 show S12's tree, S3 its own (a link) and S5 another (its field)
    assert len([pointer for pointer in made if "/S" in pointer]) < LENGTH // 2

    overrides = tmp_path / "templates"
    (overrides / "docs").mkdir(parents=True)
    (overrides / "docs" / "model.md.j2").write_text(MACRO_PER_PAGE, encoding="utf-8")
    monkeypatch.setattr(schemas, "fields_source", lambda schema, sources: schema)
    one_by_one = docs_for(document, templates=overrides).files
    assert shared == one_by_one
    assert "| `a` | string | yes | A long description. (More below the table.)" in shared["docs/models/S0.md"]
    assert "Recursive" in shared["docs/models/X2.md"]
    assert "Recursive" not in shared["docs/models/X1.md"] + shared["docs/models/X0.md"]
