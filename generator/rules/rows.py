"""The registry's rows, read from this package's data files: ``problems.json`` and ``changes.json``.

``problems.json``: the problems a document can have (what loading, validate, generate and docs
report), one object per rule id, in the order of every rule list (SARIF, the README table). level:
error | warning | info. area: load | validate | generate | docs. message: a str.format template over
the arguments the check gives. docs: what it means (the README table's last column).

``changes.json``: the diff rules, one row per rule id, in a table per check module of
generator/diff/rules/ that emits it. level: breaking | warning | info. kind: addition | removal |
modification | documentation (it decides the semantic version bump). message: a str.format template
over the arguments the check gives. note: why the verdict differs from other breaking-change checkers;
it is then the rule's docs line. Its ``webhook-twins`` table: a webhook is compared as an operation
with the direction turned round (its request is read by the subscriber, its responses are written by
the subscriber); a rule whose verdict turns with the direction has a webhook twin, webhook- + its id,
with its own level and note; the others serve webhooks as they are.

``problem_rules`` and ``change_rules`` give each row the constant its check imports (a test keeps the
two in step); ``schema_kinds.json`` is read by ``schema_changes``. The data is JSON, one row a line
where rows are short: it reads in a fraction of the time TOML takes, on every start.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from generator.rules.rule import Area, ChangeRule, Kind, Level, Rule, change_rule


def problem_row(rule_id: str, row: Mapping[str, str]) -> Rule:
    """A problem rule from its row in ``problems.json``."""
    return Rule(rule_id, Level(row["level"]), Area(row["area"]), row["message"], row["docs"])


def change_row(rule_id: str, row: Mapping[str, str]) -> ChangeRule:
    """A diff rule from its row in ``changes.json``."""
    return change_rule(rule_id, Level(row["level"]), Kind(row["kind"]), row["message"], row.get("note", ""))


DATA_FOLDER = Path(__file__).resolve().parent


def read_data(name: str) -> dict[str, Any]:
    """The tables of ``name``, a JSON file of this package (``problems.json``, ``changes.json`` ...)."""
    with (DATA_FOLDER / name).open("rb") as file:
        data: dict[str, Any] = json.load(file)
    return data


AnyRule = TypeVar("AnyRule", bound=Rule)


def rules_by_id(
    tables: Iterable[Mapping[str, Mapping[str, str]]], make: Callable[[str, Mapping[str, str]], AnyRule]
) -> Mapping[str, AnyRule]:
    """The rules the rows of ``tables`` make, by id, in the order the data file has them."""
    return {rule_id: make(rule_id, row) for table in tables for rule_id, row in table.items()}


PROBLEM_RULES = rules_by_id([read_data("problems.json")], problem_row)
_CHANGE_TABLES = read_data("changes.json")
# A webhook is compared as an operation with the direction turned round (see above): a rule
# whose verdict turns with the direction has a webhook twin, with its own level and note.
WEBHOOK_TWIN_ROWS: Mapping[str, Mapping[str, str]] = _CHANGE_TABLES.pop("webhook-twins")
CHANGE_RULES = rules_by_id(_CHANGE_TABLES.values(), change_row)
