"""Policy: per-rule level overrides and ignored fingerprints (each with a reason), from config."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.load import LoadError
from generator.rules.rule import CHANGE_LEVELS, Level, Rule, spelled_out
from generator.rules.schema_changes import LOOSENED_BOUNDS, RECEIVED_PLACES, SCHEMA_RULES

_FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")
STRICT_RESPONSE_RULES = frozenset(
    SCHEMA_RULES[place, name].id for place in RECEIVED_PLACES for name in LOOSENED_BOUNDS
)


# How changes reached only through error responses (default, 4xx, 5xx) are reported: once per cause
# (one change instead of one per operation), one level lower, or like any other change.
ERROR_RESPONSE_MODES = ("once", "lower", "each")
_LOWER = {Level.BREAKING: Level.WARNING, Level.WARNING: Level.INFO, Level.INFO: Level.INFO}


@dataclass(frozen=True)
class Policy:
    levels: Mapping[str, Level] = field(default_factory=dict)
    ignored: Mapping[str, str] = field(default_factory=dict)
    today: date | None = None
    error_responses: str = "once"
    strict_responses: bool = False  # loosened response bounds break clients that validate responses

    def level(self, rule: Rule, error_only: bool) -> Level:
        level = self.levels.get(rule.id)
        if level is None:
            strict = self.strict_responses and rule.id in STRICT_RESPONSE_RULES
            level = Level.BREAKING if strict else rule.level
        if error_only and self.error_responses == "lower":
            return _LOWER[level]
        return level


def policy_from_config(config: Config, known_rules: set[str]) -> Policy:
    """``[tool.specgen.diff]``: ``levels = {rule-id = "warning"}`` and ``ignore-file = "path"``."""
    section = config.section("diff")
    where = str(config.path) if config.path else "configuration"
    levels = _levels(section.get("levels", {}), known_rules, where)
    ignored: dict[str, str] = {}
    ignore_file = section.get("ignore-file")
    if ignore_file is not None:
        if not isinstance(ignore_file, str):
            raise LoadError(where, "diff.ignore-file must be a path")
        folder = config.path.parent if config.path else Path.cwd()
        ignored = read_ignore_file(folder / ignore_file)
    errors = section.get("error-responses", "once")
    if errors not in ERROR_RESPONSE_MODES:
        raise LoadError(where, f"diff.error-responses must be one of {', '.join(ERROR_RESPONSE_MODES)}")
    strict = section.get("strict-responses", False)
    if not isinstance(strict, bool):
        raise LoadError(where, "diff.strict-responses must be true or false")
    return Policy(levels, ignored, error_responses=errors, strict_responses=strict)


def _levels(table: Any, known_rules: set[str], where: str) -> dict[str, Level]:
    if not isinstance(table, Mapping):
        raise LoadError(where, "diff.levels must be a table of rule id = level")
    levels: dict[str, Level] = {}
    for rule_id, label in table.items():
        if rule_id not in known_rules:
            raise LoadError(where, f"diff.levels names an unknown rule {rule_id!r}")
        try:
            levels[rule_id] = Level.parse(str(label), CHANGE_LEVELS)
        except ValueError:
            raise LoadError(
                where, f"diff.levels.{rule_id}: {label!r} is not {spelled_out(CHANGE_LEVELS)}"
            ) from None
    return levels


def read_ignore_file(path: Path) -> dict[str, str]:
    """Lines ``FINGERPRINT reason...``; blank lines and ``#`` comments are skipped."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoadError(str(path), "no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LoadError(str(path), f"cannot read: {error}") from None
    ignored: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        fingerprint, _, reason = stripped.partition(" ")
        if not _FINGERPRINT.match(fingerprint):
            raise LoadError(str(path), f"{fingerprint!r} is not a change fingerprint", number, 1)
        if not reason.strip():
            raise LoadError(str(path), f"fingerprint {fingerprint} needs a reason after it", number, 1)
        ignored[fingerprint] = reason.strip()
    return ignored
