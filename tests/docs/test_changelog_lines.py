"""The changelog for people: a specific "what to do" line per breaking rule, and description changes
(tags and parameters too, even when reordered) shown before and after in a fold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.history.changelog_entries import changelog
from generator.history.store import Export
from generator.history.timeline import walk_exports
from generator.render.docs.advice import ADVICE, DEFAULT_ADVICE, advice
from generator.render.docs.changelog import ChangeLine
from generator.rules.registry import DIFF_RULES
from tests.docs.helpers import docs_for, document_from


def test_every_breaking_rule_has_its_own_line() -> None:
    rules = DIFF_RULES
    breaking = sorted(rule.id for rule in rules.values() if rule.level.value == "breaking")
    assert len(breaking) > 100
    assert [rule for rule in breaking if rule not in ADVICE] == []
    assert sorted(set(ADVICE) - set(rules)) == []  # no line for a rule that does not exist
    for rule, line in ADVICE.items():
        assert line != DEFAULT_ADVICE and "\n" not in line and len(line) < 100, rule
        assert line[0].isupper() and line.endswith("."), rule
    assert advice("request-body-property-added-required") == "Send this new field in every call."
    assert advice("response-body-nullable-added") == "Handle null where you read this value."
    assert advice("not-a-rule") == DEFAULT_ADVICE


def api(tags: list[dict[str, str]], parameters: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "Shop", "version": "1"},
        "tags": tags,
        "paths": {
            "/orders": {
                "get": {
                    "tags": ["orders"],
                    "operationId": "listOrders",
                    "summary": "List orders",
                    "parameters": parameters,
                    "responses": {"204": {"description": "none"}},
                },
                "post": {
                    "tags": ["orders"],
                    "operationId": "createOrder",
                    "summary": "Create an order",
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"item": {"type": "string"}},
                                    "required": ["item"] if parameters[0]["name"] == "page" else [],
                                }
                            }
                        }
                    },
                    "responses": {"204": {"description": "none"}},
                },
            }
        },
    }


def query(name: str, description: str) -> dict[str, Any]:
    return {"name": name, "in": "query", "description": description, "schema": {"type": "string"}}


def test_tag_and_parameter_descriptions_get_before_and_after(tmp_path: Path) -> None:
    base = api(
        [{"name": "orders", "description": "Old orders text"}, {"name": "users", "description": "People"}],
        [query("status", "Old status text"), query("page", "Page number")],
    )
    # Reordered tags and parameters: the texts are found by name, not by position.
    revision = api(
        [{"name": "users", "description": "People"}, {"name": "orders", "description": "New orders text"}],
        [query("page", "Page number"), query("status", "New status text")],
    )
    exports = []
    for number, data in enumerate((base, revision), start=1):
        path = tmp_path / f"2024-0{number}-01.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        exports.append(Export(f"2024-0{number}-01", 1, path.name, str(number), path))
    [entry] = changelog(walk_exports(tuple(exports)))
    texts = {change.rule: (change.before, change.after) for change in entry.changes}
    assert texts["tag-description-changed"] == ("Old orders text", "New orders text")
    assert texts["parameter-description-changed"] == ("Old status text", "New status text")
    page = docs_for(document_from(exports[1].path), changelog=[entry]).files["docs/changelog.md"]
    fold = page[page.index('??? quote "description of tag orders changed"') :]
    assert fold.index("Old orders text") < fold.index("**After**") < fold.index("New orders text")
    breaking = page[page.index("!!! danger") : page.index("??? note")]
    assert "Send this field in every call: it can no longer be left out." in breaking


def test_exports_with_external_refs_keep_their_texts_when_those_refs_are_allowed(tmp_path: Path) -> None:
    """The changelog reads the exports as the walk did: the same loader and the same $ref policy."""
    (tmp_path / "common.json").write_text(json.dumps({"schema": {"type": "string"}}), encoding="utf-8")
    exports = []
    for number, text in enumerate(("Old status text", "New status text"), start=1):
        data = api([{"name": "orders"}], [query("status", text), query("page", "Page number")])
        data["paths"]["/orders"]["get"]["parameters"][1]["schema"] = {"$ref": "common.json#/schema"}
        path = tmp_path / f"2024-0{number}-01.json"
        path.write_text(json.dumps(data), encoding="utf-8")
        exports.append(Export(f"2024-0{number}-01", 1, path.name, str(number), path))
    [entry] = changelog(walk_exports(tuple(exports), allow_external_refs=True), allow_external_refs=True)
    texts = {change.rule: (change.before, change.after) for change in entry.changes}
    assert texts["parameter-description-changed"] == ("Old status text", "New status text")


@pytest.mark.parametrize(
    ("rule", "level", "section"),
    [
        ("request-body-property-added-required", "breaking", "Breaking"),
        ("response-body-property-added", "info", "Added"),  # an addition
        ("operation-added", "info", "Added"),
        ("request-body-max-length-added", "warning", "Changed"),  # a new limit modifies, adds nothing
        ("tag-added", "info", "Documentation"),  # a documentation change, whatever its last word
        ("external-docs-changed", "info", "Documentation"),
        ("operation-deprecated", "info", "Deprecated"),
        ("webhook-request-body-property-deprecated", "info", "Deprecated"),
        ("deprecated-operation-removed", "warning", "Deprecated"),
        ("a-rule-from-another-version-added", "info", "Changed"),
    ],
)
def test_a_change_goes_to_the_section_its_rule_registers(rule: str, level: str, section: str) -> None:
    assert ChangeLine(level, None, "message", rule=rule).section == section
