"""A diff rule: a stable id, a default level, what kind of change it is, and a message template."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.diff.change import Kind, Level


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    level: Level
    kind: Kind
    message: str
    note: str = ""  # why the verdict differs from other breaking-change checkers, when it does

    def render(self, args: Mapping[str, object]) -> str:
        return self.message.format_map(args).rstrip()


BRK, WRN, INF = Level.BREAKING, Level.WARNING, Level.INFO
ADD, REMOVE, MODIFY, DOC = Kind.ADDITION, Kind.REMOVAL, Kind.MODIFICATION, Kind.DOCUMENTATION
