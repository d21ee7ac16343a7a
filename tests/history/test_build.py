"""``specgen build``: the release job on the embedded history, repeatable and checkable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli.main import main
from generator.history import History
from generator.history.timeline import walk_exports
from generator.lock import LOCK_NAME, read_lock
from tests.history.conftest import EMBEDDED, EMBEDDED_FILES


def build(specs_root: Path, out: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["build", "--specs-dir", str(specs_root), "-o", str(out), *args])


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {
        path.relative_to(folder).as_posix(): (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def built(specs_root: Path, tmp_path: Path) -> tuple[Path, Result]:
    out = tmp_path / "build"
    return out, build(specs_root, out)


def test_build_generates_client_stubs_docs_changelog_and_lock(
    specs_root: Path, built: tuple[Path, Result]
) -> None:
    out, result = built
    assert result.exit_code == 0, result.output
    assert result.stderr == ""
    version = walk_exports(History(specs_root).exports()).version
    assert version is not None
    client = sorted((out / "client").rglob("*.py"))
    stubs = sorted((out / "stubs").rglob("*.pyi"))
    assert client and stubs
    assert any(version in path.read_text(encoding="utf-8") for path in client)
    assert (out / "docs" / "mkdocs.yml").is_file()
    changelog = (out / "docs" / "docs" / "changelog.md").read_text(encoding="utf-8")
    for name in EMBEDDED_FILES:
        assert name in changelog
    lock = read_lock(out)
    assert lock.package_version == version
    assert (out / lock.spec).resolve() == (specs_root / "botmaker" / EMBEDDED_FILES[-1]).resolve()
    generated = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    assert generated == set(lock.files) | {LOCK_NAME}
    summary = result.stdout
    assert f"version  {version}\n" in summary
    assert "validate 0 errors, 0 warnings, 0 infos\n" in summary
    assert f"against {EMBEDDED_FILES[-2]}" in summary
    assert str(out / "docs" / "docs" / "changelog.md") in summary


def test_building_twice_changes_nothing(specs_root: Path, built: tuple[Path, Result]) -> None:
    out, first = built
    assert first.exit_code == 0
    before = snapshot(out)
    second = build(specs_root, out)
    assert second.exit_code == 0
    assert snapshot(out) == before
    assert f"wrote    0 files ({len(before)} unchanged)" in second.stdout


def test_check_passes_after_build_and_catches_edits_and_newer_exports(
    specs_root: Path, built: tuple[Path, Result]
) -> None:
    out, _ = built
    ok = build(specs_root, out, "--check")
    assert ok.exit_code == 0 and "up to date" in ok.stdout
    target = next((out / "client").rglob("*.py"))
    original = target.read_bytes()
    target.write_bytes(original + b"# local tweak\n")
    edited = build(specs_root, out, "--check")
    assert edited.exit_code == 1
    assert target.relative_to(out).as_posix() in edited.stderr and "edited by hand" in edited.stderr
    target.write_bytes(original)
    newer = json.loads((specs_root / "botmaker" / EMBEDDED_FILES[-1]).read_text(encoding="utf-8"))
    newer["info"]["description"] += " Now with more detail."
    newer_path = specs_root.parent / "newer.json"
    newer_path.write_text(json.dumps(newer, indent=2), encoding="utf-8")
    added = CliRunner().invoke(main, ["specs", "add", str(newer_path), "--specs-dir", str(specs_root)])
    assert added.exit_code == 0, added.output
    stale = build(specs_root, out, "--check")
    assert stale.exit_code == 1 and "newer export" in stale.stderr
    assert build(specs_root, out).exit_code == 0
    assert build(specs_root, out, "--check").exit_code == 0


def test_check_without_a_lock_exits_2(specs_root: Path, tmp_path: Path) -> None:
    result = build(specs_root, tmp_path / "nothing", "--check")
    assert result.exit_code == 2 and "no lock file" in result.stderr


def test_an_unreadable_newest_export_exits_2_and_writes_nothing(specs_root: Path, tmp_path: Path) -> None:
    (specs_root / "botmaker" / "2026-01-01.json").write_text('{"openapi": "3.0.1",', encoding="utf-8")
    out = tmp_path / "build"
    result = build(specs_root, out)
    assert result.exit_code == 2
    assert "2026-01-01.json" in result.stderr and "malformed JSON" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_an_empty_history_exits_2(empty_root: Path, tmp_path: Path) -> None:
    result = build(empty_root, tmp_path / "build")
    assert result.exit_code == 2 and "no exports stored" in result.stderr


def test_a_single_invalid_export_builds_as_1_0_0_without_a_changelog(
    empty_root: Path, tmp_path: Path
) -> None:
    folder = empty_root / "botmaker"
    folder.mkdir(parents=True)
    data = json.loads((EMBEDDED / EMBEDDED_FILES[0]).read_text(encoding="utf-8"))
    del data["paths"]["/agents"]["get"]["responses"]["429"]["description"]
    (folder / EMBEDDED_FILES[0]).write_text(json.dumps(data, indent=2), encoding="utf-8")
    out = tmp_path / "build"
    result = build(empty_root, out)
    assert result.exit_code == 0, result.output
    assert "version  1.0.0\n" in result.stdout and "first export" in result.stdout
    assert (
        f"validate 1 error, 0 warnings, 0 infos (details: specgen validate {folder / EMBEDDED_FILES[0]})"
        in result.stdout
    )
    assert read_lock(out).package_version == "1.0.0"
    assert not (out / "docs" / "docs" / "changelog.md").exists()


def test_a_bad_package_name_or_broken_template_exits_2(specs_root: Path, tmp_path: Path) -> None:
    out = tmp_path / "build"
    bad_name = build(specs_root, out, "--package-name", "../evil")
    assert bad_name.exit_code == 2 and "invalid package name" in bad_name.stderr
    overrides = tmp_path / "overrides" / "docs"
    overrides.mkdir(parents=True)
    (overrides / "index.md.j2").write_text("{% if %}\n", encoding="utf-8")
    broken = build(specs_root, out, "--templates", str(overrides.parent))
    assert broken.exit_code == 2 and "template error" in broken.stderr
    assert "Traceback" not in broken.output
    assert not out.exists()


def test_a_long_diff_is_summarised_most_severe_first(empty_root: Path, tmp_path: Path) -> None:
    revision = json.loads((EMBEDDED / EMBEDDED_FILES[-1]).read_text(encoding="utf-8"))
    base = json.loads(json.dumps(revision))
    for number in range(30):
        base["paths"][f"/reports/r{number}"] = {
            "get": {"operationId": f"get-report-{number}", "responses": {"204": {"description": "Done."}}}
        }
    base["info"]["description"] = "An earlier description."
    folder = empty_root / "botmaker"
    folder.mkdir(parents=True)
    (folder / "2025-01-01.json").write_text(json.dumps(base, indent=2), encoding="utf-8")
    (folder / "2025-02-01.json").write_text(json.dumps(revision, indent=2), encoding="utf-8")
    result = build(empty_root, tmp_path / "build")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    start = next(
        i for i, line in enumerate(lines) if line.startswith("diff     against 2025-01-01.json: major")
    )
    shown = lines[start + 1 : start + 26]
    assert all(line.split()[0] == "breaking" for line in shown)
    assert lines[start + 26].strip().startswith("... and ")
    assert "specgen diff" in lines[start + 26] and "2025-02-01.json" in lines[start + 26]
