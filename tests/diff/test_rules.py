"""Every rule has a fixture pair and a message, and fires on its pair at its default level."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from generator.diff import Level, compare
from generator.diff import schemas as schema_checks
from generator.diff.rules import registry
from generator.load import load
from generator.model import build
from generator.rules.schema_changes import SCHEMA_KINDS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "diff"
RULES = registry().rules


def _pair(rule_id: str) -> tuple[Path, Path]:
    return FIXTURES / rule_id / "base.yaml", FIXTURES / rule_id / "revision.yaml"


def test_there_are_more_than_120_rules() -> None:
    assert len(RULES) >= 120


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_has_fixture_pair_and_message(rule_id: str) -> None:
    base, revision = _pair(rule_id)
    assert base.is_file() and revision.is_file(), f"{rule_id} has no fixture pair in {FIXTURES / rule_id}"
    message = RULES[rule_id].message
    assert message.strip(), f"{rule_id} has no message"
    fields = {name for _, name, _, _ in string.Formatter().parse(message) if name}
    assert fields <= {
        "where",
        "old",
        "new",
        "value",
        "name",
        "location",
        "path",
        "method",
        "sunset",
        "status",
        "media_type",
        "branch",
        "schemes",
        "url",
        "tag",
        "field",
        "detail",
        "change",
    }


def test_every_fixture_folder_belongs_to_a_rule() -> None:
    folders = {path.name for path in FIXTURES.iterdir() if path.is_dir()}
    assert folders - set(RULES) == set()


def test_schema_rules_exist_for_requests_and_responses_alike() -> None:
    for kind in SCHEMA_KINDS:
        for place in ("request-parameter", "request-body", "response-body", "response-header"):
            assert f"{place}-{kind.name}" in RULES


def test_request_rules_tighten_and_response_rules_loosen() -> None:
    """Direction: a change that breaks senders must not break readers the same way, and the reverse."""
    mirrored = [kind for kind in SCHEMA_KINDS if kind.request is not kind.response]
    assert len(mirrored) > 30
    assert RULES["request-body-enum-value-removed"].level is Level.BREAKING
    assert RULES["response-body-enum-value-removed"].level is Level.INFO
    assert RULES["response-body-enum-value-added"].level is Level.WARNING
    assert RULES["response-body-property-removed-required"].level is Level.BREAKING
    assert RULES["response-body-property-removed"].level is Level.WARNING
    assert RULES["response-body-became-one-of"].level is Level.BREAKING
    assert RULES["request-body-max-length-added"].level is Level.WARNING
    assert RULES["request-body-property-added-required"].level is Level.BREAKING


def test_verdicts_that_differ_from_other_checkers_say_why() -> None:
    noted = {rule_id for rule_id, rule in RULES.items() if rule.note}
    assert {
        "response-body-property-removed",
        "response-body-became-one-of",
        "response-header-type-widened",
        "request-parameter-max-length-added",
        "response-body-maximum-increased",
    } <= noted
    assert all(len(RULES[rule_id].note) > 40 for rule_id in noted)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_rule_fires_on_its_fixture_at_its_level(rule_id: str) -> None:
    base, revision = _pair(rule_id)
    report = compare(build(load(str(base))), build(load(str(revision))))
    fired = [change for change in report.changes if change.rule_id == rule_id]
    assert fired, f"{rule_id} did not fire; got {[c.rule_id for c in report.changes]}"
    assert {change.level for change in fired} == {RULES[rule_id].level}
    placeholders = {
        f"{{{name}}}" for _, name, _, _ in string.Formatter().parse(RULES[rule_id].message) if name
    }
    assert all(change.message and not any(p in change.message for p in placeholders) for change in fired)


@pytest.mark.parametrize("rule_id", sorted(RULES))
def test_fixture_base_compared_with_itself_has_no_changes(rule_id: str) -> None:
    base, _ = _pair(rule_id)
    document = build(load(str(base)))
    assert compare(document, document).changes == ()


def _kind_literals(module: Path) -> tuple[set[str], list[str]]:
    """The kind names a schema-check module writes (hyphenated lower-case literals), and each call of
    ``emit`` whose kind is not a plain name (assembled with an f-string or ``+``)."""
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and re.fullmatch(r"(?!x-)[a-z]+(?:-[a-z]+)+", node.value)  # not an x- keyword
    }
    assembled = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "emit"
        and node.args
        and not isinstance(node.args[0], (ast.Name, ast.Constant, ast.IfExp))
    ]
    return names, assembled


def test_schema_checks_name_registered_kinds_and_never_assemble_them() -> None:
    folder = Path(schema_checks.__file__).parent
    registered = {kind.name for kind in SCHEMA_KINDS}
    written: set[str] = set()
    for module in sorted(folder.glob("*.py")):
        names, assembled = _kind_literals(module)
        assert assembled == [], module.name
        written |= names & registered
        if module.name in ("compare_node.py", "keyword_checks.py"):
            assert names - registered == set(), module.name  # a misspelt kind fails here, not at run time
    assert registered - written == set()  # every registered kind is one a check can report
