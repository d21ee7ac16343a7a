"""Structural errors: what openapi-spec-validator reports, found on a fast path for OpenAPI 3.0."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_module
from generator.load import SourceDocument
from generator.problems import Problem
from generator.rules.problem_rules import STRUCTURE
from generator.validate.keywords import KeywordWalker, default_errors
from generator.validate.oas_schema import StructureError, schema_errors
from generator.validate.values import ValueChecker

if TYPE_CHECKING:
    from generator.validate import spec_validator
else:
    spec_validator = lazy_module("generator.validate.spec_validator")


# Errors found so far (pointer, message), and the schemas whose default still needs its exact check.
Findings = tuple[list[StructureError], list[str]]


def structure_findings(source: SourceDocument) -> Findings:
    """The structural errors that need no jsonschema on a valid document, and what is left to check."""
    errors = schema_errors(source.data, source.version)
    if errors is None:  # no fast path for this version: the library, whole
        found = spec_validator.structural_problems(source)
        return [(problem.pointer, problem.message) for problem in found], []
    walker = KeywordWalker(source.data, source.settled_refs)
    return [*errors, *walker.errors()], walker.doubtful_defaults


def completed(source: SourceDocument, findings: Findings) -> list[Problem]:
    """Every structural error: those found, then those of the defaults left to check."""
    errors, doubtful = findings
    values = ValueChecker(source.data, source.version)
    return [
        Problem.of(STRUCTURE, pointer, {"detail": message})
        for pointer, message in (*errors, *default_errors(values, doubtful))
    ]


def structure_problems(source: SourceDocument) -> list[Problem]:
    """Every structural error: the OpenAPI schema first, then the validator's own checks."""
    return completed(source, structure_findings(source))
