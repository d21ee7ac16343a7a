"""The diff checks: every module in this package contributes its checks.

A check module may define ``check_document(ctx)`` (runs once) and ``check_operation(ctx, base,
revision)`` (runs for every operation present in both documents). The rules they emit are rows of the
one registry (``generator.rules``); each module imports the rows it emits at its top.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from generator.diff.context import DiffContext
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


def rule_modules() -> list[ModuleType]:
    return [
        importlib.import_module(f"{__name__}.{info.name}")
        for info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name)
        if not info.name.startswith("_")
    ]


@cache
def registry() -> Registry:
    modules = rule_modules()
    return Registry(
        DIFF_RULES,
        tuple(module.check_document for module in modules if hasattr(module, "check_document")),
        tuple(module.check_operation for module in modules if hasattr(module, "check_operation")),
    )
