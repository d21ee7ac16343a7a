"""The hostile-document machinery itself: the strategy, the neutral twin and the checks catch what
they are meant to catch."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

from generator.load import parse
from generator.model import build
from generator.rules.rule import Level
from generator.validate import validate
from tests.hostile.checks import files_outside, raw_html, shape_differences
from tests.hostile.run import PEAK_MB_LIMIT, specgen
from tests.hostile.strategies import NEUTRAL, documents, neutral_twin


def _shape(node: Any) -> Any:
    if isinstance(node, dict):
        return [(type(key).__name__, _shape(value)) for key, value in node.items()]
    if isinstance(node, list):
        return [_shape(value) for value in node]
    return type(node).__name__


@settings(
    max_examples=25, derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)
@given(documents())
def test_the_twin_has_the_same_shape_no_hostile_text_and_is_valid(document: dict[str, Any]) -> None:
    twin = neutral_twin(document)
    assert _shape(twin) == _shape(document)
    text = json.dumps(twin)
    for marker in ('\\"\\"\\"', "<script", "../", "__import__", "{{", "{%", "javascript:", "\\n", "\\\\"):
        assert marker not in text
    twin_names = {operation["operationId"] for item in twin["paths"].values() for operation in item.values()}
    assert all(NEUTRAL.fullmatch(name) for name in twin_names)
    model = build(parse("twin.json", json.dumps(twin)))
    errors = [problem for problem in validate(model) if problem.level >= Level.ERROR]
    assert errors == []
    operation_count = sum(len(item) for item in document["paths"].values())
    assert len(model.operations) == operation_count


def test_shape_check_accepts_different_names_and_strings() -> None:
    neutral = 'class Zq0:\n    """zq1"""\n    def get_zq2(self, zq3: str) -> str:\n        return self._call("zq4", zq3)\n'
    hostile = 'class Class_:\n    """\\"\\"\\" x"""\n    def get_etc(self, import_: str) -> str:\n        return self._call("<s>", import_)\n'
    assert shape_differences(hostile, neutral) == []


def test_shape_check_catches_an_injected_statement_or_call() -> None:
    neutral = 'def zq0() -> None:\n    """zq1"""\n'
    escaped = 'def zq0() -> None:\n    """"""\n    __import__("os").system("x")\n'
    assert shape_differences(escaped, neutral)
    template_name_changed = 'def zq0() -> None:\n    """zq1"""\n'.replace("None", "int")
    assert shape_differences(template_name_changed, neutral)


def test_shape_check_catches_spec_text_becoming_a_builtin_call_target() -> None:
    neutral = "x = zq0(1)\n"
    assert shape_differences("x = eval(1)\n", neutral) == ["line 1: spec text refers to the builtin 'eval'"]
    assert shape_differences("def eval(): ...\nx = eval(1)\n", "def zq1(): ...\nx = zq1(1)\n") == []
    assert shape_differences("def __init__(): ...\n", "def zq1(): ...\n")
    assert shape_differences("x = Pet(1)\n", neutral) == []


def test_raw_html_is_what_markdown_turns_into_elements() -> None:
    markdown = "Text `<script>` and\n\n```\n<iframe src=x>\n```\n\n&lt;b&gt; fine\n"
    assert raw_html(markdown) == {"p", "code", "pre"}
    assert {"script", "img", "img[onerror]"} <= raw_html(
        'a <script>alert(1)</script> <img src=x onerror="y">'
    )
    assert "a[href=javascript:]" in raw_html("[x](javascript:alert(1))")
    assert raw_html("| a |\n|---|\n| &lt;img src=x onerror=alert(1)&gt; |\n") == {
        "table",
        "thead",
        "tr",
        "th",
        "tbody",
        "td",
    }


def test_files_outside_finds_links_out_of_the_folder(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (out / "pkg" / "a.py").write_text("")
    assert files_outside(out) == []
    (out / "pkg" / "link").symlink_to(tmp_path)
    assert files_outside(out) == [str(out / "pkg" / "link")]


def test_neutral_words_are_recognised_in_made_names() -> None:
    assert all(NEUTRAL.search(name) for name in ("zq0", "Zq12Model", "get_zq3", "ZQ4"))


def test_shape_check_allows_reordered_definitions_and_string_tables_only() -> None:
    neutral = "class Zq1:\n    x: int\n\nclass Zq2:\n    y: str = 'zq3'\n"
    reordered = "class B:\n    y: str = 'b'\n\nclass A:\n    _wire: ClassVar[dict[str, str]] = {'a': 'a-b'}\n    x: int\n"
    assert shape_differences(reordered, neutral) == []
    called = "class B:\n    y: str = 'b'\n\nclass A:\n    _wire = dict(a='a-b')\n    x: int\n"
    assert shape_differences(called, neutral)


def test_a_run_is_measured_alone_however_large_the_test_process_has_grown(tmp_path: Path) -> None:
    """Linux hands a child the peak size of the process it came from; the runner must not report it."""
    grown = bytearray((PEAK_MB_LIMIT + 100) << 20)
    grown[:: 1 << 12] = b"x" * len(grown[:: 1 << 12])  # touch every page, so it is resident
    spec = tmp_path / "spec.json"
    spec.write_text('{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}')
    run = specgen("validate", str(spec))
    del grown
    assert run.code == 0, run.stderr
    assert 5 < run.peak_mb < 200, f"{run.peak_mb:.0f} MB"
    assert 0 < run.cpu_seconds < 10
