"""Webhooks are compared with everything they reference."""

from __future__ import annotations

import copy
from typing import Any

import yaml

from generator.diff import compare
from generator.load import parse
from generator.model import build

PET_ADDED = {
    "post": {
        "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}},
        "responses": {"200": {"description": "ok"}},
    }
}
DOCUMENT: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {},
    "webhooks": {"petAdded": PET_ADDED},
    "components": {"schemas": {"Pet": {"type": "object", "properties": {"a": {"type": "string"}}}}},
}


def _rules(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str]]:
    base, revision = (
        build(parse(name, yaml.safe_dump(doc))) for name, doc in (("a.yaml", old), ("b.yaml", new))
    )
    return [(change.rule_id, change.pointer) for change in compare(base, revision).changes]


def test_a_webhook_is_no_change_against_itself_and_changes_with_what_it_references() -> None:
    assert _rules(DOCUMENT, copy.deepcopy(DOCUMENT)) == []
    changed = copy.deepcopy(DOCUMENT)
    changed["components"]["schemas"]["Pet"]["properties"]["b"] = {"type": "string"}
    assert ("webhook-changed", "/webhooks/petAdded/post") in _rules(DOCUMENT, changed)


def test_webhooks_added_and_removed() -> None:
    without = {key: value for key, value in DOCUMENT.items() if key != "webhooks"}
    assert _rules(without, DOCUMENT) == [("webhook-added", "/webhooks/petAdded/post")]
    assert _rules(DOCUMENT, without) == [("webhook-removed", "/webhooks/petAdded/post")]
