"""Every report format over random problems and changes whose text is hostile: each line of text
output starts with the tool's own words, annotations are one per finding, XML and JSON parse back."""

from __future__ import annotations

import json
from xml.etree import ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diff.change import Cause, Change, DiffReport, Kind, Level
from generator.problems import Problem
from generator.report.diff_formats import FORMATS, render
from generator.report.diff_presentation import Presentation
from generator.report.problem_formats import as_github, as_json, as_text
from generator.report.sarif import as_sarif
from generator.rules.rule import CHANGE_LEVELS, PROBLEM_LEVELS
from tests.hostile.strategies import injected_text
from tests.hostile.test_escapers import dangerous, workflow_command
from tests.hostile.test_report_injection import DIFF_TEXT_LINE, MARKDOWN_LINE

_COMMON = {"deadline": None, "database": None, "max_examples": 60}
_PRESENTATION = Presentation("base.yaml", "revision.yaml", fail_on=Level.INFO)


@st.composite
def problems(draw: st.DrawFn) -> list[Problem]:
    return [
        Problem(
            draw(st.sampled_from(["structure", "ref-unresolved", "operation-id-duplicate"])),
            draw(st.sampled_from(PROBLEM_LEVELS)),
            draw(injected_text()),
            draw(injected_text()),
            *draw(st.sampled_from([(None, None), (3, 7)])),
        )
        for _ in range(draw(st.integers(1, 4)))
    ]


@st.composite
def reports(draw: st.DrawFn) -> DiffReport:
    causes = []
    for index in range(draw(st.integers(1, 4))):
        operation = draw(st.one_of(st.none(), injected_text().map(lambda text: "GET /" + text)))
        reaches = () if operation is None else ((operation, draw(injected_text())),)
        causes.append(
            Cause(
                f"{index:016x}",
                draw(st.sampled_from(["path-removed", "operation-tag-removed", "server-removed"])),
                draw(st.sampled_from(CHANGE_LEVELS)),
                Kind.MODIFICATION,
                draw(injected_text()),
                draw(injected_text()),
                reaches,
            )
        )
    changes = tuple(
        Change(
            cause.rule_id,
            cause.level,
            (cause.operations or (None,))[0],
            cause.pointer,
            cause.message,
            cause.id,
        )
        for cause in causes
    )
    return DiffReport(changes, "major", (), tuple(causes))


def _inert(output: str) -> list[str]:
    assert not dangerous(output, allowed="\n"), dangerous(output, allowed="\n")
    assert output.encode("utf-8")
    return output.splitlines()


@given(problems())
@settings(**_COMMON)
def test_problem_reports_are_inert(found: list[Problem]) -> None:
    text = _inert(as_text("spec.yaml", found))
    assert len(text) == len(found) + 1 and all(line.startswith("spec.yaml") for line in text[:-1])
    github = _inert(as_github("spec.yaml", found))
    assert len(github) == len(found)
    assert all(workflow_command(line)[1]["file"] == "spec.yaml" for line in github)
    assert [p["message"] for p in json.loads(as_json("spec.yaml", found))["problems"]] == [
        problem.message for problem in found
    ]
    sarif = json.loads(as_sarif("spec.yaml", found))
    assert [result["message"]["text"] for result in sarif["runs"][0]["results"]] == [
        problem.message for problem in found
    ]


@given(reports())
@settings(**_COMMON)
def test_diff_reports_are_inert(report: DiffReport) -> None:
    outputs = {name: _inert(render(name, report, _PRESENTATION)) for name in FORMATS}
    assert outputs["text"][0] == "base.yaml -> revision.yaml"
    assert all(DIFF_TEXT_LINE.match(line) for line in outputs["text"][1:])
    assert sum(line.startswith(("  breaking", "  warning", "  info")) for line in outputs["text"]) == len(
        report.causes
    )
    annotations = [line for line in outputs["github"] if line.startswith("::")]
    assert len(annotations) == len(report.causes) == len(outputs["github"]) - 1
    assert all(workflow_command(line)[0] in ("error", "warning", "notice") for line in annotations)
    assert all(MARKDOWN_LINE.match(line) for line in outputs["markdown"])
    suite = ET.fromstring("\n".join(outputs["junit"]).encode("utf-8"))
    assert len(suite.findall("testcase/failure")) == len({cause.rule_id for cause in report.causes})
    decoded = json.loads("\n".join(outputs["json"]))["changes"]
    assert [(c["operation"], c["message"], c["pointer"]) for c in decoded] == [
        (change.operation, change.message, change.pointer) for change in report.changes
    ]
