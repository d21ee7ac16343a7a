"""YAML text made readable before parsing, the way other OpenAPI tools read it.

- C0 and C1 control characters (which YAML forbids) are dropped, each remembered with its place;
- U+0085, U+2028 and U+2029 are text, as in YAML 1.2 (YAML 1.1 readers take them for line breaks):
  each is swapped for a character the text does not use, and swapped back in every scalar;
- lines holding only blanks and tabs become empty (a tab there cannot be indentation).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_LINE_SEPARATORS = "\x85\u2028\u2029"
_BLANK_LINE_WITH_TAB = re.compile(r"^[ \t]*\t[ \t]*$", re.MULTILINE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
MAX_PLACES = 20


def _same(value: str) -> str:
    return value


class Prepared:
    """The text to parse, where control characters were dropped, and how to restore scalars."""

    def __init__(self, text: str) -> None:
        self.dropped: list[tuple[int, int, str]] = []  # (line, column, character), the first few
        self.dropped_count = 0
        if _CONTROL.search(text):
            self.dropped = _places(text)
            text, self.dropped_count = _CONTROL.subn("", text)
        self.restore: Callable[[str], str] = _same
        present = [separator for separator in _LINE_SEPARATORS if separator in text]
        if present:
            used = set(_PRIVATE_USE.findall(text))
            stand_ins = (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in used)
            swap = {ord(separator): next(stand_ins) for separator in present}
            text = text.translate(swap)
            back = {ord(stand_in): chr(separator) for separator, stand_in in swap.items()}
            self.restore = lambda value: value.translate(back)
        if "\t" in text:
            text = _BLANK_LINE_WITH_TAB.sub("", text)
        self.text = text


def _places(text: str) -> list[tuple[int, int, str]]:
    places = []
    line, line_start, previous = 1, 0, 0
    for match in _CONTROL.finditer(text):
        start = match.start()
        breaks = text.count("\n", previous, start)
        if breaks:
            line += breaks
            line_start = text.rfind("\n", previous, start) + 1
        previous = start
        places.append((line, start - line_start + 1, match.group()))
        if len(places) == MAX_PLACES:
            break
    return places
