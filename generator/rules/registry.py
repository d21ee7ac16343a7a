"""The registry: every rule by id, and the lists and tables made from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from generator.rules.change_rules import WEBHOOK_TWINS
from generator.rules.rows import CHANGE_RULES, PROBLEM_RULES
from generator.rules.rule import Area, ChangeRule, Rule
from generator.rules.schema_changes import SCHEMA_RULES


def _by_id(rules: Iterable[Rule]) -> Mapping[str, Rule]:
    found: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in found:
            raise RuntimeError(f"rule {rule.id} is registered twice")
        found[rule.id] = rule
    return MappingProxyType(found)


REGISTRY: Mapping[str, Rule] = _by_id(
    (*PROBLEM_RULES.values(), *CHANGE_RULES.values(), *WEBHOOK_TWINS, *SCHEMA_RULES.values())
)
DIFF_RULES: Mapping[str, ChangeRule] = MappingProxyType(
    {rule.id: rule for rule in REGISTRY.values() if isinstance(rule, ChangeRule)}
)
# What load, validate, generate and docs can report (SARIF's rule list, the README table).
PROBLEM_AREAS = (Area.LOAD, Area.VALIDATE, Area.GENERATE, Area.DOCS)


def rules_in(*areas: Area) -> tuple[Rule, ...]:
    return tuple(rule for rule in REGISTRY.values() if rule.area in areas)


def markdown_table(rules: Iterable[Rule]) -> str:
    """The README's table of rules: id, area, default level, what it means."""
    lines = ["| rule | area | default | what it means |", "| --- | --- | --- | --- |"]
    lines += [f"| `{rule.id}` | {rule.area} | {rule.level} | {rule.docs} |" for rule in rules]
    return "\n".join(lines) + "\n"


README_BEGIN, README_END = "<!-- rules: begin -->\n", "<!-- rules: end -->\n"


def with_readme_table(readme: str) -> str:
    """``readme`` with the table between its rule markers made from the registry."""
    head, begin, rest = readme.partition(README_BEGIN)
    _, end, tail = rest.partition(README_END)
    if not begin or not end:
        raise ValueError(f"the README has no {README_BEGIN.strip()} ... {README_END.strip()} block")
    return head + begin + markdown_table(rules_in(*PROBLEM_AREAS)) + end + tail
