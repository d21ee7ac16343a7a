"""Webhooks are compared as operations, with the direction turned round for the subscriber."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from generator.cli.main import main
from generator.diff import Level, compare
from generator.load import parse
from generator.model import build

PET = {"$ref": "#/components/schemas/Pet"}
PET_ADDED = {
    "post": {
        "parameters": [{"name": "X-Event", "in": "header", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": PET}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": PET}}}},
    }
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/pets": {
            "post": {
                "requestBody": {"content": {"application/json": {"schema": PET}}},
                "responses": {"201": {"description": "ok", "content": {"application/json": {"schema": PET}}}},
            }
        }
    },
    "webhooks": {"petAdded": PET_ADDED},
    "components": {
        "schemas": {
            "Pet": {
                "type": "object",
                "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
                "required": ["a"],
            }
        }
    },
}
HOOK = "webhook POST petAdded"


def _changes(old: dict[str, Any], new: dict[str, Any]) -> dict[tuple[str, str | None], Level]:
    base, revision = (
        build(parse(name, yaml.safe_dump(doc))) for name, doc in (("a.yaml", old), ("b.yaml", new))
    )
    return {(change.rule_id, change.operation): change.level for change in compare(base, revision).changes}


def _pet(**changes: Any) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["Pet"].update(changes)
    return document


def test_a_webhook_is_no_change_against_itself() -> None:
    assert _changes(DOCUMENT, copy.deepcopy(DOCUMENT)) == {}


def test_webhooks_added_and_removed_name_the_webhook() -> None:
    without = {key: value for key, value in DOCUMENT.items() if key != "webhooks"}
    assert _changes(without, DOCUMENT) == {("webhook-added", HOOK): Level.INFO}
    assert _changes(DOCUMENT, without) == {("webhook-removed", HOOK): Level.WARNING}


def test_what_a_webhook_sends_is_judged_like_a_response() -> None:
    """A required property removed from Pet breaks the subscriber, who reads the webhook's body."""
    changes = _changes(DOCUMENT, _pet(properties={"b": {"type": "string"}}, required=[]))
    assert changes[("webhook-request-body-property-removed-required", HOOK)] is Level.BREAKING
    assert changes[("response-body-property-removed-required", "POST /pets")] is Level.BREAKING
    # What the subscriber answers is read by the API, like a request: a property removed is a warning.
    assert changes[("webhook-response-body-property-removed-required", HOOK)] is Level.WARNING
    assert changes[("request-body-property-removed-required", "POST /pets")] is Level.WARNING


def test_what_a_subscriber_answers_is_judged_like_a_request() -> None:
    changes = _changes(DOCUMENT, _pet(required=["a", "b"]))
    assert changes[("webhook-response-body-property-became-required", HOOK)] is Level.BREAKING
    assert changes[("webhook-request-body-property-became-required", HOOK)] is Level.INFO
    assert changes[("request-body-property-became-required", "POST /pets")] is Level.BREAKING


def test_operation_rules_turn_round_for_webhooks() -> None:
    revision = copy.deepcopy(DOCUMENT)
    hook = revision["webhooks"]["petAdded"]["post"]
    hook["parameters"][0]["required"] = False
    hook["parameters"].append({"name": "X-Trace", "in": "header", "required": True, "schema": {}})
    del hook["requestBody"]
    assert _changes(DOCUMENT, revision) == {
        ("webhook-request-parameter-became-optional", HOOK): Level.BREAKING,
        ("webhook-request-parameter-added-required", HOOK): Level.INFO,
        ("webhook-request-body-removed", HOOK): Level.BREAKING,
    }


def test_reports_name_the_webhook(tmp_path: Path) -> None:
    files = []
    for name, document in (("base.json", DOCUMENT), ("revision.json", _pet(required=[]))):
        (tmp_path / name).write_text(json.dumps(document), encoding="utf-8")
        files.append(str(tmp_path / name))
    outputs = {}
    for output in ("text", "markdown", "json"):
        result = CliRunner().invoke(main, ["diff", *files, "--format", output])
        assert result.exit_code == 1, result.output
        outputs[output] = result.stdout
    assert f"in {HOOK} (request body property 'a')" in outputs["text"]
    assert HOOK in outputs["markdown"]
    payload = json.loads(outputs["json"])
    [cause] = [c for c in payload["causes"] if c["id"] == "webhook-request-body-property-became-optional"]
    assert cause["level"] == "breaking" and cause["pointer"] == "/components/schemas/Pet/properties/a"
    assert cause["operations"] == [{"operation": HOOK, "where": "request body property 'a'"}]
