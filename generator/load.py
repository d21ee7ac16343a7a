"""Read an OpenAPI document (JSON or YAML, from a path or stdin) and keep where everything was."""

from __future__ import annotations

import enum
import json
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.locate import LineIndex, index_json, nearest, too_deep_at

MAX_DEPTH = 500
MAX_BYTES = 64 * 1024 * 1024
STDIN = "-"


class LoadError(Exception):
    """The input cannot be read as an OpenAPI document; carries where and why."""

    def __init__(self, source: str, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.source = source
        self.message = message
        self.line = line
        self.column = column

    def __str__(self) -> str:
        place = self.source
        if self.line is not None:
            place += f":{self.line}:{self.column or 1}"
        return f"{place}: {self.message}"


class SpecVersion(enum.Enum):
    SWAGGER_20 = "2.0"
    OPENAPI_30 = "3.0"
    OPENAPI_31 = "3.1"


@dataclass(frozen=True)
class SourceDocument:
    """The parsed document, its text, and a lazy map from JSON pointer to source position."""

    name: str
    text: str
    data: dict[str, Any]
    syntax: str
    version: SpecVersion
    yaml_positions: dict[str, tuple[int, int]] | None = field(default=None, repr=False)

    @cached_property
    def _json_offsets(self) -> dict[str, int]:
        return index_json(self.text)

    @cached_property
    def _lines(self) -> LineIndex:
        return LineIndex(self.text)

    def position(self, pointer: str) -> tuple[int, int] | None:
        """Line and column (1-based) of the value at ``pointer``, or of its nearest ancestor."""
        if self.yaml_positions is not None:
            return nearest(self.yaml_positions, pointer)
        offset = nearest(self._json_offsets, pointer)
        return None if offset is None else self._lines.position(offset)


def read_text(location: str) -> tuple[str, str]:
    """The text at a path, or on stdin for ``-``; returns (display name, text)."""
    if location == STDIN:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        name = "<stdin>"
    else:
        path = Path(location)
        name = location
        try:
            if path.is_dir():
                raise LoadError(name, "is a directory, not a file")
            with path.open("rb") as handle:
                data = handle.read(MAX_BYTES + 1)
        except FileNotFoundError:
            raise LoadError(name, "no such file") from None
        except OSError as error:
            raise LoadError(name, f"cannot read: {error.strerror}") from None
    if len(data) > MAX_BYTES:
        raise LoadError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    try:
        return name, data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(name, f"not UTF-8 text (byte {error.start})") from None


def load(location: str, allow_external_refs: bool = False) -> SourceDocument:
    """Read and parse a spec, applying the ``$ref`` policy of generator.refs.

    References to URLs are always refused; references to other files inside the spec's folder
    are bundled into the document only when ``allow_external_refs`` is set.
    """
    from generator.refs import apply_policy

    name, text = read_text(location)
    source = parse(name, text)
    return apply_policy(source, None if location == STDIN else Path(location), allow_external_refs)


def parse(name: str, text: str) -> SourceDocument:
    """Parse JSON (or YAML, when the text is not JSON) into a SourceDocument."""
    data, syntax, yaml_positions = parse_data(name, text)
    if not isinstance(data, dict):
        raise LoadError(name, "not an OpenAPI document: the top level is not an object", 1, 1)
    version = detect_version(name, data)
    return SourceDocument(name, text, data, syntax, version, yaml_positions)


def parse_data(name: str, text: str) -> tuple[Any, str, dict[str, tuple[int, int]] | None]:
    """Any JSON or YAML value, its syntax, and (for YAML) its positions."""
    stripped = text.lstrip()
    yaml_positions: dict[str, tuple[int, int]] | None = None
    if stripped.startswith(("{", "[")) or name.endswith(".json"):
        data, syntax = _parse_json(name, text), "json"
    else:
        from generator.yaml_source import YamlError, load_yaml  # PyYAML only for YAML input

        try:
            data, yaml_positions = load_yaml(text, MAX_DEPTH)
        except YamlError as error:
            line, column = error.line, error.column
            if line is None and error.too_deep:
                line, column = too_deep_at(text, MAX_DEPTH)
            raise LoadError(name, error.message, line, column) from None
        syntax = "yaml"
    return data, syntax, yaml_positions


def _parse_json(name: str, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise LoadError(name, f"malformed JSON: {error.msg}", error.lineno, error.colno) from None
    except RecursionError:
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


__all__ = ["LoadError", "SourceDocument", "SpecVersion", "load", "parse", "parse_data", "read_text"]
