"""Validation: structural errors from openapi-spec-validator plus specgen's own rules."""

from __future__ import annotations

from generator.load import SourceDocument
from generator.model import Document
from generator.problems import Problem
from generator.validate.structural import structural_problems


def validate(document: Document) -> list[Problem]:
    """Every problem in the document, located in its source and in a stable order."""
    source: SourceDocument = document.source
    problems = list(structural_problems(source))
    located = [problem.located(*(source.position(problem.pointer) or (None, None))) for problem in problems]
    return sorted(located, key=lambda problem: problem.sort_key)
