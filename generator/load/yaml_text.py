"""YAML as OpenAPI tools read it: built straight from libyaml's events into plain JSON-like values.

Scalars follow YAML 1.2 (``yes``/``on``/``=`` stay strings, ``0o17`` is octal); merge keys (``<<``)
work; only the standard tags are read; aliases are shared, not copied, and what they would add to the
document when expanded is bounded by count and by size. Text the reader refuses is prepared first
(see ``generator.load.yaml_prep``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import yaml

from generator.load.nesting import too_deep_at
from generator.load.positions import Position, RepeatAtPositions
from generator.load.yaml_prep import Prepared
from generator.pointer import escape_token

try:
    from yaml.cyaml import CParser as _Parser  # type: ignore[attr-defined]
except ImportError:  # PyYAML without libyaml: the same events, more slowly
    from yaml import SafeLoader as _Parser  # type: ignore[assignment]

MAX_ALIAS_VALUES = 1_000_000
MAX_ALIAS_CHARACTERS = 64 * 1024 * 1024

_TAG = "tag:yaml.org,2002:"
_MISSING = object()
_CONSTANTS: dict[str, Any] = {
    **dict.fromkeys(("", "~", "null", "Null", "NULL"), None),
    **dict.fromkeys(("true", "True", "TRUE"), True),
    **dict.fromkeys(("false", "False", "FALSE"), False),
    **dict.fromkeys((".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"), math.inf),
    **dict.fromkeys(("-.inf", "-.Inf", "-.INF"), -math.inf),
    **dict.fromkeys((".nan", ".NaN", ".NAN"), math.nan),
}
_INTEGER = re.compile(r"[-+]?[0-9]+\Z")
_OCTAL = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z")
_NUMBER_START = frozenset("0123456789+-.")
_MAX_DIGITS = 4300
_TAB_IN_INDENTATION = "found a tab character where an indentation space is expected"
MAX_TAB_ROUNDS = 4


class YamlError(Exception):
    def __init__(self, message: str, position: Position | None = None):
        super().__init__(message)
        self.message = message
        self.position = position


def _check_syntax(text: str) -> None:
    """libyaml reads the whole text once without creating a Python object, so malformed text of any
    size fails at C speed before anything is built."""
    checker = _Parser(text)
    try:
        if hasattr(checker, "raw_parse"):
            checker.raw_parse()
    finally:
        checker.dispose()


def _checked(prepared: Prepared) -> Prepared:
    """``prepared`` once libyaml reads it; tabs only libyaml refuses (see yaml_prep) read as content."""
    for _ in range(MAX_TAB_ROUNDS):
        try:
            _check_syntax(prepared.text)
            return prepared
        except yaml.MarkedYAMLError as error:
            header = error.context_mark
            fixed = None
            if error.problem == _TAB_IN_INDENTATION and header is not None:
                fixed = prepared.with_content_tabs(header.index)
            if fixed is None or fixed.content_tabs == prepared.content_tabs:
                raise
            prepared = fixed
    _check_syntax(prepared.text)
    return prepared


def _too_deep(error: yaml.MarkedYAMLError) -> bool:
    return "nesting depth" in str(error.problem)


class _MergeKey:
    """The ``<<`` key: its value's members join the mapping unless the mapping has them already."""


_MERGE = _MergeKey()


def _at(mark: Any) -> Position:
    return mark.line + 1, mark.column + 1


def _plain(value: str, mark: Any) -> Any:
    """A plain scalar under the YAML 1.2 core schema."""
    constant = _CONSTANTS.get(value, _MISSING)
    if constant is not _MISSING:
        return constant
    if value[0] not in _NUMBER_START:
        return value
    if _INTEGER.match(value):
        return _integer(value, 10, mark)
    if _OCTAL.match(value):
        return _integer(value[2:], 8, mark)
    if _HEX.match(value):
        return _integer(value[2:], 16, mark)
    if _FLOAT.match(value):
        return float(value)
    return value


def _integer(digits: str, base: int, mark: Any) -> int:
    if len(digits) > _MAX_DIGITS:
        raise YamlError(f"an integer of {len(digits):,} digits (at most {_MAX_DIGITS:,})", _at(mark))
    return int(digits, base)


def _bool(value: str, mark: Any) -> bool:
    found = _CONSTANTS.get(value)
    if not isinstance(found, bool):
        raise YamlError(f"malformed YAML: {value!r} is not a boolean", _at(mark))
    return found


def _float(value: str, mark: Any) -> float:
    found = _CONSTANTS.get(value)
    if isinstance(found, float):
        return found
    try:
        return float(value)
    except ValueError:
        raise YamlError(f"malformed YAML: {value!r} is not a number", _at(mark)) from None


def _tagged_integer(value: str, mark: Any) -> int:
    parsed = _plain(value, mark)
    if type(parsed) is not int:
        raise YamlError(f"malformed YAML: {value!r} is not an integer", _at(mark))
    return parsed


_TAGGED: dict[str, Callable[[str, Any], Any]] = {
    "!": lambda value, mark: value,
    _TAG + "str": lambda value, mark: value,
    _TAG + "binary": lambda value, mark: value,
    _TAG + "timestamp": lambda value, mark: value,
    _TAG + "null": lambda value, mark: None,
    _TAG + "bool": _bool,
    _TAG + "int": _tagged_integer,
    _TAG + "float": _float,
}
_COLLECTION_TAGS = frozenset({None, "!", _TAG + "map", _TAG + "seq"})


class _Frame:
    """An open mapping or sequence, and what it is waiting for."""

    __slots__ = ("anchor", "characters", "container", "key", "key_at", "keys", "merged", "pointer", "values")

    def __init__(
        self, container: Any, pointer: str, anchor: str | None, values: int, characters: int
    ) -> None:
        self.container = container
        self.pointer = pointer
        self.anchor = anchor
        self.values = values
        self.characters = characters
        self.key: str | _MergeKey | None = None
        self.key_at: Position = (0, 0)
        self.keys: dict[str, Position] = {}
        self.merged: set[str] = set()


class Builder:
    """Turns one YAML document into data, a pointer -> (line, column) map, and its repeated keys."""

    def __init__(self, prepared: Prepared, max_depth: int, require_mapping: bool) -> None:
        self.prepared = prepared
        self.max_depth = max_depth
        self.require_mapping = require_mapping
        self.positions: dict[str, Position] = {}
        self.repeats: list[RepeatAtPositions] = []
        self.anchors: dict[str, tuple[Any, int, int]] = {}
        self.open_anchors: set[str] = set()
        self.values = 0  # every value built so far, counting what aliases stand for
        self.characters = 0
        self.alias_values = 0
        self.alias_characters = 0
        self.stack: list[_Frame] = []
        self.root: Any = _MISSING

    def build(self) -> Any:
        try:
            try:
                self.prepared = _checked(self.prepared)
            except yaml.MarkedYAMLError as error:
                if not _too_deep(error):
                    raise
            self._run()  # reports nesting deeper than ours where it starts, libyaml's limit is 1000
        except yaml.MarkedYAMLError as error:
            mark = error.problem_mark or error.context_mark
            if _too_deep(error):  # found by libyaml's look-ahead in flow nesting
                flow = too_deep_at(self.prepared.text, self.max_depth)
                at = flow if flow != (1, 1) or mark is None else _at(mark)
                raise YamlError(f"nesting deeper than {self.max_depth} levels", at) from None
            raise YamlError(
                f"malformed YAML: {error.problem or error.context}", _at(mark) if mark else None
            ) from None
        except yaml.YAMLError as error:
            raise YamlError(f"malformed YAML: {error}") from None
        if self.root is _MISSING:
            raise YamlError("empty document", (1, 1))
        return self.root

    def _run(self) -> None:
        parser = _Parser(self.prepared.text)
        try:
            self._events(parser)
        finally:
            parser.dispose()

    def _events(self, parser: Any) -> None:
        handlers: dict[type, Callable[[Any], None]] = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._mapping_start,
            yaml.SequenceStartEvent: self._sequence_start,
            yaml.MappingEndEvent: self._end,
            yaml.SequenceEndEvent: self._end,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._document_start,
        }
        get_event = parser.get_event
        while True:
            event = get_event()
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
            elif type(event) is yaml.StreamEndEvent:
                return

    def _document_start(self, event: Any) -> None:
        if self.root is not _MISSING:
            raise YamlError("malformed YAML: more than one document in the stream", _at(event.start_mark))

    def _scalar(self, event: Any) -> None:
        value = event.value
        if self.prepared.tab is not None and self.prepared.tab in value:
            value = self._content_tabs(value, event)
        value = self.prepared.restore(value)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.key is None and type(frame.container) is dict:
            merge = value == "<<" and not event.style and event.tag is None
            self._take_key(frame, _MERGE if merge else value, _at(event.start_mark))
            if event.anchor is not None:
                self.anchors[event.anchor] = (value, 1, len(value))
            return
        if event.tag is not None:
            construct = _TAGGED.get(event.tag)
            if construct is None:
                raise YamlError(f"malformed YAML: unsupported tag {event.tag!r}", _at(event.start_mark))
            value = construct(value, event.start_mark)
        elif not event.style:  # plain (libyaml says "", the pure-Python parser None)
            value = _plain(value, event.start_mark)
        self.values += 1
        if type(value) is str:
            self.characters += len(value)
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1, len(value) if type(value) is str else 1)
        self._add(value, event.start_mark)

    def _content_tabs(self, value: str, event: Any) -> str:
        back = self.prepared.tabs_back(value, event.style, event.start_mark.index)
        if back is None:
            raise YamlError(f"malformed YAML: {_TAB_IN_INDENTATION}", _at(event.start_mark))
        return back

    def _take_key(self, frame: _Frame, key: str | _MergeKey, at: Position) -> None:
        frame.key, frame.key_at = key, at

    def _open(self, event: Any, container: Any) -> None:
        if event.tag not in _COLLECTION_TAGS:
            raise YamlError(f"malformed YAML: unsupported tag {event.tag!r}", _at(event.start_mark))
        if len(self.stack) >= self.max_depth:
            raise YamlError(f"nesting deeper than {self.max_depth} levels", _at(event.start_mark))
        parent = self.stack[-1] if self.stack else None
        if parent is None:
            if self.require_mapping and type(container) is not dict:
                raise YamlError("not an OpenAPI document: the top level is not an object", (1, 1))
            pointer = ""
        elif type(parent.container) is dict:
            if parent.key is None:
                raise YamlError("malformed YAML: a key must be a scalar", _at(event.start_mark))
            pointer = self._child(parent)
        else:
            pointer = f"{parent.pointer}/{len(parent.container)}"
        self.positions.setdefault(pointer, _at(event.start_mark))
        if event.anchor is not None:
            self.open_anchors.add(event.anchor)
        self.values += 1
        self.stack.append(_Frame(container, pointer, event.anchor, self.values, self.characters))

    def _mapping_start(self, event: Any) -> None:
        self._open(event, {})

    def _sequence_start(self, event: Any) -> None:
        self._open(event, [])

    def _end(self, event: Any) -> None:
        frame = self.stack.pop()
        if frame.anchor is not None:
            self.open_anchors.discard(frame.anchor)
            size = self.values - frame.values + 1, self.characters - frame.characters
            self.anchors[frame.anchor] = (frame.container, *size)
        self._add(frame.container, event.start_mark, placed=True)

    def _alias(self, event: Any) -> None:
        at = _at(event.start_mark)
        if event.anchor in self.open_anchors:
            raise YamlError("malformed YAML: an alias refers to a node that contains it", at)
        found = self.anchors.get(event.anchor)
        if found is None:
            raise YamlError(f"malformed YAML: alias {event.anchor!r} names no anchor", at)
        value, values, characters = found
        self.values += values
        self.characters += characters
        self.alias_values += values
        self.alias_characters += characters
        if self.alias_values > MAX_ALIAS_VALUES:
            raise YamlError(f"aliases expand to more than {MAX_ALIAS_VALUES:,} values", at)
        if self.alias_characters > MAX_ALIAS_CHARACTERS:
            raise YamlError(f"aliases expand to more than {MAX_ALIAS_CHARACTERS // 2**20} MiB of text", at)
        frame = self.stack[-1] if self.stack else None
        if frame is not None and frame.key is None and type(frame.container) is dict:
            if not isinstance(value, str):
                raise YamlError("malformed YAML: a key must be a scalar", at)
            self._take_key(frame, value, at)
            return
        self._add(value, event.start_mark)

    def _child(self, frame: _Frame) -> str:
        key = frame.key
        return frame.pointer + "/" + escape_token(key if isinstance(key, str) else "<<")

    def _add(self, value: Any, mark: Any, placed: bool = False) -> None:
        """Put a finished value into the open collection (or make it the document)."""
        if not self.stack:
            if self.require_mapping and type(value) is not dict:
                raise YamlError("not an OpenAPI document: the top level is not an object", (1, 1))
            self.root = value
            return
        frame = self.stack[-1]
        container = frame.container
        if type(container) is list:
            if not placed:
                self.positions.setdefault(f"{frame.pointer}/{len(container)}", _at(mark))
            container.append(value)
            return
        key, frame.key = frame.key, None
        if isinstance(key, _MergeKey):
            self._merge(frame, value, mark)
            return
        assert isinstance(key, str)
        child = frame.pointer + "/" + escape_token(key)
        earlier = frame.keys.get(key)
        if earlier is not None:
            self.repeats.append((child, key, earlier, frame.key_at))
        elif key in frame.merged:
            frame.merged.discard(key)
        frame.keys[key] = frame.key_at
        self.positions[child] = frame.key_at
        container[key] = value

    def _merge(self, frame: _Frame, value: Any, mark: Any) -> None:
        sources = value if type(value) is list else [value]
        for source in sources:
            if type(source) is not dict:
                raise YamlError("malformed YAML: '<<' merges only mappings", _at(mark))
            for key, member in source.items():
                if key not in frame.container:
                    frame.container[key] = member
                    frame.merged.add(key)
