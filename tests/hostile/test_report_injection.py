"""Spec text in every report format and message is inert: no control sequence reaches a terminal or a
CI log, no spec text starts a line (so no workflow command can be spoofed), XML and JSON parse.

The document puts the injection strings in tags, operation ids, summaries, paths, property names,
enum values and a server URL; the revision removes or changes each of them, so the diff reports
name them all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest

from generator.cli.common import fail
from tests.docs.test_markdown import to_html
from tests.hostile.run import Run, specgen
from tests.hostile.strategies import INJECTION
from tests.hostile.test_escapers import dangerous, workflow_command

_METHOD = r"(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) /"
DIFF_TEXT_LINE = re.compile(r"$| {12}in |  (?:breaking|warning|info) |\d+ changes?: |\d+ changes? ignored")
_VALIDATE_SUMMARY = re.compile(r"\d+ errors?, \d+ warnings?, \d+ infos?$")
MARKDOWN_LINE = re.compile(
    r"$|## |### |\*\*\d+ changes?: |\| |<details><summary>|</details>|\*\*Left out |- \d+ (?:breaking|warnings?|info): "
)
_MARKDOWN_TAGS = {"h2", "h3", "p", "strong", "em", "table", "thead", "tbody", "tr", "th", "td"}


def _operation(index: int, text: str, revision: bool) -> dict[str, Any]:
    name = text.replace("~", "~0").replace("/", "~1")
    return {
        "operationId": f"{text}{index}",
        "summary": text,
        "tags": [text + ("!" if revision else "")],
        "parameters": [
            {
                "name": text,
                "in": "query",
                "required": revision,
                "schema": {"type": "string", "enum": ["x"] if revision else [text, "x"]},
            }
        ],
        "responses": {
            "200": {
                "description": text,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
            },
            "404": {"$ref": f"#/components/responses/{name}"},  # unresolved: validate names it
        },
    }


def hostile_document(revision: bool = False) -> dict[str, Any]:
    """Every injection string as a tag, operation id, summary, path, property name and enum value."""
    kept = [(index, text) for index, text in enumerate(INJECTION) if not (revision and index % 2)]
    properties = {
        text: {"type": "string", "enum": [text, "x"]}
        for index, text in enumerate(INJECTION)
        if not (revision and index % 3 == 0)
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "injection", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com/v2" if revision else "https://x.test/" + INJECTION[0]}],
        "tags": [{"name": text} for text in INJECTION],
        "paths": {
            f"/p{index}/{text.replace('/', '_')}": {"get": _operation(index, text, revision)}
            for index, text in kept
        },
        "components": {"schemas": {"Thing": {"type": "object", "properties": properties}}},
    }


@pytest.fixture(scope="module")
def specs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("injection")
    base, revision = folder / "base.json", folder / "revision.json"
    base.write_text(json.dumps(hostile_document()), encoding="utf-8")
    revision.write_text(json.dumps(hostile_document(revision=True)), encoding="utf-8")
    return base, revision


def _inert(run: Run, allowed_codes: tuple[int, ...] = (0, 1)) -> list[str]:
    """The run's stdout lines, once both streams are shown free of dangerous characters."""
    assert run.code in allowed_codes, run.stderr
    for stream in (run.stdout, run.stderr):
        assert not dangerous(stream, allowed="\n"), dangerous(stream, allowed="\n")[:5]
        assert "\ufffd" not in stream
    assert not any(line.startswith("::") for line in run.stderr.splitlines())
    return run.stdout.splitlines()


def _annotations(lines: list[str]) -> list[str]:
    annotations = [line for line in lines if line.startswith("::")]
    for line in annotations:
        command, properties, _ = workflow_command(line)
        assert command in ("error", "warning", "notice") and "title" in properties, line
    return annotations


def test_validate_reports_are_inert_in_every_format(specs: tuple[Path, Path]) -> None:
    base, _ = specs
    findings = json.loads(specgen("validate", str(base), "--format", "json").stdout)["problems"]
    assert len(findings) >= len(INJECTION)
    text = _inert(specgen("validate", str(base), "--format", "text"))
    assert all(line.startswith(f"{base}:") for line in text[:-1]) and _VALIDATE_SUMMARY.match(text[-1])
    assert len(text) == len(findings) + 1
    github = _inert(specgen("validate", str(base), "--format", "github"))
    assert len(_annotations(github)) == len(github) == len(findings)
    sarif = specgen("validate", str(base), "--format", "sarif")
    _inert(sarif)
    results = json.loads(sarif.stdout)["runs"][0]["results"]
    assert [result["message"]["text"] for result in results] == [finding["message"] for finding in findings]


def _diff(specs: tuple[Path, Path], output_format: str) -> Run:
    return specgen("diff", str(specs[0]), str(specs[1]), "--format", output_format)


def test_diff_json_keeps_the_spec_text_exactly(specs: tuple[Path, Path]) -> None:
    run = _diff(specs, "json")
    _inert(run)
    operations = {change["operation"] for change in json.loads(run.stdout)["changes"]}
    assert "GET /p0/" + INJECTION[0] in operations and "GET /p2/" + INJECTION[2] in operations


def _causes(specs: tuple[Path, Path]) -> list[dict[str, Any]]:
    causes: list[dict[str, Any]] = json.loads(_diff(specs, "json").stdout)["causes"]
    return causes


def test_diff_text_and_github_are_inert(specs: tuple[Path, Path]) -> None:
    causes = _causes(specs)
    assert len(causes) > 2 * len(INJECTION)
    text = _inert(_diff(specs, "text"))
    assert text[0] == f"{specs[0]} -> {specs[1]}"
    assert [line for line in text[1:] if not DIFF_TEXT_LINE.match(line)] == []
    # one line per cause, documentation edits of one operation folded into one
    shown = sum(line.startswith(("  breaking", "  warning", "  info")) for line in text)
    assert len(INJECTION) < shown <= len(causes)
    github = _inert(_diff(specs, "github"))
    assert len(_annotations(github)) == shown == len(github) - 1


def test_diff_markdown_opens_no_markup(specs: tuple[Path, Path]) -> None:
    lines = _inert(_diff(specs, "markdown"))
    assert [line for line in lines if not MARKDOWN_LINE.match(line)] == []
    rows = [line for line in lines if line.startswith("| ")]
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 4 for row in rows)
    # Python-Markdown leaves the inside of <details> alone, where GitHub renders it: unwrap it
    html = to_html("\n".join(line for line in lines if not line.startswith(("<details>", "</details>"))))
    assert set(re.findall(r"<([a-z0-9]+)", html)) <= _MARKDOWN_TAGS
    rows = html.count("<tr>") - html.count("<thead>")
    assert len(INJECTION) < rows <= len(_causes(specs))


def test_diff_junit_parses_and_shows_every_change(specs: tuple[Path, Path]) -> None:
    run = _diff(specs, "junit")
    _inert(run)
    suite = ET.fromstring(run.stdout.encode("utf-8"))
    shown = [
        line
        for element in [*suite.iter("failure"), *suite.iter("system-out")]
        for line in (element.text or "").splitlines()
    ]
    # a cause under its rule; a folded documentation line under each rule it folds
    listed = [line for line in shown if not line.startswith("note: ")]
    causes = [line for line in listed if not re.match(r"\d+ changes: ", line)]  # but the suite's summary
    assert len(INJECTION) < len(causes) == len(listed) - 1
    assert all(line.startswith(("breaking:", "warning:", "info:")) for line in causes)
    assert any("failure>]]><![CDATA[" in line for line in shown)


def test_generate_report_keeps_operation_ids_and_prints_nothing_raw(
    specs: tuple[Path, Path], tmp_path: Path
) -> None:
    report = tmp_path / "report.json"
    run = specgen("generate", "client", str(specs[0]), "-o", str(tmp_path / "out"), "--report", str(report))
    _inert(run)
    text = report.read_text(encoding="utf-8")
    assert not dangerous(text, allowed="\n")
    ids = {operation["id"] for operation in json.loads(text)["operations"]}
    assert ids == {f"{value}{index}" for index, value in enumerate(INJECTION)}


def test_a_load_error_naming_spec_text_is_one_inert_line(tmp_path: Path) -> None:
    spec = tmp_path / "external.json"
    reference = {"$ref": INJECTION[0] + INJECTION[2] + ".json#/a"}
    document = hostile_document()
    document["paths"]["/x"] = {"get": {"responses": {"200": reference}}}
    spec.write_text(json.dumps(document), encoding="utf-8")
    for command in (["validate", str(spec)], ["diff", str(spec), str(spec)]):
        run = specgen(*command)
        _inert(run, allowed_codes=(2,))
        assert run.stderr.startswith("specgen: error: ") and run.stderr.count("\n") == 1


def test_error_messages_show_control_characters_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        fail("tag " + INJECTION[0] + INJECTION[2] + "\u202e")
    error = capsys.readouterr().err
    assert error == "specgen: error: tag \\n::error file=README.md,line=1::spoofed\\x1b]0;title\\x07\\u202e\n"


_BUILD_LINE = re.compile(
    r"(?:export|validate|diff|version|client|stubs|docs|changes|site|lock|wrote) |         "
)


def test_history_log_and_build_summary_are_inert(specs: tuple[Path, Path], tmp_path: Path) -> None:
    folder = str(tmp_path / "specs")
    for spec, day in zip(specs, ("2024-01-01", "2024-02-01"), strict=True):
        _inert(specgen("specs", "add", str(spec), "--specs-dir", folder, "--date", day))
    text = _inert(specgen("specs", "log", "--specs-dir", folder))
    assert len(text) == 3 and text[2].startswith("2024-02-01 ")
    markdown = _inert(specgen("specs", "log", "--specs-dir", folder, "--format", "markdown"))
    assert sum(line.startswith("| ") for line in markdown) == 4
    _inert(specgen("specs", "log", "--specs-dir", folder, "--format", "json"))
    summary = _inert(specgen("build", "--specs-dir", folder, "-o", str(tmp_path / "out")))
    assert [line for line in summary if not _BUILD_LINE.match(line)] == []
    assert any(line.startswith("         breaking GET /p0/\\n::error") for line in summary)
