"""Problems found in a document: values with a rule id, a severity and a place."""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace


class Severity(enum.IntEnum):
    """Ordered so that ``severity >= threshold`` reads naturally."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, label: str) -> Severity:
        return cls[label.upper()]


@dataclass(frozen=True, slots=True)
class Problem:
    rule: str
    severity: Severity
    pointer: str
    message: str
    line: int | None = None
    column: int | None = None

    def located(self, line: int | None, column: int | None) -> Problem:
        return replace(self, line=line, column=column)

    @property
    def sort_key(self) -> tuple[int, int, str, str, str]:
        return (self.line or 0, self.column or 0, self.pointer, self.rule, self.message)


def summarize(problems: list[Problem]) -> dict[str, int]:
    counts = {severity.label: 0 for severity in sorted(Severity, reverse=True)}
    for problem in problems:
        counts[problem.severity.label] += 1
    return counts
