"""Where a large malformed JSON text first fails, found without building the values before that place.

msgspec reads the whole text and builds nothing. It is stricter than the standard library (no ``NaN``,
no lone surrogate escape) and counts in bytes, so its verdict only says where to look: every token before
the place it stops at is well-formed JSON, so a bracket there outside a string starts a value that the
full parse reads in the same way. The standard library's C scanner reads the nearest such value that
does not close before that place, and its error (message and position) is the one the full parse gives.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from typing import Any

import msgspec

# Values tried, nearest first, before the whole text is read instead.
MOST_VALUES_TRIED = 64
# Past this many escaped quotes, telling strings apart costs more than the full read.
MOST_ESCAPED_QUOTES = 100_000
_STOP_AFTER_TOKEN = 8
_NESTING_MARGIN = 16
_AT_BYTE = re.compile(r"\(byte (\d+)\)$")
_AT_THE_CHARACTER = re.compile(
    r"JSON is malformed: (expected |object keys must|trailing comma|invalid number)"
)
_BACKSLASHES_AND_QUOTE = re.compile(r'\\+"')

Scan = Callable[[str, int], tuple[Any, int]]


class _Members(msgspec.Struct):
    """A top-level object whose members are all skipped: checked, never built."""


_SKIPPING = msgspec.json.Decoder(_Members)


def error_near(text: str, scan: Scan) -> json.JSONDecodeError | None:
    """The error reading a text that starts with ``{`` by ``scan`` (a ``JSONDecoder.raw_decode``) meets
    first, if msgspec finds one and a value before that place holds it; None when msgspec finds the text
    well-formed. Raises LookupError when the place stays unknown (the full read then decides).
    """
    stop = _stop(text)
    if stop is None:
        return None
    quotes, counted_to = _quotes(text, 0, stop), stop
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


def _stop(text: str) -> int | None:
    """A place in ``text`` before which every token is well-formed (a little before where msgspec stops
    reading); None if msgspec reads the whole text."""
    data: str | bytes = text if text.isascii() else text.encode("utf-8", "surrogatepass")
    limit = sys.getrecursionlimit()
    # msgspec gives up on nesting a little before the scanner would, so it never reads past a place
    # where the full read stops on nesting (reported as too deep)
    sys.setrecursionlimit(limit - _NESTING_MARGIN)
    try:
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
        if not (found and _AT_THE_CHARACTER.match(message)):
            offset = max(offset - _STOP_AFTER_TOKEN, 0)
        return offset if isinstance(data, str) else len(data[:offset].decode("utf-8", "ignore"))
    except RecursionError:
        raise LookupError("nested too deep for msgspec") from None
    finally:
        sys.setrecursionlimit(limit)
    return None


def _quotes(text: str, start: int, end: int) -> int:
    """How many quotes in ``text[start:end]`` open or close a string (``start`` is not inside a run of
    backslashes)."""
    quotes = text.count('"', start, end)
    escaped = text.count('\\"', start, end)
    if not escaped:
        return quotes
    if escaped > MOST_ESCAPED_QUOTES:
        raise LookupError("too many escaped quotes")
    runs = _BACKSLASHES_AND_QUOTE.finditer(text, start, end)
    return quotes - sum((found.end() - found.start() - 1) % 2 for found in runs)
