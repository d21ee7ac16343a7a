"""The vocabulary every check speaks: levels, areas, kinds of change, and the rule row."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class Level(enum.StrEnum):
    """How much a problem or a change matters: one type for the whole tool.

    Problems (load, validate, generate, docs) are error, warning or info; changes (diff) are breaking,
    warning or info. ``ERROR`` and ``BREAKING`` share the top rank, so ``level >= threshold`` compares
    either kind; each keeps its own label in every report.
    """

    ERROR = "error"
    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @property
    def label(self) -> str:
        return self.value

    @classmethod
    def parse(cls, label: str, among: tuple[Level, ...] | None = None) -> Level:
        """The level ``label`` names, among ``among`` when given (ValueError for any other label)."""
        for level in among or tuple(cls):
            if level.value == label.lower():
                return level
        raise ValueError(f"{label!r} is not one of {', '.join(level.value for level in among or cls)}")

    def __ge__(self, other: str) -> bool:
        return _RANKS[self] >= _RANKS[other]

    def __gt__(self, other: str) -> bool:
        return _RANKS[self] > _RANKS[other]

    def __le__(self, other: str) -> bool:
        return _RANKS[self] <= _RANKS[other]

    def __lt__(self, other: str) -> bool:
        return _RANKS[self] < _RANKS[other]


_RANKS: dict[str, int] = {Level.ERROR: 3, Level.BREAKING: 3, Level.WARNING: 2, Level.INFO: 1}

# The levels each sort of record uses, most severe first.
PROBLEM_LEVELS = (Level.ERROR, Level.WARNING, Level.INFO)
CHANGE_LEVELS = (Level.BREAKING, Level.WARNING, Level.INFO)
CHANGE_LEVEL_LABELS = tuple(level.label for level in CHANGE_LEVELS)  # as flags spell them


def spelled_out(levels: tuple[Level, ...]) -> str:
    """The levels a setting accepts, as a message names them: ``error, warning or info``."""
    labels = [level.label for level in levels]
    return f"{', '.join(labels[:-1])} or {labels[-1]}" if len(labels) > 1 else "".join(labels)


class Area(enum.StrEnum):
    """Where in the pipeline a rule's check runs."""

    LOAD = "load"
    VALIDATE = "validate"
    DIFF = "diff"
    GENERATE = "generate"
    DOCS = "docs"


class Kind(enum.Enum):
    """What sort of change a diff rule reports; it decides the semantic version bump."""

    ADDITION = "addition"
    REMOVAL = "removal"
    MODIFICATION = "modification"
    DOCUMENTATION = "documentation"


@dataclass(frozen=True, slots=True)
class Rule:
    """One registry row: a stable id, its default level, its area, a message template and a docs line."""

    id: str
    level: Level
    area: Area
    message: str  # str.format template over the arguments a check gives
    docs: str  # what it means, and what to do about it

    def render(self, args: Mapping[str, Any]) -> str:
        return self.message.format_map(args).rstrip()


@dataclass(frozen=True, slots=True)
class ChangeRule(Rule):
    """A diff rule: a row that also says what kind of change it is."""

    kind: Kind
    note: str = ""  # why the verdict differs from other breaking-change checkers, when it does


_CHANGE_DOCS = {
    Level.BREAKING: "callers built against the base document can fail: keep the old form, or release it "
    "as a new major version",
    Level.WARNING: "some callers may notice: check the ones you know of before releasing",
    Level.INFO: "callers keep working",
}


def change_rule(rule_id: str, level: Level, kind: Kind, message: str, note: str = "") -> ChangeRule:
    """A diff rule row; its docs line is its note, or what its level means to callers."""
    return ChangeRule(rule_id, level, Area.DIFF, message, note or _CHANGE_DOCS[level], kind, note)


def rules_of(namespace: Mapping[str, object]) -> tuple[Rule, ...]:
    """The rules a module defines as constants, in the order it defines them."""
    return tuple(value for value in namespace.values() if isinstance(value, Rule))
