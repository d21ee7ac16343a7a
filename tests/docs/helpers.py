"""Building docs for tests: from a spec file or from a dict written to a temporary file."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from typing import Any

from generator.diff import DiffReport
from generator.generate.pipeline import client_view
from generator.generate.settings import GenerateSettings
from generator.generate.targets import Rendered, docs
from generator.load import load
from generator.model import Document, build
from generator.render.docs.changelog import ChangeLine, ChangelogEntry
from generator.render.docs.samples import TOKEN_VARIABLE


def document_from(path: Path) -> Document:
    return build(load(str(path)))


def document_from_data(data: dict[str, Any], folder: Path) -> Document:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "spec.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return document_from(path)


def docs_for(document: Document, changelog: Any = None, **settings: Any) -> Rendered:
    """The docs target's files and problems; ``changelog`` entries may be plain mappings."""
    chosen = GenerateSettings(changelog=tuple(_entries(changelog)), **settings)
    return docs(document, client_view(document, chosen), chosen)


def entry_from_report(title: str, base: str, revision: str, report: DiffReport) -> ChangelogEntry:
    lines = tuple(
        ChangeLine(change.level.value, change.operation, change.message, change.pointer, change.rule_id)
        for change in report.changes
    )
    return ChangelogEntry(title, base, revision, report.semver, lines)


def _entries(value: Any) -> list[ChangelogEntry]:
    """Entries given as ChangelogEntry values or as plain mappings with the same fields."""
    if value is None:
        return []
    if isinstance(value, (ChangelogEntry, dict)):
        value = [value]
    return [item if isinstance(item, ChangelogEntry) else _entry(item) for item in value]


def _entry(item: dict[str, Any]) -> ChangelogEntry:
    changes = tuple(
        ChangeLine(
            str(change.get("level", "info")),
            change.get("operation"),
            str(change.get("message", "")),
            str(change.get("pointer", "")),
            str(change.get("rule", "")),
            str(change.get("before", "")),
            str(change.get("after", "")),
        )
        for change in item.get("changes", ())
    )
    fields = (item.get(key, default) for key, default in (("title", ""), ("base", ""), ("revision", "")))
    return ChangelogEntry(
        *map(str, fields), str(item.get("semver", "none")), changes, str(item.get("date", ""))
    )


HOSTILE_TEXT = "Pipe | here <script>alert('spec')</script> `tick | ` {#hijack} <b onmouseover=x>bold</b>"


def hostile_spec() -> dict[str, Any]:
    """A small API whose every text field tries to break a table or smuggle HTML into the page."""
    return {
        "openapi": "3.0.1",
        "info": {
            "title": "Hostile <script>alert('title')</script>",
            "version": "1.0",
            "description": HOSTILE_TEXT,
        },
        "servers": [{"url": "https://api.example.com/v1"}],
        "tags": [{"name": "things", "description": HOSTILE_TEXT}],
        "paths": {
            "/things/{thingId}": {
                "get": {
                    "tags": ["things"],
                    "operationId": "getThing",
                    "summary": "Get | a <script>alert('summary')</script> thing",
                    "description": HOSTILE_TEXT + "\n\nSee [the list](#/operations/listThings) and "
                    "[nowhere](#/operations/doesNotExist).\n```\n<script>alert('fence')</script>",
                    "deprecated": True,
                    "parameters": [
                        {
                            "name": "thingId",
                            "in": "path",
                            "required": True,
                            "description": "Line one | with pipe\nLine two <script>alert('param')</script>\n- a\n- b",
                            "schema": {"type": "string", "pattern": "^a|b$"},
                            "example": "t|1",
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The thing.",
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                            },
                        },
                        "429": {"description": "Only 2 requests per second allowed."},
                    },
                }
            },
            "/things": {
                "get": {
                    "tags": ["things"],
                    "operationId": "listThings",
                    "summary": "List things",
                    "responses": {"200": {"description": "ok"}},
                }
            },
        },
        "components": {
            "schemas": {
                "Thing": {
                    "type": "object",
                    "required": ["name"],
                    "description": HOSTILE_TEXT,
                    "properties": {
                        "name": {"type": "string", "description": "Name | <script>alert('prop')</script>"},
                        "kind": {"type": "string", "enum": ["a|b", "<c>", "`d`"]},
                        "children": {"type": "array", "items": {"$ref": "#/components/schemas/Thing"}},
                    },
                }
            }
        },
    }


SAMPLE_FENCE = re.compile(r"^( *)(`{3,})(sh|python)\n(.*?)\n\1\2$", re.MULTILINE | re.DOTALL)


def code_blocks(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str]]:
    """(language, code) of every sh and python block, tabbed (indented) or not, between the offsets."""
    found = []
    for match in SAMPLE_FENCE.finditer(text, start, len(text) if end is None else end):
        indent = match.group(1)
        lines = match.group(4).split("\n")
        found.append((match.group(3), "\n".join(line.removeprefix(indent) for line in lines)))
    return found


def run_curl(command: str, token: str = "") -> subprocess.CompletedProcess[str]:
    """A curl sample run by bash as a reader would run it, with the token in its variable."""
    return subprocess.run(
        ["bash", "-c", command + " --silent --show-error --output /dev/null"],
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), TOKEN_VARIABLE: token},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
