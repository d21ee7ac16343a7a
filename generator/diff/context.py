"""What every check sees: both documents, the pairing of their operations, and where findings go."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from generator.diff.change import Finding
from generator.model import Document, Operation

if TYPE_CHECKING:
    from generator.diff.schemas.graph import SchemaDiffer

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
    findings: list[Finding] = field(default_factory=list)
    reported: set[tuple[str, str, str, str]] = field(default_factory=set)

    def add(
        self,
        rule_id: str,
        pointer: str,
        operation: str | None = None,
        *,
        error_route: bool = False,
        **args: Any,
    ) -> None:
        self.findings.append(Finding(rule_id, pointer, operation, args, None, error_route))

    @cached_property
    def pairs(self) -> tuple[tuple[Operation, Operation], ...]:
        revision = {operation_shape(op): op for op in self.revision.operations}
        return tuple(
            (op, revision[operation_shape(op)])
            for op in self.base.operations
            if operation_shape(op) in revision
        )

    @cached_property
    def removed(self) -> tuple[Operation, ...]:
        revision = {operation_shape(op) for op in self.revision.operations}
        return tuple(op for op in self.base.operations if operation_shape(op) not in revision)

    @cached_property
    def added(self) -> tuple[Operation, ...]:
        base = {operation_shape(op) for op in self.base.operations}
        return tuple(op for op in self.revision.operations if operation_shape(op) not in base)

    @cached_property
    def schemas(self) -> SchemaDiffer:
        from generator.diff.schemas.graph import SchemaDiffer

        return SchemaDiffer(self.base, self.revision)
