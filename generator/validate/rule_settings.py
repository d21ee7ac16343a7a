"""Rule settings from ``[tool.specgen.validate]`` and flags (flags win), checked against the registry."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from generator.rules.rule import PROBLEM_LEVELS, Level, spelled_out
from generator.validate import RuleSettings
from generator.validate.rules import RULE_IDS


class RuleSettingsError(ValueError):
    """A rule id or severity that does not exist, or a setting of the wrong shape."""


def _rule_ids(values: Any, origin: str) -> set[str]:
    if isinstance(values, str):
        values = [values]
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise RuleSettingsError(f"{origin} must be a list of rule ids")
    unknown = sorted(set(values) - RULE_IDS)
    if unknown:
        raise RuleSettingsError(f"{origin}: unknown rule id(s) {', '.join(unknown)}")
    return set(values)


def _severity(label: Any, origin: str) -> Level:
    try:
        return Level.parse(label if isinstance(label, str) else "", PROBLEM_LEVELS)
    except ValueError:
        raise RuleSettingsError(
            f"{origin}: severity must be {spelled_out(PROBLEM_LEVELS)} (not {label!r})"
        ) from None


def rule_settings(
    config: Mapping[str, Any],
    disable: Iterable[str] = (),
    enable: Iterable[str] = (),
    severities: Iterable[str] = (),
) -> RuleSettings:
    """Merge the config table with ``--disable``, ``--enable`` and ``--severity RULE=LEVEL`` flags."""
    disabled = _rule_ids(config.get("disable", []), "[tool.specgen.validate] disable")
    overrides: dict[str, Level] = {}
    table = config.get("severity", {})
    if not isinstance(table, Mapping):
        raise RuleSettingsError("[tool.specgen.validate] severity must be a table of rule id = level")
    for rule, label in table.items():
        _rule_ids([rule], "[tool.specgen.validate] severity")
        overrides[rule] = _severity(label, f"[tool.specgen.validate] severity.{rule}")
    disabled |= _rule_ids(list(disable), "--disable")
    disabled -= _rule_ids(list(enable), "--enable")
    for item in severities:
        rule, separator, label = item.partition("=")
        if not separator:
            raise RuleSettingsError(f"--severity expects RULE=LEVEL (not {item!r})")
        _rule_ids([rule], "--severity")
        overrides[rule] = _severity(label, f"--severity {rule}")
    return RuleSettings(frozenset(disabled), overrides)


def setting_choice(section: Mapping[str, object], key: str, allowed: tuple[str, ...], default: str) -> str:
    """``[tool.specgen.validate] key`` (``fail-on`` or ``fail_on``), which must be one of ``allowed``."""
    value = section.get(key, section.get(key.replace("-", "_"), default))
    if value not in allowed:
        raise RuleSettingsError(f"[tool.specgen.validate] {key} must be one of {', '.join(allowed)}")
    return str(value)
