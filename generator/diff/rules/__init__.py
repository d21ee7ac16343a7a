"""The diff checks: each module of this package contributes a ``check_document(ctx)`` (runs once), a
``check_operation(ctx, base, revision)`` (runs for every operation present in both documents), or both,
listed below in name order, the order they run in (a test keeps the lists and the package in step).
The rules they emit are rows of the one registry (``generator.rules``); each module imports the rows
it emits at its top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from generator.diff.context import DiffContext
from generator.diff.rules import (
    documentation,
    operation,
    parameters,
    paths,
    request_body,
    response_headers,
    responses,
    security,
    servers,
    webhooks,
)
from generator.model import Operation
from generator.rules.registry import DIFF_RULES
from generator.rules.rule import ChangeRule

DocumentCheck = Callable[[DiffContext], None]
OperationCheck = Callable[[DiffContext, Operation, Operation], None]

DOCUMENT_CHECKS: tuple[DocumentCheck, ...] = (
    documentation.check_document,
    paths.check_document,
    security.check_document,
    servers.check_document,
    webhooks.check_document,
)
OPERATION_CHECKS: tuple[OperationCheck, ...] = (
    documentation.check_operation,
    operation.check_operation,
    parameters.check_operation,
    request_body.check_operation,
    response_headers.check_operation,
    responses.check_operation,
    security.check_operation,
)


@dataclass(frozen=True)
class Registry:
    rules: Mapping[str, ChangeRule]  # every rule diff can report, by id
    document_checks: tuple[DocumentCheck, ...]
    operation_checks: tuple[OperationCheck, ...]


@cache
def registry() -> Registry:
    return Registry(DIFF_RULES, DOCUMENT_CHECKS, OPERATION_CHECKS)
