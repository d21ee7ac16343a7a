"""What every check sees: both documents, the pairing of their operations, and where findings go."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any

from generator.diff.change import Detection
from generator.diff.schemas.graph import SchemaChange, SchemaDiffer
from generator.model import Document, Operation
from generator.rules.change_rules import WEBHOOK_TWIN_OF
from generator.rules.rule import ChangeRule

_TEMPLATE_VARIABLE = re.compile(r"\{[^}/]*\}")


def path_shape(path: str) -> str:
    """``/agents/{id}`` and ``/agents/{agentId}`` are the same path to a caller."""
    return _TEMPLATE_VARIABLE.sub("{}", path.rstrip("/") or "/")


def operation_shape(operation: Operation) -> tuple[str, str]:
    return (operation.method, path_shape(operation.path))


@dataclass
class DiffContext:
    base: Document
    revision: Document
    today: date
    findings: list[Detection] = field(default_factory=list)
    reported: set[tuple[str, str, str, str]] = field(default_factory=set)
    # Schema changes with their arguments, by subject, base and revision pointers and direction.
    seen_from: dict[tuple[str, str, str, str], list[tuple[SchemaChange, dict[str, Any]]]] = field(
        default_factory=dict
    )

    def add(
        self,
        rule: ChangeRule,
        pointer: str,
        operation: str | None = None,
        *,
        error_route: bool = False,
        **args: Any,
    ) -> None:
        if operation in self.webhook_keys:
            rule = WEBHOOK_TWIN_OF.get(rule.id, rule)  # the verdict turned round for the subscriber
        self.findings.append(Detection(rule.id, pointer, operation, args, None, error_route))

    @cached_property
    def webhook_pairs(self) -> tuple[tuple[Operation, Operation], ...]:
        """Webhooks in both documents, paired by name and method."""
        new = {(hook.path, hook.method): hook for hook in self.revision.webhooks}
        found = ((hook, new.get((hook.path, hook.method))) for hook in self.base.webhooks)
        return tuple((old, successor) for old, successor in found if successor is not None)

    @cached_property
    def webhook_keys(self) -> frozenset[str]:
        return frozenset(hook.key for hook in (*self.base.webhooks, *self.revision.webhooks))

    @cached_property
    def _pairing(self) -> tuple[tuple[tuple[Operation, Operation], ...], tuple[Operation, ...]]:
        """Operations paired by method and path, then leftovers by shape (renamed path variables).

        Exact matches come first so that two paths of one shape in the same document (which
        validate reports) each keep their own counterpart.
        """
        exact = {(op.method, op.path): op for op in self.revision.operations}
        pairs: dict[int, Operation] = {}
        leftovers: dict[tuple[str, str], list[Operation]] = {}
        for index, op in enumerate(self.base.operations):
            match = exact.pop((op.method, op.path), None)
            if match is not None:
                pairs[index] = match
        for op in exact.values():
            leftovers.setdefault(operation_shape(op), []).append(op)
        removed = []
        for index, op in enumerate(self.base.operations):
            if index in pairs:
                continue
            candidates = leftovers.get(operation_shape(op))
            if candidates:
                pairs[index] = candidates.pop(0)
            else:
                removed.append(op)
        ordered = tuple((self.base.operations[index], pairs[index]) for index in sorted(pairs))
        return ordered, tuple(removed)

    @property
    def pairs(self) -> tuple[tuple[Operation, Operation], ...]:
        return self._pairing[0]

    @property
    def removed(self) -> tuple[Operation, ...]:
        return self._pairing[1]

    @cached_property
    def added(self) -> tuple[Operation, ...]:
        paired = {id(revision) for _, revision in self.pairs}
        return tuple(op for op in self.revision.operations if id(op) not in paired)

    @cached_property
    def schemas(self) -> SchemaDiffer:
        return SchemaDiffer(self.base, self.revision)
