"""Versions of the generated package from the history: 1.0.0 first, then one bump per step."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff import DiffReport
from generator.history import History
from generator.history import timeline as timeline_module
from generator.history.timeline import walk_exports
from generator.history.versioning import bump
from generator.model import Document


@pytest.mark.parametrize(
    ("version", "semver", "expected"),
    [
        ("1.0.0", "major", "2.0.0"),
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", "none", "1.4.2"),
        ("9.9.9", "minor", "9.10.0"),
    ],
)
def test_bump(version: str, semver: str, expected: str) -> None:
    assert bump(version, semver) == expected


@pytest.mark.parametrize(("version", "semver"), [("1.0", "minor"), ("1.0.0", "huge"), ("v1.0.0", "patch")])
def test_bump_refuses_what_it_cannot_read(version: str, semver: str) -> None:
    with pytest.raises(ValueError):
        bump(version, semver)


def test_versions_follow_the_semver_of_each_step(specs_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each step's bump is applied to the version before it, whatever the diff rules decide."""
    semvers = iter(["patch", "major", "minor"])

    def fixed_compare(base: Document, revision: Document) -> DiffReport:
        return DiffReport((), next(semvers))

    monkeypatch.setattr(timeline_module, "compare", fixed_compare)
    timeline = walk_exports(History(specs_root).exports())
    assert [step.version for step in timeline.steps] == ["1.0.0", "1.0.1", "2.0.0", "2.1.0"]
    assert timeline.version == "2.1.0"


def test_an_unreadable_export_is_skipped_and_the_next_compares_with_the_last_readable(
    specs_root: Path,
) -> None:
    folder = specs_root / "botmaker"
    (folder / "2025-10-21.json").write_text('{"openapi": ', encoding="utf-8")
    steps = walk_exports(History(specs_root).exports()).steps
    broken = steps[2]
    assert broken.error is not None and "malformed JSON" in broken.error
    assert broken.report is None and broken.version == steps[1].version
    assert steps[3].previous is not None and steps[3].previous.file == "2025-09-16.json"
    assert steps[3].report is not None
