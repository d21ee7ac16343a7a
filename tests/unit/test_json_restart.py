"""Reading from a member near a JSON error, inside a large container, gives the full parse's error."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.load import json_locate, json_restart
from generator.load.json_restart import AFTER_MEMBER, restarts
from generator.load.utf8 import Utf8Text
from tests.unit.json_damage import CHECKING, SCANNER_ONLY, SCANNER_ONLY_DAMAGE, damaged_documents, dumps
from tests.unit.json_damage import full_parse as _full_parse

_DECODER = CHECKING
_KEYS = st.text(alphabet='ab"\\{[,:\u00e9', max_size=3)
_DAMAGE: tuple[str, ...] = (",", ",,", "]", "}", "{", "[", ":", '"', "\\", "x", "tru", "", "\x01", "1.5.")
_DAMAGE += ("\\u12", *SCANNER_ONLY_DAMAGE)


def _after_restart(text: str) -> tuple[str, int] | None:
    """The error found reading from a restart only (None when that way does not find it)."""
    encoded = Utf8Text(text)
    stop = json_locate._stop(encoded)
    if not isinstance(stop, int):
        return None
    inside = json_locate._quotes(text, 0, stop) % 2 == 1
    found = json_locate._error_after_restart(encoded, stop, inside, _DECODER.raw_decode)
    return (found.msg, found.pos) if found else None


@pytest.fixture
def short_walks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Walks, windows and chunks a few characters long, so that small texts take every way."""
    monkeypatch.setattr(json_restart, "MOST_WALKED", 12)
    monkeypatch.setattr(json_restart, "_WINDOW", 3)
    monkeypatch.setattr(json_restart, "_FIRST_CHUNK", 2)


def _value(chooser: random.Random, depth: int) -> Any:
    if depth > 3 or chooser.random() < 0.3:
        return chooser.choice(
            [1, -2.5, "s", 'q"\\x', "é😀", True, None, "{[", "", 10**30, "a,b:c", *SCANNER_ONLY]
        )
    size = chooser.randint(0, 6)
    if chooser.random() < 0.5:
        return [_value(chooser, depth + 1) for _ in range(size)]
    keys = ["a", "b{", 'c"', "\\", "é", ":"]
    return {chooser.choice(keys) + str(index): _value(chooser, depth + 1) for index in range(size)}


@pytest.mark.parametrize("walks", ["long", "short"])
def test_random_damage_read_from_a_restart_is_the_full_parse_s(
    walks: str, request: pytest.FixtureRequest
) -> None:
    if walks == "short":
        request.getfixturevalue("short_walks")
    chooser = random.Random(11)
    located = 0
    for _ in range(3000):
        text = dumps({"k": _value(chooser, 0)}, chooser.random() < 0.5)
        place = chooser.randrange(1, len(text))
        damaged = text[:place] + chooser.choice(_DAMAGE) + text[place + chooser.randint(0, 2) :]
        if (found := _after_restart(damaged)) is not None:
            assert found == _full_parse(damaged), damaged
            located += 1
    assert located > 1800


@settings(max_examples=300, deadline=None)
@given(damaged=damaged_documents(_KEYS, _DAMAGE))
def test_any_damage_read_from_a_restart_is_the_full_parse_s(damaged: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        for walked in (12, json_restart.MOST_WALKED):
            monkeypatch.setattr(json_restart, "MOST_WALKED", walked)
            monkeypatch.setattr(json_restart, "_WINDOW", 3)
            if (found := _after_restart(damaged)) is not None:
                assert found == _full_parse(damaged)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (",, ", "Expecting value"),
        (" ", "Expecting ',' delimiter"),
        (", ]", "Expecting value"),
        ("} ", "Expecting ',' delimiter"),
    ],
)
def test_an_error_in_a_long_array_is_read_from_the_members_just_before_it(damage: str, message: str) -> None:
    text = '{"list": [' + '{"a": 1}, ' * 50_000 + '{"a": 1}' + damage + '{"a": 1}, ' * 50_000 + "{}]}"
    starts: list[int] = []

    def scan(piece: str, start: int) -> tuple[Any, int]:
        starts.append(len(text) - len(piece) + start)
        return _DECODER.raw_decode(piece, start)

    stop = json_locate._stop(Utf8Text(text))
    assert isinstance(stop, int)
    found = json_locate._error_after_restart(Utf8Text(text), stop, False, scan)
    assert found is not None
    assert (found.msg, found.pos) == _full_parse(text)
    assert found.msg == message
    assert len(starts) <= 3


@pytest.mark.parametrize(
    ("container", "damage"),
    [("[", ",, 1]}"), ("{", ',, "b": 1}}'), ("[", "} 1]}"), ("{", '] "b": 1}}'), ("{", ', "b" 1}}')],
)
def test_after_a_member_too_long_to_walk_back_the_container_kind_is_asked_of_msgspec(
    container: str, damage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    member = '"a": ' if container == "{" else ""
    head = '{"x": ' + container + member + "[" + "[1, 2], " * 100 + "[]]"
    text = head + damage
    monkeypatch.setattr(json_restart, "MOST_WALKED", 50)
    monkeypatch.setattr(json_restart, "_FIRST_CHUNK", 4)
    assert list(restarts(text, len(head))) == [(AFTER_MEMBER, len(head))]
    for stop in (len(head), 0):  # a place where msgspec read on, or not known to
        assert json_locate._asked_kind(Utf8Text(text), len(head), stop) == (container == "{")
    assert _after_restart(text) == _full_parse(text)


def test_an_error_after_a_string_is_read_from_the_member_that_holds_the_string() -> None:
    text = '{"a": [' + '"x", ' * 1000 + '"unterminated \\" [1, 2], ' + '"y", ' * 1000 + "1]}"
    assert _after_restart(text) == _full_parse(text)
    text = '{"a": [' + '"x", ' * 1000 + '"bad \\q escape", ' + '"y", ' * 1000 + "1]}"
    assert _after_restart(text) == _full_parse(text) == ("Invalid \\escape", text.index("\\q"))


@pytest.mark.parametrize("value", ['"\\ud800"', '"x\\uDBFF"', "NaN", "-Infinity"])
def test_msgspec_asked_for_the_container_kind_reads_past_what_only_the_standard_library_reads(
    value: str,
) -> None:
    # after a lone surrogate msgspec says the text ends early, as if it took a bracket put there
    for container, member, kind in (("[", "", 0), ("{", '"a": ', 1)):
        head = '{"x": ' + container + member + value
        assert json_locate._asked_kind(Utf8Text(head + ", 1]}"), len(head), len(head)) == kind
