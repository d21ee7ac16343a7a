"""Errors against the OpenAPI JSON Schema, found fast and reported exactly.

The closure check of generator.validate.fastcheck decides, one path item and one component at a
time, which parts of the document are certainly valid. Only the document's frame and the parts in
doubt go to jsonschema (generator.validate.jsonschema_checks), so a valid 4 MB document costs one quick pass and an invalid one reports
the same errors openapi-spec-validator does, at the same places.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.lazy import lazy_module
from generator.load import SpecVersion
from generator.validate.combinators import NodeCheck
from generator.validate.fastcheck import Unsupported, compile_check

if TYPE_CHECKING:
    from generator.validate import jsonschema_checks
else:
    jsonschema_checks = lazy_module("generator.validate.jsonschema_checks")

_SCHEMA_DIRS = {
    SpecVersion.SWAGGER_20: "v2.0",
    SpecVersion.OPENAPI_30: "v3.0",
    SpecVersion.OPENAPI_31: "v3.1",
}
_MINIMAL = {
    SpecVersion.OPENAPI_30: {"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": {}},
}


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
def fast_check(version: SpecVersion) -> NodeCheck | None:
    """The compiled yes/no check for a version, or None when only the full validator can say."""
    if version not in _MINIMAL:
        return None
    try:
        return compile_check(official_schema(version))
    except Unsupported:
        return None


StructureError = tuple[str, str]  # (pointer, message): one error of the document's structure


def schema_errors(data: dict[str, Any], version: SpecVersion) -> list[StructureError] | None:
    """Every error against the OpenAPI schema, or None when this version has no fast path."""
    check = fast_check(version)
    if check is None:
        return None
    if check(data):
        return []
    in_doubt = _in_doubt(data, check, _MINIMAL[version])
    return list(jsonschema_checks.errors_against(official_schema(version), in_doubt))


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
