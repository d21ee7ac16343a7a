"""Security schemes and the security requirements of each operation."""

from __future__ import annotations

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.rule import ADD, BRK, INF, MODIFY, REMOVE, Rule
from generator.model import Operation

RULES = (
    Rule("security-scheme-removed", BRK, REMOVE, "security scheme {name} removed"),
    Rule("security-scheme-added", INF, ADD, "security scheme {name} added"),
    Rule(
        "security-scheme-type-changed",
        BRK,
        MODIFY,
        "type of security scheme {name} changed from {old} to {new}",
    ),
    Rule(
        "security-scheme-key-renamed",
        BRK,
        MODIFY,
        "security scheme {name} now reads its key from {new} instead of {old}",
    ),
    Rule(
        "security-scheme-key-location-changed",
        BRK,
        MODIFY,
        "security scheme {name} moved its key from the {old} to the {new}",
    ),
    Rule(
        "security-scheme-http-scheme-changed",
        BRK,
        MODIFY,
        "HTTP scheme of {name} changed from {old} to {new}",
    ),
    Rule("operation-security-added", BRK, MODIFY, "operation now requires authentication ({schemes})"),
    Rule(
        "operation-security-alternative-removed",
        BRK,
        REMOVE,
        "authentication with {schemes} no longer accepted",
    ),
    Rule("operation-security-alternative-added", INF, ADD, "authentication with {schemes} now accepted"),
)


def check_document(context: DiffContext) -> None:
    old, new = context.base.security_schemes, context.revision.security_schemes
    for name, scheme in old.items():
        successor = new.get(name)
        if successor is None:
            context.add("security-scheme-removed", scheme.pointer, name=name)
            continue
        pointer = successor.pointer
        if scheme.type != successor.type:
            context.add(
                "security-scheme-type-changed", pointer, name=name, old=scheme.type, new=successor.type
            )
            continue
        if scheme.param_name != successor.param_name:
            old_name, new_name = f"'{scheme.param_name}'", f"'{successor.param_name}'"
            context.add(
                "security-scheme-key-renamed", jp.join(pointer, "name"), name=name, old=old_name, new=new_name
            )
        if scheme.location != successor.location:
            context.add(
                "security-scheme-key-location-changed",
                jp.join(pointer, "in"),
                name=name,
                old=scheme.location or "none",
                new=successor.location or "none",
            )
        if (scheme.scheme or "").lower() != (successor.scheme or "").lower():
            context.add(
                "security-scheme-http-scheme-changed",
                jp.join(pointer, "scheme"),
                name=name,
                old=scheme.scheme or "none",
                new=successor.scheme or "none",
            )
    for name, scheme in new.items():
        if name not in old:
            context.add("security-scheme-added", scheme.pointer, name=name)


def _shown(requirement: tuple[str, ...]) -> str:
    return " + ".join(requirement) or "no credentials"


def check_operation(context: DiffContext, base: Operation, revision: Operation) -> None:
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
                "operation-security-alternative-added", pointer, revision.key, schemes=_shown(requirement)
            )
        return
    if old_anonymous:
        schemes = " or ".join(_shown(requirement) for requirement in sorted(new))
        context.add("operation-security-added", pointer, revision.key, schemes=schemes)
        return
    for requirement in sorted(old - new):
        context.add(
            "operation-security-alternative-removed", pointer, revision.key, schemes=_shown(requirement)
        )
    for requirement in sorted(new - old):
        context.add(
            "operation-security-alternative-added", pointer, revision.key, schemes=_shown(requirement)
        )
