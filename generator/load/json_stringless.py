"""The strings of a JSON text: how many long ones at most, where the n-th starts, and a copy in which each
reads as ``""``.

All serve the checks of a large text before it is parsed. The copy lets arrays and items be counted
outside strings; it is made block by block (a substitution over the whole text keeps every piece
between two strings alive until the end), each block ending just after a string, and the start of each
block in both texts leads a place in the copy back to the same place in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Exactly the strings JSON allows: no control characters, only the defined escapes.
_WELL_FORMED_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"')
_EMPTY = '""'
_BLOCK = 1 << 20
_GAP = r'[^"]*+'
_SHORT = r'"(?:[^"\\]|\\.)?+"'
_LONG = r'"(?:[^"\\]|\\.){2}(?:[^"\\]++|\\.)*+"'
_SHORT_UNESCAPED = r'"[^"]?+"'  # the same, faster, for a text without a backslash
_LONG_UNESCAPED = r'"[^"]{2}[^"]*+"'
# Every ASCII character but the quote, the two separators and the backslash reads as "a" (in UTF-8, every
# other byte stays as it is: none of them is a character between two quotes alone).
_KEPT = '",:\\'
_ONE_CHARACTER_STRING = '"a"'
_AFTER_BACKSLASH = '\\"a"'
_KEPT_IN_TEXT = str.maketrans({chr(code): "a" for code in range(128) if chr(code) not in _KEPT})
_KEPT_IN_UTF8 = bytes(code if code > 127 or chr(code) in _KEPT else ord("a") for code in range(256))
_COUNTING_BLOCK = 1 << 16  # a copy that stays in the processor's cache


def long_strings_surely_within(text: str, quotes: int, most: int) -> bool:
    """Whether a reader of ``text`` surely builds at most ``most`` strings longer than one character before
    it ends or fails; False when unsure.

    Each string read takes two of the ``quotes``, and between two strings a reader passes a ``,`` or
    ``:``: up to where it fails, a quote, one ASCII character other than those and a backslash, and a
    quote are a string of one character, unless the first quote follows a backslash (it may be escaped,
    inside a longer string; the second never is). Past that place such triples may stand anywhere, but
    each takes two quotes of the ``quotes`` no string read before uses (one, for a triple astride it: the
    spare one). So at most ``quotes // 2 + 1`` minus the triples are long. Triples astride two blocks go
    uncounted, which only raises that bound; a block beyond ASCII is counted in UTF-8. The count stops
    once the verdict is certain, and gives up (unsure) when past the first eighth of the text it runs at
    less than half the pace the bound needs.
    """
    needed = quotes // 2 + 1 - most
    found = 0
    for start in range(0, len(text), _COUNTING_BLOCK):
        if found >= needed or found + (len(text) - start) // len(_ONE_CHARACTER_STRING) < needed:
            break
        if start > len(text) // 8 and 2 * found * len(text) < needed * start:
            break
        block = text[start : start + _COUNTING_BLOCK]
        found += _one_character_strings(block, after_backslash=start > 0 and text[start - 1] == "\\")
    return found >= needed


def _one_character_strings(block: str, after_backslash: bool) -> int:
    """The triples of a block (a quote, a character that may stand alone in a string, a quote) whose first
    quote follows no backslash; ``after_backslash``: the block follows one."""
    if block.isascii():
        kept = block.translate(_KEPT_IN_TEXT)
        triples = kept.count(_ONE_CHARACTER_STRING)
        if "\\" in kept:
            triples -= kept.count(_AFTER_BACKSLASH)
        return triples - (after_backslash and kept.startswith(_ONE_CHARACTER_STRING))
    utf8 = block.encode("utf-8", "surrogatepass").translate(_KEPT_IN_UTF8)
    triples = utf8.count(_ONE_CHARACTER_STRING.encode()) - utf8.count(_AFTER_BACKSLASH.encode())
    return triples - (after_backslash and utf8.startswith(_ONE_CHARACTER_STRING.encode()))


def long_string_start(text: str, index: int) -> int | None:
    """Where the string numbered ``index`` (from 0) of those longer than one character starts, if any.

    Strings of one character cost nothing once read (Python shares them), so they are not counted.
    Outside strings a JSON text has no quote, so each quoted run is one string, well-formed or not.
    """
    short, long = (_SHORT, _LONG) if "\\" in text else (_SHORT_UNESCAPED, _LONG_UNESCAPED)
    skip = rf"(?:{_GAP}{short})*+{_GAP}{long}"
    found = re.compile(rf"(?:{skip}){{{index}}}+(?:{_GAP}{short})*+{_GAP}(?={long})").match(text)
    return found.end() if found else None


class StringlessText:
    def __init__(self, original: str) -> None:
        self._original = original
        self._copy_starts: list[int] = []
        self._original_starts: list[int] = []
        pieces: list[str] = []
        copied, start, block = 0, 0, _BLOCK
        while start < len(original):
            end = min(start + block, len(original))
            piece = _WELL_FORMED_STRING.sub(_EMPTY, original[start:end])
            if end < len(original):
                last = piece.rfind(_EMPTY)
                if last < 0:  # no string ends in this block: take a longer one
                    block *= 2
                    continue
                end -= len(piece) - last - len(_EMPTY)
                piece = piece[: last + len(_EMPTY)]
            self._copy_starts.append(copied)
            self._original_starts.append(start)
            pieces.append(piece)
            copied += len(piece)
            start, block = end, _BLOCK
        self.text = "".join(pieces)

    def original_offset(self, position: int) -> int:
        """Where a place in the copy lies in the original: past as many strings, each at its length."""
        index = max(bisect_right(self._copy_starts, position) - 1, 0)
        copy_start, start = self._copy_starts[index], self._original_starts[index]
        strings = self.text.count(_EMPTY, copy_start, position)
        if not strings:
            return start + position - copy_start
        end = self._original_starts[index + 1] if index + 1 < len(self._original_starts) else None
        block = self._original[start:end]
        shortened = _WELL_FORMED_STRING.sub(_EMPTY, block, count=strings)
        return start + position - copy_start + len(block) - len(shortened)
