"""Problem reports: text and JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.problems import Problem, summarize
from generator.render.escape import json_document, plain
from generator.report.annotations import annotation
from generator.report.words import plural


def problem_line(spec: str, problem: Problem) -> str:
    """``spec:line:column: level [rule] message (pointer)``, escaped for a terminal, no line break."""
    place = spec if problem.line is None else f"{spec}:{problem.line}:{problem.column}"
    return plain(
        f"{place}: {problem.level.label} [{problem.rule}] {problem.message} ({problem.pointer or '/'})"
    )


def as_text(spec: str, problems: list[Problem]) -> str:
    lines = [problem_line(spec, problem) for problem in problems]
    counts = summarize(problems)
    lines.append(", ".join(plural(count, label) for label, count in counts.items()))
    return "\n".join(lines) + "\n"


def notes_text(spec: str, notes: Sequence[Problem]) -> str:
    """What loading noticed (keys written twice, characters dropped), for ``diff``'s stderr: one
    warning line each, since the diff report itself has no place for them."""
    return "".join(
        plain(f"specgen: warning: {spec}:{note.line}:{note.column}: [{note.rule}] {note.message}") + "\n"
        for note in notes
    )


def problem_record(problem: Problem) -> dict[str, Any]:
    """A problem as the JSON reports show it."""
    return {
        "rule": problem.rule,
        "severity": problem.level.label,
        "pointer": problem.pointer,
        "line": problem.line,
        "column": problem.column,
        "message": problem.message,
    }


def as_json(spec: str, problems: list[Problem]) -> str:
    payload = {
        "spec": spec,
        "problems": [problem_record(problem) for problem in problems],
        "summary": summarize(problems),
    }
    return json_document(payload)


def as_github(spec: str, problems: list[Problem]) -> str:
    """GitHub Actions workflow commands: one annotation per problem, on the file and line."""
    lines = []
    for problem in problems:
        position = None if problem.line is None else (problem.line, problem.column or 1)
        message = f"{problem.message} ({problem.pointer or '/'})"
        lines.append(annotation(problem.level, spec, problem.rule, message, position))
    return "".join(line + "\n" for line in lines)
