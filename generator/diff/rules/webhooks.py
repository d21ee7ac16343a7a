"""OpenAPI 3.1 ``webhooks``: calls the API makes to its subscribers, added, removed or changed.

A webhook is compared as a whole: its text and everything it references. What it sends is read by the
subscriber, so the request rules of ordinary operations would give the opposite verdicts; a changed
webhook is one warning naming it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.schemas.stability import references
from generator.model import Document
from generator.model.objects import HTTP_METHODS
from generator.resolver import Resolver
from generator.rules.change_rules import (
    WEBHOOK_ADDED,
    WEBHOOK_CHANGED,
    WEBHOOK_REMOVED,
)


def _calls(document: Document) -> dict[tuple[str, str], Mapping[str, Any]]:
    hooks = document.data.get("webhooks")
    found: dict[tuple[str, str], Mapping[str, Any]] = {}
    for name, item in hooks.items() if isinstance(hooks, Mapping) else ():
        item = Resolver(document.data).follow(item, jp.join("/webhooks", name)).node
        for method in HTTP_METHODS if isinstance(item, Mapping) else ():
            if isinstance(item.get(method), Mapping):
                found[(str(name), method)] = item[method]
    return found


def _same(context: DiffContext, old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    if old != new:
        return False
    base, revision = Resolver(context.base.data), Resolver(context.revision.data)
    for target in references(old, schema=False):
        if target.startswith(("/components/schemas/", "/definitions/")):
            if not context.schemas.stable(target):
                return False
            continue
        try:
            if base.lookup(target) != revision.lookup(target):
                return False
        except KeyError:
            return False
    return True


def check_document(context: DiffContext) -> None:
    old, new = _calls(context.base), _calls(context.revision)
    for (name, method), call in old.items():
        pointer = jp.join("/webhooks", name, method)
        if (name, method) not in new:
            context.add(WEBHOOK_REMOVED, pointer, name=name, method=method.upper())
        elif not _same(context, call, new[(name, method)]):
            context.add(WEBHOOK_CHANGED, pointer, name=name, method=method.upper())
    for name, method in new:
        if (name, method) not in old:
            context.add(WEBHOOK_ADDED, jp.join("/webhooks", name, method), name=name, method=method.upper())
