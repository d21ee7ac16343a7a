"""Local ``$ref`` resolution over raw JSON data, cycle-safe and memoised.

Below the model: loading, validation, the model and diff rules follow references in the parsed
document with it. The model's Schema objects are interned on top of it (generator.model.schema)."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any, NamedTuple

from generator import pointer as jp
from generator.json_value import is_object


class RefFailure(enum.Enum):
    """Why a ``$ref`` chain does not reach a node; each value words it for a message."""

    CYCLE = "reference cycle through {ref!r}"
    EXTERNAL = "external reference {ref!r} is not followed"
    MISSING = "cannot resolve reference {ref!r}"


class RefError(NamedTuple):
    """A chain that does not reach a node: how it fails, at which reference."""

    failure: RefFailure
    ref: str

    def __str__(self) -> str:
        return self.failure.value.format(ref=self.ref)


class Resolved:
    """The end of a ``$ref`` chain: its pointer and node, or why it could not be reached."""

    __slots__ = ("error", "node", "pointer", "ref")

    def __init__(self, pointer: str, node: Any, ref: str | None, error: RefError | None = None) -> None:
        self.pointer = pointer
        self.node = node
        self.ref = ref
        self.error = error


# Where a reference leads: (pointer, node) of the end of its chain, or (last pointer reached, error).
_End = tuple[str | None, Any, RefError | None]

# References that can be followed, each with the pointer and node at the end of its chain: the same for
# every resolver of a document, so one mapping is shared by all (``SourceDocument.settled_refs``).
Settled = dict[str, tuple[str, Any]]


class Resolver:
    def __init__(self, data: Mapping[str, Any], settled: Settled | None = None) -> None:
        self.data = data
        self._settled: Settled = {} if settled is None else settled
        # Failures stay with each resolver: a cycle is reported by whichever resolver meets it.
        self._failed: dict[str, _End] = {}

    def lookup(self, pointer: str) -> Any:
        """The node at a document pointer; raises KeyError when there is none."""
        return jp.walk(self.data, jp.split(pointer))

    def follow(self, node: Any, pointer: str) -> Resolved:
        """Follow ``$ref`` from ``node`` (found at ``pointer``) to a node that is not a reference."""
        ref = node.get("$ref") if is_object(node) else None
        if not isinstance(ref, str):
            return Resolved(pointer, node, None)
        settled = self._settled.get(ref)
        if settled is not None:
            return Resolved(settled[0], settled[1], ref)
        end_pointer, end_node, error = self._failed.get(ref) or self._end(ref)
        if error is not None:
            return Resolved(end_pointer or pointer, {}, ref, error)
        assert end_pointer is not None
        return Resolved(end_pointer, end_node, ref)

    def error(self, ref: str) -> RefError | None:
        """Why ``ref`` cannot be followed to a node that is not a reference; None when it can."""
        if ref in self._settled:
            return None
        return (self._failed.get(ref) or self._end(ref))[2]

    def leads_to_cycle(self, ref: str) -> bool:
        """Whether following ``ref`` comes back to a reference met on the way."""
        error = self.error(ref)
        return error is not None and error.failure is RefFailure.CYCLE

    def _end(self, ref: str) -> _End:
        """Where ``ref`` leads; every reference on the way is remembered, so each chain is walked once.

        A remembered failure always names a pointer (only a chain of at least one step is remembered),
        so a reference met before fails where it did."""
        settled, failed = self._settled, self._failed
        chain: dict[str, None] = {}  # the references on the way, in order
        last: str | None = None
        while True:
            done = settled.get(ref)
            if done is not None:
                end: _End = (done[0], done[1], None)
                break
            known = failed.get(ref)
            if known is not None:
                end = known if known[0] is not None else (last, {}, known[2])
                break
            if ref in chain:
                end = (last, {}, RefError(RefFailure.CYCLE, ref))
                break
            if not ref.startswith("#"):
                end = (last, {}, RefError(RefFailure.EXTERNAL, ref))
                break
            try:
                node = self.lookup(ref[1:])
            except (KeyError, ValueError):
                end = (last, {}, RefError(RefFailure.MISSING, ref))
                break
            chain[ref] = None
            last = ref[1:]
            next_ref = node.get("$ref") if type(node) is dict or is_object(node) else None
            if not isinstance(next_ref, str):
                end = (last, node, None)
                break
            ref = next_ref
        end_pointer, end_node, error = end
        if error is None and end_pointer is not None:
            reached = (end_pointer, end_node)
            for walked in chain:
                settled[walked] = reached
        else:
            for walked in chain:
                failed[walked] = end
        return end
