"""Policy: per-rule level overrides and ignored fingerprints (each with a reason), from config."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.diff.change import Level
from generator.load import LoadError

_FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")


@dataclass(frozen=True)
class Policy:
    levels: Mapping[str, Level] = field(default_factory=dict)
    ignored: Mapping[str, str] = field(default_factory=dict)
    today: date | None = None


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
    return Policy(levels, ignored)


def _levels(table: Any, known_rules: set[str], where: str) -> dict[str, Level]:
    if not isinstance(table, Mapping):
        raise LoadError(where, "diff.levels must be a table of rule id = level")
    levels: dict[str, Level] = {}
    for rule_id, label in table.items():
        if rule_id not in known_rules:
            raise LoadError(where, f"diff.levels names an unknown rule {rule_id!r}")
        try:
            levels[rule_id] = Level.parse(str(label))
        except ValueError:
            raise LoadError(
                where, f"diff.levels.{rule_id}: {label!r} is not breaking, warning or info"
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
