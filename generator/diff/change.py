"""Changes between two documents: values with a rule id, a level, an operation and a place."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple


class Level(enum.StrEnum):
    """How much a change matters to a caller built against the base document."""

    BREAKING = "breaking"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    @classmethod
    def parse(cls, label: str) -> Level:
        return cls(label.lower())


_RANKS = {Level.INFO: 1, Level.WARNING: 2, Level.BREAKING: 3}


class Kind(enum.Enum):
    """What sort of change a rule reports; it decides the semantic version bump."""

    ADDITION = "addition"
    REMOVAL = "removal"
    MODIFICATION = "modification"
    DOCUMENTATION = "documentation"


# Arguments that say how a change was reached, not what it is: left out of its identity.
ROUTE_ARGS = frozenset({"where"})


def identity(args: Mapping[str, Any]) -> str:
    return "\x1f".join(f"{key}={value}" for key, value in sorted(args.items()) if key not in ROUTE_ARGS)


class Finding(NamedTuple):
    """A change as a check reports it: rule id and arguments; the message is made later.

    A named tuple rather than a dataclass: large documents produce tens of thousands of these.
    """

    rule_id: str
    pointer: str
    operation: str | None = None
    args: Mapping[str, Any] = MappingProxyType({})
    identity: str | None = None  # what tells this change from others; computed from args when None


@dataclass(frozen=True, slots=True)
class Change:
    rule_id: str
    level: Level
    operation: str | None
    pointer: str
    message: str
    fingerprint: str


SEMVER_NONE = "none"


@dataclass(frozen=True)
class DiffReport:
    changes: tuple[Change, ...]
    semver: str = SEMVER_NONE
    ignored: tuple[tuple[Change, str], ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        counts = {level.value: 0 for level in Level}
        for change in self.changes:
            counts[change.level.value] += 1
        return counts

    def at_or_above(self, threshold: Level) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.level.rank >= threshold.rank)
