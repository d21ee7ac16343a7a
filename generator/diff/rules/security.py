"""Security schemes and the security requirements of each operation."""

from __future__ import annotations

from typing import Any

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.model import Operation
from generator.rules.change_rules import (
    OPERATION_SECURITY_ADDED,
    OPERATION_SECURITY_ALTERNATIVE_ADDED,
    OPERATION_SECURITY_ALTERNATIVE_REMOVED,
    SECURITY_SCHEME_ADDED,
    SECURITY_SCHEME_HTTP_SCHEME_CHANGED,
    SECURITY_SCHEME_KEY_LOCATION_CHANGED,
    SECURITY_SCHEME_KEY_RENAMED,
    SECURITY_SCHEME_REMOVED,
    SECURITY_SCHEME_TYPE_CHANGED,
)


def check_document(context: DiffContext) -> None:
    old, new = context.base.security_schemes, context.revision.security_schemes
    for name, scheme in old.items():
        successor = new.get(name)
        if successor is None:
            context.add(SECURITY_SCHEME_REMOVED, scheme.pointer, name=name)
            continue
        pointer = successor.pointer
        if scheme.type != successor.type:
            context.add(SECURITY_SCHEME_TYPE_CHANGED, pointer, name=name, old=scheme.type, new=successor.type)
            continue
        if scheme.param_name != successor.param_name:
            old_name, new_name = f"'{scheme.param_name}'", f"'{successor.param_name}'"
            context.add(
                SECURITY_SCHEME_KEY_RENAMED, jp.join(pointer, "name"), name=name, old=old_name, new=new_name
            )
        if scheme.location != successor.location:
            moved: dict[str, Any] = {"old": scheme.location or "none", "new": successor.location or "none"}
            context.add(SECURITY_SCHEME_KEY_LOCATION_CHANGED, jp.join(pointer, "in"), name=name, **moved)
        if (scheme.scheme or "").lower() != (successor.scheme or "").lower():
            changed: dict[str, Any] = {"old": scheme.scheme or "none", "new": successor.scheme or "none"}
            context.add(SECURITY_SCHEME_HTTP_SCHEME_CHANGED, jp.join(pointer, "scheme"), name=name, **changed)
    for name, scheme in new.items():
        if name not in old:
            context.add(SECURITY_SCHEME_ADDED, scheme.pointer, name=name)


def _shown(requirement: tuple[str, ...]) -> str:
    return " + ".join(requirement) or "no credentials"


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
    if revision.webhook:
        return  # the document's security is how callers authenticate to the API, not to subscribers
    old = set(context.base.effective_security(base))
    new = set(context.revision.effective_security(revision))
    if old == new:
        return
    pointer = jp.join(revision.pointer, "security")
    old_anonymous = not old or () in old
    new_anonymous = not new or () in new
    if new_anonymous:
        for requirement in sorted(new - old):
            context.add(
                OPERATION_SECURITY_ALTERNATIVE_ADDED, pointer, revision.key, schemes=_shown(requirement)
            )
        return
    if old_anonymous:
        schemes = " or ".join(_shown(requirement) for requirement in sorted(new))
        context.add(OPERATION_SECURITY_ADDED, pointer, revision.key, schemes=schemes)
        return
    for requirement in sorted(old - new):
        context.add(
            OPERATION_SECURITY_ALTERNATIVE_REMOVED, pointer, revision.key, schemes=_shown(requirement)
        )
    for requirement in sorted(new - old):
        context.add(OPERATION_SECURITY_ALTERNATIVE_ADDED, pointer, revision.key, schemes=_shown(requirement))
