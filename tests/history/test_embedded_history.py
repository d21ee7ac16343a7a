"""The example history in specs/ shows each kind of release: a minor, a patch and a major step."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from generator.cli.main import main
from generator.history import History
from generator.history.timeline import walk_exports
from generator.lock import LOCK_NAME
from tests.history.conftest import EMBEDDED, EMBEDDED_FILES


def build(specs_root: Path, out: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["build", "--specs-dir", str(specs_root), "-o", str(out), *args])


def test_versions_over_the_embedded_history() -> None:
    steps = walk_exports(History(EMBEDDED.parent).exports()).steps
    assert [step.export.file for step in steps] == EMBEDDED_FILES
    assert [step.semver for step in steps] == [None, "minor", "patch", "major"]
    assert [step.version for step in steps] == ["1.0.0", "1.1.0", "1.1.1", "2.0.0"]


def test_the_documentation_only_step_changes_only_documentation() -> None:
    report = walk_exports(History(EMBEDDED.parent).exports()).steps[2].report
    assert report is not None and report.changes
    assert report.summary["breaking"] == report.summary["warning"] == 0


def test_the_breaking_step_names_its_breaking_changes() -> None:
    report = walk_exports(History(EMBEDDED.parent).exports()).steps[3].report
    assert report is not None
    breaking = {
        (change.operation, change.rule_id) for change in report.changes if change.level.value == "breaking"
    }
    assert ("GET /messages", "request-parameter-became-required") in breaking
    # lastLoginIp was optional: a client built on the old export already copes with its absence.
    removed = {
        (c.operation, c.level.value) for c in report.changes if c.rule_id == "response-body-property-removed"
    }
    assert ("GET /agents/{agentId}", "warning") in removed


def test_fail_on_sets_the_exit_code_but_still_builds(specs_root: Path, tmp_path: Path) -> None:
    steps = walk_exports(History(specs_root).exports()).steps
    newest, documentation_only = steps[-1].report, steps[-2].report
    assert newest is not None and newest.summary["breaking"] > 0
    assert documentation_only is not None and documentation_only.summary["breaking"] == 0
    assert documentation_only.summary["warning"] == 0
    out = tmp_path / "breaking"
    result = build(specs_root, out, "--fail-on", "breaking")
    assert result.exit_code == 1 and (out / LOCK_NAME).is_file()
    (specs_root / "botmaker" / EMBEDDED_FILES[-1]).unlink()
    out = tmp_path / "warning"
    result = build(specs_root, out, "--fail-on", "warning")
    assert result.exit_code == 0, result.output
    assert (out / LOCK_NAME).is_file()


def test_every_embedded_export_is_strictly_valid_and_has_what_the_examples_need() -> None:
    from openapi_spec_validator import validate as strict_validate

    from generator.history.timeline import load_export
    from generator.model.traits import pagination, rate_limit
    from generator.validate import validate

    for export in History(EMBEDDED.parent).exports():
        document = load_export(export)
        strict_validate(document.data)
        assert validate(document) == [], export.file
        operations = document.operations
        assert len(operations) >= 25 and len({tag for op in operations for tag in op.tags}) >= 6
        assert all(rate_limit(op) is not None for op in operations), export.file
        assert sum(pagination(op) is not None for op in operations) >= 8
        assert document.servers[0].url == "https://api.botmaker.com/v2.0"
        assert document.schemas["MessageContent"].one_of
        assert document.security_schemes["access-token"].location == "header"
