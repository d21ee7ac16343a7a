"""Spec names equal to names the generated code uses, and spec prose full of doctest prompts and HTML:
the client is generated, imported, run against the test server, and doctest finds nothing to run."""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.generated import GeneratedPackage, generate_package
from tests.support.spec_server import SpecServer

PROSE = "Explained.<br>See <b>this</b>.\n>>> raise SystemExit('doctest ran spec text')\n... more"
TOKEN = "key-55"


def _document() -> dict[str, Any]:
    thing = {"$ref": "#/components/schemas/ClassVar"}
    return {
        "openapi": "3.0.3",
        "info": {"title": "Names", "version": "1", "description": PROSE},
        "servers": [{"url": "http://localhost/api"}],
        "security": [{"credentials": []}],
        "components": {
            "securitySchemes": {"credentials": {"type": "apiKey", "in": "header", "name": "X-Key"}},
            "schemas": {
                "ClassVar": {
                    "type": "object",
                    "description": PROSE,
                    "required": ["errors"],
                    "properties": {
                        "errors": {"type": "string", "description": PROSE},
                        "typing": {"type": "integer"},
                        "self": {"type": "string"},
                        "kind": {"$ref": "#/components/schemas/Any"},
                    },
                },
                "Any": {"type": "string", "enum": ["a", "b"], "description": PROSE},
            },
        },
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "description": PROSE,
                    "parameters": [
                        {
                            "name": "timeout",
                            "in": "query",
                            "schema": {"type": "integer"},
                            "description": PROSE,
                        },
                        {"name": "result", "in": "query", "schema": {"type": "string"}},
                    ],
                    "responses": {
                        "200": {"description": PROSE, "content": {"application/json": {"schema": thing}}}
                    },
                },
                "post": {
                    "operationId": "addThing",
                    "requestBody": {"required": True, "content": {"application/json": {"schema": thing}}},
                    "responses": {"204": {"description": "done"}},
                },
            }
        },
    }


@pytest.fixture(scope="module")
def names(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[GeneratedPackage, SpecServer]]:
    folder = tmp_path_factory.mktemp("names")
    spec = folder / "names.json"
    spec.write_text(json.dumps(_document()), encoding="utf-8")
    package = generate_package(spec, folder / "out", "names_client")
    with SpecServer(_document()) as server:
        yield package, server


def test_spec_names_never_shadow_the_generated_codes_own(names: tuple[GeneratedPackage, SpecServer]) -> None:
    package, server = names
    module = package.module
    models = importlib.import_module("names_client.models")
    assert models.ClassVar is typing.ClassVar and getattr(models, "Any", typing.Any) is typing.Any
    unknown = models.ClassVar_.from_dict({"errors": "e", "kind": "zzz"})
    assert isinstance(unknown.kind, models.Any_) and unknown.kind == "zzz" and not unknown.kind.known
    assert unknown.to_dict() == {"errors": "e", "kind": "zzz"}
    thing = models.ClassVar_(errors="e", typing=3, self_="me", kind=models.Any_.B)
    assert thing.to_dict() == {"errors": "e", "typing": 3, "self": "me", "kind": "b"}
    with module.Client(credentials_=TOKEN, base_url=server.base_url) as api:
        api.default.add_thing(thing)
        found = api.default.list_things(timeout_=5, result_="r", timeout=10)
    assert found.to_dict() == server.calls[1].response_json
    assert [call.headers.get("x-key") for call in server.calls] == [TOKEN, TOKEN]
    assert server.calls[0].json == {"errors": "e", "typing": 3, "self": "me", "kind": "b"}
    assert server.calls[1].query_values("timeout") == ["5"] and server.calls[1].query_values("result") == [
        "r"
    ]
    assert all(call.errors == () for call in server.calls)
    renames = [problem["message"] for problem in package.report["problems"] if "named" in problem["message"]]
    assert any("'credentials'" in message for message in renames)
    assert not any("'errors'" in message or "'typing'" in message for message in renames)


def test_doctest_runs_nothing_from_the_spec(names: tuple[GeneratedPackage, SpecServer]) -> None:
    package, _ = names
    root = Path(package.module.__file__ or "").parent
    finder = doctest.DocTestFinder()
    modules = [package.module.__name__] + [
        f"{package.module.__name__}.{info.name}" for info in pkgutil.walk_packages([str(root)])
    ]
    examples = 0
    for name in modules:
        module = importlib.import_module(name)
        examples += sum(len(test.examples) for test in finder.find(module))
        assert doctest.testmod(module).attempted == 0
    assert examples == 0
    text = (root / "models.py").read_text(encoding="utf-8")
    assert "<br>" not in text and "<b>" not in text and "See this." in text
