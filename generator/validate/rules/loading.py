"""Rules for what loading noticed and let through: keys written twice, control characters dropped.

Loading made these problems already; validate reports them with the rest (and can turn them off).
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.problems import Problem
from generator.rules.problem_rules import CONTROL_CHARACTER, KEY_DUPLICATE
from generator.rules.rule import Rule
from generator.validate.rules.base import Context

LOADING_RULES = (KEY_DUPLICATE, CONTROL_CHARACTER)


def loading_notes(context: Context, rule: Rule) -> Iterator[Problem]:
    return (note for note in context.document.source.notes if note.rule == rule.id)
