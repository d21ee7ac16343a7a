"""Problems as SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from generator import __version__
from generator.problems import Problem
from generator.render.escape import json_document
from generator.rules.registry import PROBLEM_AREAS, rules_in
from generator.rules.rule import Level, Rule

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Level.ERROR: "error", Level.BREAKING: "error", Level.WARNING: "warning", Level.INFO: "note"}


def as_sarif(spec: str, problems: Sequence[Problem], rules: Sequence[Rule] | None = None) -> str:
    """The log of ``problems``; its driver lists ``rules`` (by default every problem rule registered)."""
    catalogue = list(rules_in(*PROBLEM_AREAS) if rules is None else rules)
    index = {rule.id: position for position, rule in enumerate(catalogue)}
    uri = quote(spec.replace("\\", "/"), safe="/:._-~")
    run = {
        "tool": {
            "driver": {
                "name": "specgen",
                "version": __version__,
                "rules": [
                    {
                        "id": rule.id,
                        "shortDescription": {"text": rule.docs},
                        "defaultConfiguration": {"level": _LEVELS[rule.level]},
                    }
                    for rule in catalogue
                ],
            }
        },
        "artifacts": [{"location": {"uri": uri}}],
        "results": [_result(problem, index[problem.rule], uri) for problem in problems],
    }
    payload = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
    return json_document(payload)


def _result(problem: Problem, rule_index: int, uri: str) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": {"uri": uri, "index": 0}}
    if problem.line is not None:
        physical["region"] = {"startLine": problem.line, "startColumn": problem.column or 1}
    return {
        "ruleId": problem.rule,
        "ruleIndex": rule_index,
        "level": _LEVELS[problem.level],
        "message": {"text": problem.message},
        "locations": [
            {
                "physicalLocation": physical,
                "logicalLocations": [{"fullyQualifiedName": problem.pointer or "/", "kind": "element"}],
            }
        ],
    }
