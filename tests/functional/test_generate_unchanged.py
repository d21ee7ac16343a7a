"""A re-run of ``specgen generate`` with nothing changed stops early, and only then."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import REAL_EXPORT
from tests.support.generated import run_specgen


def _generate(target: str, spec: Path, out: Path, *extra: str) -> str:
    return run_specgen("generate", target, str(spec), "-o", str(out), *extra)


def _mtimes(out: Path) -> dict[str, int]:
    return {str(path): path.stat().st_mtime_ns for path in out.rglob("*") if path.is_file()}


def test_an_unchanged_rerun_writes_nothing_and_says_so(tmp_path: Path) -> None:
    spec = tmp_path / "export.json"
    shutil.copy(REAL_EXPORT, spec)
    out = tmp_path / "out"
    _generate("client", spec, out)
    before = _mtimes(out)
    assert "is up to date" in _generate("client", spec, out)
    assert _mtimes(out) == before


def test_a_target_not_generated_yet_is_generated(tmp_path: Path) -> None:
    spec = tmp_path / "export.json"
    shutil.copy(REAL_EXPORT, spec)
    out = tmp_path / "out"
    _generate("client", spec, out)
    output = _generate("stubs", spec, out)
    assert "is up to date" not in output
    assert (out / "botmaker_client" / "client.pyi").is_file()
    assert "is up to date" in _generate("stubs", spec, out)
    assert "is up to date" not in _generate("client", spec, out, "--package-name", "other_client")


def test_an_edited_file_or_a_changed_export_means_a_full_run(tmp_path: Path) -> None:
    spec = tmp_path / "export.json"
    shutil.copy(REAL_EXPORT, spec)
    out = tmp_path / "out"
    _generate("client", spec, out)
    client = out / "botmaker_client" / "client.py"
    generated = client.read_text(encoding="utf-8")
    client.write_text(generated + "# edited\n", encoding="utf-8")
    assert "is up to date" not in _generate("client", spec, out)
    assert client.read_text(encoding="utf-8") == generated

    document = json.loads(spec.read_text(encoding="utf-8"))
    document["servers"] = [{"url": "https://eu.example.com/v2.0"}]
    spec.write_text(json.dumps(document), encoding="utf-8")
    assert "is up to date" not in _generate("client", spec, out)
    assert "https://eu.example.com/v2.0" in client.read_text(encoding="utf-8")


def test_check_and_report_runs_never_take_the_shortcut(tmp_path: Path) -> None:
    spec = tmp_path / "export.json"
    shutil.copy(REAL_EXPORT, spec)
    out = tmp_path / "out"
    report = tmp_path / "report.json"
    _generate("client", spec, out)
    _generate("client", spec, out, "--report", str(report))
    assert len(json.loads(report.read_text(encoding="utf-8"))["operations"]) == 103
