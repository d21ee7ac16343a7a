"""Pairs of schemas (base, revision, direction) as a graph: each node holds its own changes.

A node is built once per diff and shared by every operation that reaches it; a node is "dirty" when
it or anything below it changed. An operation's schema changes are the changes of the dirty nodes it
reaches, each node once, so a cycle ends and a component change is reported once per operation.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Any, NamedTuple

from generator.diff.change import identity
from generator.diff.schemas.compare_node import NodeKey, compare_flats
from generator.diff.schemas.flatten import Flat, flatten
from generator.diff.schemas.stability import Stability
from generator.model import Document, Schema
from generator.rules.schema_changes import SCHEMA_KIND_NAMES

NOT_LABEL = "(not)"
_OPPOSITES = (
    ("-added", "-removed"),
    ("-increased", "-decreased"),
    ("-tightened", "-loosened"),
    ("-widened", "-narrowed"),
    ("-became-required", "-became-optional"),
)
# A change and the change with the opposite effect: nullable-added and nullable-removed, ...
NEGATED = {
    name[: -len(one)] + other: name
    for name in SCHEMA_KIND_NAMES
    for first, second in _OPPOSITES
    for one, other in ((first, second), (second, first))
    if name.endswith(one) and name[: -len(one)] + other in SCHEMA_KIND_NAMES
}
REQUEST = "request"
RESPONSE = "response"


class SchemaChange(NamedTuple):
    kind: str
    pointer: str
    path: str
    args: dict[str, Any]
    identity: str


@dataclass(slots=True)
class _GraphNode:
    local: list[SchemaChange]
    children: list[tuple[str, NodeKey]]
    # The dirty children, found once the node's build is done (that never changes after).
    dirty_below: list[tuple[str, _GraphNode]] | None = None


class SchemaDiffer:
    def __init__(self, base: Document, revision: Document) -> None:
        self._stability = Stability(base, revision)
        self._flats: tuple[dict[tuple[str, ...], Flat], dict[tuple[str, ...], Flat]] = ({}, {})
        self._nodes: dict[NodeKey, _GraphNode] = {}
        self._pending: dict[NodeKey, tuple[Flat, Flat]] = {}
        self._parents: dict[NodeKey, set[NodeKey]] = {}
        self._dirty: set[NodeKey] = set()
        self._collected: dict[NodeKey, list[SchemaChange]] = {}

    def stable(self, pointer: str) -> bool:
        return self._stability.stable(pointer)

    def flat(self, side: int, schemas: tuple[Schema, ...]) -> Flat:
        key = tuple(schema.pointer for schema in schemas)
        cached = self._flats[side].get(key)
        if cached is None:
            cached = flatten(schemas)
            self._flats[side][key] = cached
        return cached

    def pair(self, base: Flat, revision: Flat, direction: str) -> NodeKey:
        key = (base.key, revision.key, direction)
        if key not in self._nodes and key not in self._pending:
            self._pending[key] = (base, revision)
        return key

    def unchanged(self, base: Flat, revision: Flat) -> bool:
        return len(base.parts) == len(revision.parts) and all(
            self._stability.unchanged(a, b) for a, b in zip(base.parts, revision.parts, strict=True)
        )

    def same(self, base: tuple[Schema, ...], revision: tuple[Schema, ...]) -> bool:
        return len(base) == len(revision) and all(
            self._stability.unchanged(a, b) for a, b in zip(base, revision, strict=True)
        )

    def changes(self, base: Schema, revision: Schema, direction: str) -> list[SchemaChange]:
        if self._stability.unchanged(base, revision):
            return []
        root = self.pair(self.flat(0, (base,)), self.flat(1, (revision,)), direction)
        found = self._collected.get(root)
        if found is None:
            # Everything below a root is built by _build, so what it collects never changes later.
            self._build(root)
            found = self._collect(root)
            self._collected[root] = found
        return found

    def _build(self, root: NodeKey) -> None:
        work = [root]
        while work:
            key = work.pop()
            if key in self._nodes:
                continue
            base, revision = self._pending.pop(key)
            local, children = compare_flats(self, base, revision, key[2])
            node = _GraphNode(
                [
                    SchemaChange(kind, pointer, path, args, identity(args))
                    for kind, pointer, path, args in local
                ],
                children,
            )
            self._nodes[key] = node
            for _, child in children:
                self._parents.setdefault(child, set()).add(key)
                if child not in self._nodes:
                    work.append(child)
                elif child in self._dirty:
                    self._mark_dirty(key)
            if node.local:
                self._mark_dirty(key)

    def _mark_dirty(self, key: NodeKey) -> None:
        """Mark ``key`` and every node above it dirty; above a dirty node all are dirty already."""
        dirty = self._dirty
        if key in dirty:
            return
        fresh = {key}
        while fresh:
            dirty |= fresh
            fresh = {parent for node in fresh for parent in self._parents.get(node, ())} - dirty

    def _collect(self, root: NodeKey) -> list[SchemaChange]:
        if root not in self._dirty:
            return []
        found: list[SchemaChange] = []
        start = self._nodes[root]
        seen = {id(start)}  # nodes live as long as the differ: their ids are theirs
        # Below an odd number of ``not``, what tightens the excluded schema loosens the whole.
        queue: deque[tuple[_GraphNode, str, bool]] = deque([(start, "", False)])
        while queue:
            node, path, negated = queue.popleft()
            for change in node.local:
                kind = NEGATED.get(change.kind, change.kind) if negated else change.kind
                found.append(
                    SchemaChange(
                        kind, change.pointer, extend(path, change.path), change.args, change.identity
                    )
                )
            below = node.dirty_below
            if below is None:
                below = node.dirty_below = self._dirty_children(node)
            for label, child in below:
                if id(child) not in seen:
                    seen.add(id(child))
                    queue.append((child, extend(path, label), negated != (label == NOT_LABEL)))
        return found

    def _dirty_children(self, node: _GraphNode) -> list[tuple[str, _GraphNode]]:
        dirty, nodes = self._dirty, self._nodes
        return [(label, nodes[child]) for label, child in node.children if child in dirty]


def extend(path: str, token: str) -> str:
    """``data`` + ``[]`` is ``data[]``; ``data[]`` + ``name`` is ``data[].name``."""
    if not token:
        return path
    if token.startswith("[") or not path:
        return path + token
    return f"{path}.{token}"
