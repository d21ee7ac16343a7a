"""The parsed document: its data, its text, where every value was written, and what loading noticed."""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.lazy import lazy_module
from generator.load.errors import LoadError
from generator.load.json_text import MAX_DEPTH, parse_json
from generator.load.nesting import too_deep_at
from generator.load.positions import (
    JsonLocator,
    LineIndex,
    Position,
    RepeatAtOffsets,
    RepeatAtPositions,
    index_json,
    nearest,
)
from generator.load.text import content_start
from generator.pointer import escape_token
from generator.problems import Problem
from generator.resolver import Settled
from generator.rules.problem_rules import CONTROL_CHARACTER, KEY_DUPLICATE

if TYPE_CHECKING:
    from generator.load import yaml_prep, yaml_text
else:  # PyYAML and the YAML preparation: only for a document that is not JSON
    yaml_prep = lazy_module("generator.load.yaml_prep")
    yaml_text = lazy_module("generator.load.yaml_text")

# Only an escape can put a surrogate into parsed text: \ud800 in JSON and YAML, \U0000d800 in YAML.
_SURROGATE_ESCAPE = re.compile(r"\\u(?:0000)?d[89a-f]", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")


class SpecVersion(enum.Enum):
    SWAGGER_20 = "2.0"
    OPENAPI_30 = "3.0"
    OPENAPI_31 = "3.1"


@dataclass(frozen=True)
class SourceDocument:
    """The parsed document, its text, and a lazy map from JSON pointer to source position.

    ``notes`` are the warnings loading gave (keys written twice, characters dropped), located.
    """

    name: str
    text: str
    data: dict[str, Any]
    syntax: str
    version: SpecVersion
    yaml_positions: dict[str, Position] | None = field(default=None, repr=False)
    notes: tuple[Problem, ...] = ()
    # every reference in ``data`` (tokens of its holder, value) once the $ref policy has listed them
    references: tuple[tuple[tuple[str | int, ...], str], ...] | None = field(default=None, repr=False)
    # where each reference followed so far leads, shared by every resolver of ``data`` (a copy made
    # with other data starts empty)
    settled_refs: Settled = field(default_factory=dict, init=False, repr=False, compare=False)

    @cached_property
    def _json_locator(self) -> JsonLocator:
        repeats = any(note.rule == KEY_DUPLICATE.id for note in self.notes)
        return JsonLocator(self.text, unique_keys=not repeats)

    @cached_property
    def _lines(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, pointer: str) -> Position | None:
        """Line and column (1-based) of the value at ``pointer``, or of its nearest ancestor."""
        if self.yaml_positions is not None:
            return nearest(self.yaml_positions, pointer)
        return self._lines.position(self._json_locator.nearest(pointer))


def parse(name: str, text: str, utf8: bytes | memoryview | None = None) -> SourceDocument:
    """Parse JSON (or YAML, when the text is not JSON) into a SourceDocument; no reference is followed.

    ``utf8``: the text in UTF-8 without a BOM, when the caller holds it (a large JSON text is checked on it).
    """
    if _is_json(name, text):
        data, repeated = parse_json(name, text, document=True, utf8=utf8)
        if not isinstance(data, dict):
            raise LoadError(name, "not an OpenAPI document: the top level is not an object", 1, 1)
        repeats = _json_repeats(text) if repeated else []
        source = SourceDocument(name, text, data, "json", detect_version(name, data))
        notes = [_repeat_note(pointer, key, earlier, later) for pointer, key, earlier, later in repeats]
    else:
        prepared = yaml_prep.Prepared(text)
        builder = yaml_text.Builder(prepared, MAX_DEPTH, require_mapping=True)
        data = _build_yaml(name, text, builder)
        positions = builder.positions
        source = SourceDocument(name, text, data, "yaml", detect_version(name, data), positions)
        notes = [_repeat_note(*repeat) for repeat in builder.repeats]
        notes += _dropped_notes(prepared, positions)
    _refuse_surrogates(source)
    return replace(source, notes=tuple(notes)) if notes else source


def parse_data(name: str, text: str) -> Any:
    """Any JSON or YAML value (a file a reference points into)."""
    if _is_json(name, text):
        return parse_json(name, text)[0]
    return _build_yaml(
        name, text, yaml_text.Builder(yaml_prep.Prepared(text), MAX_DEPTH, require_mapping=False)
    )


def _is_json(name: str, text: str) -> bool:
    start = content_start(text)
    return text[start : start + 1] in ("{", "[") or name.endswith(".json")


def _build_yaml(name: str, text: str, builder: yaml_text.Builder) -> Any:
    try:
        return builder.build()
    except yaml_text.YamlError as error:
        line, column = error.position or (None, None)
        raise LoadError(name, error.message, line, column) from None
    except RecursionError:  # the pure-Python parser, without libyaml, on deep flow nesting
        line, column = too_deep_at(text, MAX_DEPTH)
        raise LoadError(name, f"nesting deeper than {MAX_DEPTH} levels", line, column) from None


def detect_version(name: str, data: dict[str, Any]) -> SpecVersion:
    openapi = data.get("openapi")
    swagger = data.get("swagger")
    if isinstance(openapi, str):
        if openapi.startswith("3.0"):
            return SpecVersion.OPENAPI_30
        if openapi.startswith("3.1"):
            return SpecVersion.OPENAPI_31
        raise LoadError(name, f"unsupported OpenAPI version {openapi!r} (3.0, 3.1 or Swagger 2.0)", 1, 1)
    if str(swagger) == "2.0":
        return SpecVersion.SWAGGER_20
    raise LoadError(
        name, "not an OpenAPI document: no 'openapi' or 'swagger' version field at the top level", 1, 1
    )


def _json_repeats(text: str) -> list[RepeatAtPositions]:
    repeats: list[RepeatAtOffsets] = []
    index_json(text, repeats)
    lines = LineIndex(text)
    return [
        (pointer, key, lines.position(earlier), lines.position(later))
        for pointer, key, earlier, later in repeats
    ]


def _repeat_note(pointer: str, key: str, earlier: Position, later: Position) -> Problem:
    args = {"key": key, "earlier": f"{earlier[0]}:{earlier[1]}", "later": f"{later[0]}:{later[1]}"}
    return Problem.of(KEY_DUPLICATE, pointer, args, *later)


def _dropped_notes(prepared: yaml_prep.Prepared, positions: dict[str, Position]) -> list[Problem]:
    notes = [
        Problem.of(
            CONTROL_CHARACTER,
            _pointer_before(positions, (line, column)),
            {"what": f"control character U+{ord(character):04X} at {line}:{column}", "after": ""},
            line,
            column,
        )
        for line, column, character in prepared.dropped
    ]
    more = prepared.dropped_count - len(prepared.dropped)
    if more > 0:
        last = notes[-1]
        args = {"what": f"{more:,} more control characters", "after": f" after {last.line}:{last.column}"}
        notes.append(Problem.of(CONTROL_CHARACTER, last.pointer, args, last.line, last.column))
    return notes


def _pointer_before(positions: dict[str, Position], place: Position) -> str:
    """The pointer of the last value that starts before ``place`` (the value holding it, mostly)."""
    best, best_at = "", (0, 0)
    for pointer, at in positions.items():
        if best_at < at <= place:
            best, best_at = pointer, at
    return best


def _refuse_surrogates(source: SourceDocument) -> None:
    """A lone UTF-16 surrogate cannot be written out as UTF-8: refuse it where it was written."""
    if not _SURROGATE_ESCAPE.search(source.text):
        return
    for pointer, text in _strings(source.data, ""):
        found = _SURROGATE.search(text)
        if found:
            line, column = source.position(pointer) or (None, None)
            message = f"a lone surrogate \\u{ord(found.group()):04x} in {pointer!r} (not Unicode text)"
            raise LoadError(source.name, message, line, column)


def _strings(node: Any, pointer: str) -> Iterator[tuple[str, str]]:
    """Every key and string value with the pointer of its member or item."""
    stack = [(node, pointer)]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, str):
            yield pointer, node
        elif isinstance(node, dict):
            for key, value in node.items():
                child = f"{pointer}/{escape_token(key)}"
                yield child, key
                stack.append((value, child))
        elif isinstance(node, list):
            stack.extend((value, f"{pointer}/{index}") for index, value in enumerate(node))
