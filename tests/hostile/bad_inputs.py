"""Inputs that no command may accept: each is written into a folder and names the spec to run on."""

from __future__ import annotations

import json
import os
import textwrap
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


def lone_surrogate(folder: Path) -> Path:
    return _write(folder, "spec.json", json.dumps(minimal(tags=[{"name": "ok"}])).replace("ok", "\\ud800"))


def huge_integer_json(folder: Path) -> Path:
    return _write(folder, "spec.json", json.dumps(minimal())[:-1] + ', "x-n": ' + "7" * 5000 + "}")


def huge_integer_yaml(folder: Path) -> Path:
    return _write(
        folder, "spec.yaml", "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-n: " + "7" * 5000
    )


def unsupported_tag(folder: Path) -> Path:
    text = (
        "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx: !!python/object/apply:os.system [id]\n"
    )
    return _write(folder, "spec.yaml", text)


def fifo(folder: Path) -> Path:
    path = folder / "spec.json"
    os.mkfifo(path)
    return path


def directory(folder: Path) -> Path:
    path = folder / "spec.json"
    path.mkdir()
    return path


def symlink_loop(folder: Path) -> Path:
    path = folder / "spec.json"
    path.symlink_to(path)
    return path


def long_ref_cycle(folder: Path) -> Path:
    schemas = {f"S{i}": {"$ref": f"#/components/schemas/S{(i + 1) % 100}"} for i in range(100)}
    return _write(
        folder, "spec.json", with_schema_ref("#/components/schemas/S0", components={"schemas": schemas})
    )


def brackets_and_garbage(folder: Path) -> Path:
    return _write(folder, "spec.json", "[" * (63 * 1024 * 1024) + "garbage")


def cut_short(folder: Path) -> Path:
    """A valid beginning of 63 MB, ending in the middle (as a download that stopped)."""
    head = json.dumps(minimal())[:-1] + ', "x-items": ['
    return _write(folder, "spec.json", head + '{"a": 1}, ' * ((63 * 1024 * 1024 - len(head)) // 10))


def broken_mid_file(folder: Path) -> Path:
    """63 MB of small objects with one wrong bracket halfway, well-formed on both sides of it."""
    return _broken_list(folder, halfway=True)


def broken_near_end(folder: Path) -> Path:
    """The same 63 MB of small objects with the wrong bracket in the last object but one."""
    return _broken_list(folder, halfway=False)


def double_comma(folder: Path) -> Path:
    """The same 63 MB of small objects with a comma twice halfway: the error is the array's own, among
    millions of members."""
    return _broken_list(folder, halfway=True, broken='{"a": 1},, ')


def scanner_only_then_double_comma(folder: Path) -> Path:
    """The same 63 MB with a comma twice halfway, after values only the standard library reads (msgspec,
    which finds where to look, stops on them)."""
    values = '"x-nan": NaN, "x-infinity": -Infinity, "x-surrogate": "\\ud800", '
    return _broken_list(folder, halfway=True, broken='{"a": 1},, ', values=values)


def nan_items_then_closers(folder: Path) -> Path:
    """63 MB of objects holding NaN in 80 nested arrays, garbage after they all close."""
    head = json.dumps(minimal())[:-1] + ', "x-items": ' + "[" * 80
    item = '{"a": NaN}, '
    count = (63 * 1024 * 1024 - len(head)) // len(item)
    return _write(folder, "spec.json", head + item * count + "{}" + "]" * 80 + " x}")


def _broken_list(folder: Path, halfway: bool, broken: str = '{"a": 1]} ', values: str = "") -> Path:
    head = json.dumps(minimal())[:-1] + ", " + values + '"x-items": ['
    half = (63 * 1024 * 1024 - len(head)) // 10 // 2
    before, after = (half, half) if halfway else (2 * half, 0)
    item = '{"a": 1}, '
    return _write(folder, "spec.json", head + item * before + broken + item * after + '{"a": 1}]}')


def astral_double_comma(folder: Path) -> Path:
    """The 63 MB of small objects after one character outside the Basic Multilingual Plane (four bytes a
    character once decoded), with a comma twice near the end."""
    head = json.dumps(minimal())[:-1] + ', "x-items": ['
    before = (63 * 1024 * 1024 - len(head)) // 10 - 100
    item = '{"a": 1}, '
    # the mark and the rest written apart: a text holding both would take 250 MB in this process, and a
    # child started from it reports that peak as its own
    path = _write(folder, "spec.json", head.replace("{", '{"x-mark": "\U0001f600", ', 1))
    with path.open("a", encoding="utf-8") as handle:
        handle.write(item * before + '{"a": 1},, ' + item * 99 + '{"a": 1}]}\n')
    return path


def nested_deep_at_end(folder: Path) -> Path:
    """63 MB of pretty-printed parameters whose descriptions hold brackets, escaped quotes and backslashes,
    then nesting 1,000 levels deep."""
    parameter = {"name": "limit", "description": 'How many [items], "at most" {per page}, from C:\\x\\. ' * 4}
    item = textwrap.indent(json.dumps(parameter, indent=2), "    ") + ",\n"
    head = json.dumps(minimal(), indent=2)[:-2] + ',\n  "x-parameters": [\n'
    items = item * ((63 * 1024 * 1024 - len(head)) // len(item))
    return _write(
        folder, "spec.json", head + items + '    {}\n  ],\n  "x-deep": ' + "[\n" * 1000 + "]" * 1000 + "\n}"
    )


def _long_array(folder: Path, item: str) -> Path:
    """A 63 MB array of one small item, broken at its very end."""
    head = json.dumps(minimal())[:-1] + ', "x-items": ['
    return _write(folder, "spec.json", head + item * ((63 * 1024 * 1024 - len(head)) // len(item)) + "!]}")


def many_short_strings(folder: Path) -> Path:
    return _long_array(folder, '"abcd", ')


def many_numbers(folder: Path) -> Path:
    return _long_array(folder, "1.5,")


def many_empty_arrays(folder: Path) -> Path:
    return _long_array(folder, "[],")


def flat_yaml_list(folder: Path) -> Path:
    return _write(folder, "spec.yaml", "- item\n" * (6 * 1024 * 1024 // 7))


def malformed_big_yaml(folder: Path) -> Path:
    members = "".join(f"  k{index}: {{a: [1, 2, x]}}\n" for index in range(250_000))
    head = "openapi: 3.0.1\ninfo: {title: t, version: '1'}\npaths: {}\nx-map:\n"
    return _write(folder, "spec.yaml", head + members + "  bad: [unclosed\n")


# name -> (builder, text the one-line message must contain)
BAD_INPUTS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "malformed-json": (malformed_json, "spec.json:2:25: malformed JSON"),
    "malformed-yaml": (malformed_yaml, "spec.yaml:4:"),
    "yaml-alias-bomb": (alias_bomb, "aliases expand to more than 1,000,000 values"),
    "recursive-yaml-alias": (recursive_alias, "spec.yaml:4:13: malformed YAML: an alias refers to a node"),
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
    "lone-surrogate": (lone_surrogate, "spec.json:1:85: a lone surrogate \\ud800 in '/tags/0/name'"),
    "huge-integer-json": (huge_integer_json, "spec.json:1:82: an integer of 5,000 digits"),
    "huge-integer-yaml": (huge_integer_yaml, "spec.yaml:4:6: an integer of 5,000 digits"),
    "unsupported-yaml-tag": (unsupported_tag, "spec.yaml:4:4: malformed YAML: unsupported tag"),
    "fifo": (fifo, "spec.json: not a regular file"),
    "directory": (directory, "spec.json: is a directory"),
    "symlink-loop": (symlink_loop, "spec.json: cannot read: Too many levels of symbolic links"),
    "ref-cycle-of-100": (long_ref_cycle, "$ref cycle with no schema in it (100 references)"),
    "63-mb-of-brackets": (brackets_and_garbage, "spec.json:1:1: not an OpenAPI document"),
    "63-mb-cut-short": (cut_short, "spec.json:1:66060286: malformed JSON: the text does not end where"),
    "63-mb-broken-mid-file": (
        broken_mid_file,
        "spec.json:1:33030194: malformed JSON: Expecting ',' delimiter",
    ),
    "63-mb-double-comma": (double_comma, "spec.json:1:33030196: malformed JSON: Expecting value"),
    "63-mb-scanner-only-values-then-double-comma": (
        scanner_only_then_double_comma,
        "spec.json:1:33030220: malformed JSON: Expecting value",
    ),
    "63-mb-nan-items-then-closers": (
        nan_items_then_closers,
        "spec.json:1:66060369: malformed JSON: Expecting ',' delimiter",
    ),
    "63-mb-broken-near-end": (
        broken_near_end,
        "spec.json:1:66060294: malformed JSON: Expecting ',' delimiter",
    ),
    "63-mb-astral-double-comma": (
        astral_double_comma,
        "spec.json:1:66059311: malformed JSON: Expecting value",
    ),
    "63-mb-nested-deep-at-end": (nested_deep_at_end, "spec.json:930934:1: nesting deeper than 500 levels"),
    "63-mb-of-short-strings": (
        many_short_strings,
        "spec.json:1:16000031: more than 2,000,000 strings of two",
    ),
    "63-mb-of-numbers": (many_numbers, "spec.json:1:32000074: 16,515,054 items (at most 8,000,000)"),
    "63-mb-of-empty-arrays": (
        many_empty_arrays,
        "spec.json:1:3000084: 22,020,068 arrays (at most 1,000,000)",
    ),
    "6-mb-flat-yaml-list": (flat_yaml_list, "spec.yaml:1:1: not an OpenAPI document"),
    "6-mb-malformed-yaml": (malformed_big_yaml, "spec.yaml:250006:1: malformed YAML"),
}
