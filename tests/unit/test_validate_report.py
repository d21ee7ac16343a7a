"""Problem formatters: GitHub annotations escape what would break them; SARIF keeps every rule."""

from __future__ import annotations

import json

from generator.problems import Problem
from generator.report.problem_formats import as_github, as_json, as_text
from generator.report.sarif import as_sarif
from generator.rules.problem_rules import SERVER_MISSING, STRUCTURE
from generator.rules.rule import Level

PROBLEMS = [
    Problem("structure", Level.ERROR, "/paths/~1a", "bad: 100%\nsecond line", 3, 5),
    Problem("server-missing", Level.INFO, "", "no servers", None, None),
]


def test_github_annotations_escape_data_and_properties() -> None:
    lines = as_github("specs/a,b:c.yaml", PROBLEMS).splitlines()
    assert lines == [
        "::error file=specs/a%2Cb%3Ac.yaml,line=3,col=5,title=structure::bad: 100%25%0Asecond line (/paths/~1a)",
        "::notice file=specs/a%2Cb%3Ac.yaml,title=server-missing::no servers (/)",
    ]


def test_text_and_json_summaries() -> None:
    assert as_text("a.yaml", PROBLEMS).splitlines()[-1] == "1 error, 0 warnings, 1 info"
    assert json.loads(as_json("a.yaml", PROBLEMS))["summary"] == {"error": 1, "warning": 0, "info": 1}


def test_sarif_without_a_line_has_no_region() -> None:
    log = json.loads(as_sarif("dir/my spec.yaml", PROBLEMS, [STRUCTURE, SERVER_MISSING]))
    run = log["runs"][0]
    assert [rule["id"] for rule in run["tool"]["driver"]["rules"]] == ["structure", "server-missing"]
    first, second = run["results"]
    assert first["locations"][0]["physicalLocation"]["region"] == {"startLine": 3, "startColumn": 5}
    assert "region" not in second["locations"][0]["physicalLocation"]
    assert second["level"] == "note" and second["ruleIndex"] == 1
    assert run["artifacts"] == [{"location": {"uri": "dir/my%20spec.yaml"}}]
