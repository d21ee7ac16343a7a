"""Errors against the OpenAPI JSON Schema, found fast and reported exactly.

The closure check of generator.validate.fastcheck decides, one path item and one component at a
time, which parts of the document are certainly valid. Only the document's frame and the parts in
doubt go to jsonschema, so a valid 4 MB document costs one quick pass and an invalid one reports
the same errors openapi-spec-validator does, at the same places.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import pointer as jp
from generator.load import SpecVersion
from generator.validate.fastcheck import Check, Unsupported, compile_check

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError

_SCHEMA_DIRS = {
    SpecVersion.SWAGGER_20: "v2.0",
    SpecVersion.OPENAPI_30: "v3.0",
    SpecVersion.OPENAPI_31: "v3.1",
}
_MINIMAL = {
    SpecVersion.OPENAPI_30: {"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}},
}
MAX_MESSAGE = 240


@cache
def official_schema(version: SpecVersion) -> dict[str, Any]:
    """The OpenAPI JSON Schema shipped with openapi-spec-validator (read without importing it)."""
    spec = importlib.util.find_spec("openapi_spec_validator")
    assert spec is not None and spec.submodule_search_locations is not None
    folder = Path(next(iter(spec.submodule_search_locations)))
    path = folder / "resources" / "schemas" / _SCHEMA_DIRS[version] / "schema.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@cache
def fast_check(version: SpecVersion) -> Check | None:
    """The compiled yes/no check for a version, or None when only the full validator can say."""
    if version not in _MINIMAL:
        return None
    try:
        return compile_check(official_schema(version))
    except Unsupported:
        return None


SchemaError = tuple[str, str]  # (pointer, message)


def schema_errors(data: dict[str, Any], version: SpecVersion) -> list[SchemaError] | None:
    """Every error against the OpenAPI schema, or None when this version has no fast path."""
    check = fast_check(version)
    if check is None:
        return None
    if check(data):
        return []
    return list(_full_errors(_in_doubt(data, check, _MINIMAL[version]), version))


def _in_doubt(data: dict[str, Any], check: Callable[[Any], bool], minimal: dict[str, Any]) -> dict[str, Any]:
    """The document's frame plus only the path items and components that fail the quick check."""
    pruned = dict(data)
    paths = data.get("paths")
    if isinstance(paths, dict):
        pruned["paths"] = {
            key: item for key, item in paths.items() if not check({**minimal, "paths": {key: item}})
        }
    components = data.get("components")
    if isinstance(components, dict):
        kept: dict[str, Any] = {}
        for section, entries in components.items():
            if not isinstance(entries, dict):
                kept[section] = entries
                continue
            kept[section] = {
                name: entry
                for name, entry in entries.items()
                if not check({**minimal, "components": {section: {name: entry}}})
            }
        pruned["components"] = kept
    return pruned


def _full_errors(data: dict[str, Any], version: SpecVersion) -> Iterator[SchemaError]:
    from jsonschema import Draft4Validator

    validator = Draft4Validator(official_schema(version))
    for error in validator.iter_errors(data):
        message = error.message
        if error.context:
            cause = likely_cause(error)
            message = f"not valid under any of the given schemas: {cause.message}"
            if cause.absolute_path != error.absolute_path:
                message += f" (at {jp.from_tokens(list(cause.absolute_path))})"
        yield jp.from_tokens(list(error.absolute_path)), one_line(message)


def likely_cause(error: ValidationError) -> ValidationError:
    """The deepest branch error, ignoring "it is not a $ref" when the object is not meant as one."""
    while error.context:
        causes = [e for e in error.context if e.message != "'$ref' is a required property"] or error.context
        error = max(causes, key=lambda cause: len(cause.absolute_path))
    return error


def one_line(message: str) -> str:
    line = message.splitlines()[0] if message else ""
    return line if len(line) <= MAX_MESSAGE else line[: MAX_MESSAGE - 3] + "..."
