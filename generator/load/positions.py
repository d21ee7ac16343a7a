"""Map JSON pointers to line and column in the source text, built only when first asked."""

from __future__ import annotations

import bisect
import json
import re
from typing import TypeVar

from generator.pointer import escape_token

_JSON_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\],]')
_WHITESPACE = re.compile(r"\s*")
_T = TypeVar("_T")


class _Frame:
    __slots__ = ("expect_key", "index", "is_object", "key", "keys", "pointer")

    def __init__(self, is_object: bool, pointer: str) -> None:
        self.is_object = is_object
        self.pointer = pointer
        self.index = 0
        self.key = ""
        self.expect_key = is_object
        self.keys: dict[str, int] | None = None

    def child(self) -> str:
        if self.is_object:
            return f"{self.pointer}/{escape_token(self.key)}"
        return f"{self.pointer}/{self.index}"


def _skip_space(text: str, offset: int) -> int:
    match = _WHITESPACE.match(text, offset)
    return match.end() if match else offset


# (pointer of the member, its key, offset of the earlier key, offset of the later key)
Repeat = tuple[str, str, int, int]


def index_json(text: str, repeats: list[Repeat] | None = None) -> dict[str, int]:
    """Offsets of every object member (at its key) and array item, keyed by JSON pointer.

    With ``repeats``, every key written twice in one object is added to it (the later offset wins).
    """
    offsets: dict[str, int] = {"": _skip_space(text, 0)}
    stack: list[_Frame] = []
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        first = token[0]
        if first == '"':
            if stack and stack[-1].expect_key:
                frame = stack[-1]
                frame.key = json.loads(token)
                frame.expect_key = False
                if repeats is not None:
                    _note_key(frame, match.start(), repeats)
                offsets[frame.child()] = match.start()
        elif first in "{[":
            pointer = stack[-1].child() if stack else ""
            frame = _Frame(first == "{", pointer)
            stack.append(frame)
            if first == "[":
                _record_item(text, match.end(), frame, offsets)
        elif first in "}]":
            if stack:
                stack.pop()
        elif stack:  # a comma
            frame = stack[-1]
            if frame.is_object:
                frame.expect_key = True
            else:
                frame.index += 1
                _record_item(text, match.end(), frame, offsets)
    return offsets


def _note_key(frame: _Frame, offset: int, repeats: list[Repeat]) -> None:
    if frame.keys is None:
        frame.keys = {}
    earlier = frame.keys.get(frame.key)
    if earlier is not None:
        repeats.append((frame.child(), frame.key, earlier, offset))
    frame.keys[frame.key] = offset


def _record_item(text: str, after: int, frame: _Frame, offsets: dict[str, int]) -> None:
    start = _skip_space(text, after)
    if start < len(text) and text[start] != "]":
        offsets[frame.child()] = start


class LineIndex:
    """Converts character offsets to 1-based line and column numbers."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [match.end() for match in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1


def nearest(entries: dict[str, _T], pointer: str) -> _T | None:
    """The entry for ``pointer`` or, failing that, for its closest ancestor that has one."""
    while pointer not in entries and pointer:
        pointer = pointer.rsplit("/", 1)[0]
    return entries.get(pointer)


_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{\]}]')


def too_deep_at(text: str, max_depth: int) -> tuple[int, int]:
    """Where flow nesting first goes past ``max_depth`` (the start of the text if it never does)."""
    depth = 0
    for match in _BRACKET.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                return LineIndex(text).position(match.start())
        elif token in "]}":
            depth -= 1
    return 1, 1
