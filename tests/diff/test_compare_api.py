from __future__ import annotations

import json
from pathlib import Path

from generator.diff import Level, compare
from generator.load import load, parse
from generator.model import build


def test_real_export_compared_with_itself_has_no_changes(real_export: Path) -> None:
    document = build(load(str(real_export)))
    report = compare(document, document)
    assert report.changes == ()
    assert report.summary == {"breaking": 0, "warning": 0, "info": 0}
    assert report.semver == "none"


def test_removed_path_is_breaking_and_named_per_operation(real_export: Path) -> None:
    data = json.loads(real_export.read_text(encoding="utf-8"))
    del data["paths"]["/agents"]
    report = compare(build(load(str(real_export))), build(parse("revision.json", json.dumps(data))))
    assert {(c.rule_id, c.operation) for c in report.changes} == {
        ("path-removed", "GET /agents"),
        ("path-removed", "POST /agents"),
    }
    assert all(change.level is Level.BREAKING for change in report.changes)
    assert report.summary["breaking"] == 2
    assert report.semver == "major"
