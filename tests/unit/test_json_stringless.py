"""Large JSON is checked on a copy without strings; its verdicts and places are those of the plain reader."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.load import LoadError, json_stringless, json_text
from generator.load.json_stringless import StringlessText

_KEYS = st.text(alphabet='ab"\\\n\t\u00e9\u2028', max_size=4)
_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _KEYS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_KEYS, inner, max_size=4),
    max_leaves=20,
)
# What a cut-off download, a stray edit or a hostile writer leaves in a text.
_DAMAGE = ('"', "\\", "\x01", "\n", ",", "]", "}", "{", ":", "x", "\\u12", "")


def _plain_verdict(text: str) -> str | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f"{error.lineno}:{error.colno}: malformed JSON: {error.msg}"
    return None


def _checked_verdict(text: str, monkeypatch: pytest.MonkeyPatch, without_strings: bool) -> str | None:
    # checked first in any case; on the copy without strings, or on the text itself
    monkeypatch.setattr(json_text, "_built_size", lambda _: 1 << 50)
    monkeypatch.setattr(json_text, "BUILD_BUDGET", -1 if without_strings else 1 << 40)
    try:
        json_text.parse_json("spec.json", text, document=True)
    except LoadError as error:
        return str(error).removeprefix("spec.json:")
    return None


@settings(max_examples=150, deadline=None)
@given(
    document=st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=6),
    indent=st.sampled_from([None, 1]),
    place=st.floats(min_value=0, max_value=1),
    cut=st.integers(min_value=0, max_value=2),
    damage=st.sampled_from(_DAMAGE),
    block=st.sampled_from([3, 8, 1 << 20]),
    without_strings=st.booleans(),
)
def test_the_check_finds_the_plain_readers_first_error_at_the_same_place(
    document: dict[str, object],
    indent: int | None,
    place: float,
    cut: int,
    damage: str,
    block: int,
    without_strings: bool,
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(json_stringless, "_BLOCK", block)
        text = json.dumps(document, indent=indent, ensure_ascii=False)
        at = 1 + int(place * (len(text) - 2))
        damaged = text[:at] + damage + text[at + cut :]
        if not damaged.endswith("}"):
            return  # the outline check answers these before the scan
        assert _checked_verdict(damaged, monkeypatch, without_strings) == _plain_verdict(damaged)


@pytest.mark.parametrize("block", [2, 5, 64])
def test_the_copy_reads_every_string_as_empty_and_leads_back_to_the_original(block: int) -> None:
    original = '{"a\\"b": ["x", "\\\\", "long string", "\\u00e9"], "c": "d"}'
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(json_stringless, "_BLOCK", block)
        copy = StringlessText(original, budget=-1)
    assert copy.text == '{"": ["", "", "", ""], "": ""}'
    for position, character in enumerate(copy.text):
        if character != '"':
            assert original[copy.original_offset(position)] == character
