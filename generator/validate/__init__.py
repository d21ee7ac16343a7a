"""Validation: the structural errors openapi-spec-validator finds, plus specgen's own rules."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from generator.model import Document
from generator.problems import Problem, Severity
from generator.validate.rules import RULES, Context
from generator.validate.structure import structure_problems

# Lint findings the structural check already reports at the same place, in its own words.
_SHADOWED_BY_STRUCTURE = frozenset({"response-description-missing", "operation-id-duplicate"})


@dataclass(frozen=True)
class RuleSettings:
    """Which rules run and at what severity (from config and flags; defaults from the registry)."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Severity] = field(default_factory=dict)


# Schema checks recurse a few frames per nesting level; the loader allows 500 levels.
RECURSION_LIMIT = 20_000


@contextmanager
def _deep_recursion() -> Iterator[None]:
    previous = sys.getrecursionlimit()
    sys.setrecursionlimit(max(previous, RECURSION_LIMIT))
    try:
        yield
    finally:
        sys.setrecursionlimit(previous)


def validate(document: Document, settings: RuleSettings | None = None) -> list[Problem]:
    """Every problem in the document, located in its source and in a stable order."""
    with _deep_recursion():
        return _validate(document, settings or RuleSettings())


def _validate(document: Document, settings: RuleSettings) -> list[Problem]:
    source = document.source
    problems: list[Problem] = []
    if "structure" not in settings.disabled:
        problems.extend(structure_problems(source))
    structural_pointers = {problem.pointer for problem in problems}
    context = Context(document)
    for rule in RULES:
        if rule.id in settings.disabled:
            continue
        shadowed = rule.id in _SHADOWED_BY_STRUCTURE
        for pointer, message in rule.check(context):
            if not (shadowed and pointer in structural_pointers):
                problems.append(Problem(rule.id, rule.severity, pointer, message))
    adjusted = [_with_severity(problem, settings) for problem in problems]
    located = [problem.located(*(source.position(problem.pointer) or (None, None))) for problem in adjusted]
    return sorted(set(located), key=lambda problem: problem.sort_key)


def _with_severity(problem: Problem, settings: RuleSettings) -> Problem:
    severity = settings.severities.get(problem.rule)
    if severity is None or severity == problem.severity:
        return problem
    return Problem(problem.rule, severity, problem.pointer, problem.message)


__all__ = ["RuleSettings", "validate"]
