"""Where a large malformed JSON text first fails, found without building the values before that place.

msgspec reads the whole text and builds nothing. It is stricter than the standard library (no ``NaN``,
no lone surrogate escape) and counts in bytes, so its verdict only says where to look: every token before
the place it stops at is well-formed JSON. Once it stops on a ``NaN``, an ``Infinity`` or a surrogate
escape, it reads a copy in which each of those is a token of the same length that it takes (utf8), so
that it does not stop far before the standard library's error. The standard library's C scanner reads
from the member before that place, in the state of the container that holds it (json_restart), and on
in the containers around it that close first; its error (message and position) is the one the full
parse gives. Where that way stops short (a reading past too many brackets, containers that cannot be
told apart), the nearest values that hold the place are read whole, as before. A text msgspec reads
whole but for characters after the top-level object has "Extra data" there. Where msgspec stops on
nesting, and still does when allowed to nest a little deeper than the scanner's full read can, that
read stops on nesting before any error.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

import msgspec

from generator.load.json_restart import (
    AFTER_MEMBER,
    Failure,
    Scan,
    readings,
    restarts,
    same,
    string_error,
    string_start,
)
from generator.load.utf8 import CONSTANTS, ESCAPES, Utf8Text

# Values tried, nearest first, before the whole text is read instead.
MOST_VALUES_TRIED = 64
# Past this many escaped quotes, telling strings apart costs more than the full read.
MOST_ESCAPED_QUOTES = 100_000
_STOP_AFTER_TOKEN = 8
_NESTING_MARGIN = 16
_DEEPER_AFTER_STOP = _NESTING_MARGIN // 2
_AT_BYTE = re.compile(r"\(byte (\d+)\)$")
_AT_THE_CHARACTER = re.compile(
    r"JSON is malformed: (expected |object keys must|trailing comma|invalid number)"
)
_TRAILING = "JSON is malformed: trailing characters"
_TRUNCATED = "Input data was truncated"
_INVALID_CHARACTER = "JSON is malformed: invalid character ("
_SPACE = re.compile(r"[ \t\n\r]*")
_BACKSLASHES_AND_QUOTE = re.compile(r'\\+"')


class NestedTooDeep(LookupError):
    """The full read of the text would stop on nesting too deep before any error."""


class _Members(msgspec.Struct):
    """A top-level object whose members are all skipped: checked, never built."""


_SKIPPING = msgspec.json.Decoder(_Members)


def error_near(
    text: str, scan: Scan, utf8: bytes | memoryview | None = None, quotes: int | None = None
) -> json.JSONDecodeError | None:
    """The error reading a text that starts with ``{`` by ``scan`` (a ``JSONDecoder.raw_decode``) meets
    first, if msgspec finds one and a reading from before that place meets it; None when msgspec finds
    the text well-formed. Raises LookupError when the place stays unknown (the full read then decides).
    ``utf8``: the text in UTF-8, when the caller holds it; ``quotes``: how many quotes the text holds,
    when the caller counted them.
    """
    encoded = Utf8Text(text, utf8)
    stop = _stop(encoded)
    if stop is None:
        return None
    if isinstance(stop, _ExtraData):
        return json.JSONDecodeError("Extra data", text, stop.offset)
    quotes, counted_to = _quotes(text, 0, stop, quotes), stop
    if found := _error_after_restart(encoded, stop, quotes % 2 == 1, scan):
        return found
    # the last bracket of each kind before the values tried so far (each kind is searched for once)
    last = {bracket: text.rfind(bracket, 0, stop) for bracket in "{["}
    for _ in range(MOST_VALUES_TRIED):
        start = max(last.values())
        if start < 0:
            break
        last[text[start]] = text.rfind(text[start], 0, start)
        quotes -= _quotes(text, start, counted_to)
        counted_to = start
        if quotes % 2:  # inside a string
            continue
        try:
            scan(text, start)
        except json.JSONDecodeError as error:
            return error
        except RecursionError:
            break
    raise LookupError("no value before the failing place holds the error")


def _error_after_restart(
    encoded: Utf8Text, stop: int, inside_string: bool, scan: Scan
) -> json.JSONDecodeError | None:
    """The error met reading from a member before ``stop`` in a container around it (json_restart), if
    such a reader finds it: none beyond a few brackets after ``stop`` (the full read, nested deeper from
    the start, might stop on nesting first). A string msgspec stops in is read first where it stands:
    the full read reaches it, and its error does not depend on what holds it."""
    text = encoded.text
    end = string_start(text, stop) if inside_string else stop
    if inside_string and end is not None and (in_string := string_error(text, end, stop, scan)):
        return in_string
    levels = restarts(text, end) if end is not None else iter(())
    restart = next(levels, None)
    try:
        for _ in range(MOST_VALUES_TRIED):
            if restart is None:
                return None
            found = readings(text, restart, stop, scan)
            met = found[0] if same(found) else found[_container_kind(encoded, restart[1], stop)]
            if isinstance(met, Failure):
                deeper = text.count("[", stop, met.pos) + text.count("{", stop, met.pos)
                return json.JSONDecodeError(met.msg, text, met.pos) if deeper <= _DEEPER_AFTER_STOP else None
            # the container closes there: read on in the one around it
            restart = next(levels, None) or ((AFTER_MEMBER[_container_kind(encoded, met, stop)],), met)
    except (LookupError, RecursionError):
        pass
    return None


def _container_kind(encoded: Utf8Text, after_member: int, stop: int) -> int:
    """Which reading of :data:`AFTER_MEMBER` is that of the container holding the member that ends at
    ``after_member``: where a closing bracket follows before ``stop``, msgspec took it, so it names the
    container; else msgspec is asked (:func:`_asked_kind`)."""
    following = _SPACE.match(encoded.text, after_member)
    assert following is not None
    if following.end() < stop and (closer := encoded.text[following.end()]) in "]}":
        return "]}".index(closer)
    return _asked_kind(encoded, after_member, stop)


def _asked_kind(encoded: Utf8Text, after_member: int, stop: int) -> int:
    """Which reading of :data:`AFTER_MEMBER` is that of the container holding the member that ends at
    ``after_member``: msgspec takes a ``]`` there in an array and refuses it at that very byte in an
    object. Past ``stop`` msgspec may stop earlier, so there it must take one bracket and refuse the other
    (which shows it read the text up to there). Raises LookupError when it does neither. It reads the
    tokens only the standard library reads as others: after a lone surrogate it says the text ends
    early, as if it took the bracket."""
    for kind in (CONSTANTS, ESCAPES):
        encoded.read_as_the_scanner(kind)
    closers = "]" if after_member <= stop else "]}"
    taken = [_taken_there(encoded, after_member, closer) for closer in closers]
    if None in taken or taken.count(True) > 1 or taken == [False, False]:
        raise LookupError("no container is known to hold the place")
    return 0 if taken[0] else 1


def _taken_there(encoded: Utf8Text, place: int, closer: str) -> bool | None:
    """Whether msgspec takes ``closer`` put at ``place`` (True), refuses it at its byte (False), or
    stops elsewhere (None)."""
    data = encoded.closed_at(place, closer)
    try:
        with _nesting_limited():
            _SKIPPING.decode(data)
    except msgspec.DecodeError as error:
        message = str(error)
        found = _AT_BYTE.search(message)
        if not found:
            return True if message.startswith(_TRUNCATED) else None
        return False if int(found.group(1)) == len(data) - 1 and not message.startswith(_TRAILING) else None
    except msgspec.ValidationError:
        return None
    return True


class _ExtraData(NamedTuple):
    """The place of the first character after the top-level object (msgspec read all of it)."""

    offset: int


def _stop(encoded: Utf8Text) -> int | _ExtraData | None:
    """A place in the text before which every token is well-formed (a little before where msgspec stops
    reading); None if msgspec reads the whole text."""
    data = encoded.data
    try:
        with _nesting_limited():
            _SKIPPING.decode(data)
    except msgspec.ValidationError:
        raise LookupError("not an object") from None
    except msgspec.DecodeError as error:
        # msgspec names the character it stopped at, or none when it met the end of the text; after
        # other errors than those it names exactly, the place may lie a little further (the next
        # character after trailing ones, the end of the word it compared with ``true`` or ``null``)
        message = str(error)
        found = _AT_BYTE.search(message)
        offset = int(found.group(1)) if found else len(data)
        if (kind := _scanner_only_kind(data, message, found is not None, offset)) and (
            (found and encoded.put_where_stopped(kind, offset)) or encoded.read_as_the_scanner(kind)
        ):
            return _stop(encoded)
        if found and message.startswith(_TRAILING):  # msgspec names the character after the first one
            return _ExtraData(encoded.characters(offset - 1))
        if not (found and _AT_THE_CHARACTER.match(message)):
            offset = max(offset - _STOP_AFTER_TOKEN, 0)
        return encoded.characters(offset)
    except RecursionError:
        if _nested_past_the_scanner(data):
            raise NestedTooDeep("the full read stops on nesting before any error") from None
        raise LookupError("nested too deep for msgspec") from None
    return None


def _nested_past_the_scanner(data: str | memoryview) -> bool:
    """Whether msgspec, allowed to nest a little deeper than the scanner's full read can, still stops on
    nesting. Every token before that place is then well-formed, and the full read, which stops on nesting
    at a place before it, meets no error first. (Both count a level as one call; the full read runs a
    few frames deeper, under ``json.loads``.)"""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit + _NESTING_MARGIN)
    try:
        _SKIPPING.decode(data)
    except RecursionError:
        return True
    except (msgspec.DecodeError, msgspec.ValidationError):
        return False
    finally:
        sys.setrecursionlimit(limit)
    return False


def _scanner_only_kind(data: str | memoryview, message: str, found: bool, offset: int) -> str | None:
    """The kind of token msgspec may have stopped on that the standard library reads: a constant where
    it names an ``N`` or ``I`` (of ``NaN``, ``Infinity``), a surrogate escape where it names one, an
    escape, or says the text ends early (it reads six characters past a lone one for its pair)."""
    if (
        found
        and message.startswith(_INVALID_CHARACTER)
        and data[offset : offset + 1] in ("N", "I", b"N", b"I")
    ):
        return CONSTANTS
    if "surrogate" in message or "escape" in message or not found:
        return ESCAPES
    return None


@contextmanager
def _nesting_limited() -> Iterator[None]:
    """msgspec gives up on nesting a little before the scanner would, so it never reads past a place
    where the full read stops on nesting (reported as too deep)."""
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(limit - _NESTING_MARGIN)
    try:
        yield
    finally:
        sys.setrecursionlimit(limit)


def _quotes(text: str, start: int, end: int, total: int | None = None) -> int:
    """How many quotes in ``text[start:end]`` open or close a string (``start`` is not inside a run of
    backslashes). ``total``: how many quotes the text holds, when known (from the start, those after
    ``end`` may be fewer to count). Escaped quotes are looked for up to the last backslash."""
    if total is not None and not start and end > len(text) // 2:
        quotes = total - text.count('"', end)
    else:
        quotes = text.count('"', start, end)
    backslash = text.rfind("\\", start, end)
    if backslash < 0:
        return quotes
    end = min(end, backslash + 2)
    escaped = text.count('\\"', start, end)
    if not escaped:
        return quotes
    if escaped > MOST_ESCAPED_QUOTES:
        raise LookupError("too many escaped quotes")
    runs = _BACKSLASHES_AND_QUOTE.finditer(text, start, end)
    return quotes - sum((found.end() - found.start() - 1) % 2 for found in runs)
