"""The registry's rows, read from this package's data files: ``problems.toml`` and ``changes.toml``.

``problem_rules`` and ``change_rules`` give each row the constant its check imports;
``schema_kinds.toml`` is read by ``schema_changes``.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from generator.rules.rule import Area, ChangeRule, Kind, Level, Rule, change_rule


def problem_row(rule_id: str, row: Mapping[str, str]) -> Rule:
    """A problem rule from its row in ``problems.toml``."""
    return Rule(rule_id, Level(row["level"]), Area(row["area"]), row["message"], row["docs"])


def change_row(rule_id: str, row: Mapping[str, str]) -> ChangeRule:
    """A diff rule from its row in ``changes.toml``."""
    return change_rule(rule_id, Level(row["level"]), Kind(row["kind"]), row["message"], row.get("note", ""))


DATA_FOLDER = Path(__file__).resolve().parent


def read_data(name: str) -> dict[str, Any]:
    """The tables of ``name``, a TOML file of this package (``problems.toml``, ``changes.toml`` ...)."""
    with (DATA_FOLDER / name).open("rb") as file:
        return tomllib.load(file)


AnyRule = TypeVar("AnyRule", bound=Rule)


def rules_by_id(
    tables: Iterable[Mapping[str, Mapping[str, str]]], make: Callable[[str, Mapping[str, str]], AnyRule]
) -> Mapping[str, AnyRule]:
    """The rules the rows of ``tables`` make, by id, in the order the data file has them."""
    return {rule_id: make(rule_id, row) for table in tables for rule_id, row in table.items()}


PROBLEM_RULES = rules_by_id([read_data("problems.toml")], problem_row)
_CHANGE_TABLES = read_data("changes.toml")
# A webhook is compared as an operation with the direction turned round (see changes.toml): a rule
# whose verdict turns with the direction has a webhook twin, with its own level and note.
WEBHOOK_TWIN_ROWS: Mapping[str, Mapping[str, str]] = _CHANGE_TABLES.pop("webhook-twins")
CHANGE_RULES = rules_by_id(_CHANGE_TABLES.values(), change_row)
