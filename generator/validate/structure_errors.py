"""Structural errors: what openapi-spec-validator reports, found on a fast path for OpenAPI 3.0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_module
from generator.load import SourceDocument
from generator.problems import Problem
from generator.rules.problem_rules import STRUCTURE
from generator.validate.keywords import KeywordWalker
from generator.validate.oas_schema import schema_errors
from generator.validate.values import ValueChecker

if TYPE_CHECKING:
    from generator.validate import spec_validator
else:
    spec_validator = lazy_module("generator.validate.spec_validator")


def structure_problems(source: SourceDocument) -> list[Problem]:
    """Every structural error: the OpenAPI schema first, then the validator's own checks."""
    errors = schema_errors(source.data, source.version)
    if errors is None:  # no fast path for this version: the library, whole
        return list(spec_validator.structural_problems(source))
    walker = KeywordWalker(source.data, ValueChecker(source.data, source.version))
    return [
        Problem.of(STRUCTURE, pointer, {"detail": message})
        for pointer, message in (*errors, *walker.errors())
    ]
