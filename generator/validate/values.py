"""Does a value (a default, an example) fit its schema, under OpenAPI 3.0 rules (``nullable``)?

Simple schemas (a type, an enum, nothing else that constrains) are answered here; anything richer
goes to openapi-schema-validator's OAS 3.0 validator with the document as the only resource, so
``$ref`` resolves inside it and nothing is ever fetched.
"""

from __future__ import annotations

import base64
import importlib.util
import json
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

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
    """Checks values against schemas of one document; validators are built on first need."""

    def __init__(self, data: Mapping[str, Any], version: SpecVersion) -> None:
        self.data = data
        self.version = version
        self._registry: Any = None

    def errors(self, schema: Any, pointer: str, value: Any, exact: bool = False) -> list[str]:
        """One-line messages for each way ``value`` breaks the schema found at ``pointer``.

        ``exact`` confirms errors with openapi-schema-validator, the library the structural check
        mirrors; otherwise specgen's own OAS validator (jsonschema plus ``nullable``) answers.
        """
        if isinstance(schema, dict) and "$ref" not in schema and _simple_verdict(schema, value) is True:
            return []
        messages = self._check(pointer, value, library=False)
        if messages and exact:
            messages = self._check(pointer, value, library=True)
        return messages

    def _check(self, pointer: str, value: Any, library: bool) -> list[str]:
        from referencing.exceptions import Unresolvable

        try:
            validator = self._validator(pointer, library)
            return [one_line(error.message) for error in validator.iter_errors(value)]
        except (Unresolvable, RecursionError):
            return []
        except Exception:  # a schema broken in ways the structural check reports
            return []

    def _validator(self, pointer: str, library: bool) -> Any:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT4, DRAFT202012

        from generator.validate.regex_keywords import linear_regex

        is_31 = self.version is SpecVersion.OPENAPI_31
        if self._registry is None:
            resource = Resource.from_contents(
                dict(self.data), default_specification=DRAFT202012 if is_31 else DRAFT4
            )
            self._registry = Registry().with_resource(_DOCUMENT_URI, resource)
        if library:
            import openapi_schema_validator as oas

            cls, formats = (
                (oas.OAS31Validator, oas.oas31_format_checker)
                if is_31
                else (oas.OAS30Validator, oas.oas30_format_checker)
            )
        else:
            cls, formats = _own_validator(is_31)
        reference = f"{_DOCUMENT_URI}#{quote(pointer, safe='/~')}"
        return linear_regex(cls)({"$ref": reference}, registry=self._registry, format_checker=formats)


@cache
def _own_validator(is_31: bool) -> tuple[Any, Any]:
    """jsonschema's draft 4 (OAS 3.0, with ``nullable``) or 2020-12 (OAS 3.1) validator and formats."""
    from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker, validators

    formats = FormatChecker()
    formats.checks("int32")(lambda value: not _is_int(value) or -(2**31) <= value < 2**31)
    formats.checks("int64")(lambda value: not _is_int(value) or -(2**63) <= value < 2**63)
    formats.checks("byte", raises=ValueError)(_is_base64)
    if is_31:
        return Draft202012Validator, formats
    draft4_type = Draft4Validator.VALIDATORS["type"]

    def nullable_type(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
        if instance is None and schema.get("nullable") is True:
            return
        yield from draft4_type(validator, types, instance, schema)

    return validators.extend(Draft4Validator, {"type": nullable_type}), formats  # type: ignore[no-untyped-call]


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_base64(value: Any) -> bool:
    if isinstance(value, str):
        base64.b64decode(value, validate=True)
    return True
