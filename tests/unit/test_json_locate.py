"""The place and message of a JSON error found by msgspec and one value read by the standard library are
those of a full parse."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest

from generator.load.json_locate import Scan, error_near
from tests.unit.json_damage import CHECKING
from tests.unit.json_damage import full_parse as _full_parse

_DECODER = CHECKING


def _located(text: str, scan: Scan = _DECODER.raw_decode) -> tuple[str, int] | str | None:
    try:
        found = error_near(text, scan)
    except LookupError:
        return "unknown"
    return (found.msg, found.pos) if found else None


@pytest.mark.parametrize(
    "text",
    [
        '{"list": [{"a": 1}, {"a": 1]}, {"a": 1}]}',  # the case the check is for: a wrong bracket
        '{"a": [1, 2], "k": n[1, 2]}',  # a word msgspec compares with null, holding a bracket
        '{"a": [1, 2], "k": tru{"b": 1}}',
        '{"a": [1, {"b": 2}]}[{"c": 3}]',  # trailing characters that are a value
        '{"a": "x\\"{[", "b": {"c": [1 2]}}',  # brackets and an escaped quote in a string before it
        '{"a": "\\\\", "b": {"c": [1 2]}}',  # an escaped backslash before a closing quote
        '{"a": "é😀{", "b": {"c": [1 2]}}',  # characters of several bytes before it
        '{"a": {"b": [1, 2}}',
        '{"a": {"b": "unterminated [1, 2]}}',
        '{"a": {"b": [1, 2], "c": }}',
        '{"a": {"b": "\\x"}}',
        '{"a": {"b": [1, 2,]}}',
        '{"a": {"b": {"c" 1}}}',
    ],
)
def test_the_error_is_the_full_parse_s(text: str) -> None:
    assert _located(text) in (_full_parse(text), "unknown")


def test_a_wrong_bracket_is_found_by_reading_only_the_object_that_holds_it() -> None:
    text = '{"list": [' + '{"a": 1}, ' * 10_000 + '{"a": 1]}, {"a": 1}]}'
    starts: list[int] = []

    def scan(text: str, start: int) -> tuple[Any, int]:
        starts.append(start)
        return _DECODER.raw_decode(text, start)

    assert _located(text, scan) == _full_parse(text) == ("Expecting ',' delimiter", len(text) - 14)
    assert starts == [len(text) - 21]


def test_what_the_standard_library_reads_is_not_called_an_error() -> None:
    assert _located('{"a": [1, NaN, {"b": Infinity}]}') in (None, "unknown")
    assert _located('{"a": [1, 2], "b": {"c": "\\ud800"}}') == "unknown"


def _value(chooser: random.Random, depth: int) -> Any:
    if depth > 3 or chooser.random() < 0.3:
        return chooser.choice([1, -2.5, "s", 'q"\\x', "é😀", True, None, "{[", "", 10**30])
    if chooser.random() < 0.5:
        return [_value(chooser, depth + 1) for _ in range(chooser.randint(0, 4))]
    keys = ["a", "b{", 'c"', "\\", "é"]
    return {
        chooser.choice(keys) + str(index): _value(chooser, depth + 1)
        for index in range(chooser.randint(0, 4))
    }


def test_random_damage_is_located_as_a_full_parse_locates_it() -> None:
    chooser = random.Random(10)
    located = 0
    for _ in range(3000):
        text = json.dumps({"k": _value(chooser, 0)}, ensure_ascii=chooser.random() < 0.5)
        characters = list(text)
        for _ in range(chooser.randint(1, 2)):
            place = chooser.randrange(1, len(characters))
            edit = chooser.choice(["replace", "delete", "insert"])
            mark = chooser.choice('{}[]",:\\ 0aeNnturlf[{')
            if edit == "replace":
                characters[place] = mark
            elif edit == "delete":
                del characters[place]
            else:
                characters.insert(place, mark)
        damaged = "".join(characters)
        if (verdict := _located(damaged)) != "unknown":
            assert verdict == _full_parse(damaged), damaged
            located += verdict is not None
    assert located > 2000


def test_nesting_the_full_read_finds_too_deep_is_left_to_it() -> None:
    for depth in range(900, 1100, 5):
        text = '{"x": ' + "[" * depth + "1 2" + "]" * depth + "}"
        try:
            expected: tuple[str, int] | str | None = _full_parse(text)
        except RecursionError:
            expected = "unknown"
        assert _located(text) in (expected, "unknown"), depth
        assert expected != "unknown" or _located(text) == "unknown", depth


@pytest.mark.parametrize("after", ["[1]", " \n x", '\t, "b": 2}', "}"])
def test_characters_after_the_top_level_object_are_extra_data_where_they_start(after: str) -> None:
    text = '{"a": ["é😀", {"b": 1}]}' + after
    assert _located(text) == _full_parse(text)
    assert _full_parse(text) == ("Extra data", len(text) - len(after.lstrip()))
