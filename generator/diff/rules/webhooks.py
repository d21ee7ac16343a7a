"""OpenAPI 3.1 ``webhooks`` added or removed; a webhook in both documents is compared as an operation."""

from __future__ import annotations

from generator.diff.context import DiffContext
from generator.model import Operation
from generator.rules.change_rules import WEBHOOK_ADDED, WEBHOOK_REMOVED
from generator.rules.rule import ChangeRule


def check_document(context: DiffContext) -> None:
    old = {(hook.path, hook.method) for hook in context.base.webhooks}
    new = {(hook.path, hook.method) for hook in context.revision.webhooks}
    for hook in context.base.webhooks:
        if (hook.path, hook.method) not in new:
            _report(context, WEBHOOK_REMOVED, hook)
    for hook in context.revision.webhooks:
        if (hook.path, hook.method) not in old:
            _report(context, WEBHOOK_ADDED, hook)


def _report(context: DiffContext, rule: ChangeRule, hook: Operation) -> None:
    context.add(rule, hook.pointer, hook.key, name=hook.path, method=hook.method.upper())
