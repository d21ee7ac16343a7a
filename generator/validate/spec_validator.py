"""Structural errors straight from openapi-spec-validator, every one of them.

The path for Swagger 2.0 and OpenAPI 3.1; OpenAPI 3.0 takes the fast path in generator.validate.structure_errors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from jsonschema_path import SchemaPath
from openapi_spec_validator import OpenAPIV2SpecValidator, OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing.exceptions import Unresolvable

from generator import pointer as jp
from generator.load import SourceDocument, SpecVersion
from generator.load.refs import iter_refs
from generator.problems import Problem
from generator.rules.problem_rules import STRUCTURE
from generator.validate.jsonschema_checks import likely_cause
from generator.validate.regex_keywords import linear_regex


def _defaults_on_re2(cls: Any) -> Any:
    """The library's spec validator, with defaults checked against spec patterns by RE2."""
    checks = cls.keyword_validators["default"]
    default = type(
        checks.__name__, (checks,), {"value_validator_cls": linear_regex(checks.value_validator_cls)}
    )
    return type(cls.__name__, (cls,), {"keyword_validators": {**cls.keyword_validators, "default": default}})


_VALIDATORS = {
    version: _defaults_on_re2(cls)
    for version, cls in (
        (SpecVersion.SWAGGER_20, OpenAPIV2SpecValidator),
        (SpecVersion.OPENAPI_30, OpenAPIV30SpecValidator),
        (SpecVersion.OPENAPI_31, OpenAPIV31SpecValidator),
    )
}


class _NoRetrieval(dict[str, Callable[[str], Any]]):
    """Retrieval handlers for every URI scheme, each of which refuses (the library's fallback fetches)."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __getitem__(self, scheme: str) -> Callable[[str], Any]:
        return _refuse


def _refuse(uri: str) -> Any:
    raise OSError(f"{uri} is not retrieved")


def structural_problems(source: SourceDocument) -> Iterator[Problem]:
    # No retrieval handlers: the validator must never open a URL or a file named by the spec.
    validator = _VALIDATORS[source.version](SchemaPath.from_dict(source.data, handlers=_NoRetrieval()))
    try:
        for error in validator.iter_errors():
            path = list(getattr(error, "absolute_path", None) or getattr(error, "path", None) or [])
            message = str(error.message if hasattr(error, "message") else error).splitlines()[0]
            if getattr(error, "context", None):
                cause = likely_cause(error)
                message = f"not valid under any of the given schemas: {cause.message}"
            yield Problem.of(STRUCTURE, jp.from_tokens(path), {"detail": message})
    except RecursionError:
        yield Problem.of(STRUCTURE, "", {"detail": "the document nests too deeply to check its structure"})
    except Unresolvable as error:
        where = next(
            (
                jp.from_tokens(tokens)
                for tokens, ref in iter_refs(source.data, source.version)
                if ref in (error.ref, f"#{error.ref}")
            ),
            "",
        )
        detail = f"cannot resolve $ref {error.ref!r}; structure not checked further"
        yield Problem.of(STRUCTURE, where, {"detail": detail})
