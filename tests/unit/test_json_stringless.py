"""Large JSON is checked before it is built: the same verdicts and places as the plain reader, and caps."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.load import LoadError, json_stringless, json_text
from generator.load.json_stringless import StringlessText, long_string_start, long_strings_surely_within
from tests.unit.json_damage import damaged_documents

_KEYS = st.text(alphabet='ab"\\\n\t\u00e9\u2028', max_size=4)
# What a cut-off download, a stray edit or a hostile writer leaves in a text.
_DAMAGE = ('"', "\\", "\x01", "\n", ",", "]", "}", "{", ":", "x", "\\u12", "")


def _plain_verdict(text: str) -> str | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        return f"{error.lineno}:{error.colno}: malformed JSON: {error.msg}"
    return None


def _checked_verdict(text: str, monkeypatch: pytest.MonkeyPatch) -> str | None:
    monkeypatch.setattr(json_text, "BUILD_BUDGET", -1)  # every text is checked before it is parsed
    try:
        json_text.parse_json("spec.json", text, document=True)
    except LoadError as error:
        return str(error).removeprefix("spec.json:")
    return None


@settings(max_examples=150, deadline=None)
@given(damaged=damaged_documents(_KEYS, _DAMAGE))
def test_the_check_finds_the_plain_readers_first_error_at_the_same_place(damaged: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        if not damaged.endswith("}"):
            return  # the outline check answers these before the scan
        assert _checked_verdict(damaged, monkeypatch) == _plain_verdict(damaged)


@pytest.mark.parametrize("block", [2, 5, 64])
def test_the_copy_reads_every_string_as_empty_and_leads_back_to_the_original(block: int) -> None:
    original = '{"a\\"b": ["x", "\\\\", "long string", "\\u00e9"], "c": "d"}'
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(json_stringless, "_BLOCK", block)
        copy = StringlessText(original)
    assert copy.text == '{"": ["", "", "", ""], "": ""}'
    for position, character in enumerate(copy.text):
        if character != '"':
            assert original[copy.original_offset(position)] == character


@pytest.mark.parametrize(
    "text",
    [
        '{"ab": ["x\\"y", "", 1, "z,[", "q", "\\n", "\\n\\t"]}',
        '{"ab": ["", "x", "yz", 1, ",", "long one", ":"], "": "ok"}',
    ],
)
def test_the_long_strings_are_found_where_they_start(text: str) -> None:
    tokens = re.finditer(r'"(?:[^"\\]|\\.)*"', text)
    expected = [token.start() for token in tokens if len(json.loads(token.group())) > 1]
    starts = [long_string_start(text, index) for index in range(len(expected) + 1)]
    assert starts == [*expected, None]


_PLAIN_KEYS = st.text(alphabet='ab :,{["\\\u00e9\u20ac', max_size=3)
_PLAIN_VALUES = st.recursive(
    st.none() | st.integers() | _PLAIN_KEYS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_PLAIN_KEYS, inner, max_size=5),
    max_leaves=30,
)
# What a reader takes for one string: a quoted run, escapes read in it.
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')


@settings(max_examples=300, deadline=None)
@given(
    document=st.dictionaries(_PLAIN_KEYS, _PLAIN_VALUES, min_size=1, max_size=6),
    separators=st.sampled_from([(",", ":"), (", ", ": ")]),
    place=st.floats(min_value=0, max_value=1),
    cut=st.integers(min_value=0, max_value=3),
    damage=st.sampled_from(('"', '"a"', '"a"a"', " ", ",", ":", "]", "}", "x", "", "\\", '\\"a"', "\u00e9")),
    block=st.sampled_from([2, 3, 5, 1 << 16]),
)
def test_the_bound_holds_every_long_string_read_before_the_reader_stops(
    document: dict[str, object], separators: tuple[str, str], place: float, cut: int, damage: str, block: int
) -> None:
    text = json.dumps(document, separators=separators, ensure_ascii=False)
    at = int(place * len(text))
    damaged = text[:at] + damage + text[at + cut :]
    try:
        json.loads(damaged)
        stop = len(damaged)
    except json.JSONDecodeError as error:
        stop = error.pos
    # before the place it stops at, the reader's strings are the quoted runs, in order from the start
    read = [token.group() for token in _STRING.finditer(damaged) if token.end() <= stop]
    long = sum(len(token) > 3 or not token.isascii() or "\\" in token for token in read)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(json_stringless, "_COUNTING_BLOCK", block)  # blocks that cut strings and escapes
        assert not long_strings_surely_within(damaged, damaged.count('"'), long - 1)


def test_one_character_strings_are_counted_but_after_a_backslash_or_beyond_ascii() -> None:
    plain = '{"a": "b", "c": "d"}'
    assert long_strings_surely_within(plain, plain.count('"'), 1)
    assert not long_strings_surely_within(plain, plain.count('"'), 0)  # the spare one
    astride = '{"ab": "cd"x"}'  # the reader stops at x, after two long strings; `"x"` holds the spare
    with pytest.raises(json.JSONDecodeError) as stopped:
        json.loads(astride)
    assert stopped.value.pos == astride.index("x")
    assert long_strings_surely_within(astride, astride.count('"'), 2)
    assert not long_strings_surely_within(astride, astride.count('"'), 1)
    for counted in (plain + " \\", plain + " \u00e9", plain + " \U0001f600"):
        assert long_strings_surely_within(counted, counted.count('"'), 1)
    # four strings `"\"a"`: each ends in a quote, "a" and a quote, none of one character
    escaped = '["\\"a", "\\"a", "\\"a", "\\"a"]'
    assert [len(value) for value in json.loads(escaped)] == [2] * 4
    assert not long_strings_surely_within(escaped, escaped.count('"'), 3)
    beyond = '{"a": "\u20ac", "c": "d"}'  # a character Python does not share
    assert not long_strings_surely_within(beyond, beyond.count('"'), 1)
    assert long_strings_surely_within(beyond, beyond.count('"'), 2)


def test_a_block_that_starts_after_a_backslash_counts_no_triple_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # each escaped quote starts a block of 6; the spaces after keep the count from giving up on pace
    escaped = '   ["\\"a","\\"a","\\"a","\\"a"]' + " " * 400
    monkeypatch.setattr(json_stringless, "_COUNTING_BLOCK", 6)
    assert [escaped.index('"a"', start) for start in range(6, 30, 6)] == [6, 12, 18, 24]
    assert not long_strings_surely_within(escaped, escaped.count('"'), 3)


def test_the_count_gives_up_when_far_behind_the_pace(monkeypatch: pytest.MonkeyPatch) -> None:
    text = '["' + '", "'.join(["long"] * 100 + ["a"] * 400) + '"]'
    quotes = text.count('"')
    monkeypatch.setattr(json_stringless, "_COUNTING_BLOCK", 64)
    assert not long_strings_surely_within(text, quotes, 200)  # the first eighth holds no short string
    reversed_text = '["' + '", "'.join(["a"] * 400 + ["long"] * 100) + '"]'
    assert long_strings_surely_within(reversed_text, quotes, 200)


def test_one_character_strings_below_the_cap_are_not_counted_one_by_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = '{"a": [' + ", ".join(['{"b": "c"}'] * 50 + ['"de"'] * 3) + "]]}"

    def exact_count(text: str, index: int) -> int:
        raise AssertionError("the bound was enough")

    for cap, value in (("MAX_STRINGS", 4), ("BUILD_BUDGET", -1)):
        monkeypatch.setattr(json_text, cap, value)
    monkeypatch.setattr(json_text, "long_string_start", exact_count)
    with pytest.raises(LoadError) as refused:
        json_text.parse_json("spec.json", text, document=True)
    assert str(refused.value) == f"spec.json:{_plain_verdict(text)}"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"a": ["bb", "c", "dd", "ee", "f", "gg"]}', "1:36: more than 3 strings of two characters or more"),
        ('{"a": [[], [], [[]]], "b": "[[[[[["}', "1:17: 5 arrays (at most 4)"),
        ('{"a": [1, 2, 3], "b": [4, 5,\n6, 7], "c": ",,,,,,,,"}', "2:6: 7 items (at most 6)"),
    ],
)
def test_past_a_cap_the_text_is_refused_at_the_first_one_over_it(
    text: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for cap, value in (("MAX_STRINGS", 3), ("MAX_ARRAYS", 4), ("MAX_ITEMS", 6), ("BUILD_BUDGET", -1)):
        monkeypatch.setattr(json_text, cap, value)
    with pytest.raises(LoadError) as refused:
        json_text.parse_json("spec.json", text, document=True)
    assert str(refused.value) == f"spec.json:{message}"
    monkeypatch.setattr(json_text, "MAX_ITEMS", 7)
    monkeypatch.setattr(json_text, "MAX_ARRAYS", 5)
    monkeypatch.setattr(json_text, "MAX_STRINGS", 4)
    assert json_text.parse_json("spec.json", text, document=True)[0] == json.loads(text)


def _marks(marks: json_text._Marks) -> tuple[int, int, int, bool]:
    return marks.arrays, marks.quotes, marks.commas, marks.outgrows_budget


@given(st.text(alphabet='[]{}",:é\u2028\U0001f600 x', max_size=40), st.integers(-1, 2000))
def test_the_marks_of_a_text_are_counted_and_the_verdict_is_exact(text: str, budget: int) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(json_text, "BUILD_BUDGET", budget)
        marks = json_text._Marks(text)
    counts = text.count("["), text.count('"'), text.count(","), text.count("{")
    built_size = counts[0] * 64 + (counts[1] + counts[2]) * 32 + counts[3] * 240
    assert _marks(marks) == (*counts[:3], built_size > budget)


def test_over_a_cap_the_text_with_its_bytes_gives_the_same_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    text = '{"é": [1, 2, 3], "b": [4, 5,\n6, 7], "c": ",,,,,,,,"}'
    monkeypatch.setattr(json_text, "MAX_ITEMS", 6)
    monkeypatch.setattr(json_text, "BUILD_BUDGET", -1)
    with pytest.raises(LoadError, match="7 items") as refused:
        json_text.parse_json("spec.json", text, document=True, utf8=text.encode("utf-8"))
    assert str(refused.value) == "spec.json:2:6: 7 items (at most 6)"
