"""Structural errors, as openapi-spec-validator reports them, every one of them."""

from __future__ import annotations

from collections.abc import Iterator

from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from generator import pointer as jp
from generator.load import SourceDocument, SpecVersion
from generator.problems import Problem, Severity

_VALIDATORS = {
    SpecVersion.SWAGGER_20: OpenAPIV2SpecValidator,
    SpecVersion.OPENAPI_30: OpenAPIV30SpecValidator,
    SpecVersion.OPENAPI_31: OpenAPIV31SpecValidator,
}


def structural_problems(source: SourceDocument) -> Iterator[Problem]:
    validator = _VALIDATORS[source.version](source.data)
    for error in validator.iter_errors():
        path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
        message = str(error.message if hasattr(error, "message") else error).splitlines()[0]
        yield Problem("structure", Severity.ERROR, jp.from_tokens(path), message)
