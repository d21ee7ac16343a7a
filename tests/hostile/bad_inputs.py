"""Inputs that no command may accept: each is written into a folder and names the spec to run on."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

DEPTH = 10_000


def minimal(**extra: Any) -> dict[str, Any]:
    return {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}, **extra}


def with_schema_ref(ref: str, **extra: Any) -> dict[str, Any]:
    response = {"description": "ok", "content": {"application/json": {"schema": {"$ref": ref}}}}
    return minimal(paths={"/things": {"get": {"responses": {"200": response}}}}, **extra)


def _write(folder: Path, name: str, content: str | dict[str, Any]) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def malformed_json(folder: Path) -> Path:
    return _write(folder, "spec.json", '{"openapi": "3.0.1",\n  "info": {"title": "t",,}}')


def malformed_yaml(folder: Path) -> Path:
    return _write(folder, "spec.yaml", "openapi: 3.0.1\ninfo:\n  title: [unclosed\n  version: 1\n")


def alias_bomb(folder: Path) -> Path:
    lines = ["openapi: 3.0.1", "info: {title: t, version: '1'}", "paths: {}", "x-0: &a0 [lol, lol, lol, lol]"]
    lines += [f"x-{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    return _write(folder, "spec.yaml", "\n".join(lines) + "\n")


def recursive_alias(folder: Path) -> Path:
    return _write(
        folder, "spec.yaml", "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-a: &a [1, *a]\n"
    )


def deep_json(folder: Path) -> Path:
    body = json.dumps(minimal())[:-1] + ', "x-deep": ' + "[" * DEPTH + "]" * DEPTH + "}"
    return _write(folder, "spec.json", body)


def deep_yaml_flow(folder: Path) -> Path:
    text = (
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: "
        + "{a: " * DEPTH
        + "1"
        + "}" * DEPTH
    )
    return _write(folder, "spec.yaml", text + "\n")


def deep_yaml_block(folder: Path) -> Path:
    lines = ["openapi: 3.0.1", "info: {title: t, version: '1'}", "paths: {}", "x-deep:"]
    lines += [" " * level + "a:" for level in range(1, DEPTH)]
    return _write(folder, "spec.yaml", "\n".join(lines) + " 1\n")


def huge_string(folder: Path) -> Path:
    path = folder / "spec.json"
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{"openapi": "3.0.1", "info": {"title": "t", "version": "1", "description": "')
        chunk = "a" * (1024 * 1024)
        for _ in range(100):
            handle.write(chunk)
        handle.write('"}, "paths": {}}')
    return path


def ref_loop_through_files(folder: Path) -> Path:
    _write(folder, "b.json", {"B": {"$ref": "c.json#/C"}})
    _write(folder, "c.json", {"C": {"$ref": "spec.json#/components/schemas/A"}})
    return _write(
        folder,
        "spec.json",
        with_schema_ref("#/components/schemas/A", components={"schemas": {"A": {"$ref": "b.json#/B"}}}),
    )


def url_ref(folder: Path) -> Path:
    return _write(folder, "spec.json", with_schema_ref("http://127.0.0.1:9/schema.json#/Thing"))


def file_ref_outside(folder: Path) -> Path:
    _write(folder.parent, "secret.json", {"Secret": {"type": "string"}})
    return _write(folder, "spec.json", with_schema_ref("../secret.json#/Secret"))


def absolute_file_ref(folder: Path) -> Path:
    return _write(folder, "spec.json", with_schema_ref("/etc/passwd"))


def not_openapi(folder: Path) -> Path:
    return _write(folder, "spec.json", {"name": "a-package", "version": "1.0.0", "dependencies": {}})


def local_ref_loop(folder: Path) -> Path:
    schemas = {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}
    return _write(
        folder, "spec.json", with_schema_ref("#/components/schemas/A", components={"schemas": schemas})
    )


# name -> (builder, text the one-line message must contain)
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "malformed-json": (malformed_json, "spec.json:2:25: malformed JSON"),
    "malformed-yaml": (malformed_yaml, "spec.yaml:4:"),
    "yaml-alias-bomb": (alias_bomb, "alias bomb"),
    "recursive-yaml-alias": (recursive_alias, "spec.yaml:4:6: malformed YAML: an alias refers to a node"),
    "deep-json": (deep_json, "nesting deeper than 500 levels"),
    "deep-yaml-flow": (deep_yaml_flow, "nesting deeper than 500 levels"),
    "deep-yaml-block": (deep_yaml_block, "nesting deeper than 500 levels"),
    "100-mb-string": (huge_string, "spec.json: larger than 64 MiB"),
    "ref-loop-through-files": (ref_loop_through_files, "b.json"),
    "local-ref-loop": (local_ref_loop, "$ref cycle with no schema in it"),
    "url-ref": (url_ref, "URLs are never fetched"),
    "file-ref-outside-folder": (file_ref_outside, "../secret.json"),
    "absolute-file-ref": (absolute_file_ref, "/etc/passwd"),
    "not-openapi": (not_openapi, "not an OpenAPI document"),
}
