"""YAML text made readable before parsing, the way other OpenAPI tools read it.

- C0 and C1 control characters (which YAML forbids) are dropped, each remembered with its place;
- U+0085, U+2028 and U+2029 are text, as in YAML 1.2 (YAML 1.1 readers take them for line breaks):
  each is swapped for a character the text does not use, and swapped back in every scalar;
- lines holding only blanks and tabs become empty (a tab there cannot be indentation);
- a tab after the indentation spaces of a block scalar's first line is content (libyaml alone
  refuses it, while it detects the indentation): on that refusal, see :meth:`Prepared.with_content_tabs`.

Every change keeps one character for one character, except dropped control characters, so the
line and column libyaml reports are those of the source.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Iterator

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufffe\uffff]")
_LINE_SEPARATORS = "\x85\u2028\u2029"
_BLANK_LINE_WITH_TAB = re.compile(r"^[ \t]*\t[ \t]*$", re.MULTILINE)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# A block scalar header without an indentation indicator, then blank lines, then spaces and a tab.
_HEADER_THEN_TAB = re.compile(r"(?<![^ \t\n])([|>])[-+]?[ \t]*(?:#[^\n]*)?\n(?:[ ]*\n)*( +)\t")
# What may come before a block scalar's indicator on its line: "- " entries, then maybe a key, then
# maybe a tag and an anchor. Group 1: the entries; group 2: the key and its colon.
_HEADER_LINE = re.compile(r" *((?:- +)*)([^ #][^\n]*?: +)?(?:[!&][^ \n]* +)*\Z")
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
        self._stand_ins = _unused(text)
        present = [separator for separator in _LINE_SEPARATORS if separator in text]
        if present:
            swap = {ord(separator): next(self._stand_ins) for separator in present}
            text = text.translate(swap)
            back = {ord(stand_in): chr(separator) for separator, stand_in in swap.items()}
            self.restore = lambda value: value.translate(back)
        if "\t" in text:
            text = _BLANK_LINE_WITH_TAB.sub("", text)
        self.text = text
        self.tab: str | None = None  # stands for the tabs read as content
        self.content_tabs: dict[int, str] = {}  # offset of each tab read as content -> its indicator

    def with_content_tabs(self, header: int) -> Prepared | None:
        """A copy where the tab starting the first line of the block scalar whose indicator is at
        ``header`` is content (and on the first call, every such tab); None if that tab is not content.

        Each tab becomes a stand-in character, put back by :meth:`tabs_back`.
        """
        found = _content_tab(self.text, header)
        if found is None:
            return None
        tabs = {found[0]: found[1]}
        if self.tab is None:
            for match in _HEADER_THEN_TAB.finditer(self.text):
                candidate = _content_tab(self.text, match.start())
                if candidate is not None:
                    tabs[candidate[0]] = candidate[1]
        prepared = copy.copy(self)
        prepared.tab = self.tab or next(self._stand_ins)
        prepared.content_tabs = {**self.content_tabs, **tabs}
        characters = list(self.text)
        for place in tabs:
            characters[place] = prepared.tab
        prepared.text = "".join(characters)
        return prepared

    def tabs_back(self, value: str, style: str, start: int) -> str | None:
        """``value`` (of a scalar starting at ``start``) with its content tabs back; None when one
        starts a token (libyaml's refusal stands).

        In a block scalar the tab is content. Elsewhere it began a continuation line of a quoted or
        plain scalar, where leading blanks fold away.
        """
        assert self.tab is not None
        if style == ">":
            value = self._unfold(value, start)
        if style in ("|", ">"):
            return value.replace(self.tab, "\t")
        if start in self.content_tabs:
            return None
        return re.sub(f"{self.tab}[ \t]*", "", value)

    def _unfold(self, value: str, start: int) -> str:
        """A folded scalar whose first line starts with a tab: that line is "more indented", so the
        line break after it stays; libyaml, reading the stand-in, folded it."""
        first = value.find(self.tab or "")
        places = sorted(place for place in self.content_tabs if place >= start)
        if first < 0 or not places:
            return value
        line_end = self.text.find("\n", places[0])
        after = first + (line_end if line_end >= 0 else len(self.text)) - places[0]
        if value[after : after + 1] == " ":
            return value[:after] + "\n" + value[after + 1 :]
        rest = value[after:].lstrip("\n")
        if rest and len(rest) < len(value) - after and rest[0] not in " \t":
            return value[:after] + "\n" + value[after:]
        return value


def _content_tab(text: str, header: int) -> tuple[int, str] | None:
    """(offset of the tab, the indicator) when the block scalar whose indicator is at ``header`` has
    no indentation indicator and its first line is its indentation spaces, then a tab, then more.

    The spaces must be more than the indentation of the collection holding the scalar (the column of
    its key, or of its last "- " entry), as for YAML readers that take the tab as content.
    """
    match = _HEADER_THEN_TAB.match(text, header)
    line_start = text.rfind("\n", 0, header) + 1
    line = _HEADER_LINE.match(text, line_start, header)
    if match is None or line is None:
        return None
    entries, key = line.group(1), line.group(2)
    if key:
        parent = line.start(2) - line_start
    elif entries:
        parent = line.start(1) - line_start + entries.rstrip().rfind("-")
    else:
        return None
    if len(match.group(2)) <= parent:
        return None
    return match.end() - 1, match.group(1)


def _unused(text: str) -> Iterator[str]:
    """Private-use characters the text does not hold."""
    used = set(_PRIVATE_USE.findall(text))
    return (chr(code) for code in range(0xE000, 0xF900) if chr(code) not in used)


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
