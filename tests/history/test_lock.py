"""The lock file: written with the generated files, and a hash-only check of what changed since."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.lock import LOCK_NAME, Finding, LockError, check, make_lock, read_lock, write_with_lock
from tests.history.conftest import EMBEDDED, EMBEDDED_FILES

FILES = {
    "pkg/__init__.py": "VERSION = '1.0.0'\n",
    "pkg/api.py": "def call() -> None: ...\n",
    "docs/index.md": "# API\n",
}


@pytest.fixture
def generated(tmp_path: Path) -> tuple[Path, Path]:
    """An export and an output folder generated from it (with its lock)."""
    spec = tmp_path / "specs" / "api.json"
    spec.parent.mkdir()
    shutil.copyfile(EMBEDDED / EMBEDDED_FILES[0], spec)
    out = tmp_path / "out"
    lock = make_lock(spec, spec.read_bytes(), out, FILES, "1.0.0")
    write_with_lock(FILES, out, lock)
    return spec, out


def findings(out: Path) -> list[tuple[Finding, str]]:
    return [(stale.finding, stale.path) for stale in check(out)]


def test_lock_records_spec_templates_version_and_every_file(generated: tuple[Path, Path]) -> None:
    spec, out = generated
    lock = read_lock(out)
    assert (out / lock.spec).resolve() == spec.resolve()
    assert lock.spec == "../specs/api.json"
    assert set(lock.files) == set(FILES)
    assert len(lock.templates_sha256) == 64 and lock.package_version == "1.0.0"
    assert findings(out) == []


def test_a_hand_edit_is_detected(generated: tuple[Path, Path]) -> None:
    _, out = generated
    (out / "pkg" / "api.py").write_text("def call() -> int: return 1\n", encoding="utf-8")
    assert findings(out) == [(Finding.EDITED, "pkg/api.py")]


def test_a_deleted_file_is_detected(generated: tuple[Path, Path]) -> None:
    _, out = generated
    (out / "docs" / "index.md").unlink()
    assert findings(out) == [(Finding.MISSING, "docs/index.md")]


def test_a_changed_spec_is_detected(generated: tuple[Path, Path]) -> None:
    spec, out = generated
    spec.write_bytes((EMBEDDED / EMBEDDED_FILES[1]).read_bytes())
    assert findings(out) == [(Finding.SPEC_CHANGED, "../specs/api.json")]
    spec.unlink()
    assert findings(out) == [(Finding.SPEC_MISSING, "../specs/api.json")]


def test_changed_template_overrides_are_detected(tmp_path: Path, generated: tuple[Path, Path]) -> None:
    spec, out = generated
    overrides = tmp_path / "overrides"
    (overrides / "docs").mkdir(parents=True)
    (overrides / "docs" / "index.md.j2").write_text("# {{ title }}\n", encoding="utf-8")
    write_with_lock(FILES, out, make_lock(spec, spec.read_bytes(), out, FILES, "1.0.0", overrides))
    assert read_lock(out).templates == "../overrides"
    assert findings(out) == []
    (overrides / "docs" / "index.md.j2").write_text("# {{ title }}!\n", encoding="utf-8")
    assert findings(out) == [(Finding.TEMPLATES_CHANGED, "templates")]


def test_a_lock_from_another_specgen_version_is_stale(generated: tuple[Path, Path]) -> None:
    _, out = generated
    path = out / LOCK_NAME
    path.write_text(path.read_text(encoding="utf-8").replace('"tool_version": "', '"tool_version": "0.0.0-'))
    assert [stale.finding for stale in check(out)] == [Finding.TOOL_CHANGED]


def test_a_missing_or_broken_lock_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(LockError, match="no lock file"):
        read_lock(tmp_path)
    (tmp_path / LOCK_NAME).write_text("{}", encoding="utf-8")
    with pytest.raises(LockError, match="not a specgen lock file"):
        read_lock(tmp_path)


def test_generate_writes_a_lock_covering_successive_targets(tmp_path: Path) -> None:
    spec = tmp_path / "api.json"
    shutil.copyfile(EMBEDDED / EMBEDDED_FILES[-1], spec)
    out = tmp_path / "out"
    runner = CliRunner()
    for target in ("client", "stubs"):
        result = runner.invoke(main, ["generate", target, str(spec), "-o", str(out)])
        assert result.exit_code == 0, result.output
    lock = read_lock(out)
    assert any(name.endswith(".py") for name in lock.files) and any(
        name.endswith(".pyi") for name in lock.files
    )
    assert check(out) == []
    for target in ("client", "stubs"):
        assert runner.invoke(main, ["generate", target, str(spec), "-o", str(out), "--check"]).exit_code == 0
    spec.write_bytes((EMBEDDED / EMBEDDED_FILES[0]).read_bytes())
    assert findings(out) == [(Finding.SPEC_CHANGED, "../api.json")]
    stale = runner.invoke(main, ["generate", "client", str(spec), "-o", str(out), "--check"])
    assert stale.exit_code == 1 and LOCK_NAME in stale.output
