"""The escaping path from spec text to Python: literals, docstrings, identifiers, import order."""

from __future__ import annotations

import ast
import doctest

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render import client_layout
from generator.render.python_filters import (
    UnsafeIdentifierError,
    clean_text,
    docstring,
    docstring_prose,
    identifier,
    import_order,
    plain_text,
    python_literal,
    python_string,
    python_tuple,
)

HOSTILE = [
    '"""',
    "'''",
    "\\",
    "x\\",
    '""""""',
    'end"',
    '"start',
    "\\N{BULLET}",
    "\\x41\\u0041",
    '"""\nimport os\nos.system("id")\n"""',
    "a\u202eb\u2066c",
    "line\r\nbreak\u2028here\x0cand\x00nul",
    "\ud800 lone surrogate",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_string_literal_round_trips(text: str) -> None:
    assert ast.literal_eval(python_string(text)) == text


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_string_literal_round_trips(text: str) -> None:
    literal = python_string(text)
    tree = ast.parse(f"x = {literal}")
    assert isinstance(tree.body[0], ast.Assign)
    assert ast.literal_eval(literal) == text


def _docstring_of(literal: str) -> str | None:
    tree = ast.parse(f"def f():\n    {literal}\n    return 1\n")
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef) and len(function.body) == 2
    return ast.get_docstring(function, clean=False)


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_is_one_string_holding_the_cleaned_text(text: str) -> None:
    value = _docstring_of(docstring(text))
    assert value is not None
    assert value.strip() == docstring_prose(text).strip() or not docstring_prose(text).strip()


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_makes_a_single_docstring(text: str) -> None:
    literal = docstring(text)
    body = literal[3:-3]
    assert '"""' not in body.replace('\\"', "")
    assert not body.rstrip("\n").endswith("\\") or body.rstrip("\n").endswith("\\\\")
    value = _docstring_of(literal)
    assert value is not None
    expected = "\n".join(line.rstrip() for line in docstring_prose(text).split("\n")).strip()
    assert value.strip() == expected or (not expected and value == ".")


def test_html_in_prose_becomes_plain_text() -> None:
    assert plain_text("One<br>two<BR/>three") == "One\ntwo\nthree"
    assert plain_text("<p>Intro</p><ul><li>a</li><li><b>b</b></li></ul>") == "\nIntro\n\n\n- a\n- b\n"
    assert plain_text("List<String> &amp; &lt;x&gt; ?a=1&copy=2") == "List<String> & <x> ?a=1&copy=2"


@pytest.mark.parametrize(
    "text", [">>> import os", "  >>> os.system('x')", "Intro\n>>> 1 + 1\n2", "... continued", "a\n   ...\n"]
)
def test_no_docstring_line_is_a_doctest_prompt(text: str) -> None:
    value = _docstring_of(docstring(text))
    assert value is not None
    assert doctest.DocTestParser().get_examples(value) == []
    assert not any(line.lstrip().startswith((">>>", "... ")) for line in value.split("\n"))


def test_clean_text_drops_bidi_controls_and_normalises_breaks() -> None:
    assert clean_text("a\u202eb\r\nc\u2028d\te") == "ab\nc\nd    e"


def test_literal_of_json_values() -> None:
    value = {"a": [1, 2.5, None, True, "x'\""], "b": {}}
    assert ast.literal_eval(python_literal(value)) == value
    assert python_literal(float("nan")) == "None"


def test_tuple_literal_is_black_shaped() -> None:
    assert python_tuple([]) == "()"
    assert python_tuple(["a"]) == '("a",)'
    assert python_tuple(["a", "b"]) == '("a", "b")'


@pytest.mark.parametrize("name", ["", "1a", "class", "a b", "os.system", "naïve", "x)"])
def test_identifier_filter_refuses_anything_but_identifiers(name: str) -> None:
    with pytest.raises(UnsafeIdentifierError):
        identifier(name)


def test_import_order_matches_isort() -> None:
    assert import_order(["Zeta", "alpha", "ALPHA", "Status10Error", "Status9Error", "Beta"]) == [
        "ALPHA",
        "Beta",
        "Status9Error",
        "Status10Error",
        "Zeta",
        "alpha",
    ]


def test_long_parameter_annotation_in_parentheses() -> None:
    """A parameter line longer than black's line length gets its annotation in parentheses."""
    short = client_layout.parameter("body", "A | None", "None")
    assert short == "body: A | None = None"
    long_type = " | ".join(f"VeryLongModelName{index}" for index in range(5))
    assert client_layout.parameter("body", long_type, "None") == f"body: ({long_type}) = None"
    assert client_layout.parameter("body", long_type) == f"body: ({long_type})"
    exact = "x" * (client_layout.LINE_LENGTH - 8 - len("b: ,"))
    assert client_layout.parameter("b", exact) == f"b: {exact}"
    assert client_layout.fits_line("y" * (client_layout.LINE_LENGTH - 8))
    assert not client_layout.fits_line("y" * (client_layout.LINE_LENGTH - 7))
