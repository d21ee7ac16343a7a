"""Writes go through a temporary file or folder and a rename: a failure leaves what was there."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.render.writer import UnsafePathError, write_file, write_tree
from tests.conftest import REAL_EXPORT
from tests.hostile.run import specgen

UNENCODABLE = "lone surrogate \udc80"


def _tree(out: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(out)): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()
    }


def test_write_file_replaces_the_file_as_a_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    inode = target.stat().st_ino
    write_file(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_ino != inode, "a new file renamed into place, not the old one rewritten"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.json"]


def test_a_failed_write_file_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    with pytest.raises(UnicodeEncodeError):
        write_file(target, UNENCODABLE)
    assert target.read_text() == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["report.json"]


def test_a_failed_write_tree_changes_nothing_and_leaves_no_staging(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree({"pkg/a.py": "a = 1\n", "pkg/b.py": "b = 1\n"}, out)
    before = _tree(out)
    with pytest.raises(UnicodeEncodeError):
        write_tree({"pkg/a.py": "a = 2\n", "pkg/b.py": UNENCODABLE}, out, owned={"pkg/a.py", "pkg/b.py"})
    assert _tree(out) == before
    assert [path.name for path in out.iterdir()] == ["pkg"]


@pytest.mark.parametrize("path", ["../escape.py", "/etc/passwd", "pkg/../../x", "a\\..\\b", "nul\x00"])
def test_write_tree_refuses_paths_out_of_the_folder_before_writing_anything(
    tmp_path: Path, path: str
) -> None:
    out = tmp_path / "out"
    with pytest.raises(UnsafePathError):
        write_tree({"fine.py": "", path: "x"}, out)
    assert list(tmp_path.rglob("*.py")) == [] and not (tmp_path / "escape.py").exists()


def test_write_tree_refuses_a_symlink_that_leads_out(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "pkg").symlink_to(tmp_path)
    with pytest.raises(UnsafePathError):
        write_tree({"pkg/evil.py": "x"}, out)
    assert not (tmp_path / "evil.py").exists()


def test_generate_report_is_written_whole(tmp_path: Path) -> None:
    report = tmp_path / "reports" / "generate.json"
    run = specgen(
        "generate", "client", str(REAL_EXPORT), "-o", str(tmp_path / "out"), "--report", str(report)
    )
    assert run.code in (0, 1), run.stderr
    assert json.loads(report.read_text())
    assert [path.name for path in report.parent.iterdir()] == ["generate.json"]
