"""Compiled templates kept in the cache's ``templates/``: every target reuses them, with the same bytes."""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
import pytest

from tests.generate.conftest import run

SPEC = {
    "openapi": "3.0.3",
    "info": {"title": "Things", "version": "1"},
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "tags": ["things"],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Thing": {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}
        }
    },
}


def _generated(target: str, spec: Path, out: Path) -> dict[str, bytes]:
    result = run("generate", target, str(spec), "-o", str(out))
    assert result.exit_code == 0, result.output
    return {
        str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()
    }


@pytest.fixture
def spec(tmp_path: Path) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(SPEC), encoding="utf-8")
    return path


def _never_compile(*_: object, **__: object) -> None:
    raise AssertionError("a template was compiled although the cache holds it")


@pytest.mark.parametrize("target", ["client", "docs"])
def test_a_second_run_uses_the_compiled_templates(
    target: str, spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("SPECGEN_CACHE_DIR", str(cache))
    first = _generated(target, spec, tmp_path / "first")
    assert list((cache / "templates").iterdir())
    monkeypatch.setattr(jinja2.Environment, "compile", _never_compile)
    assert _generated(target, spec, tmp_path / "second") == first


@pytest.mark.parametrize("target", ["client", "docs"])
def test_a_cache_that_cannot_be_used_only_costs_compiling(
    target: str, spec: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", "")
    expected = _generated(target, spec, tmp_path / "off")
    not_a_folder = tmp_path / "cache-file"
    not_a_folder.write_text("", encoding="utf-8")
    monkeypatch.setenv("SPECGEN_CACHE_DIR", str(not_a_folder))
    assert _generated(target, spec, tmp_path / "file") == expected
