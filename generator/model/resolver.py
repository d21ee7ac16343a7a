"""Local ``$ref`` resolution over the raw document, cycle-safe and memoised."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from generator import pointer as jp

if TYPE_CHECKING:
    from generator.model.schema import Schema

MAX_REF_HOPS = 64
_COMPONENT_PREFIXES = ("/components/schemas/", "/definitions/")


class Resolved:
    """The end of a ``$ref`` chain: its pointer and node, or why it could not be reached."""

    __slots__ = ("error", "node", "pointer", "ref")

    def __init__(self, pointer: str, node: Any, ref: str | None, error: str | None = None) -> None:
        self.pointer = pointer
        self.node = node
        self.ref = ref
        self.error = error


class Resolver:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self._schemas: dict[str, Schema] = {}

    def lookup(self, pointer: str) -> Any:
        """The node at a document pointer; raises KeyError when there is none."""
        node: Any = self.data
        for token in jp.split(pointer):
            if isinstance(node, Mapping):
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(token)
        return node

    def follow(self, node: Any, pointer: str) -> Resolved:
        """Follow ``$ref`` from ``node`` (found at ``pointer``) to a node that is not a reference."""
        first_ref: str | None = None
        seen: set[str] = set()
        for _ in range(MAX_REF_HOPS):
            ref = node.get("$ref") if isinstance(node, Mapping) else None
            if not isinstance(ref, str):
                return Resolved(pointer, node, first_ref)
            first_ref = first_ref or ref
            if not ref.startswith("#"):
                return Resolved(pointer, {}, first_ref, f"external reference {ref!r} is not followed")
            target = ref[1:]
            if target in seen:
                return Resolved(pointer, {}, first_ref, f"reference cycle through {ref!r}")
            seen.add(target)
            try:
                node = self.lookup(target)
            except (KeyError, ValueError):
                return Resolved(pointer, {}, first_ref, f"cannot resolve reference {ref!r}")
            pointer = target
        return Resolved(pointer, {}, first_ref, "reference chain too long")

    def schema(self, node: Any, pointer: str) -> Schema:
        """The Schema for a node, one shared object per target so recursive schemas stay finite."""
        from generator.model.schema import Schema

        resolved = self.follow(node, pointer)
        key = resolved.pointer if resolved.error is None else f"{pointer}#unresolved"
        cached = self._schemas.get(key)
        if cached is not None:
            return cached
        raw = resolved.node if isinstance(resolved.node, Mapping) else {}
        schema = Schema(
            pointer=resolved.pointer,
            raw=raw,
            resolver=self,
            name=component_name(resolved.pointer),
            unresolved=resolved.error,
            boolean=resolved.node if isinstance(resolved.node, bool) else None,
        )
        self._schemas[key] = schema
        return schema


def component_name(pointer: str) -> str | None:
    for prefix in _COMPONENT_PREFIXES:
        if pointer.startswith(prefix):
            rest = pointer[len(prefix) :]
            if "/" not in rest:
                return jp.unescape_token(rest)
    return None
