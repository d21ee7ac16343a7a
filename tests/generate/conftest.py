"""Generation fixtures: the real export generated once per session, a black cache per session."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli.main import main
from tests.conftest import REAL_EXPORT

HOSTILE = '"""\nimport os\nos.system(\'echo pwned\')\n"""\\'


@pytest.fixture(scope="session", autouse=True)
def black_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    previous = os.environ.get("SPECGEN_CACHE_DIR")
    os.environ["SPECGEN_CACHE_DIR"] = str(tmp_path_factory.mktemp("black-cache"))
    yield
    if previous is None:
        os.environ.pop("SPECGEN_CACHE_DIR", None)
    else:
        os.environ["SPECGEN_CACHE_DIR"] = previous


def run(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments), catch_exceptions=False)


@pytest.fixture(scope="session")
def real_client(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    """Client and stubs for the real export in one folder, and the client's --report."""
    out = tmp_path_factory.mktemp("real") / "out"
    report = out.parent / "report.json"
    result = run("generate", "client", str(REAL_EXPORT), "-o", str(out), "--report", str(report))
    assert result.exit_code == 0, result.output
    stubs = run("generate", "stubs", str(REAL_EXPORT), "-o", str(out))
    assert stubs.exit_code == 0, stubs.output
    return out, json.loads(report.read_text(encoding="utf-8"))


def hostile_spec() -> dict[str, object]:
    """A small valid document with attacker-controlled text in every name and description."""
    return {
        "openapi": "3.0.1",
        "info": {"title": HOSTILE, "version": "1' + __import__('os').getcwd() + '", "description": HOSTILE},
        "servers": [{"url": 'https://example.test/api"); import os; ('}],
        "components": {
            "securitySchemes": {
                "key\"; os.system('x') #": {"type": "apiKey", "in": "header", "name": "X-Key\n"}
            },
            "schemas": {
                "class": {
                    "type": "object",
                    "description": HOSTILE,
                    "properties": {
                        "from": {"type": "string", "description": HOSTILE},
                        "__import__('os').system('id')": {"type": "integer"},
                        "BUSINESS_ID": {"type": "string"},
                        "businessID": {"type": "string"},
                        "additional_properties": {"type": "string"},
                        "2fa": {"type": "string", "enum": [HOSTILE, "a", "a", "from"]},
                    },
                }
            },
        },
        "security": [{"key\"; os.system('x') #": []}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "__import__('os').system('id')",
                    "tags": ["../../etc", "x"],
                    "summary": HOSTILE,
                    "description": HOSTILE,
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                        {"name": "from", "in": "query", "schema": {"type": "string", "format": "date-time"}},
                        {"name": "self", "in": "query", "description": HOSTILE, "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {
                            "description": HOSTILE,
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/class"}}
                            },
                        },
                        "429": {"description": "Only 3 requests per second allowed."},
                    },
                },
                "post": {
                    "operationId": "__import__('os').system('id')",
                    "tags": ["../../etc"],
                    "requestBody": {"content": {"*/*": {"schema": {"$ref": "#/components/schemas/class"}}}},
                    "responses": {"204": {"description": "ok"}},
                },
            }
        },
    }
