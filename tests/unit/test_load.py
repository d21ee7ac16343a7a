from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from generator.load import LoadError, SpecVersion, load, parse, text
from generator.load.refs import ref_pointers
from tests.conftest import SHARED_SPECS
from tests.hostile.run import specgen

GITHUB = SHARED_SPECS / "github" / "2021-06-16.json"


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


def test_yaml_alias_bomb_is_refused_quickly_naming_the_aliases() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for index in range(8):
        name, previous = chr(98 + index), chr(97 + index)
        lines.append(f"{name}: &{name} [{','.join(['*' + previous] * 9)}]")
    with pytest.raises(LoadError, match=r"bomb.yaml:\d+:\d+: aliases expand to more than 1,000,000 values"):
        parse("bomb.yaml", "openapi: 3.0.0\n" + "\n".join(lines) + "\n")


def test_yaml_aliases_are_bounded_by_size_too() -> None:
    text = (
        "openapi: 3.0.0\nx-big: &big " + "a" * 1_000_000 + "\nx-copies: [" + ", ".join(["*big"] * 70) + "]\n"
    )
    with pytest.raises(LoadError, match="aliases expand to more than 64 MiB of text"):
        parse("big.yaml", text)


def test_a_large_list_without_aliases_is_not_called_an_alias_bomb() -> None:
    with pytest.raises(LoadError) as caught:
        parse("list.yaml", "- a\n" * 300_000)
    assert str(caught.value) == "list.yaml:1:1: not an OpenAPI document: the top level is not an object"
    text = "openapi: 3.0.0\nx-list:\n" + "- a\n" * 300_000
    assert len(parse("list.yaml", text).data["x-list"]) == 300_000


@pytest.mark.parametrize(
    "text",
    [
        "openapi: 3.0.0\nx: !!python/object/apply:os.system ['true']\n",
        "openapi: 3.0.0\nx: !custom value\n",
        "openapi: 3.0.0\nx: !!python/name:os.system {}\n",
    ],
)
def test_yaml_tags_other_than_the_standard_ones_are_refused(text: str) -> None:
    with pytest.raises(LoadError, match=r"evil.yaml:2:4: malformed YAML: unsupported tag"):
        parse("evil.yaml", text)


def test_yaml_standard_tags_are_read() -> None:
    text = "openapi: 3.0.0\na: !!str 12\nb: !!int '7'\nc: !!float 1\nd: !!bool true\ne: !!binary aGk=\n"
    data = parse("t.yaml", text).data
    assert (data["a"], data["b"], data["c"], data["d"], data["e"]) == ("12", 7, 1.0, True, "aGk=")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        load(str(tmp_path / "absent.json"))


# YAML as other OpenAPI tools read it ---------------------------------------------------------------

HEAD = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n"


def test_yaml_12_scalars() -> None:
    text = (
        HEAD
        + "x: {a: yes, b: no, c: on, d: off, e: 010, f: 0o17, g: 0x1f, h: 1_000, i: 12:30, j: 2024-01-02}\n"
    )
    assert parse("t.yaml", text).data["x"] == {
        "a": "yes",
        "b": "no",
        "c": "on",
        "d": "off",
        "e": 10,
        "f": 15,
        "g": 31,
        "h": "1_000",
        "i": "12:30",
        "j": "2024-01-02",
    }


def test_equals_keys_are_strings() -> None:
    assert parse("t.yaml", HEAD + "x:\n  =: value\n  y: =\n").data["x"] == {"=": "value", "y": "="}


def test_merge_keys_merge_and_explicit_keys_win() -> None:
    text = HEAD + (
        "x-base: &base {type: object, description: base, readOnly: true}\n"
        "x-more: &more {title: more, description: more}\n"
        "x-one:\n  description: mine\n  <<: *base\n"
        "x-two:\n  <<: [*more, *base]\n  readOnly: false\n"
    )
    data = parse("t.yaml", text).data
    assert data["x-one"] == {"description": "mine", "type": "object", "readOnly": True}
    assert data["x-two"] == {"title": "more", "description": "more", "type": "object", "readOnly": False}
    assert not parse("t.yaml", text).notes


def test_tabs_on_blank_lines_of_block_scalars() -> None:
    text = HEAD + "x-text: |\n  first\n\t\n  \t \n  last\n"
    assert parse("t.yaml", text).data["x-text"] == "first\n\n\nlast\n"


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_unicode_line_separators_are_text(separator: str) -> None:
    text = HEAD + f"x-block: |\n  a{separator}b\nx-plain: c{separator}d\nx-quoted: 'e{separator}f'\n"
    data = parse("t.yaml", text).data
    assert (data["x-block"], data["x-plain"], data["x-quoted"]) == (
        f"a{separator}b\n",
        f"c{separator}d",
        f"e{separator}f",
    )


def test_control_characters_are_dropped_with_a_located_warning() -> None:
    source = parse("t.yaml", HEAD + "x-text: a\x86b\x01c\n")
    assert source.data["x-text"] == "abc"
    assert [(note.rule, note.line, note.column, note.pointer) for note in source.notes] == [
        ("control-character", 4, 10, "/x-text"),
        ("control-character", 4, 12, "/x-text"),
    ]
    assert "U+0086 at 4:10" in source.notes[0].message


def test_many_control_characters_give_a_bounded_number_of_warnings() -> None:
    source = parse("t.yaml", HEAD + "x-text: a" + "\x01" * 10_000 + "\n")
    assert source.data["x-text"] == "a" and len(source.notes) == 21
    assert "9,980 more control characters dropped" in source.notes[-1].message


@pytest.mark.parametrize(
    ("name", "text", "places"),
    [
        ("d.json", '{"openapi": "3.0.0",\n "a": 1,\n "a": 2}', ("2:2", "3:2")),
        ("d.yaml", "openapi: 3.0.0\na: 1\na: 2\n", ("2:1", "3:1")),
    ],
)
def test_duplicate_keys_warn_with_both_places_and_the_last_wins(
    name: str, text: str, places: tuple[str, str]
) -> None:
    source = parse(name, text)
    assert source.data["a"] == 2
    (note,) = source.notes
    assert note.rule == "key-duplicate" and note.pointer == "/a"
    assert f"at {places[0]} and {places[1]}" in note.message


# Never a traceback --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("s.json", '{"openapi": "3.0.0",\n "tags": [{"name": "a\\ud800"}]}', "s.json:2:12: a lone surrogate"),
        ("s.json", '{"openapi": "3.0.0", "x-\\udc00": 1}', "'/x-\\udc00'"),
        ("s.yaml", 'openapi: 3.0.0\ntitle: "\\ud800"\n', "s.yaml:2:"),
        (
            "n.json",
            '{"openapi": "3.0.0",\n "x": ' + "1" * 5000 + "}",
            "n.json:2:7: an integer of 5,000 digits",
        ),
        ("n.yaml", "openapi: 3.0.0\nx: " + "1" * 5000 + "\n", "n.yaml:2:4: an integer of 5,000 digits"),
        ("n.yaml", "openapi: 3.0.0\nx: !!int " + "1" * 5000 + "\n", "n.yaml:2:4: an integer of 5,000 digits"),
    ],
)
def test_text_python_cannot_hold_is_refused_in_one_line(name: str, text: str, expected: str) -> None:
    with pytest.raises(LoadError) as caught:
        parse(name, text)
    assert expected in str(caught.value) and "\n" not in str(caught.value)


def test_paired_surrogate_escapes_are_fine() -> None:
    assert parse("s.json", '{"openapi": "3.0.0", "x": "\\ud83d\\ude00"}').data["x"] == "\U0001f600"


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo.json"
    os.mkfifo(fifo)
    (tmp_path / "dir.json").mkdir()
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    cases = {
        fifo: "not a regular file",
        tmp_path / "dir.json": "is a directory",
        Path("/dev/zero"): "not a regular",
    }
    cases[tmp_path / "loop.json"] = "cannot read: Too many levels of symbolic links"
    for path, expected in cases.items():
        with pytest.raises(LoadError, match=expected):
            load(str(path))


# References only where the grammar has them --------------------------------------------------------


def test_the_github_description_loads(tmp_path: Path) -> None:
    source = load(str(GITHUB))
    assert source.version is SpecVersion.OPENAPI_30
    found = dict(ref_pointers(source.data, source.version))
    assert not [ref for ref in found.values() if not ref.startswith("#")]
    assert '"$ref": "https://api.github.com/scim' in source.text  # in an example: data, not a reference


# git inputs ---------------------------------------------------------------------------------------


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    (tmp_path / "spec.json").write_text(json.dumps({"openapi": "3.0.0", "paths": {}, "x-pad": "a" * 5000}))
    git("add", "spec.json")
    git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "spec")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_git_locations_load_like_files(repository: Path) -> None:
    assert load("git:HEAD:spec.json").data["paths"] == {}


def test_a_git_revision_cannot_be_an_option(repository: Path) -> None:
    target = repository / "written-by-git"
    with pytest.raises(LoadError, match="a revision cannot start with '-'"):
        load(f"git:--output={target}:spec.json")
    assert not target.exists()


def test_git_reads_have_the_same_size_cap(repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(text, "MAX_BYTES", 4096)
    with pytest.raises(LoadError, match=r"git:HEAD:spec\.json: larger than"):
        load("git:HEAD:spec.json")


def test_diff_prints_each_duplicate_key_once_as_a_warning(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(
        '{"openapi": "3.0.0", "info": {"title": "t", "title": "u\\u001b]0;x\\u0007"}, "paths": {}}'
    )
    run = specgen("diff", str(spec), str(spec))
    warnings = [line for line in run.stderr.splitlines() if "[key-duplicate]" in line]
    assert run.code == 0 and len(warnings) == 2, run.stderr
    assert warnings[0].startswith(f"specgen: warning: {spec}:1:45: [key-duplicate] key 'title'")
    assert "\x1b" not in run.stderr and "\x07" not in run.stderr
