"""Counted nouns, the same in every report: ``1 change``, ``2 changes``, ``1,204 files``, ``3 breaking``."""

from __future__ import annotations

# adjectives used as nouns (the diff's "breaking" level) take no plural ending
_INVARIABLE = frozenset({"breaking"})


def plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 or word in _INVARIABLE else 's'}"
