"""Does a value (a default, an example) fit its schema, under OpenAPI 3.0 rules (``nullable``)?

Simple schemas (a type, an enum, nothing else that constrains) are answered here; anything richer
goes to openapi-schema-validator's OAS 3.0 validator with the document as the only resource, so
``$ref`` resolves inside it and nothing is ever fetched.
"""

from __future__ import annotations

import importlib.util
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from generator.load import SpecVersion
from generator.validate.fastcheck import scalar_key
from generator.validate.oas_schema import one_line

_DOCUMENT_URI = "urn:specgen:document"
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


class ValueChecker:
    """Checks values against schemas of one document; the full validator is built on first need."""

    def __init__(self, data: Mapping[str, Any], version: SpecVersion) -> None:
        self.data = data
        self.version = version
        self._registry: Any = None

    def errors(self, schema: Any, pointer: str, value: Any) -> list[str]:
        """One-line messages for each way ``value`` breaks the schema found at ``pointer``."""
        if isinstance(schema, Mapping) and "$ref" not in schema:
            verdict = _simple_verdict(schema, value)
            if verdict is True:
                return []
        return self._full(pointer, value)

    def _full(self, pointer: str, value: Any) -> list[str]:
        from referencing.exceptions import Unresolvable

        validator = self._validator(pointer)
        try:
            return [one_line(error.message) for error in validator.iter_errors(value)]
        except (Unresolvable, RecursionError):
            return []

    def _validator(self, pointer: str) -> Any:
        from openapi_schema_validator import (
            OAS30Validator,
            OAS31Validator,
            oas30_format_checker,
            oas31_format_checker,
        )
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4, DRAFT202012

        if self._registry is None:
            specification = DRAFT202012 if self.version is SpecVersion.OPENAPI_31 else DRAFT4
            resource = Resource.from_contents(dict(self.data), default_specification=specification)
            self._registry = Registry().with_resource(_DOCUMENT_URI, resource)
        if self.version is SpecVersion.OPENAPI_31:
            cls, formats = OAS31Validator, oas31_format_checker
        else:
            cls, formats = OAS30Validator, oas30_format_checker
        return cls({"$ref": f"{_DOCUMENT_URI}#{pointer}"}, registry=self._registry, format_checker=formats)
