"""``specs log``: one row per export with hash, operation count and the diff from the previous one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.diff import compare
from generator.history import History
from generator.history.timeline import load_export
from tests.history.conftest import EMBEDDED_FILES


def log(specs_root: Path, *args: str) -> str:
    result = CliRunner().invoke(main, ["specs", "log", "--specs-dir", str(specs_root), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_json_log_matches_the_stored_exports_and_their_diffs(specs_root: Path) -> None:
    payload = json.loads(log(specs_root, "--format", "json"))
    exports = History(specs_root).exports()
    records = payload["exports"]
    assert payload["api"] == "botmaker"
    assert [record["file"] for record in records] == EMBEDDED_FILES
    documents = [load_export(export) for export in exports]
    for index, (record, export, document) in enumerate(zip(records, exports, documents, strict=True)):
        assert record["sha256"] == export.sha256 and record["edited"] is False
        assert record["operations"] == len(document.operations)
        if index == 0:
            assert record["semver"] is None and record["summary"] is None and record["version"] == "1.0.0"
            continue
        report = compare(documents[index - 1], document)
        assert record["previous"] == EMBEDDED_FILES[index - 1]
        assert record["semver"] == report.semver
        assert record["summary"] == report.summary
    assert [record["operations"] for record in records] == [30, 32, 32, 33]


def test_text_log_has_a_row_per_export(specs_root: Path) -> None:
    lines = log(specs_root).splitlines()
    assert lines[0].split()[:4] == ["export", "version", "sha256", "ops"]
    assert [line.split()[0] for line in lines[1:]] == [name.removesuffix(".json") for name in EMBEDDED_FILES]
    assert lines[1].endswith("first export")
    exports = History(specs_root).exports()
    for line, export in zip(lines[1:], exports, strict=True):
        assert export.sha256[:12] in line
    assert all(" breaking, " in line for line in lines[2:])


def test_markdown_log_is_a_table(specs_root: Path) -> None:
    lines = log(specs_root, "--format", "markdown").splitlines()
    table = [line for line in lines if line.startswith("|")]
    assert len(table) == 2 + len(EMBEDDED_FILES)
    assert all(line.count("|") == 9 for line in table)
    assert "| first |" in table[2]


def test_an_export_edited_after_storing_is_flagged(specs_root: Path) -> None:
    path = specs_root / "botmaker" / EMBEDDED_FILES[1]
    path.write_bytes(path.read_bytes().replace(b"List agents", b"List all agents"))
    payload = json.loads(log(specs_root, "--format", "json"))
    assert [record["edited"] for record in payload["exports"]] == [False, True, False, False]
    assert "EDITED since stored" in log(specs_root).splitlines()[2]


def test_an_empty_history_says_so(empty_root: Path) -> None:
    assert log(empty_root) == "botmaker: no exports stored\n"


def test_specs_dir_and_api_come_from_pyproject(
    specs_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exports = tmp_path / "exports"
    (specs_root / "botmaker").rename(exports.with_name("moved"))
    (exports / "acme").parent.mkdir(parents=True, exist_ok=True)
    exports.with_name("moved").rename(exports / "acme")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.specgen]\nspecs_dir = "exports"\napi = "acme"\n', encoding="utf-8"
    )
    (tmp_path / "deeper" / "still").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "deeper" / "still")
    result = CliRunner().invoke(main, ["specs", "log", "--format", "json"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["api"] == "acme"
    assert [record["file"] for record in payload["exports"]] == EMBEDDED_FILES
