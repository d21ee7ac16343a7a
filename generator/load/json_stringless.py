"""A copy of a JSON text in which every well-formed string reads as ``""``, and the way back from it.

Reading the copy builds no string, so a malformed text of millions of short strings can be checked in
bounded memory. Making it costs a pass over the text, so it is made only when the strings would take
more memory than allowed (strings of one character cost nothing: Python shares them). The copy is made block by block (a substitution over the whole text keeps every piece
between two strings alive until the end), each block ending just after a string; the start of each
block in both texts leads a place in the copy back to the same place in the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# Exactly the strings JSON allows: no control characters, only the defined escapes.
_WELL_FORMED_STRING = re.compile(r'"(?:[^"\\\x00-\x1f]++|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*+"')
_EMPTY = '""'
_CONTROL = re.compile(r"[\x00-\x1f]")
_BLOCK = 1 << 20
_STRING_BYTES = 64  # a short string once read, with the reference that holds it
_SAMPLE = 1 << 16


class StringlessText:
    """``text``: the copy to read (the original itself when its strings fit in ``budget`` bytes)."""

    def __init__(self, original: str, budget: int) -> None:
        self._original = original
        self._copy_starts: list[int] = [0]
        self._original_starts: list[int] = [0]
        self.text = original
        if _strings_cost(original) > budget:
            self._copy_starts, self._original_starts = [], []
            self.text = self._without_strings()

    def _without_strings(self) -> str:
        original = self._original
        pieces: list[str] = []
        copied, start, block = 0, 0, _BLOCK
        while start < len(original):
            end = min(start + block, len(original))
            if original.count('"', start, end) % 2 and (closing := original.find('"', end)) >= 0:
                end = closing + 1
            piece = _between_quotes(original[start:end]) or _WELL_FORMED_STRING.sub(
                _EMPTY, original[start:end]
            )
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
        return "".join(pieces)

    def original_offset(self, position: int) -> int:
        """Where a place in the copy lies in the original: past as many strings, each at its length."""
        index = max(bisect_right(self._copy_starts, position) - 1, 0)
        copy_start, start = self._copy_starts[index], self._original_starts[index]
        strings = self.text.count(_EMPTY, copy_start, position)
        if not strings or self.text is self._original:
            return start + position - copy_start
        end = self._original_starts[index + 1] if index + 1 < len(self._original_starts) else None
        block = self._original[start:end]
        shortened = _WELL_FORMED_STRING.sub(_EMPTY, block, count=strings)
        return start + position - copy_start + len(block) - len(shortened)


def _between_quotes(block: str) -> str | None:
    """The copy of a block that starts outside a string, when it has no escape and no control character.

    Then every other quote closes a string, and cutting at the quotes is faster than matching strings.
    """
    if "\\" in block or block.count('"') % 2:
        return None
    parts = block.split('"')
    if _CONTROL.search("".join(parts[1::2])):
        return None
    return _EMPTY.join(parts[::2])


def _strings_cost(text: str) -> int:
    """The bytes the strings of ``text`` take once read, from the share of longer ones in a sample."""
    strings = text.count('"') // 2
    if strings * _STRING_BYTES < _SAMPLE * 64:
        return strings * _STRING_BYTES
    # Before any escaped quote, a string starts after an even number of quotes.
    middle = len(text) // 2
    if text.find('\\"', 0, middle + _SAMPLE) >= 0:
        return strings * _STRING_BYTES
    start = text.find('"', middle)
    if text.count('"', 0, start) % 2:
        start = text.find('"', start + 1)
    sample = [len(match) > 3 for match in _WELL_FORMED_STRING.findall(text, start, start + _SAMPLE)]
    return strings * sum(sample) // max(len(sample), 1) * _STRING_BYTES
