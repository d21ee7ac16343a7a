"""No invisible or reordering character (bidi controls, zero-width, NUL, C0, C1) reaches a page raw."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.escape import layout_text
from generator.render.markdown import cell, code, fenced, prose, text
from tests.docs.helpers import docs_for, document_from_data, hostile_spec
from tests.docs.test_markdown import to_html

NAMED = ["\u202e", "\u2066", "\u2069", "\u200b", "\u200d", "\ufeff", "\x00", "\x1b", "\x85", "\x9b", "\u2028"]
HOSTILE = st.lists(
    st.one_of(
        st.sampled_from([*NAMED, "|", "<", "`", "```", "\n", "- ", "[a](http://b)", "word", " "]),
        st.characters(categories=["Cc", "Cf", "Zl", "Zp"]),
        st.text(max_size=5),
    ),
    max_size=25,
).map("".join)
ESCAPERS = [prose, cell, text, code, lambda value: fenced(value, "sh")]


def hidden(output: str) -> list[str]:
    """Characters a reader would not see as written: controls (but tab and newline) and formats."""
    return [
        character
        for character in output
        if character not in "\t\n" and unicodedata.category(character) in ("Cc", "Cf", "Zl", "Zp")
    ]


@settings(max_examples=300, deadline=None)
@given(HOSTILE)
def test_no_escaper_lets_an_invisible_character_through(value: str) -> None:
    for escape in ESCAPERS:
        assert hidden(escape(value)) == [], (escape, value)


def test_the_named_characters_are_written_out() -> None:
    assert layout_text("a\u202eb") == "a\\u202eb"
    assert to_html(text("x\u2066y\u200bz\ufeff")) == "<p>x\\u2066y\\u200bz\\ufeff</p>"
    assert code("\x00\x1b[31m") == "`\\x00\\x1b[31m`"
    assert "\\x9b" in cell("c1 \x9b here")
    assert layout_text("tab\tand\nnewline stay") == "tab\tand\nnewline stay"


def test_a_spec_full_of_them_gives_pages_without_them(tmp_path: Path) -> None:
    spec = hostile_spec()
    sneaky = "evil\u202eexe.txt \u2066admin\u2069 zero\u200bwidth \ufeffbom nul\x00 esc\x1b[2J c1\x9b"
    spec["info"]["title"] = spec["info"]["description"] = sneaky
    spec["tags"][0]["description"] = sneaky
    operation = spec["paths"]["/things/{thingId}"]["get"]
    operation["summary"] = operation["description"] = sneaky
    operation["parameters"][0]["description"] = sneaky
    operation["parameters"][0]["example"] = sneaky
    spec["components"]["schemas"]["Thing"]["properties"]["name"]["description"] = sneaky
    spec["components"]["schemas"]["Thing"]["properties"]["kind"]["enum"].append(sneaky)
    files = docs_for(document_from_data(spec, tmp_path), mkdocs_config=True).files
    for path, content in files.items():
        assert hidden(content) == [], path
    assert "evil\\u202eexe.txt" in files["docs/tags/things.md"]
