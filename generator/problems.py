"""Problems found in a document: values with a rule id, a level and a place."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any

from generator.rules.rule import PROBLEM_LEVELS, Level, Rule

NO_ARGS: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    level: Level
    pointer: str
    message: str
    line: int | None = None
    column: int | None = None

    @classmethod
    def of(
        cls,
        rule: Rule,
        pointer: str,
        args: Mapping[str, Any] = NO_ARGS,
        line: int | None = None,
        column: int | None = None,
    ) -> Problem:
        """The problem ``rule`` reports at ``pointer``, its message made from the rule's template."""
        return cls(rule.id, rule.level, pointer, rule.render(args), line, column)

    def located(self, line: int | None, column: int | None) -> Problem:
        return replace(self, line=line, column=column)

    @property
    def sort_key(self) -> tuple[int, int, str, str, str]:
        return (self.line or 0, self.column or 0, self.pointer, self.rule, self.message)


def summarize(problems: list[Problem]) -> dict[str, int]:
    counts = {level.label: 0 for level in PROBLEM_LEVELS}
    for problem in problems:
        counts[problem.level.label] += 1
    return counts
