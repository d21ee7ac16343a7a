"""How a nested documentation value changed, in deepdiff's words (loaded on first need: generator.lazy)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from deepdiff import DeepDiff


def describe_change(old: Mapping[str, Any] | list[Any], new: Mapping[str, Any] | list[Any]) -> str:
    """E.g. ``values changed: root['a']``: each kind of change with up to three of its places."""
    report = DeepDiff(old, new, ignore_order=False, verbose_level=0)
    parts = []
    for kind, items in sorted(report.items()):
        paths = sorted(items) if isinstance(items, (set, Mapping, list)) else []
        label = kind.replace("_", " ")
        shown = ", ".join(str(path) for path in paths[:3]) + (", ..." if len(paths) > 3 else "")
        parts.append(f"{label}: {shown}" if shown else label)
    return "; ".join(parts)
