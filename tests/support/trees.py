"""Whole generated trees as {relative path: bytes}, and a readable account of how two differ."""

from __future__ import annotations

import difflib
from collections.abc import Collection
from pathlib import Path

SKIPPED_PARTS = frozenset({"__pycache__", ".mypy_cache", ".pytest_cache"})


def read_tree(root: Path, ignore: Collection[str] = ()) -> dict[str, bytes]:
    """Every file under ``root`` by POSIX relative path, caches and ``ignore``d paths left out."""
    files: dict[str, bytes] = {}
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and not SKIPPED_PARTS.intersection(relative.parts):
            name = relative.as_posix()
            if name not in ignore:
                files[name] = path.read_bytes()
    return files


def tree_differences(expected: dict[str, bytes], actual: dict[str, bytes], context: int = 3) -> list[str]:
    """One entry per differing file: missing, unexpected, or changed with the first lines of its diff."""
    differences = [f"missing: {name}" for name in sorted(expected.keys() - actual.keys())]
    differences += [f"unexpected: {name}" for name in sorted(actual.keys() - expected.keys())]
    for name in sorted(expected.keys() & actual.keys()):
        if expected[name] == actual[name]:
            continue
        diff = difflib.unified_diff(
            expected[name].decode("utf-8", "replace").splitlines(),
            actual[name].decode("utf-8", "replace").splitlines(),
            f"golden/{name}",
            f"generated/{name}",
            n=context,
            lineterm="",
        )
        differences.append("changed: " + "\n".join(list(diff)[:40]))
    return differences
