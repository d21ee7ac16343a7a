"""The one registry: every rule any command can emit is in it, and SARIF, the README and --report agree."""

from __future__ import annotations

import json
import string
import sys
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from generator.cli import main as specgen
from generator.diff import rules as diff_rules
from generator.diff.rules import DOCUMENT_CHECKS, OPERATION_CHECKS
from generator.report.sarif import as_sarif
from generator.rules import change_rules, problem_rules, rows
from generator.rules.registry import DIFF_RULES, PROBLEM_AREAS, REGISTRY, rules_in, with_readme_table
from generator.rules.rows import read_data
from generator.rules.rule import (
    CHANGE_LEVELS,
    PROBLEM_LEVELS,
    Area,
    ChangeRule,
    Level,
    Rule,
    rules_of,
)
from generator.validate.rules import CHECKS, VALIDATE_RULES

README = Path(__file__).resolve().parents[2] / "README.md"
PROBLEM_RULE_IDS = [rule.id for rule in rules_in(*PROBLEM_AREAS)]

# A document that makes loading, validate, generate and docs each report something.
SPEC = """{
  "openapi": "3.0.3",
  "info": {"title": "Rules", "title": "Rules", "version": "1"},
  "servers": [{"url": "https://api.example.com"}],
  "paths": {
    "/things": {
      "get": {
        "operationId": "listThings",
        "description": "See [missing](#/operations/nowhere) and [script](javascript:alert(1)).",
        "responses": {
          "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Thing": {
        "type": "object",
        "properties": {"BUSINESS_ID": {"type": "string"}, "businessID": {"type": "string"}}
      }
    }
  }
}
"""


def test_every_rule_has_a_stable_id_a_template_and_a_docs_line() -> None:
    assert len(REGISTRY) == len(PROBLEM_RULE_IDS) + len(DIFF_RULES)
    for rule_id, rule in REGISTRY.items():
        assert rule_id == rule.id == rule_id.lower() and " " not in rule_id
        assert rule.message and rule.docs, rule_id
        fields = [name for _, name, _, _ in string.Formatter().parse(rule.message) if name]
        assert all(name.isidentifier() for name in fields), rule_id


def test_levels_keep_their_labels_and_share_ranks() -> None:
    assert [level.label for level in PROBLEM_LEVELS] == ["error", "warning", "info"]
    assert [level.label for level in CHANGE_LEVELS] == ["breaking", "warning", "info"]
    assert Level.ERROR >= Level.BREAKING and Level.BREAKING >= Level.ERROR and Level.WARNING < Level.ERROR
    assert sorted([Level.INFO, Level.ERROR, Level.WARNING], reverse=True) == list(PROBLEM_LEVELS)
    assert Level.parse("Warning", PROBLEM_LEVELS) is Level.WARNING
    with pytest.raises(ValueError):
        Level.parse("breaking", PROBLEM_LEVELS)
    with pytest.raises(ValueError):
        Level.parse("error", CHANGE_LEVELS)


def test_problem_and_change_rules_use_their_own_levels_and_areas() -> None:
    for rule in REGISTRY.values():
        if isinstance(rule, ChangeRule):
            assert rule.area is Area.DIFF and rule.level in CHANGE_LEVELS, rule.id
        else:
            assert rule.area in PROBLEM_AREAS and rule.level in PROBLEM_LEVELS, rule.id


def _constants(namespace: dict[str, object]) -> set[int]:
    return {id(value) for value in namespace.values() if isinstance(value, Rule)}


def test_what_the_checks_emit_is_registered() -> None:
    registered = {id(rule) for rule in REGISTRY.values()}
    assert {id(rule) for rule, _ in CHECKS} <= registered
    assert {id(rule) for rule in VALIDATE_RULES} <= registered
    assert _constants(vars(problem_rules)) <= registered and _constants(vars(change_rules)) <= registered
    # Each diff check module takes the rows it emits from the registry, never makes its own.
    for module in _diff_check_modules():
        assert _constants(vars(module)) <= registered, module.__name__


def test_every_data_row_has_one_constant_and_every_constant_one_row() -> None:
    # The constants name the rows in the order of the data files: one each, none left over.
    assert rules_of(vars(problem_rules)) == tuple(rows.PROBLEM_RULES.values())
    assert list(rows.PROBLEM_RULES) == list(read_data("problems.json"))
    assert rules_of(vars(change_rules)) == tuple(rows.CHANGE_RULES.values())
    tables = read_data("changes.json")
    twins = tables.pop("webhook-twins")
    assert list(rows.CHANGE_RULES) == [rule_id for table in tables.values() for rule_id in table]
    assert [twin.id for twin in change_rules.WEBHOOK_TWINS] == [f"webhook-{rule_id}" for rule_id in twins]
    # Each table of changes.json is named after the check module whose rows it holds.
    assert set(tables) == {module.__name__.rsplit(".", 1)[1] for module in _diff_check_modules()}


def _diff_check_modules() -> list[ModuleType]:
    """The public modules of generator/diff/rules/, each imported by the package that lists them."""
    folder = Path(diff_rules.__file__).parent
    names = sorted(path.stem for path in folder.glob("*.py") if not path.stem.startswith("_"))
    return [sys.modules[f"{diff_rules.__name__}.{name}"] for name in names]


def test_every_diff_check_is_listed_in_name_order() -> None:
    modules = _diff_check_modules()
    for listed, attribute in ((DOCUMENT_CHECKS, "check_document"), (OPERATION_CHECKS, "check_operation")):
        defined = [getattr(module, attribute) for module in modules if hasattr(module, attribute)]
        assert list(listed) == defined, attribute
    assert {check.__module__ for check in DOCUMENT_CHECKS + OPERATION_CHECKS} == {m.__name__ for m in modules}


def test_sarif_lists_every_problem_rule_in_registry_order() -> None:
    driver = json.loads(as_sarif("spec.json", []))["runs"][0]["tool"]["driver"]
    assert [rule["id"] for rule in driver["rules"]] == PROBLEM_RULE_IDS
    levels = {"error": "error", "warning": "warning", "info": "note"}
    assert [rule["defaultConfiguration"]["level"] for rule in driver["rules"]] == [
        levels[REGISTRY[rule_id].level.label] for rule_id in PROBLEM_RULE_IDS
    ]


def test_the_readme_table_is_the_registry() -> None:
    readme = README.read_text(encoding="utf-8")
    assert with_readme_table(readme) == readme, "run: python -m generator.rules --readme README.md"
    rows = [line.split("|")[1].strip().strip("`") for line in readme.splitlines() if line.startswith("| `")]
    assert [row for row in rows if row in REGISTRY] == PROBLEM_RULE_IDS


def test_generate_report_problems_are_registered_rules(tmp_path: Path) -> None:
    spec, report = tmp_path / "spec.json", tmp_path / "report.json"
    spec.write_text(SPEC, encoding="utf-8")
    arguments = ["generate", "all", str(spec), "-o", str(tmp_path / "out"), "--report", str(report)]
    result = CliRunner().invoke(specgen, arguments, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    problems = json.loads(report.read_text(encoding="utf-8"))["problems"]
    reported = {problem["rule"] for problem in problems}
    assert {"key-duplicate", "generate-naming", "docs-link-unresolved", "docs-link-unsafe"} <= reported
    assert reported <= set(PROBLEM_RULE_IDS)
    for problem in problems:
        assert problem["severity"] == REGISTRY[problem["rule"]].level.label, problem


def test_the_readme_counts_the_diff_rules() -> None:
    counts = {level: sum(rule.level is level for rule in DIFF_RULES.values()) for level in CHANGE_LEVELS}
    sentence = (
        f"{len(DIFF_RULES)} rules ({counts[Level.BREAKING]} breaking, {counts[Level.WARNING]} warning, "
        f"{counts[Level.INFO]} info"
    )
    assert sentence in " ".join(README.read_text(encoding="utf-8").split())
