"""Formatting a module in pieces gives exactly what black gives for the whole module."""

from __future__ import annotations

from pathlib import Path

import black
import pytest
from black.mode import Mode, TargetVersion

from generator.generate import pipeline, ruff_pass, ruff_spots
from generator.generate.black_pass import RenderError, format_python, split_module
from generator.generate.formatting import FORMATTERS, LINE_LENGTH, format_files, is_python
from generator.generate.settings import GenerateSettings
from generator.load import load
from generator.model import build
from tests.conftest import PROJECT, REAL_EXPORT, STRIPE_NEW
from tests.generate.conftest import run

MODULE = (
    '"""Module."""\n\nimport dataclasses\n\nX = 1\n'
    + "".join(
        f"@dataclasses.dataclass\nclass C{i}:\n    '''Doc {i}.'''\n    a : int=1\n    b: list[ int ] = dataclasses.field(default_factory=list)\n\n"
        for i in range(30)
    )
    + "".join(f"bind(C{i}, ( ('a','a'), ))\n" + ("\n" if i % 3 else "") for i in range(30))
)
STUB = "import enum\n\n" + "".join(
    f"class E{i}(enum.StrEnum):\n    A = 'a'\n    B = 'b'\n\nclass S{i}: ...\nclass T{i}(E{i}):\n    x: int\n\n"
    for i in range(30)
)


@pytest.mark.parametrize(("path", "text"), [("m.py", MODULE), ("m.pyi", STUB)])
def test_pieces_format_like_the_whole(path: str, text: str) -> None:
    pieces = split_module(text, size=200, stub=path.endswith(".pyi"))
    assert len(pieces) > 5
    joined = "".join(format_python(path, piece, LINE_LENGTH) + joiner for piece, joiner in pieces)
    assert joined == format_python(path, text, LINE_LENGTH)


@pytest.mark.parametrize("formatter", FORMATTERS)
def test_format_files_uses_the_cache(formatter: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", str(tmp_path))
    first = format_files({"a.py": "x=1\n", "README.md": "x=1\n"}, formatter)
    assert first == {"a.py": "x = 1\n", "README.md": "x=1\n"}
    monkeypatch.setattr("generator.generate.black_pass.format_python", lambda path, text, width: "changed\n")
    monkeypatch.setattr(
        ruff_pass, "ruff_format", lambda binary, files, width: dict.fromkeys(files, "changed\n")
    )
    assert format_files({"a.py": "x=1\n"}, formatter) == {"a.py": "x = 1\n"}
    assert format_files({"b.py": "y=2\n"}, formatter) == {"b.py": "changed\n"}


def _rendered(spec: Path) -> dict[str, str]:
    """Client and stub files for ``spec`` as the templates render them, before any formatting."""
    document = build(load(str(spec)))
    settings = GenerateSettings()
    view = pipeline.client_view(document, settings)
    files: dict[str, str] = {}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "format_files", lambda rendered, formatter="ruff": dict(rendered))
        files.update(pipeline.render_client(view, settings))
        files.update(pipeline.render_stubs(view, settings))
    return files


def _newest_history_spec() -> Path:
    return sorted(
        path for path in (PROJECT / "specs" / "botmaker").glob("*.json") if path.stem[:1].isdigit()
    )[-1]


def _assert_same_as_black(files: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", "")
    fast = format_files(files, "ruff")
    alone = format_files(files, "black")
    different = sorted(path for path in files if fast[path] != alone[path])
    assert different == []
    assert alone != files
    return fast


@pytest.mark.parametrize("spec", [REAL_EXPORT, _newest_history_spec()], ids=["real-export", "newest-history"])
def test_ruff_then_black_gives_black_bytes(spec: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fast = _assert_same_as_black(_rendered(spec), monkeypatch)
    python = {path: text for path, text in fast.items() if is_python(path)}
    for path, text in python.items():
        mode = Mode(
            target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH, is_pyi=path.endswith(".pyi")
        )
        assert black.format_str(text, mode=mode) == text, path
    assert format_files(_rendered(spec), "ruff") == fast


@pytest.mark.slow
def test_stripe_ruff_then_black_gives_black_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    rendered = _rendered(STRIPE_NEW)
    binary = ruff_pass.ruff_binary()
    assert binary is not None
    first = ruff_pass.ruff_format(binary, rendered, LINE_LENGTH)
    assert first is not None
    assert any(ruff_spots.needs_black(text) for text in first.values())
    _assert_same_as_black(rendered, monkeypatch)


HOSTILE_SAMPLES = {
    "params.py": (
        "def call(self, *, very_long_parameter_name_number_one: VeryLongTypeNameNumberOne | AnotherQuiteLongTypeName"
        " | str | None = None, b: int|None=None) -> None:\n    '''| a | table | in a docstring |'''\n"
        "    result: VeryLongTypeNameNumberOne | AnotherQuiteLongTypeName | ThirdLongTypeName | str = await_it(\n"
        "        'x', (a, b), c)\n    return result\n"
    ),
    "klass.py": (
        "class Api:\n    '''Doc \\\\ with \"\"quotes\"\" and unicode: café ✓.'''\n\n"
        "    async def m(self, customer: str, *, body: PostCustomersCustomerCardsRequestBodyName | None = None)"
        " -> Account | AlipayAccount | BankAccount | BitcoinReceiver | Card | Source:\n"
        "        result: Account | AlipayAccount | BankAccount | BitcoinReceiver | Card | Source = await self.t.call(\n"
        "            _OP_DEFAULT_POST_CUSTOMERS_CUSTOMER_CARDS, (customer,), body)\n        return result\n\n"
        "    x: int=1\n# trailing comment\n"
    ),
    "stub.pyi": (
        "class S:\n    def f(self, *, a_rather_long_name: SomeLongTypeName | AnotherLongTypeName | YetAnotherTypeName"
        " | None = ...) -> None: ...\n    '''| not code'''\nclass T: ...\n"
    ),
    "separators.py": (
        "class Api:\n    '''Line\u2028separator and\x85next line.'''\n\n    X = 'form\x0cfeed'\n\n"
        "    def call(self, *, very_long_parameter_name_number_one: VeryLongTypeNameNumberOne | AnotherQuiteLongName"
        " | str | None = None) -> None:\n        '''\u2029'''\n"
    ),
    "strings.py": "X = {'k': \"\\u00e9\\t|\", 'l': '''\n| pipe at line start\n'''}\n\n\n\n\nY=[1,2,3,]\n",
}


def test_hostile_samples_match_black(monkeypatch: pytest.MonkeyPatch) -> None:
    binary = ruff_pass.ruff_binary()
    assert binary is not None
    first = ruff_pass.ruff_format(binary, HOSTILE_SAMPLES, LINE_LENGTH)
    assert first is not None
    assert {path for path, text in first.items() if ruff_spots.needs_black(text)} >= {
        "params.py",
        "klass.py",
        "separators.py",
    }
    fast = _assert_same_as_black(HOSTILE_SAMPLES, monkeypatch)
    assert first["params.py"] != fast["params.py"]
    assert first["klass.py"] != fast["klass.py"]
    assert first["separators.py"] != fast["separators.py"]


def test_black_is_used_when_ruff_is_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", "")
    monkeypatch.setattr(ruff_pass, "ruff_binary", lambda: None)
    calls: list[str] = []
    monkeypatch.setattr(ruff_pass, "ruff_format", lambda *arguments: calls.append("ruff"))
    assert format_files({"a.py": "x=1\n"}, "ruff") == {"a.py": "x = 1\n"}
    assert calls == []


def test_invalid_python_is_reported_by_either_formatter(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", "")
    for formatter in FORMATTERS:
        with pytest.raises(RenderError, match=r"bad\.py"):
            format_files({"bad.py": "def (:\n"}, formatter)
    with pytest.raises(ValueError, match="unknown formatter"):
        format_files({"a.py": ""}, "yapf")


def test_formatter_from_config(tmp_path: Path) -> None:
    (tmp_path / "specgen.toml").write_text('[generate]\nformatter = "black"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "generate", "stubs", str(REAL_EXPORT), "-o", str(out), "--config", str(tmp_path / "specgen.toml")
    )
    assert result.exit_code == 0, result.output
    assert (out / "botmaker_client" / "client.pyi").is_file()
    (tmp_path / "specgen.toml").write_text('[generate]\nformatter = "yapf"\n', encoding="utf-8")
    result = run(
        "generate", "stubs", str(REAL_EXPORT), "-o", str(out), "--config", str(tmp_path / "specgen.toml")
    )
    assert result.exit_code == 2
    assert "invalid formatter 'yapf'" in result.output


def test_cleared_lines_need_no_parse() -> None:
    """Lines that only look divergent are cleared from the lines around them; others are not."""
    cleared = (
        "class M:\n    items: (\n        list[\n            A\n            | B\n        ]\n        | None\n"
        "    ) = None\n\n    def f(self) -> None:\n        '''Doc.\n\n        | a | b |\n        '''\n"
    )
    assert ruff_spots.needs_black(cleared)
    assert ruff_spots.unsafe_lines(cleared) == []
    valued = "class M:\n    items: (\n        A\n        | B\n    ) = make()\n"
    call = "x = f(\n    a\n    | b\n)\n"
    assert ruff_spots.unsafe_lines(valued) == [1]
    assert ruff_spots.unsafe_lines(call) == [2]  # inside a call's parentheses: black decides
    assert ruff_spots.unsafe_lines("def f(\n    a\n    | b,\n):\n    pass\n") == [2]


def test_divergent_member_found_by_its_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """A divergent class member is found without parsing the module, with the same bytes as black."""
    source = HOSTILE_SAMPLES["klass.py"]
    binary = ruff_pass.ruff_binary()
    assert binary is not None
    first = ruff_pass.ruff_format(binary, {"klass.py": source}, LINE_LENGTH)
    assert first is not None
    lines = ruff_spots.source_lines(first["klass.py"])
    plan = ruff_pass._plan_by_lines("klass.py", source, lines, ruff_spots.unsafe_lines(first["klass.py"]))
    assert plan is not None and len(plan[2]) == 1
    monkeypatch.setattr(ruff_pass, "_plan", lambda *arguments: pytest.fail("parsed the whole module"))
    monkeypatch.setenv("SPECGEN_CACHE_DIR", "")
    assert format_files({"klass.py": source}, "ruff") == format_files({"klass.py": source}, "black")


def test_member_found_only_when_its_code_matches() -> None:
    """A member named the same in a docstring of the source is not taken for the member itself."""
    text = "class A:\n    def f(\n        self,\n    ) -> None:\n        pass\n"
    lines = ruff_spots.source_lines(text)
    span = ruff_spots.member_span(lines, 2)
    assert span == (1, 5)
    assert ruff_spots.member_key(lines, span) == ("class A:\n", "f")
    twice = "class A:\n    '''\n    f is here\n    '''\n    def f(self) -> None:\n        pass\n"
    assert ruff_spots.find_member(ruff_spots.source_lines(twice), ("class A:\n", "f")) is None
    decoy = "class A:\n    '''\n    f = 1\n    '''\n\n    def g(self) -> None:\n        pass\n"
    assert ruff_pass._plan_by_lines("a.py", decoy, lines, [2]) is None
