from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from generator.load import LoadError, SpecVersion, load, parse


def test_real_export_loads_as_openapi_30(real_export: Path) -> None:
    source = load(str(real_export))
    assert source.version is SpecVersion.OPENAPI_30
    assert source.syntax == "json"
    assert len(source.data["paths"]) == 74


def test_json_positions_point_at_the_member_key(real_export: Path) -> None:
    source = load(str(real_export))
    line, column = source.position("/paths/~1agents/get/responses/429")  # type: ignore[misc]
    text_line = source.text.splitlines()[line - 1]
    assert text_line[column - 1 :].startswith('"429"')


def test_json_positions_of_array_items() -> None:
    source = parse("a.json", '{"openapi": "3.0.0",\n "tags": [\n  {"name": "a"},\n    7]}')
    assert source.position("/tags/0") == (3, 3)
    assert source.position("/tags/1") == (4, 5)
    assert source.position("/tags/1/missing") == (4, 5)


def test_yaml_has_the_same_data_and_positions(real_export: Path) -> None:
    data = json.loads(real_export.read_text())
    source = parse("export.yaml", yaml.safe_dump(data, sort_keys=False))
    assert source.syntax == "yaml"
    assert source.data == data
    line, column = source.position("/paths/~1agents/get")  # type: ignore[misc]
    assert source.text.splitlines()[line - 1][column - 1 :].startswith("get:")


def test_swagger_and_31_detected() -> None:
    assert parse("s.json", '{"swagger": "2.0"}').version is SpecVersion.SWAGGER_20
    assert parse("s.yaml", "openapi: 3.1.0\n").version is SpecVersion.OPENAPI_31


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("bad.json", '{"openapi": "3.0.0",\n "paths": ', "bad.json:2:11: malformed JSON"),
        ("bad.yaml", "openapi: 3.0.0\npaths: [\n", "bad.yaml:3:1: malformed YAML"),
        ("list.json", "[1, 2]", "list.json:1:1: not an OpenAPI document"),
        ("other.json", '{"name": "x"}', "other.json:1:1: not an OpenAPI document"),
        ("v4.json", '{"openapi": "4.0"}', "v4.json:1:1: unsupported OpenAPI version"),
        ("deep.json", "[" * 10_000 + "]" * 10_000, "deep.json:1:501: nesting deeper than 500 levels"),
        ("deep.yaml", "openapi: 3.0.0\nx: " + "[" * 10_000 + "]" * 10_000, "deep.yaml:2:504: nesting deeper"),
    ],
)
def test_unreadable_input_names_file_line_and_column(name: str, text: str, expected: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse(name, text)
    assert str(caught.value).startswith(expected)


def test_yaml_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for index in range(8):
        name, previous = chr(98 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [{','.join(['*' + previous] * 9)}]")
    with pytest.raises(LoadError, match="alias bomb"):
        parse("bomb.yaml", "openapi: 3.0.0\n" + "\n".join(lines) + "\n")


def test_yaml_unsafe_tags_are_refused() -> None:
    with pytest.raises(LoadError, match="malformed YAML"):
        parse("evil.yaml", "openapi: 3.0.0\nx: !!python/object/apply:os.system ['true']\n")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load(str(tmp_path / "absent.json"))
