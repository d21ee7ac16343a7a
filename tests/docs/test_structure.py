"""Pages, anchors and schema tables on small specs made for each case."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import markdown
import pytest

from generator.render.docs.anchors import DocsIndex, anchor_text
from tests.docs.helpers import docs_for, document_from_data


def spec(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None, tags: list[Any] | None = None
) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "T", "version": "1"},
        "tags": tags or [],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def operation(operation_id: str | None, tags: list[str] | None = None, **more: Any) -> dict[str, Any]:
    node: dict[str, Any] = {"responses": {"200": {"description": "ok"}}, **more}
    if operation_id is not None:
        node["operationId"] = operation_id
    if tags is not None:
        node["tags"] = tags
    return node


def test_anchors_are_safe_unique_and_pages_stay_inside_the_tree(tmp_path: Path) -> None:
    document = document_from_data(
        spec(
            {
                "/a": {
                    "get": operation("get thing{x}", ["../../etc"]),
                    "post": operation("9lives", ["../../etc"]),
                },
                "/b": {"get": operation("models", ["Etc"]), "put": operation(None)},
                "/c": {"get": operation("MODELS", ["Etc"])},
            },
            tags=[{"name": "../../etc"}, {"name": "Etc"}],
        ),
        tmp_path,
    )
    index = DocsIndex(document)
    pages = sorted(set(index.tag_pages.values()))
    assert pages == ["tags/default.md", "tags/etc-2.md", "tags/etc.md"]
    anchors = {key: target.anchor for key, target in index.operations.items()}
    assert anchors["GET /a"] == "get-thing-x"
    assert anchors["POST /a"] == "op-9lives"
    assert anchors["GET /b"] == "models-2"  # "models" is the models page's own heading
    assert anchors["GET /c"] == "MODELS-3"
    assert anchors["PUT /b"] == "put-b"
    files = docs_for(document).files
    assert sorted(path for path in files if path.startswith("docs/tags/")) == [
        f"docs/{page}" for page in pages
    ]


def test_an_operation_with_two_tags_lives_on_the_first_and_is_linked_from_the_second(tmp_path: Path) -> None:
    document = document_from_data(spec({"/x": {"get": operation("shared", ["one", "two"])}}), tmp_path)
    files = docs_for(document).files
    assert "{#shared}" in files["docs/tags/one.md"]
    assert "{#shared}" not in files["docs/tags/two.md"]
    assert "(one.md#shared)" in files["docs/tags/two.md"]


RECURSIVE = {
    "Node": {
        "type": "object",
        "required": ["id"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            "labels": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0}},
            "kind": {"type": "string", "enum": ["leaf", "branch"], "default": "leaf"},
            "payload": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Text"},
                    {"type": "object", "properties": {"bytes": {"type": "string", "format": "byte"}}},
                ]
            },
        },
    },
    "Text": {"type": "object", "properties": {"text": {"type": "string", "nullable": True}}},
}


def rows_of(page: str, heading: str) -> list[str]:
    section = page.split(heading, 1)[1]
    return [line for line in section.split("\n## ", 1)[0].splitlines() if line.startswith("| `")]


def test_schema_tables_show_required_enums_maps_unions_and_recursion_once(tmp_path: Path) -> None:
    paths = {
        "/nodes": {
            "post": operation(
                "createNode",
                ["nodes"],
                requestBody={
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Node"}}},
                },
            )
        }
    }
    files = docs_for(document_from_data(spec(paths, RECURSIVE), tmp_path)).files
    page = files["docs/tags/nodes.md"]
    rows = rows_of(page, "### Request body")
    names = [row.split(" | ")[0].strip("| ") for row in rows]
    assert names == ["`id`", "`children`", "`labels`", "`kind`", "`payload`"]
    by_name = dict(zip(names, rows, strict=True))
    assert "| yes |" in by_name["`id`"] and "string (`uuid`)" in by_name["`id`"]
    assert (
        "array of [`Node`](../models/Node.md#Node)" in by_name["`children`"]
        and "Recursive" in by_name["`children`"]
    )
    assert "map of integer" in by_name["`labels`"] and "Values: minimum `0`." in by_name["`labels`"]
    assert 'Allowed values: `"leaf"`, `"branch"`.' in by_name["`kind`"]
    assert 'Default: `"leaf"`' in by_name["`kind`"]
    assert "one of [`Text`](../models/Text.md#Text), with `bytes`" in by_name["`payload`"]
    assert '??? note "One of at `payload`: with `bytes`"\n' in page
    assert "    | `payload.`&#8203;`bytes` | string (`byte`) |  |" in page
    model = files["docs/models/Node.md"]
    assert "{#Node}" in model and "{#Text}" in files["docs/models/Text.md"]
    assert "Used by: [createNode](../tags/nodes.md#createNode)" in model
    assert "[Node](models/Node.md#Node)" in files["docs/models.md"]


def test_a_schema_that_is_only_a_ref_has_no_page_and_its_links_lead_to_the_target(tmp_path: Path) -> None:
    schemas = {
        "Old": {"$ref": "#/components/schemas/Older"},
        "Older": {"$ref": "#/components/schemas/Thing"},
        "Thing": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Holder": {
            "description": "See [the old name](#/components/schemas/Old).",
            "properties": {"old": {"$ref": "#/components/schemas/Old"}},
        },
    }
    document = document_from_data(spec({"/a": {"get": operation("getA")}}, schemas), tmp_path)
    index = DocsIndex(document)
    assert index.aliases == {"Old": "Thing", "Older": "Thing"}
    assert index.schemas["Old"] == index.schemas["Thing"]
    build = docs_for(document)
    files = build.files
    assert sorted(path for path in files if path.startswith("docs/models/")) == [
        "docs/models/Holder.md",
        "docs/models/Thing.md",
    ]
    assert "| [Old](models/Thing.md#Thing) | Another name for `Thing`. |" in files["docs/models.md"]
    holder = files["docs/models/Holder.md"]
    assert "See [the old name](Thing.md#Thing)." in holder
    assert "[`Thing`](Thing.md#Thing)" in holder
    assert not build.problems


def test_a_user_template_overrides_a_built_in_one_by_name(tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    (overrides / "docs").mkdir(parents=True)
    (overrides / "docs" / "index.md.j2").write_text(
        "# {{ title }} {{ 'overview' | md_anchor }}\n\n{{ operations | length }} operations here.\n",
        encoding="utf-8",
    )
    document = document_from_data(spec({"/x": {"get": operation("only", ["t"])}}), tmp_path)
    files = docs_for(document, templates=overrides).files
    assert files["docs/index.md"] == "# T {#overview}\n\n1 operations here.\n"
    assert "{#only}" in files["docs/tags/t.md"]


@pytest.mark.parametrize("name", ["__heartbeat__", "_private", "get__x__y", "a_b", "__", "x_-_y"])
def test_anchors_survive_markdown_emphasis(name: str) -> None:
    anchor = anchor_text(name, "op")
    html = markdown.markdown(f"## Title {{#{anchor}}}", extensions=["attr_list"])
    assert html == f'<h2 id="{anchor}">Title</h2>'
