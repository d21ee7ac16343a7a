"""Changes between two documents: values with a rule id, a level, an operation and a place."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from operator import attrgetter
from types import MappingProxyType
from typing import Any, NamedTuple

from generator.rules.rule import CHANGE_LEVELS, Kind, Level

# Arguments that say how a change was reached, not what it is: left out of its identity.
ROUTE_ARGS = frozenset({"where"})


def identity(args: Mapping[str, Any]) -> str:
    return "\x1f".join(f"{key}={value}" for key, value in sorted(args.items()) if key not in ROUTE_ARGS)


class Detection(NamedTuple):
    """A change as a check reports it: rule id and arguments; the message is made later.

    A named tuple rather than a dataclass: large documents produce tens of thousands of these.
    """

    rule_id: str
    pointer: str
    operation: str | None = None
    args: Mapping[str, Any] = MappingProxyType({})
    identity: str | None = None  # what tells this change from others; computed from args when None
    error_route: bool = False  # reached through an error response (default, 4xx, 5xx)


class Change(NamedTuple):
    """One operation's view of a cause. A named tuple: large documents produce tens of thousands."""

    rule_id: str
    level: Level
    operation: str | None
    pointer: str
    message: str
    fingerprint: str
    cause: str = ""  # the id of the Cause this change is one operation's view of


# One operation a cause reaches, and how: ("GET /agents", "response 200 property 'items[].alias'").
# A plain pair: large documents have tens of thousands.
Reach = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Cause:
    """One change where it happens (a component, a path item, an operation), and what it reaches."""

    id: str
    rule_id: str
    level: Level
    kind: Kind
    pointer: str
    message: str
    reaches: tuple[Reach, ...]
    error_only: bool = False  # every operation is reached through an error response only

    @property
    def operations(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(operation for operation, _ in self.reaches))


SEMVER_NONE = "none"


_LEVEL_OF = attrgetter("level")


def _counts(levels: Iterable[Level]) -> dict[str, int]:
    counts = Counter(levels)
    return {level.value: counts[level] for level in CHANGE_LEVELS}


@dataclass(frozen=True)
class DiffReport:
    changes: tuple[Change, ...]
    semver: str = SEMVER_NONE
    ignored: tuple[tuple[Change, str], ...] = ()
    causes: tuple[Cause, ...] = ()

    @property
    def summary(self) -> dict[str, int]:
        return _counts(map(_LEVEL_OF, self.changes))

    @property
    def cause_summary(self) -> dict[str, int]:
        return _counts(cause.level for cause in self.causes)

    @property
    def operations_affected(self) -> int:
        return len({operation for cause in self.causes for operation, _ in cause.reaches})

    def at_or_above(self, threshold: Level) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.level >= threshold)

    def reaches_level(self, threshold: Level) -> bool:
        """Whether a change is at or above ``threshold``: each change has its cause's level, and every
        cause reported has a change, so its causes tell."""
        return any(cause.level >= threshold for cause in self.causes)


__all__ = ["Cause", "Change", "Detection", "DiffReport", "Kind", "Level", "Reach", "identity"]
