"""The diff checks: every module of this package, listed in ``RULE_MODULES``, contributes its checks.

A check module may define ``check_document(ctx)`` (runs once) and ``check_operation(ctx, base,
revision)`` (runs for every operation present in both documents). The rules they emit are rows of the
one registry (``generator.rules``); each module imports the rows it emits at its top.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType

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


@dataclass(frozen=True)
class Registry:
    rules: Mapping[str, ChangeRule]  # every rule diff can report, by id
    document_checks: tuple[DocumentCheck, ...]
    operation_checks: tuple[OperationCheck, ...]


# In name order, the order the checks run in; a test keeps it equal to the package's public modules.
RULE_MODULES: tuple[ModuleType, ...] = (
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


@cache
def registry() -> Registry:
    return Registry(
        DIFF_RULES,
        tuple(module.check_document for module in RULE_MODULES if hasattr(module, "check_document")),
        tuple(module.check_operation for module in RULE_MODULES if hasattr(module, "check_operation")),
    )
