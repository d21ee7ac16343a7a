"""Read a JSON text from the middle of a container, in the state a full parse would be in there.

Given a place before which every token is well-formed, a short walk back from it (strings skipped)
finds the two nearest commas of the container that holds that place. Between those commas stands one
member: with a colon outside any nested value (an object's), or without (an array's element). A reader
started on the container's opening bracket followed by the text after the farther comma is then in the
state a full parse is in after that comma: both next read a member, and the member is there, so an
empty container is never taken for one. Its error, moved back to the original text, is the full
parse's. With fewer commas the reader starts on the container's own bracket. When the walk passes too
much text inside nested values (a huge member), the reader starts after the member nearest before the
place, once as in an array and once as in an object: the same after a member but for the bracket that
closes. A container that closes without error is such a member of the one around it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

Scan = Callable[[str, int], tuple[Any, int]]
# Texts that put a reader in a container's state at a place: reading members (none: at the bracket).
Restart = tuple[tuple[str, ...], int]
# The state after a member whose container is unknown: read as in an array and as in an object.
AFTER_MEMBER = ("[0", '{"":0')


class Failure(NamedTuple):
    """An error a reading meets: its message and place in the text (line and column are counted only for
    the error reported, each a pass over the text before it)."""

    msg: str
    pos: int


# What a reading meets: an error, or the place after the container closes.
Reading = Failure | int

# Characters walked back through before giving up (nested values of the container cost the walk).
MOST_WALKED = 1 << 16
# A reader of a window of the text may stop where the window ends; its error is trusted further back.
_WINDOW = 1 << 16
_CUT_REACH = 12  # the longest token a cut can spoil before its end: "-Infinity" and a "\u" escape
_FIRST_CHUNK = 256
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*+(?:"|\\?\Z)|[][{},:]')  # a string may run to the end
_REST_OF_STRING = re.compile(r'(?:[^"\\]|\\.)*+"')
_ESCAPED_QUOTES = re.compile(r'\\+"')
_MOST_BACKSLASHES = 1_000
_OPENERS = "[{"
_CLOSERS = "]}"


def restarts(text: str, end: int) -> Iterator[Restart]:
    """Where to read from to meet what follows ``end`` (outside a string, every token before it
    well-formed) as a full parse does: one place in each container around ``end``, innermost first, for
    when the one before closes without error. The walk back ends after :data:`MOST_WALKED` characters,
    with the place after the member nearest before ``end`` in the container it was in, if it passed one.
    """
    depth, commas, colon, after_member, chunk = 0, 0, False, -1, _FIRST_CHUNK
    walked_to, inside = end, False
    while walked_to > 0:
        if end - walked_to > MOST_WALKED or (start := _outside_backslashes(text, walked_to - chunk)) is None:
            break
        inside ^= _quotes(text, start, walked_to) % 2 == 1
        for position, mark in reversed(_marks(text, start, walked_to, inside)):
            if mark in _CLOSERS:
                if not depth and after_member < 0 and commas < 2:  # the first member before end
                    after_member = position + 1
                depth += 1
            elif mark in _OPENERS and depth:
                depth -= 1
            elif mark in _OPENERS:  # the container starts: the next place is in the one around it
                if commas < 2:
                    yield ("",), position
                commas, colon, after_member = 0, False, -1
            elif not depth and mark == ",":
                commas += 1
                if commas == 2:
                    yield ("{" if colon else "[",), position + 1
                    after_member = -1
            elif not depth and mark == ":" and commas == 1:
                colon = True
        walked_to, chunk = start, chunk * 4
    if after_member >= 0:
        yield AFTER_MEMBER, after_member


def string_start(text: str, inside: int) -> int | None:
    """Where the string that holds ``inside`` opens: its last quote before that place that no
    backslash escapes (None past a long run of backslashes)."""
    quote = text.rfind('"', 0, inside)
    while run := _backslashes_before(text, quote):
        if run > _MOST_BACKSLASHES:
            return None
        if run % 2 == 0:
            break
        quote = text.rfind('"', 0, quote)
    return quote


def string_error(text: str, start: int, near: int, scan: Scan) -> json.JSONDecodeError | None:
    """The error ``scan`` meets in the string that opens at ``start``, every character of it before
    ``near`` well-formed; None when it closes without one. The string is read from a little before
    ``near`` where it can be (read whole, the scanner builds it up to a bad escape)."""
    cut = near - _CUT_REACH
    if cut > start and (backslash := text.rfind("\\", max(cut - _CUT_REACH, start + 1), cut)) >= 0:
        # right before a run of backslashes, a cut is outside escapes
        cut = _outside_backslashes(text, backslash) or 0
    if cut > start:
        end = min(near + _WINDOW, len(text))
        piece = '"' + text[cut:end]
        try:
            scan(piece, 0)
            return None
        except json.JSONDecodeError as error:
            unterminated = error.msg.startswith("Unterminated string")
            if end == len(text) or (error.pos < len(piece) - _CUT_REACH and not unterminated):
                return json.JSONDecodeError(error.msg, text, start if unterminated else cut + error.pos - 1)
    try:
        scan(text, start)
    except json.JSONDecodeError as error:
        return error
    return None


def readings(text: str, restart: Restart, near: int, scan: Scan) -> list[Reading]:
    """What ``scan`` meets reading from ``restart`` in each of its readings, placed in ``text``.
    ``near``: where the error is expected."""
    prefixes, start = restart
    return [_reading(text, prefix, start, near, scan) for prefix in prefixes]


def same(found: list[Reading]) -> bool:
    return len(set(found)) == 1


def _reading(text: str, prefix: str, start: int, near: int, scan: Scan) -> Reading:
    if not prefix:
        try:
            return scan(text, start)[1]
        except json.JSONDecodeError as error:
            return Failure(error.msg, error.pos)
    window = _WINDOW
    while True:
        end = min(max(start, near) + window, len(text))
        piece = prefix + text[start:end]
        try:
            return start + scan(piece, 0)[1] - len(prefix)
        except json.JSONDecodeError as error:
            # a cut may spoil only the token that reaches the end of the piece
            if end == len(text) or (
                error.pos < len(piece) - _CUT_REACH and not error.msg.startswith("Unterminated string")
            ):
                return Failure(error.msg, start + error.pos - len(prefix))
        window *= 4


def _marks(text: str, start: int, end: int, inside: bool) -> list[tuple[int, str]]:
    """The brackets, commas and colons in ``text[start:end]`` outside strings, with their places
    (``inside``: whether ``start`` is inside a string; it is not inside a run of backslashes)."""
    if inside:  # begin after the string
        found = _REST_OF_STRING.match(text, start, end)
        if found is None:
            return []
        start = found.end()
    return [(found.start(), found.group()[0]) for found in _TOKEN.finditer(text, start, end)]


def _quotes(text: str, start: int, end: int) -> int:
    quotes = text.count('"', start, end)
    if text.find("\\", start, end) < 0:
        return quotes
    runs = _ESCAPED_QUOTES.finditer(text, start, end)
    return quotes - sum((found.end() - found.start() - 1) % 2 for found in runs)


def _outside_backslashes(text: str, start: int) -> int | None:
    """``start``, or the first of the backslashes that end right before it (None for a long run)."""
    start = max(start, 0)
    run = _backslashes_before(text, start)
    return None if run > _MOST_BACKSLASHES else start - run


def _backslashes_before(text: str, place: int) -> int:
    run = 0
    while place - run > 0 and text[place - run - 1] == "\\" and run <= _MOST_BACKSLASHES:
        run += 1
    return run
