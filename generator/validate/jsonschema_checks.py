"""The exact answers, from jsonschema and openapi-schema-validator, where the quick checks say no.

Loaded on first need (see generator.lazy): a valid document never pays for importing them.
Values are checked with the document as the only resource, so ``$ref`` resolves inside it and
nothing is ever fetched.
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable
from referencing.jsonschema import DRAFT4, DRAFT202012

from generator import pointer as jp
from generator.lazy import lazy_module
from generator.validate.formats import is_int32, is_int64
from generator.validate.regex_keywords import linear_regex
from generator.validate.value_check import short_message

if TYPE_CHECKING:
    import openapi_schema_validator as oas
else:  # it loads pydantic-settings: a third of a second, only needed to confirm a default's errors
    oas = lazy_module("openapi_schema_validator")

_DOCUMENT_URI = "urn:specgen:document"


class DocumentValues:
    """Validators for the schemas of one document, sharing one registry built on first need."""

    def __init__(self, data: Mapping[str, Any], is_31: bool) -> None:
        self.data = data
        self.is_31 = is_31
        self._registry: Any = None

    def errors(self, pointer: str, value: Any, library: bool) -> list[str]:
        """Messages for each way ``value`` breaks the schema at ``pointer`` (none if it cannot be read).

        ``library`` asks openapi-schema-validator; otherwise jsonschema plus ``nullable`` answers."""
        try:
            validator = self._validator(pointer, library)
            return [short_message(error.message) for error in validator.iter_errors(value)]
        except (Unresolvable, RecursionError):
            return []
        except Exception:  # a schema broken in ways the structural check reports
            return []

    def _validator(self, pointer: str, library: bool) -> Any:
        if self._registry is None:
            resource = Resource.from_contents(
                dict(self.data), default_specification=DRAFT202012 if self.is_31 else DRAFT4
            )
            self._registry = Registry().with_resource(_DOCUMENT_URI, resource)
        if library:
            cls, formats = (
                (oas.OAS31Validator, oas.oas31_format_checker)
                if self.is_31
                else (oas.OAS30Validator, oas.oas30_format_checker)
            )
        else:
            cls, formats = _own_validator(self.is_31)
        reference = f"{_DOCUMENT_URI}#{quote(pointer, safe='/~')}"
        return linear_regex(cls)({"$ref": reference}, registry=self._registry, format_checker=formats)


@cache
def _own_validator(is_31: bool) -> tuple[Any, Any]:
    """jsonschema's draft 4 (OAS 3.0, with ``nullable``) or 2020-12 (OAS 3.1) validator and formats."""
    formats = FormatChecker()
    formats.checks("int32")(is_int32)
    formats.checks("int64")(is_int64)
    formats.checks("byte", raises=ValueError)(_is_base64)
    if is_31:
        return Draft202012Validator, formats
    draft4_type = Draft4Validator.VALIDATORS["type"]

    def nullable_type(validator: Any, types: Any, instance: Any, schema: Mapping[str, Any]) -> Any:
        if instance is None and schema.get("nullable") is True:
            return
        yield from draft4_type(validator, types, instance, schema)

    return validators.extend(Draft4Validator, {"type": nullable_type}), formats  # type: ignore[no-untyped-call]


def _is_base64(value: Any) -> bool:
    if isinstance(value, str):
        base64.b64decode(value, validate=True)
    return True


def first_meta_error(meta: dict[str, Any], schema: Any) -> tuple[list[str | int], str] | None:
    """The first error of a schema against the draft 4 meta-schema: its relative path and message."""
    validator = Draft4Validator(meta, format_checker=Draft4Validator.FORMAT_CHECKER)
    error = next(iter(validator.iter_errors(schema)), None)
    if error is None:
        return None
    return list(error.absolute_path), short_message(error.message)


def errors_against(official: dict[str, Any], data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(pointer, message) of every error of ``data`` against the OpenAPI JSON Schema ``official``."""
    validator = Draft4Validator(official)
    for error in validator.iter_errors(data):
        message = error.message
        if error.context:
            cause = likely_cause(error)
            message = f"not valid under any of the given schemas: {cause.message}"
            if cause.absolute_path != error.absolute_path:
                message += f" (at {jp.from_tokens(list(cause.absolute_path))})"
        yield jp.from_tokens(list(error.absolute_path)), short_message(message)


def likely_cause(error: ValidationError) -> ValidationError:
    """The deepest branch error, ignoring "it is not a $ref" when the object is not meant as one."""
    while error.context:
        causes = [e for e in error.context if e.message != "'$ref' is a required property"] or error.context
        error = max(causes, key=lambda cause: len(cause.absolute_path))
    return error
