"""ruff formats a large module in pieces exactly as it formats the whole module."""

from __future__ import annotations

import pytest

from generator.generate import ruff_pass
from generator.generate.formatting import LINE_LENGTH
from generator.generate.ruff_pieces import cut_module, join_pieces

CLASSES = "".join(
    f"@dataclasses.dataclass\nclass C{i}:\n    '''Doc {i}.'''\n    a : int=1\n\n\n\n"
    f"def f{i}( x ):\n    return [x,\n      {i}]\n\nclass D{i}: pass\nX{i} = ( 1,\n  2 )\n"
    for i in range(40)
)
MODULE = '"""Module."""\nimport dataclasses\n' + CLASSES
# a cut found inside a string: the piece before it does not parse, so ruff gets the whole module
IN_STRING = MODULE + 'Y = """\n' + "    indented text\n" * 40 + '\n@not_a_decorator\n"""\n' + CLASSES


def _binary() -> str:
    binary = ruff_pass.ruff_binary()
    assert binary is not None
    return binary


def _whole(binary: str, path: str, text: str) -> str:
    formatted = ruff_pass._ruff_run(binary, [(path, text)], LINE_LENGTH)
    assert formatted is not None
    return formatted[0]


@pytest.mark.parametrize("text", [MODULE, IN_STRING], ids=["module", "cut-in-string"])
def test_pieces_format_like_the_whole(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = _binary()
    pieces = cut_module("m.py", text, size=300)
    assert len(pieces) > 10
    assert "".join(pieces) != text  # the blank lines at the cuts are left out
    assert (text == IN_STRING) == any(piece.endswith("indented text\n") for piece in pieces)
    monkeypatch.setattr(ruff_pass, "cut_module", lambda path, text: cut_module(path, text, size=300))
    formatted = ruff_pass.ruff_format(binary, {"m.py": text, "small.py": "x=1\n"}, LINE_LENGTH)
    assert formatted == {"m.py": _whole(binary, "m.py", text), "small.py": "x = 1\n"}


def test_cuts_only_after_an_indented_line_that_ends_a_body() -> None:
    bodies = ("x = 1", "y = 'text'", "z = 1  # note", "w = 1 + \\\n        2", "v = (\n    1\n)")
    text = "".join(f"class C{i}:\n    {body}\n\n\n" for i in range(20) for body in bodies)
    pieces = cut_module("m.py", text, size=100)
    assert len(pieces) > 5
    assert all(piece.startswith("class C") for piece in pieces)
    assert {piece.splitlines()[-1] for piece in pieces[:-1]} <= {"    x = 1", "        2"}


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("m.pyi", MODULE),
        ("m.py", MODULE + "# fmt: off\n"),
        ("m.py", MODULE.replace("\n", "\r\n")),
        ("m.py", MODULE[:500]),
    ],
    ids=["stub", "directive", "crlf", "small"],
)
def test_left_whole(path: str, text: str) -> None:
    assert cut_module(path, text, size=300) == [text]


def test_joined_only_when_every_piece_ends_a_line() -> None:
    assert join_pieces(["a = 1\n", "b = 2\n"]) == "a = 1\n\n\nb = 2\n"
    assert join_pieces(["a = 1", "b = 2\n"]) is None
