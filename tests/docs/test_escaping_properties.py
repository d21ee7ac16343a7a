"""Property: whatever the spec text, a cell stays one cell and prose yields only harmless elements."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.render.markdown import cell, is_plain, markdown_blocks, markdown_cell, prose
from tests.docs.test_markdown import table_cells, to_html

PIECES = st.sampled_from(
    [
        "|",
        "<",
        ">",
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        "`",
        "``",
        "```",
        "*",
        "_",
        "#",
        "!",
        "\\",
        "\n",
        "\n\n",
        " ",
        "-",
        ":",
        "'",
        '"',
        "&",
        "~~~",
        "!!!",
        "???",
        "===",
        "+",
        "javascript:",
        "alert(1)",
        "<script>",
        "</script>",
        "<img src=x>",
        "http://a.b/c",
        "mailto:x@y.z",
        "{#id}",
        "{: .c}",
        "[x]",
        "(y)",
        "    ",
        "1.",
        "word",
    ]
)
TEXT = st.lists(PIECES, max_size=30).map("".join)
SAFE_TAGS = {
    "p",
    "code",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "pre",
    "hr",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "blockquote",
}
TABLE_ALIGNMENT = re.compile(r"text-align: (left|center|right);")


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def elements(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Elements()
    parser.feed(html)
    return parser.found


def assert_harmless(html: str) -> None:
    for tag, attributes in elements(html):
        assert tag in SAFE_TAGS, (tag, html)
        assert set(attributes) <= {"href", "title", "class", "style"}, (tag, attributes)
        if "style" in attributes:
            # The tables extension aligns a column from its delimiter row; the value is its own, never spec text.
            assert tag in {"th", "td"} and TABLE_ALIGNMENT.fullmatch(attributes["style"] or ""), attributes
        href = attributes.get("href")
        if href is not None:
            assert href.startswith(("http://", "https://", "mailto:")), href
        if "class" in attributes:
            assert tag == "code" and (attributes["class"] or "").startswith("language-"), attributes


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_a_cell_is_always_one_cell_of_harmless_markup(text: str) -> None:
    html = table_cells(cell(text))
    assert html.count("<tr>") == 2 and html.count("<td>") == 2
    assert_harmless(html)


@settings(max_examples=400, deadline=None)
@given(TEXT)
@example("!!!-")
@example('> 1. ???+ "x"\n=== "tab"\n    body')
@example("|\n:|")
@example('|x\n|:-:|\n|<b style="x">|')
def test_prose_yields_only_harmless_elements(text: str) -> None:
    assert_harmless(to_html(prose(text)))


PLAIN_CHARACTERS = st.sampled_from([*"aZ09 ,.;:'\"()/?!%@", "1.", "- ", "http://a.b/c", "  "])


@settings(max_examples=400, deadline=None)
@given(st.lists(PLAIN_CHARACTERS, max_size=20).map("".join), TEXT)
def test_plain_text_is_what_prose_and_cell_would_make_of_it_the_long_way(words: str, other: str) -> None:
    for candidate in ("a" + words, "a" + words + "b", other):
        if is_plain(candidate):
            assert markdown_blocks(candidate) == candidate == markdown_cell(candidate)
            assert prose(candidate) == candidate == cell(candidate)
        else:
            assert prose(candidate) == markdown_blocks(candidate)
