"""Formatting a module in pieces gives exactly what black gives for the whole module."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.generate.formatting import format_files, format_python, split_module

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
    joined = "".join(format_python(path, piece) + joiner for piece, joiner in pieces)
    assert joined == format_python(path, text)


def test_format_files_uses_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPECGEN_CACHE_DIR", str(tmp_path))
    first = format_files({"a.py": "x=1\n", "README.md": "x=1\n"})
    assert first == {"a.py": "x = 1\n", "README.md": "x=1\n"}
    monkeypatch.setattr("generator.generate.formatting.format_python", lambda path, text: "changed\n")
    assert format_files({"a.py": "x=1\n"}) == {"a.py": "x = 1\n"}
    assert format_files({"b.py": "y=2\n"}) == {"b.py": "changed\n"}
