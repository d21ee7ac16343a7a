"""Validation: the structural errors openapi-spec-validator finds, plus specgen's own rules."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

from generator.load import SourceDocument
from generator.model import Document, build
from generator.problems import Problem
from generator.rules.problem_rules import OPERATION_ID_DUPLICATE, RESPONSE_DESCRIPTION_MISSING, STRUCTURE
from generator.rules.rule import Level
from generator.validate import parallel
from generator.validate.rules import Context, check_all
from generator.validate.structure_errors import Findings, completed, structure_findings

# Lint findings the structural check already reports at the same place, in its own words.
_SHADOWED_BY_STRUCTURE = frozenset({RESPONSE_DESCRIPTION_MISSING.id, OPERATION_ID_DUPLICATE.id})


@dataclass(frozen=True)
class RuleSettings:
    """Which rules run and at what severity (from config and flags; defaults from the registry)."""

    disabled: frozenset[str] = frozenset()
    severities: Mapping[str, Level] = field(default_factory=dict)


# From this size on (in characters) the structural check runs in a child process, beside the rules.
PARALLEL_FROM = 1_000_000

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
        settings = settings or RuleSettings()
        return _validate(document, settings, _start_structure(document.source, settings))


def validate_source(source: SourceDocument, settings: RuleSettings | None = None) -> list[Problem]:
    """The same, from the parsed source: the structural check starts before the model is built."""
    with _deep_recursion():
        settings = settings or RuleSettings()
        structural = _start_structure(source, settings)
        return _validate(build(source), settings, structural)


def _start_structure(source: SourceDocument, settings: RuleSettings) -> Callable[[], list[Problem]]:
    if STRUCTURE.id in settings.disabled:
        return list

    def job() -> Findings:
        return structure_findings(source)

    # Defaults in doubt are checked here, not in the child: this process checks the examples the same
    # way, so jsonschema, when a value needs it, is imported once.
    found = job if len(source.text) < PARALLEL_FROM else parallel.start_in_child(job)
    return lambda: completed(source, found())


def _validate(
    document: Document, settings: RuleSettings, structural: Callable[[], list[Problem]]
) -> list[Problem]:
    source = document.source
    findings = check_all(Context(document), settings.disabled)
    problems = structural()
    structural_pointers = {problem.pointer for problem in problems}
    problems += [
        finding
        for finding in findings
        if finding.rule not in _SHADOWED_BY_STRUCTURE or finding.pointer not in structural_pointers
    ]
    adjusted = [_with_severity(problem, settings) for problem in problems]
    located = [problem.located(*(source.position(problem.pointer) or (None, None))) for problem in adjusted]
    return sorted(set(located), key=lambda problem: problem.sort_key)


def _with_severity(problem: Problem, settings: RuleSettings) -> Problem:
    level = settings.severities.get(problem.rule)
    if level is None or level == problem.level:
        return problem
    return Problem(problem.rule, level, problem.pointer, problem.message)


__all__ = ["RuleSettings", "validate", "validate_source"]
