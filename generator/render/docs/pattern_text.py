"""A short text that a spec's ``pattern`` accepts, for sample values.

Only the common subset of regular expressions is read: literals, classes (ranges, negation,
``\\d \\w \\s`` and their opposites), ``.``, groups and alternation, the quantifiers ``* + ?
{n} {n,} {n,m}`` (lazy or not) and the anchors ``^ $ \\A \\z``. Anything else (lookaround,
flags, word boundaries, Unicode classes) gives None and the caller keeps the value it had. The
pattern is never run by Python's ``re``: every text made here is checked by RE2 through
:mod:`generator.validate.patterns`, the matcher the validator uses, and only a text it accepts is
returned. Pattern size, nesting, repetition counts and the text length are all bounded.
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from generator.validate.patterns import compile_pattern

_MAX_PATTERN = 1000
_MAX_NESTING = 16
_MAX_REPEAT = 64
_MAX_TEXT = 256
_MAX_STEPS = 4096
# Characters a sample prefers, most readable first; a class's own first character comes after.
_PREFERRED = (
    string.ascii_lowercase + "123456789" + "0" + string.ascii_uppercase + "-_.@/:+= " + string.punctuation
)
_SHORTHANDS: dict[str, tuple[tuple[int, int], ...]] = {
    "d": ((0x30, 0x39),),
    "w": ((0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)),
    "s": ((0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)),
}
_CONTROL_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
_ZERO_WIDTH_ESCAPES = frozenset("Az")


class _Outside(Exception):
    """The pattern uses syntax outside the subset read here."""


class _Ranges(NamedTuple):
    """Code point ranges; ``negated`` means every character outside them."""

    ranges: tuple[tuple[int, int], ...]
    negated: bool = False

    def holds(self, character: str) -> bool:
        inside = any(low <= ord(character) <= high for low, high in self.ranges)
        return inside != self.negated


@dataclass(frozen=True)
class _Class:
    """A character class: one of ``items`` holds the character (``negated`` turns the answer)."""

    items: tuple[_Ranges, ...]
    negated: bool = False

    @cached_property
    def choices(self) -> str:
        """Characters in the class, the readable ones first; at most one of each."""
        starts = "".join(
            chr(low)
            for item in self.items
            if not item.negated
            for low, _ in item.ranges
            if not 0xD800 <= low <= 0xDFFF
        )
        found = dict.fromkeys(character for character in _PREFERRED + starts if self._holds(character))
        if not found:
            raise _Outside("no printable character in the class")
        return "".join(found)

    def _holds(self, character: str) -> bool:
        return any(item.holds(character) for item in self.items) != self.negated


class _Repeat(NamedTuple):
    atom: _Node
    low: int
    high: int | None  # None: no upper bound


class _Alternatives(NamedTuple):
    branches: tuple[tuple[_Repeat, ...], ...]


_Node = _Class | _Alternatives


def _literal(character: str) -> _Class:
    point = ord(character)
    return _Class((_Ranges(((point, point),)),))


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.at = 0

    def parse(self) -> _Alternatives:
        tree = self._alternatives(0)
        if self.at != len(self.pattern):
            raise _Outside("unbalanced parenthesis")
        return tree

    def _peek(self) -> str:
        return self.pattern[self.at] if self.at < len(self.pattern) else ""

    def _take(self) -> str:
        character = self._peek()
        if not character:
            raise _Outside("pattern ends too early")
        self.at += 1
        return character

    def _alternatives(self, nesting: int) -> _Alternatives:
        if nesting > _MAX_NESTING:
            raise _Outside("groups nested too deep")
        branches = [self._sequence(nesting)]
        while self._peek() == "|":
            self.at += 1
            branches.append(self._sequence(nesting))
        return _Alternatives(tuple(branches))

    def _sequence(self, nesting: int) -> tuple[_Repeat, ...]:
        pieces: list[_Repeat] = []
        while self._peek() not in ("", "|", ")"):
            atom = self._atom(nesting)
            if atom is not None:
                pieces.append(self._quantified(atom))
        return tuple(pieces)

    def _atom(self, nesting: int) -> _Node | None:
        character = self._take()
        if character in "^$":
            return None
        if character == ".":
            return _Class((_Ranges(((0x0A, 0x0A),), negated=True),))
        if character == "[":
            return self._class()
        if character == "(":
            return self._group(nesting)
        if character == "\\":
            escaped = self._peek()
            if escaped in _ZERO_WIDTH_ESCAPES:
                self.at += 1
                return None
            return _Class((self._escape(),))
        if character in "*+?{":
            raise _Outside("quantifier without an atom")
        return _literal(character)

    def _group(self, nesting: int) -> _Alternatives:
        if self.pattern.startswith("?:", self.at):
            self.at += 2
        elif self.pattern.startswith(("?P<", "?<"), self.at):
            end = self.pattern.find(">", self.at)
            if end < 0:
                raise _Outside("unfinished group name")
            self.at = end + 1
        elif self._peek() == "?":
            raise _Outside("group flags or lookaround")
        inner = self._alternatives(nesting + 1)
        if self._take() != ")":
            raise _Outside("unbalanced parenthesis")
        return inner

    def _class(self) -> _Class:
        negated = self._peek() == "^"
        self.at += negated
        items: list[_Ranges] = []
        first = True
        while first or self._peek() != "]":
            first = False
            character = self._take()
            if character == "[" and self._peek() == ":":
                raise _Outside("POSIX class")
            low = self._escape() if character == "\\" else _Ranges(((ord(character), ord(character)),))
            if self._peek() == "-" and self.pattern[self.at + 1 : self.at + 2] not in ("]", ""):
                self.at += 1
                end = self._take()
                high = self._escape() if end == "\\" else _Ranges(((ord(end), ord(end)),))
                low = _span(low, high)
            items.append(low)
        self.at += 1
        return _Class(tuple(items), negated)

    def _escape(self) -> _Ranges:
        character = self._take()
        if character.lower() in _SHORTHANDS:
            return _Ranges(_SHORTHANDS[character.lower()], negated=character.isupper())
        if character in _CONTROL_ESCAPES:
            point = ord(_CONTROL_ESCAPES[character])
        elif character == "x":
            point = self._hex()
        elif character.isalnum():
            raise _Outside(f"escape \\{character}")
        else:
            point = ord(character)
        return _Ranges(((point, point),))

    def _hex(self) -> int:
        if self._peek() == "{":
            end = self.pattern.find("}", self.at)
            if end < 0:
                raise _Outside("unfinished hexadecimal escape")
            digits, self.at = self.pattern[self.at + 1 : end], end + 1
        else:
            digits, self.at = self.pattern[self.at : self.at + 2], self.at + 2
        if not digits or len(digits) > 6 or any(digit not in string.hexdigits for digit in digits):
            raise _Outside("bad hexadecimal escape")
        point = int(digits, 16)
        if point > 0x10FFFF or 0xD800 <= point <= 0xDFFF:
            raise _Outside("not a character")
        return point

    def _quantified(self, atom: _Node) -> _Repeat:
        character = self._peek()
        bounds = {"*": (0, None), "+": (1, None), "?": (0, 1)}.get(character)
        if bounds is not None:
            self.at += 1
        elif character == "{":
            bounds = self._braces()
        else:
            return _Repeat(atom, 1, 1)
        if self._peek() == "?":  # lazy: the same texts match
            self.at += 1
        low, high = bounds
        if low > _MAX_REPEAT or (high is not None and high < low):
            raise _Outside("repetition count out of bounds")
        return _Repeat(atom, low, high)

    def _braces(self) -> tuple[int, int | None]:
        end = self.pattern.find("}", self.at)
        inside = self.pattern[self.at + 1 : end] if end > 0 else ""
        low_text, comma, high_text = inside.partition(",")
        if not low_text.isdigit() or (high_text and not high_text.isdigit()) or len(inside) > 12:
            raise _Outside("not a repetition count")
        self.at = end + 1
        low = int(low_text)
        return low, (int(high_text) if high_text else None) if comma else low


def _span(low: _Ranges, high: _Ranges) -> _Ranges:
    """The range ``a-z`` from its two ends (each one character)."""
    if low.negated or high.negated or len(low.ranges) != 1 or len(high.ranges) != 1:
        raise _Outside("range with a class at one end")
    start, end = low.ranges[0][0], high.ranges[0][0]
    if low.ranges[0][1] != start or high.ranges[0][1] != end or end < start:
        raise _Outside("bad range")
    return _Ranges(((start, end),))


class _Writer:
    """The text of a parsed pattern: first branches, fewest repetitions plus ``extra``."""

    def __init__(self, extra: int) -> None:
        self.extra = extra
        self.parts: list[str] = []
        self.size = 0
        self.steps = 0

    def alternatives(self, node: _Alternatives) -> None:
        for piece in node.branches[0]:
            count = piece.low if piece.high == piece.low else piece.low + self.extra
            if piece.high is not None:
                count = min(count, piece.high)
            for number in range(count):
                self.atom(piece.atom, number)

    def atom(self, atom: _Node, number: int) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:  # empty groups repeated inside repeated groups add no text
            raise _Outside("too many repetitions")
        if isinstance(atom, _Alternatives):
            self.alternatives(atom)
            return
        choices = atom.choices
        self.parts.append(choices[number % len(choices)])
        self.size += 1
        if self.size > _MAX_TEXT:
            raise _Outside("text too long")


def text_matching(pattern: str, shortest: int = 0, longest: int | None = None) -> str | None:
    """A short text that ``pattern`` (searched by RE2) accepts and whose length lies between
    ``shortest`` and ``longest``; None when the pattern is outside the subset or no text fits."""
    compiled = compile_pattern(pattern)
    if compiled is None or len(pattern) > _MAX_PATTERN:
        return None
    try:
        tree = _Parser(pattern).parse()
    except _Outside:
        return None
    for extra in range(_MAX_REPEAT + 1):  # more repetitions until the text is long enough
        writer = _Writer(extra)
        try:
            writer.alternatives(tree)
        except _Outside:
            return None
        text = "".join(writer.parts)
        if longest is not None and len(text) > longest:
            return None
        if len(text) >= shortest and compiled.search(text) is True:
            return text
    return None


def accepts(pattern: str, text: str) -> bool:
    """False only when RE2 certainly finds no match (a pattern it cannot run accepts everything)."""
    compiled = compile_pattern(pattern)
    return compiled is None or compiled.allows(text)
