"""Local ``$ref`` resolution over the raw document, cycle-safe and memoised: each chain is walked once,
so resolving every reference costs time linear in the document, and a cycle of any length is found."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from generator import pointer as jp

if TYPE_CHECKING:
    from generator.model.schema import Schema

_COMPONENT_PREFIXES = ("/components/schemas/", "/definitions/")


class Resolved:
    """The end of a ``$ref`` chain: its pointer and node, or why it could not be reached."""

    __slots__ = ("error", "node", "pointer", "ref")

    def __init__(self, pointer: str, node: Any, ref: str | None, error: str | None = None) -> None:
        self.pointer = pointer
        self.node = node
        self.ref = ref
        self.error = error


class _End(NamedTuple):
    """Where a ``$ref`` chain ends: None as pointer stands for the node holding the ref itself."""

    pointer: str | None
    node: Any
    error: str | None


class Resolver:
    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self._schemas: dict[str, Schema] = {}
        self._ends: dict[str, _End] = {}

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
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if not isinstance(ref, str):
            return Resolved(pointer, node, None)
        end = self._end(ref)
        return Resolved(pointer if end.pointer is None else end.pointer, end.node, ref, end.error)

    def _end(self, first: str) -> _End:
        """Where the chain starting at ``first`` ends; every chain is walked once, whatever its length."""
        chain: list[tuple[str, str]] = []  # (ref, its target) walked in this call
        position: dict[str, int] = {}
        ref = first
        while True:
            end = self._ends.get(ref)
            if end is not None:
                break
            if ref in position:
                end = self._close_cycle(chain[position[ref] :])
                del chain[position[ref] :]
                break
            if not ref.startswith("#"):
                end = self._dead_end(ref, f"external reference {ref!r} is not followed")
                break
            target = ref[1:]
            try:
                node = self.lookup(target)
            except (KeyError, ValueError):
                end = self._dead_end(ref, f"cannot resolve reference {ref!r}")
                break
            position[ref] = len(chain)
            chain.append((ref, target))
            following = node.get("$ref") if isinstance(node, Mapping) else None
            if not isinstance(following, str):
                end = _End(target, node, None)
                break
            ref = following
        for walked, target in reversed(chain):
            if end.pointer is None:  # the failing $ref sits in this ref's target
                end = _End(target, end.node, end.error)
            self._ends[walked] = end
        return self._ends[first]

    def _dead_end(self, ref: str, error: str) -> _End:
        end = self._ends[ref] = _End(None, {}, error)
        return end

    def _close_cycle(self, cycle: list[tuple[str, str]]) -> _End:
        """Each ref of a cycle ends in itself; the pointer is its predecessor's target, as walked."""
        for index, (ref, _) in enumerate(cycle):
            self._ends[ref] = _End(cycle[index - 1][1], {}, f"reference cycle through {ref!r}")
        return self._ends[cycle[0][0]]

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
