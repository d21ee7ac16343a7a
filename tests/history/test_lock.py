"""The lock file: written with the generated files, and a hash-only check of what changed since."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator import files as files_module
from generator.cli.main import main
from generator.lock import (
    LOCK_NAME,
    Finding,
    LockError,
    Stale,
    check,
    make_lock,
    read_lock,
    with_lock,
    write_generated,
)
from generator.report.history import lock_check_text
from generator.rules.registry import rules_in
from generator.rules.rule import Area, Level
from tests.history.conftest import EMBEDDED, EMBEDDED_FILES
from tests.support import children

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
    write_generated(with_lock(FILES, lock, out), out)
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
    lock = make_lock(spec, spec.read_bytes(), out, FILES, "1.0.0", overrides)
    write_generated(with_lock(FILES, lock, out), out)
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


def _rewrite_lock(out: Path, **changes: object) -> None:
    path = out / LOCK_NAME
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        if key == "spec_path":
            data["spec"]["path"] = value
        elif key == "templates":
            data["templates"]["overrides"] = value
        else:
            data[key] = value
    path.write_text(json.dumps(data), encoding="utf-8")


@pytest.fixture
def released(specs_root: Path, tmp_path: Path) -> Path:
    """``tmp/build`` built from the embedded history in ``tmp/specs``."""
    out = tmp_path / "build"
    code, _, err = children.run("build", "--specs-dir", str(specs_root), "-o", str(out))
    assert code == 0, err
    return out


def _build_check(specs_root: Path, out: Path) -> tuple[int, str]:
    process = children.start("build", "--specs-dir", str(specs_root), "-o", str(out), "--check")
    code, _, err = children.finish(process, timeout=60)  # reading /dev/zero would run far longer
    return code, err


@pytest.mark.parametrize("recorded", ["/dev/zero", "../../../../../../../../dev/zero", "zero", "fifo"])
def test_build_check_refuses_an_export_path_that_is_not_a_file_in_the_repository(
    specs_root: Path, released: Path, recorded: str
) -> None:
    (released / "zero").symlink_to("/dev/zero")
    os.mkfifo(released / "fifo")
    _rewrite_lock(released, spec_path=recorded)
    code, err = _build_check(specs_root, released)
    assert code == 2, err
    assert recorded in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_build_check_refuses_a_lock_file_that_is_a_device(specs_root: Path, released: Path) -> None:
    (released / LOCK_NAME).unlink()
    (released / LOCK_NAME).symlink_to("/dev/zero")
    code, err = _build_check(specs_root, released)
    assert code == 2 and LOCK_NAME in err, err


def test_build_check_refuses_templates_outside_the_repository(specs_root: Path, released: Path) -> None:
    _rewrite_lock(released, templates="../../../../../../../../etc")
    code, err = _build_check(specs_root, released)
    assert code == 2 and "templates" in err, err


@pytest.mark.parametrize("name", ["/dev/zero", "../specs/api.json", "pkg/../../x"])
def test_a_lock_naming_a_generated_file_outside_out_is_not_a_lock(
    generated: tuple[Path, Path], name: str
) -> None:
    _, out = generated
    _rewrite_lock(out, files={name: "0" * 64})
    with pytest.raises(LockError, match="path"):
        read_lock(out)


def test_a_generated_file_replaced_by_a_device_or_fifo_is_edited_not_read(
    generated: tuple[Path, Path],
) -> None:
    _, out = generated
    (out / "pkg" / "api.py").unlink()
    (out / "pkg" / "api.py").symlink_to("/dev/zero")
    (out / "docs" / "index.md").unlink()
    os.mkfifo(out / "docs" / "index.md")
    assert findings(out) == [(Finding.EDITED, "docs/index.md"), (Finding.EDITED, "pkg/api.py")]


def test_a_lock_read_is_size_capped(generated: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    _, out = generated
    monkeypatch.setattr(files_module, "MAX_READ", 100)
    with pytest.raises(LockError, match="larger than"):
        read_lock(out)


@pytest.mark.parametrize(
    ("relative", "inside"),
    [
        ("pkg/a.py", True),
        ("pkg/same.py", True),  # a symlink to a file beside it
        ("pkg/up/pkg/a.py", True),  # through a symlink to a folder inside
        ("pkg/../pkg/a.py", True),
        ("pkg/leak.txt", False),  # a symlink to a file outside
        ("pkg/escape/s.txt", False),  # through a symlink to a folder outside
        ("pkg/../../x", False),
        ("../outside/s.txt", False),
        ("loop", False),
        ("loop/x", False),
    ],
)
def test_a_fence_confines_each_path_as_resolving_it_alone_does(
    tmp_path: Path, relative: str, inside: bool
) -> None:
    out = tmp_path / "out"
    (out / "pkg").mkdir(parents=True)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "s.txt").write_text("s")
    (out / "pkg" / "a.py").write_text("a")
    (out / "pkg" / "same.py").symlink_to("a.py")
    (out / "pkg" / "up").symlink_to("..")
    (out / "pkg" / "leak.txt").symlink_to(tmp_path / "outside" / "s.txt")
    (out / "pkg" / "escape").symlink_to(tmp_path / "outside")
    (out / "loop").symlink_to("loop")
    fence = files_module.Fence(out, out)
    fence.confine("pkg/a.py")  # the folder's real path is kept from here on
    if inside:
        assert fence.confine(relative) == files_module.confined(out, relative, out)
        assert files_module.real_path(fence.confine(relative)).is_relative_to(out.resolve())
    else:
        with pytest.raises(files_module.RefusedPathError):
            fence.confine(relative)


def test_every_finding_of_the_lock_check_is_reported_under_a_registered_rule() -> None:
    rules = rules_in(Area.GENERATE)
    for finding in Finding:
        line, summary = lock_check_text("out", [Stale(finding, "pkg/api.py")]).splitlines()
        rule_id = line.rsplit("[", 1)[1].rstrip("]")
        rule = next(rule for rule in rules if rule.id == rule_id)
        assert line == f"out: pkg/api.py: {rule.message} [{rule.id}]"
        assert rule.level is Level.ERROR and summary.startswith("out: 1 problem;")
