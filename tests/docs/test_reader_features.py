"""What a reader sees: tables that fit, faithful text, samples, navigation and the site settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from tests.docs.helpers import docs_for, document_from_data
from tests.docs.test_markdown import to_html
from tests.docs.test_structure import operation, spec

LIST_TEXT = "Filters the chats.\n\nAccepted forms:\n- by name\n- by id\n\nAnything else is ignored."


def reader_spec() -> dict[str, Any]:
    data = spec(
        {
            "/chats/{chatId}": {
                "get": operation(
                    "getChat",
                    ["chats"],
                    summary="Get a chat (Deprecated)",
                    deprecated=True,
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"id": {"type": "string"}}}
                                }
                            },
                        }
                    },
                    externalDocs={"url": "https://docs.example.com/chats", "description": "Chat guide"},
                    parameters=[
                        {"name": "chatId", "in": "path", "required": True, "schema": {"type": "string"}},
                        {
                            "name": "emails",
                            "in": "query",
                            "description": LIST_TEXT,
                            "schema": {"type": "array", "items": {"type": "string", "format": "email"}},
                            "example": ["a@example.com", "b@example.com"],
                        },
                        {
                            "name": "since",
                            "in": "query",
                            "schema": {
                                "type": "string",
                                "format": "date-time",
                                "default": "2024-01-01T00:00:00Z",
                            },
                        },
                        {
                            "name": "kind",
                            "in": "query",
                            "description": "Which chats.",
                            "schema": {"type": "string", "enum": ["open", "closed"]},
                        },
                    ],
                )
            },
            "/chats": {
                "delete": operation("deleteChats", ["chats"], responses={"204": {"description": "gone"}})
            },
        },
        tags=[{"name": "chats"}, {"name": "empty"}],
    )
    data["info"].update(
        {
            "title": "Documentation",
            "contact": {"name": "Support", "email": "help@example.com"},
            "license": {"name": "Apache 2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"},
        }
    )
    data["servers"] = [{"url": "https://api.acme.io/v2"}]
    data["externalDocs"] = {"url": "https://docs.acme.io", "description": "Guides"}
    return data


def test_tables_have_five_columns_at_most_and_lists_stay_lists(tmp_path: Path) -> None:
    files = docs_for(document_from_data(reader_spec(), tmp_path)).files
    page = files["docs/tags/chats.md"]
    header = next(line for line in page.splitlines() if line.startswith("| Name |"))
    assert header == "| Name | In | Type | Required | Description |"
    rows = {line.split(" | ")[0].strip("| "): line for line in page.splitlines() if line.startswith("| `")}
    assert (
        "string (`date-time`)" in rows["`since`"] and 'Default: `"2024-01-01T00:00:00Z"`.' in rows["`since`"]
    )
    assert 'Which chats. Allowed values: `"open"`, `"closed"`.' in rows["`kind`"]
    assert "Filters the chats. (More below the table.)" in rows["`emails`"]
    html = to_html(page)
    assert "<li>by name</li>" in html and "<li>by id</li>" in html
    assert page.count("Deprecated") == 2  # the summary's own word and the one warning block
    assert "## `GET` Get a chat \\(Deprecated\\) {#getChat}" in page
    assert (
        "- More documentation: [https://docs.example.com/chats](https://docs.example.com/chats) — Chat guide"
        in page
    )


def test_samples_encode_arrays_as_the_client_and_skip_result_for_no_content(tmp_path: Path) -> None:
    page = docs_for(document_from_data(reader_spec(), tmp_path)).files["docs/tags/chats.md"]
    assert "emails=a%40example.com&emails=b%40example.com" in page
    assert "result = client.chats.get_chat(" in page
    delete = page[page.index("{#deleteChats}") :]
    assert "client.chats.delete_chats()" in delete and "result =" not in delete


def test_index_shows_contact_license_and_external_docs(tmp_path: Path) -> None:
    index = docs_for(document_from_data(reader_spec(), tmp_path)).files["docs/index.md"]
    assert "- Contact: Support — [help@example.com](mailto:help@example.com)" in index
    assert "- License: Apache 2.0 — [https://www.apache.org/licenses/LICENSE-2.0]" in index
    assert "- More documentation: [https://docs.acme.io](https://docs.acme.io) — Guides" in index


def test_mkdocs_config_has_the_reader_features_and_a_better_site_name(tmp_path: Path) -> None:
    document = document_from_data(reader_spec(), tmp_path)
    files = docs_for(document, mkdocs_config=True).files
    config = yaml.safe_load(files["mkdocs.yml"])
    assert config["site_name"] == "Acme API reference"
    features = config["theme"]["features"]
    assert {"content.code.copy", "toc.integrate", "navigation.sections"} <= set(features)
    assert [entry["scheme"] for entry in config["theme"]["palette"]] == ["default", "slate"]
    extensions = {
        next(iter(item)) if isinstance(item, dict) else item for item in config["markdown_extensions"]
    }
    assert {"pymdownx.highlight", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.details"} <= extensions
    assert config["extra_css"] == ["assets/specgen.css"] and "docs/assets/specgen.css" in files
    operations = config["nav"][1]["Operations"]
    assert operations == [{"chats": "tags/chats.md"}]  # the empty tag is left out
    assert files["docs/tags/chats.md"].startswith("---\nsearch:\n  boost: 2\n---\n")
    assert "boost: 0.5" in files["docs/models.md"]
    named = docs_for(document, mkdocs_config=True, site_name="Acme docs").files["mkdocs.yml"]
    assert yaml.safe_load(named)["site_name"] == "Acme docs"
    page = files["docs/tags/chats.md"]
    assert '=== "curl"' in page and '=== "Python"' in page


def test_spec_examples_come_first_unless_they_break_their_own_schema(tmp_path: Path) -> None:
    parameters = [
        {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["a", "b"]}, "example": "b"},
        {"name": "bad", "in": "query", "schema": {"type": "string", "enum": ["x", "y"]}, "example": "x,y"},
        {
            "name": "period",
            "in": "query",
            "schema": {"type": "string", "format": "date-time"},
            "examples": {"month": {"value": "2023-12"}},
        },
        {"name": "zoneCode", "in": "query", "required": True, "schema": {"type": "string"}},
    ]
    data = spec({"/z": {"get": operation("listZones", ["z"], parameters=parameters)}})
    page = docs_for(document_from_data(data, tmp_path)).files["docs/tags/z.md"]
    assert "?kind=b&bad=x&period=2024-05-01T12%3A30%3A00Z&zoneCode=zone-code-1'" in page
