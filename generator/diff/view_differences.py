"""Raw structural differences between two documentation views, with deepdiff for nested values.

A view is a nested dict whose leaves are documentation values. Leaves that are plain text are compared
directly; nested values (examples, extensions, contact objects) are described by deepdiff
(generator.diff.nested), imported only when such a value actually changed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.lazy import lazy_module

if TYPE_CHECKING:
    from generator.diff import nested
else:
    nested = lazy_module("generator.diff.nested")

ADDED, REMOVED, CHANGED = "added", "removed", "changed"


@dataclass(frozen=True, slots=True)
class Difference:
    path: tuple[str, ...]
    change: str
    old: Any
    new: Any
    detail: str


def differences(old: Mapping[str, Any], new: Mapping[str, Any], depth: int) -> Iterator[Difference]:
    """Differences between views, descending ``depth`` levels of dict keys before taking leaves."""
    yield from _walk(old, new, (), depth)


def _walk(
    old: Mapping[str, Any], new: Mapping[str, Any], path: tuple[str, ...], depth: int
) -> Iterator[Difference]:
    if old == new:
        return
    for key in list(old) + [key for key in new if key not in old]:
        here = (*path, key)
        if key not in new:
            yield Difference(here, REMOVED, old[key], None, "")
        elif key not in old:
            yield Difference(here, ADDED, None, new[key], "")
        elif depth > 1 and isinstance(old[key], Mapping) and isinstance(new[key], Mapping):
            yield from _walk(old[key], new[key], here, depth - 1)
        elif old[key] != new[key]:
            yield Difference(here, CHANGED, old[key], new[key], change_detail(old[key], new[key]))


def change_detail(old: Any, new: Any) -> str:
    """A short account of how a nested value changed, e.g. ``1 value changed at root['a']``."""
    if not isinstance(old, (Mapping, list)) or not isinstance(new, (Mapping, list)):
        return ""
    return nested.describe_change(old, new)
