"""``specgen validate`` through Click's CliRunner: every exit code, every format, config and flags."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.rules.registry import PROBLEM_AREAS, rules_in

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "validate"
CLEAN = str(FIXTURES / "clean.yaml")
BROKEN = str(FIXTURES / "broken.yaml")
WARNINGS_ONLY = str(FIXTURES / "warnings-only.yaml")


@pytest.fixture()
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)  # no pyproject.toml above: defaults apply unless a test writes one

    def invoke(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
        return CliRunner().invoke(main, ["validate", *args], input=stdin)

    return invoke


def test_clean_spec_exits_0(run) -> None:  # type: ignore[no-untyped-def]
    result = run(CLEAN)
    assert result.exit_code == 0, result.output
    assert result.output.strip().endswith("0 errors, 0 warnings, 0 infos")


def test_structural_error_exits_1_with_file_line_column(run) -> None:  # type: ignore[no-untyped-def]
    result = run(BROKEN)
    assert result.exit_code == 1
    assert f"{BROKEN}:13:9: error [structure]" in result.output
    assert "'description' is a required property" in result.output
    assert "(/paths/~1agents/get/responses/200)" in result.output


def test_fail_on_warning(run) -> None:  # type: ignore[no-untyped-def]
    assert run(WARNINGS_ONLY).exit_code == 0
    result = run(WARNINGS_ONLY, "--fail-on", "warning")
    assert result.exit_code == 1
    assert "[tag-undeclared]" in result.output


@pytest.mark.parametrize("location", ["missing.yaml", str(FIXTURES)], ids=["missing", "directory"])
def test_unreadable_input_exits_2(run, location: str) -> None:  # type: ignore[no-untyped-def]
    result = run(location)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert location in result.output


def test_malformed_input_exits_2_with_position(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"openapi": "3.0.0",\n  "info": }\n')
    result = run(str(bad))
    assert result.exit_code == 2
    assert f"{bad}:2:" in result.output


def test_stdin(run) -> None:  # type: ignore[no-untyped-def]
    result = run("-", stdin=Path(BROKEN).read_text())
    assert result.exit_code == 1
    assert "<stdin>:13:9: error [structure]" in result.output


def test_json_format_has_the_documented_shape(run) -> None:  # type: ignore[no-untyped-def]
    result = run(BROKEN, "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.output)
    assert list(payload) == ["spec", "problems", "summary"]
    assert payload["spec"] == BROKEN
    assert payload["summary"] == {"error": 1, "warning": 2, "info": 1}
    assert all(
        list(problem) == ["rule", "severity", "pointer", "line", "column", "message"]
        for problem in payload["problems"]
    )
    rules = {problem["rule"]: problem for problem in payload["problems"]}
    assert (
        rules["array-without-items"]["pointer"]
        == "/paths/~1agents/get/responses/200/content/application~1json/schema"
    )
    assert rules["component-unused"] == {
        "rule": "component-unused",
        "severity": "info",
        "pointer": "/components/schemas/Unused",
        "line": 20,
        "column": 5,
        "message": "schema 'Unused' is never referenced",
    }


def test_github_format(run) -> None:  # type: ignore[no-untyped-def]
    result = run(BROKEN, "--format", "github")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) == 4
    assert all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    structural = next(line for line in lines if "title=structure" in line)
    assert structural.startswith(f"::error file={BROKEN},line=13,col=9,title=structure::")
    assert structural.endswith("(/paths/~1agents/get/responses/200)")
    assert any(line.startswith("::notice ") and "title=component-unused" in line for line in lines)


def test_sarif_format_shape(run) -> None:  # type: ignore[no-untyped-def]
    result = run(BROKEN, "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.output)
    assert log["version"] == "2.1.0" and log["$schema"].endswith("sarif-2.1.0.json")
    (run_,) = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "specgen"
    rule_ids = [rule["id"] for rule in driver["rules"]]
    assert rule_ids == [rule.id for rule in rules_in(*PROBLEM_AREAS)]
    assert all(
        rule["defaultConfiguration"]["level"] in ("error", "warning", "note") for rule in driver["rules"]
    )
    assert len(run_["results"]) == 4
    for sarif_result in run_["results"]:
        assert rule_ids[sarif_result["ruleIndex"]] == sarif_result["ruleId"]
        assert sarif_result["level"] in ("error", "warning", "note")
        assert sarif_result["message"]["text"]
        (location,) = sarif_result["locations"]
        region = location["physicalLocation"]["region"]
        assert region["startLine"] >= 1 and region["startColumn"] >= 1
        assert location["physicalLocation"]["artifactLocation"]["uri"].endswith("broken.yaml")
    structural = next(r for r in run_["results"] if r["ruleId"] == "structure")
    assert structural["locations"][0]["physicalLocation"]["region"] == {"startLine": 13, "startColumn": 9}
    assert (
        structural["locations"][0]["logicalLocations"][0]["fullyQualifiedName"]
        == "/paths/~1agents/get/responses/200"
    )


def test_flags_disable_and_change_severity(run) -> None:  # type: ignore[no-untyped-def]
    result = run(WARNINGS_ONLY, "--fail-on", "warning", "--disable", "tag-undeclared", "--format", "json")
    assert result.exit_code == 0
    assert json.loads(result.output)["problems"] == []
    result = run(WARNINGS_ONLY, "--severity", "tag-undeclared=error", "--format", "json")
    assert result.exit_code == 1
    assert json.loads(result.output)["summary"]["error"] == 1


def test_config_table_and_flags_override_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.specgen.validate]\nformat = "json"\nfail-on = "warning"\n'
        'disable = ["component-unused"]\nseverity = { "array-without-items" = "info" }\n'
    )
    result = run(BROKEN)
    payload = json.loads(result.output)
    assert result.exit_code == 1
    assert {p["rule"]: p["severity"] for p in payload["problems"]} == {
        "structure": "error",
        "array-without-items": "info",
        "tag-undeclared": "warning",
    }
    result = run(WARNINGS_ONLY, "--fail-on", "error", "--enable", "component-unused", "--format", "text")
    assert result.exit_code == 0
    assert "[tag-undeclared]" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--disable", "no-such-rule"], "unknown rule id(s) no-such-rule"),
        (["--severity", "tag-undeclared=fatal"], "severity must be error, warning or info"),
        (["--severity", "tag-undeclared"], "expects RULE=LEVEL"),
        (["--config", "nowhere.toml"], "nowhere.toml: no such file"),
    ],
)
def test_bad_settings_exit_2(run, args: list[str], message: str) -> None:  # type: ignore[no-untyped-def]
    result = run(CLEAN, *args)
    assert result.exit_code == 2
    assert message in result.output


def test_unresolvable_ref_is_reported_not_fatal(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    spec = tmp_path / "ref.yaml"
    spec.write_text(
        Path(CLEAN).read_text().replace("#/components/schemas/Agent", "#/components/schemas/Nobody")
    )
    result = run(str(spec), "--format", "json")
    assert result.exit_code == 1
    rules = [(p["rule"], p["pointer"]) for p in json.loads(result.output)["problems"]]
    assert (
        "ref-unresolved",
        "/paths/~1agents~1{id}/get/responses/200/content/application~1json/schema/$ref",
    ) in rules
    assert ("component-unused", "/components/schemas/Agent") in rules


def test_validate_imports_nothing_heavy(tmp_path: Path) -> None:
    """Start-up stays lean: no template engine, formatter, diff library or the full validator."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from generator.cli.main import main\n"
        "try:\n"
        f"    main(['validate', {str(FIXTURES / 'clean.yaml')!r}])\n"
        "except SystemExit as done:\n"
        "    print(done.code)\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path, timeout=60
    )
    *report, code, listing = result.stdout.splitlines()
    assert code == "0" and report[-1] == "0 errors, 0 warnings, 0 infos"
    modules = set(listing.split())
    assert "generator.validate" in modules
    heavy = {"jinja2", "black", "deepdiff", "openapi_spec_validator", "openapi_schema_validator", "pydantic"}
    assert modules.isdisjoint(heavy), modules & heavy


@pytest.mark.parametrize("entry", ["console script", "python -m"])
def test_the_program_exits_with_full_output(entry: str, tmp_path: Path) -> None:
    """Run as a program, validate leaves without tearing the document down: output must be complete."""
    import subprocess
    import sys

    script = Path(sys.executable).parent / "specgen"
    assert entry != "console script" or script.exists(), "the specgen console script is not installed"
    command = [str(script)] if entry == "console script" else [sys.executable, "-m", "generator"]
    broken = subprocess.run(
        [*command, "validate", BROKEN, "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert broken.returncode == 1, broken.stderr
    assert json.loads(broken.stdout)["summary"] == {"error": 1, "warning": 2, "info": 1}
    clean = subprocess.run(
        [*command, "validate", CLEAN], capture_output=True, text=True, cwd=tmp_path, timeout=60
    )
    assert clean.returncode == 0 and clean.stdout.endswith("0 errors, 0 warnings, 0 infos\n")
