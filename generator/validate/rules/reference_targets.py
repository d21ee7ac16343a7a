"""Rules on references: components nobody uses, and references that lead nowhere."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from generator import pointer as jp
from generator.load import SpecVersion
from generator.resolver import RefFailure, Resolver
from generator.validate.rules.base import Context, Occurrence

_SWAGGER_SECTIONS = ("definitions", "parameters", "responses")
_KINDS = {
    "schemas": "schema",
    "definitions": "definition",
    "parameters": "parameter",
    "responses": "response",
    "requestBodies": "request body",
    "headers": "header",
    "examples": "example",
    "links": "link",
    "callbacks": "callback",
}


def unused_components(context: Context) -> Iterator[Occurrence]:
    targets = {ref[1:] for _, ref in context.refs if ref.startswith("#")}
    # A reference to something inside a component (``#/components/schemas/A/properties/b``) uses it.
    depth = 3 if context.version is SpecVersion.SWAGGER_20 else 4
    used = {"/".join(target.split("/", depth)[:depth]) for target in targets}
    for base, entries in _sections(context):
        section = base.rsplit("/", 1)[-1]
        kind = _KINDS.get(section, section)
        prefix = base + "/"
        for name in entries:
            pointer = prefix + jp.escape_token(name)
            if pointer not in used:
                yield pointer, {"kind": kind, "name": name}


def _sections(context: Context) -> Iterator[tuple[str, Mapping[str, object]]]:
    if context.version is SpecVersion.SWAGGER_20:
        for section in _SWAGGER_SECTIONS:
            entries = context.data.get(section)
            if isinstance(entries, Mapping):
                yield f"/{section}", entries
        return
    components = context.data.get("components")
    if not isinstance(components, Mapping):
        return
    for section, entries in components.items():
        if section != "securitySchemes" and isinstance(entries, Mapping):
            yield jp.join("/components", section), entries


def unresolved_refs(context: Context) -> Iterator[Occurrence]:
    resolver = Resolver(context.data, context.document.source.settled_refs)
    # Where a reference leads does not depend on where it is written: follow each value once, in the
    # order of first use (the order a cycle's message depends on).
    errors = {ref: resolver.error(ref) for ref in dict.fromkeys(r for _, r in context.refs)}
    for tokens, ref in context.refs:
        error = errors[ref]
        if error is not None:
            reason = f"cannot resolve $ref {ref!r}" if error.failure is RefFailure.MISSING else str(error)
            yield jp.join(jp.from_tokens(tokens), "$ref"), {"reason": reason}
