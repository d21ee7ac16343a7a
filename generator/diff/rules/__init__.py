"""The rule registry: every module in this package contributes ``RULES`` and its checks.

A rule module defines ``RULES`` (a tuple of Rule) and may define ``check_document(ctx)`` (runs once)
and ``check_operation(ctx, base, revision)`` (runs for every operation present in both documents).
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from types import ModuleType

from generator.diff.context import DiffContext
from generator.diff.rule import Rule
from generator.model import Operation

DocumentCheck = Callable[[DiffContext], None]
OperationCheck = Callable[[DiffContext, Operation, Operation], None]


@dataclass(frozen=True)
class Registry:
    rules: dict[str, Rule]
    module_of: dict[str, str]
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
    rules: dict[str, Rule] = {}
    module_of: dict[str, str] = {}
    document_checks: list[DocumentCheck] = []
    operation_checks: list[OperationCheck] = []
    for module in rule_modules():
        for rule in getattr(module, "RULES", ()):
            if rule.id in rules:
                raise RuntimeError(f"rule {rule.id} defined in {module_of[rule.id]} and {module.__name__}")
            rules[rule.id] = rule
            module_of[rule.id] = module.__name__
        if hasattr(module, "check_document"):
            document_checks.append(module.check_document)
        if hasattr(module, "check_operation"):
            operation_checks.append(module.check_operation)
    return Registry(rules, module_of, tuple(document_checks), tuple(operation_checks))
