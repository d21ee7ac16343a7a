"""oneOf/anyOf alternatives: matched by component, by equivalence, then by best fit.

A branch that was only modified is paired with itself and compared in depth; a branch listed twice
is one alternative; a schema that became a union (or stopped being one) is compared with the branch
that fits it best, as if that branch were merged into the union's own keywords.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from generator.diff.schemas.flatten import Flat, flatten
from generator.diff.schemas.signature import signature
from generator.model import Schema

FlatOf = Callable[[tuple[Schema, ...]], Flat]


def branches_of(flat: Flat, keyword: str) -> tuple[Schema, ...]:
    return flat.one_of if keyword == "oneOf" else flat.any_of


def likeness(a: Flat, b: Flat) -> int:
    """How alike two schemas are: 0 when they share nothing worth pairing them for."""
    if {part.name for part in a.parts if part.name} & {part.name for part in b.parts if part.name}:
        return 1_000
    score = 0
    if a.types and a.types == b.types:
        score += 4
    elif a.types & b.types:
        score += 2
    shared = len(a.properties.keys() & b.properties.keys())
    score += 3 * shared - (len(a.properties.keys() ^ b.properties.keys()) if shared else 0)
    if a.enum is not None and b.enum is not None and set(map(repr, a.enum)) & set(map(repr, b.enum)):
        score += 2
    if a.format is not None and a.format == b.format:
        score += 1
    return max(score, 0)


def best_fit(target: Flat, branches: tuple[Schema, ...], flat_of: FlatOf) -> int:
    """The index of the branch most like ``target`` (the first on a tie)."""
    scores = [likeness(target, flat_of((branch,))) for branch in branches]
    return scores.index(max(scores))


def merged_with_branch(flat: Flat, keyword: str, index: int) -> Flat:
    """``flat`` with its ``keyword`` union replaced by the keywords of branch ``index``."""
    branch = branches_of(flat, keyword)[index]
    whole = flatten((*flat.parts, branch))
    cleared = {"one_of": ()} if keyword == "oneOf" else {"any_of": ()}
    return dataclasses.replace(whole, variant=f"{keyword}[{index}]", **cleared)  # type: ignore[arg-type]


def _unique(branches: tuple[Schema, ...]) -> list[int]:
    """Indexes of the branches, a branch equal to an earlier one left out."""
    seen: set[str] = set()
    kept = []
    for index, branch in enumerate(branches):
        mark = branch.name or signature(branch)
        if mark not in seen:
            seen.add(mark)
            kept.append(index)
    return kept


def match_branches(
    old: tuple[Schema, ...], new: tuple[Schema, ...], old_flat: FlatOf, new_flat: FlatOf
) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pairs (old index, new index), then the old branches removed and the new ones added."""
    rest, free = _unique(old), _unique(new)
    pairs: list[tuple[int, int]] = []
    marks: tuple[Callable[[Schema], str | None], ...] = (lambda branch: branch.name, signature)
    for mark in marks:
        for i in list(rest):
            wanted = mark(old[i])
            j = next((j for j in free if wanted is not None and mark(new[j]) == wanted), None)
            if j is not None:
                rest.remove(i)
                free.remove(j)
                pairs.append((i, j))
    if rest and free:
        scored = sorted(
            ((likeness(old_flat((old[i],)), new_flat((new[j],))), i, j) for i in rest for j in free),
            key=lambda item: (-item[0], item[1], item[2]),
        )
        for score, i, j in scored:
            if i in rest and j in free and (score > 0 or len(rest) == len(free) == 1):
                rest.remove(i)
                free.remove(j)
                pairs.append((i, j))
    return sorted(pairs), rest, free
