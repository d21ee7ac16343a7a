"""Tabs inside block scalars: read as the pure-Python YAML reader (and Java and JavaScript ones) read them.

libyaml alone refuses a tab right after the indentation spaces of a block scalar's first line; the
loader reads it as content, keeps every position, and still refuses the tabs every reader refuses.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from generator.load import LoadError, parse

HEAD = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths: {}\n"
HEAD_LINES = HEAD.count("\n")

READ_AS_CONTENT = {
    "literal": "a:\n  b: |\n    \tfoo\n    bar\n",
    "literal, after blank lines": "a:\n  b: |-\n\n    \tfoo\n",
    "literal, tab later too": "a:\n  b: |\n    \tfoo\n    \t\tbar\n",
    "folded": "a:\n  b: >\n    \tfoo\n    bar\n",
    "folded, blank line after": "a:\n  b: >\n    \tfoo\n\n    bar\n",
    "folded, more indented after": "a:\n  b: >\n    \tfoo\n     bar\n",
    "folded, kept breaks": "a:\n  b: >+\n    \tfoo  \n\n\n",
    "folded, later lines folded": "a:\n  b: >\n\n    \tfoo x\n\n\n    bar\n    baz\n",
    "tag": "a:\n  b: !!str >\n    \tfoo\n    bar\n",
    "anchor and alias": "a:\n  - &x >\n    \tfoo\n    bar\n  - *x\n",
    "in a list of mappings": "a:\n  - b: |\n      \tfoo\n",
    "comment after the header": "a: | # note\n  \tfoo\n",
    "many scalars": "".join(f"k{index}: |\n  \tv{index}\n  w\n" for index in range(12)),
}


def _reference(text: str) -> Any:
    return yaml.load(HEAD + text, Loader=yaml.SafeLoader)  # the pure-Python reader


@pytest.mark.parametrize("text", READ_AS_CONTENT.values(), ids=READ_AS_CONTENT.keys())
def test_tabs_starting_a_block_scalar_are_content(text: str) -> None:
    with pytest.raises(yaml.YAMLError, match="tab character"):
        yaml.load(HEAD + text, Loader=yaml.CSafeLoader)
    assert parse("t.yaml", HEAD + text).data == _reference(text)


def test_positions_after_a_tab_are_those_of_the_source() -> None:
    text = HEAD + "x-a: |\n  \tcode\nx-b:\n  c: >\n    \tmore\n  d: 1\n"
    source = parse("t.yaml", text)
    assert source.data["x-b"] == {"c": "\tmore\n", "d": 1}
    assert source.position("/x-b/d") == (HEAD_LINES + 6, 3)
    assert source.position("/x-b/c") == (HEAD_LINES + 4, 3)


REFUSED = {
    # (text, line and column of the tab, counted in the text after HEAD)
    "less indented than the content": ("a:\n  b: |\n    foo\n  \tbar\n", (4, 3)),
    "not more indented than its key": ("a:\n  - b: |\n    \tfoo\n", (3, 5)),
    "at the start of the line": ("a: |\n\tfoo: 1\n", (2, 1)),
}


@pytest.mark.parametrize(("text", "place"), REFUSED.values(), ids=REFUSED.keys())
def test_tabs_every_reader_refuses_are_refused_where_they_are(text: str, place: tuple[int, int]) -> None:
    with pytest.raises(yaml.YAMLError):
        _reference(text)
    with pytest.raises(LoadError) as caught:
        parse("t.yaml", HEAD + text)
    assert (caught.value.line, caught.value.column) == (HEAD_LINES + place[0], place[1])
    assert "tab character" in caught.value.message


def test_a_header_look_alike_in_a_multi_line_scalar_keeps_libyamls_reading() -> None:
    others = 'c: "x |\n    \ty"\nd: x >\n    \tz\n'
    expected = yaml.load(others, Loader=yaml.CSafeLoader)
    data = parse("t.yaml", HEAD + "a: |\n  \tcode\n" + others).data
    assert (data["a"], data["c"], data["d"]) == ("\tcode\n", expected["c"], expected["d"])
