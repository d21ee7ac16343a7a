"""Problem reports: text and JSON."""

from __future__ import annotations

import json

from generator.problems import Problem, summarize


def as_text(spec: str, problems: list[Problem]) -> str:
    lines = []
    for problem in problems:
        place = spec if problem.line is None else f"{spec}:{problem.line}:{problem.column}"
        lines.append(
            f"{place}: {problem.severity.label} [{problem.rule}] {problem.message} ({problem.pointer or '/'})"
        )
    counts = summarize(problems)
    lines.append(", ".join(f"{count} {label}{'s' if count != 1 else ''}" for label, count in counts.items()))
    return "\n".join(lines) + "\n"


def as_json(spec: str, problems: list[Problem]) -> str:
    payload = {
        "spec": spec,
        "problems": [
            {
                "rule": problem.rule,
                "severity": problem.severity.label,
                "pointer": problem.pointer,
                "line": problem.line,
                "column": problem.column,
                "message": problem.message,
            }
            for problem in problems
        ],
        "summary": summarize(problems),
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
