"""Rules for what loading noticed and let through: keys written twice, control characters dropped."""

from __future__ import annotations

from collections.abc import Iterator

from generator.load import CONTROL_CHARACTER, KEY_DUPLICATE
from generator.validate.rules.base import Context, Finding


def _notes(context: Context, rule: str) -> Iterator[Finding]:
    return ((note.pointer, note.message) for note in context.document.source.notes if note.rule == rule)


def repeated_keys(context: Context) -> Iterator[Finding]:
    return _notes(context, KEY_DUPLICATE)


def dropped_characters(context: Context) -> Iterator[Finding]:
    return _notes(context, CONTROL_CHARACTER)
