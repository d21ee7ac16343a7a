"""Map JSON pointers to line and column in the source text, built only when first asked."""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
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
RepeatAtOffsets = tuple[str, str, int, int]
Position = tuple[int, int]  # (line, column), both from 1
# (pointer of the member, its key, position of the earlier key, position of the later key)
RepeatAtPositions = tuple[str, str, Position, Position]


def index_json(text: str, repeats: list[RepeatAtOffsets] | None = None) -> dict[str, int]:
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


def _note_key(frame: _Frame, offset: int, repeats: list[RepeatAtOffsets]) -> None:
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


_JSON_SPACE = re.compile(r"[ \t\n\r]*")
_INDEX = re.compile("0|[1-9][0-9]*")
# Reads one value at C speed and keeps next to nothing of it (an object becomes its length).
_skip_value = json.scanner.make_scanner(json.JSONDecoder(object_pairs_hook=len))  # type: ignore[arg-type]
_scan_string = json.decoder.scanstring  # type: ignore[attr-defined]
_READ_DEPTH = 2  # the members of the top level and of its objects (paths, components...)


class JsonLocator:
    """Offsets of JSON pointers in a well-formed JSON text, found on demand.

    Only the objects and arrays on the way to a pointer are read, each once: the members of each are
    listed (keys decoded, values skipped by the C scanner), so a few located problems cost a few
    passes of the C scanner, not a walk over every token. Offsets are those :func:`index_json` gives.
    With ``unique_keys`` (no object repeats a key) an object is read only as far as the member asked for.
    """

    def __init__(self, text: str, unique_keys: bool = False) -> None:
        self.text = text
        self._root = _skip_json_space(text, 0)
        # object -> (token -> (key, value) of the members read so far, [where reading resumes, done])
        self._members: dict[int, tuple[dict[str, tuple[int, int]], list[int]]] = {}
        self._items: dict[int, list[int]] = {}  # array -> offset of each item
        # With no key written twice, an object is read only up to the member asked for.
        self._unique_keys = unique_keys

    def nearest(self, pointer: str) -> int:
        """The offset of the value at ``pointer`` (of its key, for a member), or of its closest ancestor."""
        found = value = self._root
        for depth, token in enumerate(pointer.split("/")[1:]):
            child = self._child(value, token, depth)
            if child is None:
                break
            found, value = child
        return found

    def _child(self, container: int, token: str, depth: int) -> tuple[int, int] | None:
        opening = self.text[container : container + 1]
        if opening == "{":
            return self._member(container, token, depth)
        if opening == "[" and _INDEX.fullmatch(token):
            items = self._array(container)
            index = int(token)
            return (items[index], items[index]) if index < len(items) else None
        return None

    def _member(self, start: int, token: str | None, depth: int) -> tuple[int, int] | None:
        """The member ``token`` of the object at ``start`` (None: read it to its end)."""
        entry = self._members.get(start)
        if entry is None:
            entry = self._members[start] = ({}, [_skip_json_space(self.text, start + 1), 0])
        members, state = entry
        if state[1] or (self._unique_keys and token in members):
            return members.get(token) if token is not None else None
        text, at = self.text, state[0]
        while text[at] == '"':
            key, after = _scan_string(text, at + 1)
            value = _skip_json_space(text, _skip_json_space(text, after) + 1)
            name = escape_token(key)
            members[name] = (at, value)
            at = self._after(value, depth + 1)
            if self._unique_keys and name == token:
                state[0] = at
                return members[name]
        state[0], state[1] = at, 1  # at the closing brace
        return members.get(token) if token is not None else None

    def _after(self, start: int, depth: int) -> int:
        """The offset after the value at ``start`` and after the comma that follows it, if any.

        Objects near the root are read member by member rather than skipped whole, so that a
        pointer into them later does not skip the same text again."""
        text = self.text
        if depth > _READ_DEPTH or text[start] != "{":
            return _after_value(text, start)
        self._member(start, None, depth)
        end = _skip_json_space(text, self._members[start][1][0] + 1)
        return _skip_json_space(text, end + 1) if text[end : end + 1] == "," else end

    def _array(self, start: int) -> list[int]:
        items = self._items.get(start)
        if items is None:
            items = self._items[start] = []
            text = self.text
            at = _skip_json_space(text, start + 1)
            while text[at] != "]":
                items.append(at)
                at = _after_value(text, at)
        return items


def _skip_json_space(text: str, offset: int) -> int:
    return _JSON_SPACE.match(text, offset).end()  # type: ignore[union-attr]


def _after_value(text: str, start: int) -> int:
    """The offset after the value at ``start`` and after the comma that follows it, if any."""
    end = _skip_json_space(text, _skip_value(text, start)[1])
    return _skip_json_space(text, end + 1) if text[end : end + 1] == "," else end


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
