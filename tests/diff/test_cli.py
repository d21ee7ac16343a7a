"""``specgen diff`` from the command line: formats, exit codes, policy, git revisions."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml
from click.testing import CliRunner

from generator.cli.main import main
from generator.diff.rules import registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "diff"
PROJECT = Path(__file__).resolve().parents[2]
BREAKING_PAIR = FIXTURES / "request-parameter-added-required"
INFO_PAIR = FIXTURES / "operation-summary-changed"


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["diff", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.stdout, result.stderr


def _pair(folder: Path) -> list[str]:
    return [str(folder / "base.yaml"), str(folder / "revision.yaml")]


def test_json_has_exactly_the_documented_shape() -> None:
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert list(payload) == [
        "base",
        "revision",
        "changes",
        "causes",
        "summary",
        "causes_summary",
        "operations_affected",
        "semver",
    ]
    assert payload["base"].endswith("base.yaml") and payload["revision"].endswith("revision.yaml")
    change = payload["changes"][0]
    assert change == {
        "id": "request-parameter-added-required",
        "level": "breaking",
        "operation": "GET /items",
        "pointer": "/paths/~1items/get/parameters/1",
        "message": "required query parameter 'q' added",
        "fingerprint": change["fingerprint"],
        "cause": change["cause"],
    }
    assert payload["causes"] == [
        {
            "id": "request-parameter-added-required",
            "level": "breaking",
            "pointer": "/paths/~1items/get/parameters/1",
            "message": "required query parameter 'q' added",
            "fingerprint": change["cause"],
            "operations": [{"operation": "GET /items", "where": ""}],
        }
    ]
    assert payload["summary"] == payload["causes_summary"] == {"breaking": 1, "warning": 0, "info": 0}
    assert payload["operations_affected"] == 1
    assert payload["semver"] == "major"


@pytest.mark.parametrize(
    ("pair", "fail_on", "code"),
    [
        (BREAKING_PAIR, None, 1),
        (BREAKING_PAIR, "never", 0),
        (INFO_PAIR, None, 0),
        (INFO_PAIR, "warning", 0),
        (INFO_PAIR, "info", 1),
    ],
)
def test_exit_code_follows_fail_on(pair: Path, fail_on: str | None, code: int) -> None:
    flags = [] if fail_on is None else ["--fail-on", fail_on]
    assert _run(*_pair(pair), *flags)[0] == code


def test_same_document_twice_is_no_change_and_exit_0() -> None:
    base = str(BREAKING_PAIR / "base.yaml")
    code, out, _ = _run(base, base, "--fail-on", "info")
    assert code == 0
    assert "0 changes" in out


@pytest.mark.parametrize("content", ["{not json", "openapi: [unclosed", "just: text\n"])
def test_unreadable_input_is_one_line_and_exit_2(tmp_path: Path, content: str) -> None:
    bad = tmp_path / ("bad.json" if content.startswith("{") else "bad.yaml")
    bad.write_text(content, encoding="utf-8")
    for args in ([str(bad), str(BREAKING_PAIR / "base.yaml")], [str(BREAKING_PAIR / "base.yaml"), str(bad)]):
        code, out, err = _run(*args)
        assert code == 2
        assert out == ""
        assert len(err.strip().splitlines()) == 1 and err.startswith(f"specgen: error: {bad}")
        assert "Traceback" not in err


def test_missing_file_is_exit_2() -> None:
    code, _, err = _run("no/such/file.yaml", str(BREAKING_PAIR / "base.yaml"))
    assert code == 2 and "no/such/file.yaml: no such file" in err


def test_text_has_the_summary_first_then_causes_and_is_plain_off_a_terminal() -> None:
    code, out, _ = _run(*_pair(BREAKING_PAIR))
    assert code == 1
    assert "\x1b[" not in out
    lines = out.splitlines()
    assert lines[1] == "1 change: 1 breaking, 0 warnings, 0 infos (semver: major); 1 operation affected"
    assert lines[3] == "  breaking  required query parameter 'q' added  [request-parameter-added-required]"
    assert lines[4].strip() == "in GET /items"


def test_text_is_coloured_on_a_terminal() -> None:
    primary, replica = pty.openpty()
    process = subprocess.run(
        [sys.executable, "-m", "generator", "diff", *_pair(BREAKING_PAIR)],
        stdout=replica,
        stderr=subprocess.PIPE,
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        check=False,
    )
    os.close(replica)
    output = os.read(primary, 65536).decode()
    os.close(primary)
    assert process.returncode == 1
    assert "\x1b[31m" in output  # breaking in red


def test_markdown_escapes_spec_text(tmp_path: Path) -> None:
    base = yaml.safe_load((BREAKING_PAIR / "base.yaml").read_text())
    revision = yaml.safe_load((BREAKING_PAIR / "base.yaml").read_text())
    hostile = {
        "name": "<img src=x onerror=alert(1)>|`x`",
        "in": "query",
        "required": True,
        "schema": {"type": "string"},
    }
    revision["paths"]["/items"]["get"]["parameters"].append(hostile)
    (tmp_path / "base.yaml").write_text(yaml.safe_dump(base))
    (tmp_path / "revision.yaml").write_text(yaml.safe_dump(revision))
    code, out, _ = _run(str(tmp_path / "base.yaml"), str(tmp_path / "revision.yaml"), "--format", "markdown")
    assert code == 1
    assert "<img" not in out and "&lt;img src=x onerror=alert\\(1\\)\\>\\|\\`x\\`" in out
    assert "### Breaking changes (1)" in out
    assert "(semver: major)" in out.splitlines()[2]


def test_github_annotations_name_file_line_and_rule() -> None:
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--format", "github")
    assert code == 1
    summary, first = out.splitlines()
    assert summary.startswith("1 change: 1 breaking")
    assert first.startswith("::error file=")
    assert ",line=" in first and ",title=request-parameter-added-required::" in first
    assert first.endswith("::required query parameter 'q' added (in GET /items)")


def test_junit_has_one_test_case_per_rule_and_fails_the_breaking_one() -> None:
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--format", "junit")
    assert code == 1
    suite = ET.fromstring(out.split("\n", 1)[1])
    cases = suite.findall("testcase")
    assert len(cases) == len(registry().rules)
    failed = [case.get("name") for case in cases if case.find("failure") is not None]
    assert failed == ["request-parameter-added-required"]
    assert suite.get("failures") == "1"


def _write_config(folder: Path, body: str) -> Path:
    config = folder / "specgen.toml"
    config.write_text(body, encoding="utf-8")
    return config


def test_config_overrides_a_rule_level(tmp_path: Path) -> None:
    config = _write_config(tmp_path, '[diff.levels]\n"request-parameter-added-required" = "warning"\n')
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--config", str(config), "--format", "json")
    payload = json.loads(out)
    assert code == 0
    assert payload["changes"][0]["level"] == "warning"
    assert payload["semver"] == "minor"


def test_ignore_file_drops_fingerprints_with_reasons(tmp_path: Path) -> None:
    _, out, _ = _run(*_pair(BREAKING_PAIR), "--format", "json")
    fingerprint = json.loads(out)["changes"][0]["fingerprint"]
    (tmp_path / "diff-ignore.txt").write_text(f"# accepted\n{fingerprint} agreed with the only client\n")
    config = _write_config(tmp_path, '[diff]\nignore-file = "diff-ignore.txt"\n')
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--config", str(config), "--format", "json")
    assert code == 0
    assert json.loads(out)["changes"] == []


def test_pyproject_policy_is_found_from_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.specgen.diff.levels]\n"request-parameter-added-required" = "info"\n', encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    code, out, _ = _run(*_pair(BREAKING_PAIR), "--format", "json")
    assert code == 0 and json.loads(out)["summary"] == {"breaking": 0, "warning": 0, "info": 1}


@pytest.mark.parametrize(
    ("body", "ignore", "message"),
    [
        ('[diff.levels]\n"no-such-rule" = "info"\n', None, "unknown rule 'no-such-rule'"),
        ('[diff.levels]\n"path-removed" = "fatal"\n', None, "is not breaking, warning or info"),
        ('[diff]\nignore-file = "ignore.txt"\n', "0123456789abcdef\n", "needs a reason"),
        ('[diff]\nignore-file = "ignore.txt"\n', "nothex reason\n", "is not a change fingerprint"),
        ("[diff\n", None, "malformed TOML"),
    ],
)
def test_bad_policy_is_exit_2(tmp_path: Path, body: str, ignore: str | None, message: str) -> None:
    config = _write_config(tmp_path, body)
    if ignore is not None:
        (tmp_path / "ignore.txt").write_text(ignore)
    code, _, err = _run(*_pair(BREAKING_PAIR), "--config", str(config))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_git_revisions_are_read_with_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    _git(repo, "init", "-q")
    spec = repo / "api" / "spec.yaml"
    spec.write_text((BREAKING_PAIR / "base.yaml").read_text())
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "first")
    spec.write_text((BREAKING_PAIR / "revision.yaml").read_text())
    _git(repo, "commit", "-q", "-am", "second")
    monkeypatch.chdir(repo / "api")
    code, out, _ = _run("git:HEAD~1:api/spec.yaml", "git:HEAD:./spec.yaml", "--format", "json")
    payload = json.loads(out)
    assert code == 1
    assert payload["base"] == "git:HEAD~1:api/spec.yaml"
    assert [c["id"] for c in payload["changes"]] == ["request-parameter-added-required"]
    code, out, _ = _run("git:HEAD:api/spec.yaml", "spec.yaml")
    assert code == 0 and "0 changes" in out


@pytest.mark.parametrize("location", ["git:HEAD~5:api/spec.yaml", "git:HEAD:api/missing.yaml", "git:HEAD"])
def test_bad_git_location_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, location: str
) -> None:
    _git(tmp_path, "init", "-q")
    (tmp_path / "api").mkdir()
    (tmp_path / "api" / "spec.yaml").write_text((BREAKING_PAIR / "base.yaml").read_text())
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-q", "-m", "only")
    monkeypatch.chdir(tmp_path)
    code, _, err = _run(location, "api/spec.yaml")
    assert code == 2
    assert err.startswith(f"specgen: error: {location}: ") and len(err.strip().splitlines()) == 1


def test_github_annotation_for_a_git_revision_names_the_path() -> None:
    from generator.report.diff_github import annotated_file

    assert annotated_file("git:HEAD~1:api/openapi.json") == "api/openapi.json"
    assert annotated_file("git:main:./openapi.yaml") == "openapi.yaml"
    assert annotated_file("specs/a.json") == "specs/a.json"


def test_level_flag_filters_text_to_that_level_and_above() -> None:
    pair = _pair(FIXTURES / "response-body-property-became-optional")
    assert "[response-body-property-became-optional]" in _run(*pair, "--level", "breaking")[1]
    code, out, _ = _run(*_pair(INFO_PAIR), "--level", "warning")
    assert code == 0 and "[operation-summary-changed]" not in out and "1 change: 0 breaking" in out
    assert _run(*_pair(INFO_PAIR), "--level", "nonsense")[0] == 2
