"""Does a value (a default, an example) fit its schema, under OpenAPI 3.0 rules (``nullable``)?

Simple schemas (a type, an enum, nothing else that constrains) are answered here, common ones by
generator.validate.draft4_errors; anything richer goes to generator.validate.jsonschema_checks
(jsonschema, openapi-schema-validator), imported on first need.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.lazy import lazy_module
from generator.load import SpecVersion
from generator.validate import draft4_errors
from generator.validate.equality import scalar_key
from generator.validate.formats import checked_formats
from generator.validate.value_check import ValueChecks, short_message

if TYPE_CHECKING:
    from generator.validate import jsonschema_checks
else:
    jsonschema_checks = lazy_module("generator.validate.jsonschema_checks")

_INERT = frozenset(
    {"type", "enum", "nullable", "description", "title", "default", "example", "readOnly", "writeOnly"}
    | {"deprecated", "xml", "externalDocs"}
)
_SIMPLE_TYPES = {
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, (int, float)) and not isinstance(value, bool),
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
}


@cache
def draft4_meta_schema() -> dict[str, Any]:
    """The JSON Schema draft 4 meta-schema (read from the installed specifications, no import)."""
    spec = importlib.util.find_spec("jsonschema_specifications")
    assert spec is not None and spec.submodule_search_locations is not None
    folder = Path(next(iter(spec.submodule_search_locations)))
    data: dict[str, Any] = json.loads((folder / "schemas/draft4/metaschema.json").read_text("utf-8"))
    return data


def _simple_verdict(schema: Mapping[str, Any], value: Any) -> bool | None:
    """True/False when the schema is simple enough to judge here; None otherwise."""
    if any(key not in _INERT for key in schema) or isinstance(value, float):
        return None
    if value is None:
        return schema.get("nullable") is True or ("type" not in schema and "enum" not in schema)
    declared = schema.get("type")
    if declared is not None:
        test = _SIMPLE_TYPES.get(declared) if isinstance(declared, str) else None
        if test is None:
            return None
        if not test(value):
            return False
    options = schema.get("enum")
    if options is not None:
        if not isinstance(options, list) or isinstance(value, (dict, list)):
            return None
        key = scalar_key(value)
        return any(scalar_key(option) == key for option in options)
    return True


def certainly_fits(schema: Any, value: Any) -> bool:
    """Whether the quick verdict alone clears ``value`` (no jsonschema needed)."""
    return isinstance(schema, dict) and "$ref" not in schema and _simple_verdict(schema, value) is True


class ValueChecker:
    """Checks values against schemas of one document; validators are built on first need."""

    def __init__(self, data: Mapping[str, Any], version: SpecVersion) -> None:
        self.data = data
        self.version = version
        self._exact: jsonschema_checks.DocumentValues | None = None
        self._quick: ValueChecks | None = None

    def errors(self, schema: Any, pointer: str, value: Any, exact: bool = False) -> list[str]:
        """One-line messages for each way ``value`` breaks the schema found at ``pointer``.

        ``exact`` confirms errors with openapi-schema-validator, the library the structural check
        mirrors; otherwise specgen's own OAS validator (jsonschema plus ``nullable``) answers.
        """
        if certainly_fits(schema, value):
            return []
        messages = self._check(pointer, value, library=False)
        if messages and exact:
            messages = self._check(pointer, value, library=True)
        return messages

    def _check(self, pointer: str, value: Any, library: bool) -> list[str]:
        if not library and self.version is not SpecVersion.OPENAPI_31:
            try:
                return [short_message(message) for message in draft4_errors.errors(self.data, pointer, value)]
            except draft4_errors.Unsure:
                pass  # the quick check may still clear it; otherwise jsonschema answers
            if self._quick is None:
                self._quick = ValueChecks(self.data, checked_formats())
            if self._quick.certainly_valid(pointer, value):
                return []
        if self._exact is None:
            self._exact = jsonschema_checks.DocumentValues(self.data, self.version is SpecVersion.OPENAPI_31)
        return self._exact.errors(pointer, value, library)
