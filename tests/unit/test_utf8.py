"""Places in the UTF-8 form of a text are told in characters without decoding a prefix, and the text's
bytes are read as the loader holds them."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.load import LoadError, json_locate, utf8
from generator.load.text import content_end, content_start, decode, without_bom
from generator.load.utf8 import Utf8Text
from tests.unit.json_damage import CHECKING

_SAMPLES = ["", "abc", "é😀{x}", "\u2028a😀😀b" * 5, "x" * 40 + "€" + "y" * 40]


@pytest.mark.parametrize("text", _SAMPLES)
@pytest.mark.parametrize("given_bytes", [False, True])
def test_each_byte_is_placed_in_the_character_that_holds_it(
    text: str, given_bytes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(utf8, "_BLOCK", 3)  # blocks that cut characters
    data = text.encode()
    encoded = Utf8Text(text, data if given_bytes else None)
    for offset in range(len(data) + 1):
        assert encoded.characters(offset) == len(data[:offset].decode("utf-8", "ignore")), offset


@given(st.text(max_size=30), st.data())
def test_the_text_closed_at_a_place_is_that_prefix_in_utf8(text: str, data: st.DataObject) -> None:
    place = data.draw(st.integers(0, len(text)))
    closed = Utf8Text(text).closed_at(place, "]")
    assert (closed if isinstance(closed, bytes) else closed.encode()) == (text[:place] + "]").encode()


@pytest.mark.parametrize("before", ["", "\\n", "\\\\", "\\u00e9", "\\\\\\u00e9x", "\\\\" * 7])
@pytest.mark.parametrize("damage", ["\\q", "\x01", "\\u12x", "\\ud800\\q", "\\"])
@pytest.mark.parametrize("after", ["cd" * 1000 + '"]}', "cd"])
def test_an_error_in_a_long_string_is_read_from_a_little_before_it(
    before: str, damage: str, after: str
) -> None:
    string = '"😀' + "ab" * 1000 + before + damage + after
    text = '{"list": [1, 2, ' + string
    read: list[int] = []

    def scan(piece: str, start: int) -> tuple[object, int]:
        read.append(len(piece) - start)
        return CHECKING.raw_decode(piece, start)

    found = json_locate.error_near(text, scan, text.encode())
    assert found is not None
    with pytest.raises(json.JSONDecodeError) as full:
        json.loads(text)
    assert (found.msg, found.pos) == (full.value.msg, full.value.pos)
    assert read[0] <= len(text) - text.index(before + damage) + 30  # read from a little before, not whole


@pytest.mark.parametrize("text", ["", "  ", " {} \n", "\u3000{x}\u2028", "x" * 300 + " " * 1000, "\n" * 5000])
def test_the_content_bounds_are_those_strip_gives(text: str) -> None:
    assert content_start(text) == len(text) - len(text.lstrip())
    assert content_end(text) == len(text.rstrip())


def test_a_bom_is_left_out_of_the_text_and_of_the_bytes_read() -> None:
    data = b"\xef\xbb\xbf{}"
    assert decode("spec.json", data) == "{}"
    assert bytes(without_bom(data)) == b"{}"
    with pytest.raises(LoadError, match=r"not UTF-8 text \(byte 2\)"):
        decode("spec.json", b"\xef\xbb\xbf{}\xff")


_PIECES = st.sampled_from(["NaN", "Infinity", "-", "\\ud", "\\uD", "\\u0", "N", "a", "\\", "d", " "])


@given(text=st.lists(_PIECES, max_size=30).map("".join), block=st.sampled_from([1, 2, 5, 1 << 20]))
def test_tokens_are_put_as_bytes_replace_puts_them(text: str, block: int) -> None:
    data = text.encode()
    for kind in (utf8.CONSTANTS, utf8.ESCAPES):
        tokens = tuple((token.encode(), value.encode()) for token, value in utf8._SCANNER_ONLY[kind])
        expected = data
        for token, value in tokens:
            expected = expected.replace(token, value)
        for source in (data, bytearray(data)):
            with pytest.MonkeyPatch.context() as monkeypatch:
                monkeypatch.setattr(utf8, "_BLOCK", block)  # blocks that cut tokens
                put = utf8._put_in(source, tokens)
            assert (None if expected == data else expected) == (put if put is None else bytes(put))
        data = expected


@pytest.mark.parametrize(
    ("text", "kind", "named", "put"),
    [
        ('{"a": -Infinity}', utf8.CONSTANTS, 7, '{"a": [       ]}'),  # msgspec names the "I"
        ('{"a": [1, NaN]}', utf8.CONSTANTS, 10, '{"a": [1, [ ]]}'),
        ('{"a": "\\ud800x"}', utf8.ESCAPES, 13, '{"a": "\\u0800x"}'),  # the place after the escape
        ('{"a": "\\uD800\\u0041"}', utf8.ESCAPES, 19, '{"a": "\\u0800\\u0041"}'),  # after the next one
        ('{"a": Nax}', utf8.CONSTANTS, 6, None),
        ('{"a": "\\q"}', utf8.ESCAPES, 8, None),
    ],
)
def test_the_token_msgspec_stops_on_is_put_alone(text: str, kind: str, named: int, put: str | None) -> None:
    encoded = Utf8Text(text, text.encode())
    assert encoded.put_where_stopped(kind, named) == (put is not None)
    assert bytes(encoded.data) == (put or text).encode()


def test_a_token_far_from_the_start_is_put_with_all_others(monkeypatch: pytest.MonkeyPatch) -> None:
    text = '{"a": NaN}'
    monkeypatch.setattr(utf8, "_ALONE_REACH", 5)
    assert not Utf8Text(text, text.encode()).put_where_stopped(utf8.CONSTANTS, 6)
    assert not Utf8Text(text).put_where_stopped(utf8.CONSTANTS, 6)  # a text read as it is
