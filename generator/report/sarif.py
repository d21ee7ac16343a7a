"""Problems as SARIF 2.1.0, for code-scanning dashboards."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from generator import __version__
from generator.problems import Problem, Severity
from generator.render.escape import json_document

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}

RuleInfo = tuple[str, Severity, str]  # (id, default severity, what it catches)


def as_sarif(spec: str, problems: Sequence[Problem], rules: Sequence[RuleInfo]) -> str:
    catalogue = list(rules)
    known = {rule_id for rule_id, _, _ in catalogue}
    catalogue += [(p.rule, p.severity, p.rule) for p in problems if p.rule not in known]
    index = {rule_id: position for position, (rule_id, _, _) in enumerate(catalogue)}
    uri = quote(spec.replace("\\", "/"), safe="/:._-~")
    run = {
        "tool": {
            "driver": {
                "name": "specgen",
                "version": __version__,
                "rules": [
                    {
                        "id": rule_id,
                        "shortDescription": {"text": summary},
                        "defaultConfiguration": {"level": _LEVELS[severity]},
                    }
                    for rule_id, severity, summary in catalogue
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
        "level": _LEVELS[problem.severity],
        "message": {"text": problem.message},
        "locations": [
            {
                "physicalLocation": physical,
                "logicalLocations": [{"fullyQualifiedName": problem.pointer or "/", "kind": "element"}],
            }
        ],
    }
