"""Writes go through a temporary file or folder and a rename: a failure leaves what was there."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Collection
from pathlib import Path

import pytest

from generator.lock import LOCK_NAME, read_lock
from generator.render import swap, writer
from generator.render.writer import UnsafePathError, write_file, write_tree
from tests.conftest import PROJECT, REAL_EXPORT
from tests.hostile.run import Run, specgen
from tests.support import children

OLD_SPEC = PROJECT / "specs" / "botmaker" / "2025-08-05.json"

UNENCODABLE = "lone surrogate \udc80"


def debris(out: Path) -> list[str]:
    return [str(path) for path in out.rglob(".specgen-*")]


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


def _client(out: Path, *extra: str, spec: Path = REAL_EXPORT) -> Run:
    return specgen("generate", "client", str(spec), "-o", str(out), *extra)


def test_generate_never_replaces_a_file_it_did_not_write(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    run = _client(out)
    assert run.code == 2, run.stderr
    assert "pyproject.toml" in run.stderr and "not written by specgen" in run.stderr
    assert "Traceback" not in run.stderr
    assert (out / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"
    assert sorted(path.name for path in out.iterdir()) == ["pyproject.toml"], "nothing else written"


def test_a_user_file_in_the_way_of_a_folder_stops_the_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "botmaker_client").write_text("mine")
    run = _client(out)
    assert run.code == 2 and "botmaker_client" in run.stderr, run.stderr
    assert (out / "botmaker_client").read_text() == "mine"


def test_files_specgen_wrote_are_replaced_and_user_files_beside_them_kept(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert _client(out).code in (0, 1)
    generated = out / "botmaker_client" / "client.py"
    pristine = generated.read_bytes()
    generated.write_text("edited by hand\n")
    (out / "botmaker_client" / "mine.py").write_text("MINE = 1\n")
    (out / "botmaker_client" / "api" / "notes").mkdir()
    (out / "botmaker_client" / "api" / "notes" / "todo.txt").write_text("keep me\n")
    (out / "README.md").write_text("my readme\n")
    run = _client(out)
    assert run.code in (0, 1), run.stderr
    assert generated.read_bytes() == pristine
    assert (out / "botmaker_client" / "mine.py").read_text() == "MINE = 1\n"
    assert (out / "botmaker_client" / "api" / "notes" / "todo.txt").read_text() == "keep me\n"
    assert (out / "README.md").read_text() == "my readme\n"
    assert debris(out) == []


def test_an_identical_file_is_adopted_and_a_lock_of_someone_else_is_refused(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    assert _client(first).code in (0, 1)
    second.mkdir()
    shutil.copyfile(first / "pyproject.toml", second / "pyproject.toml")
    assert _client(second).code in (0, 1), "a file already holding what would be written is no conflict"
    (second / LOCK_NAME).write_text('{"not": "a lock"}\n')
    run = _client(second)
    assert run.code == 2 and LOCK_NAME in run.stderr, run.stderr


def test_files_of_a_run_from_other_inputs_stay_specgen_s(tmp_path: Path) -> None:
    """Client from one export, stubs from another, client again: the first client files are still owned."""
    out = tmp_path / "out"
    assert _client(out, spec=OLD_SPEC).code in (0, 1)
    stubs = specgen("generate", "stubs", str(REAL_EXPORT), "-o", str(out))
    assert stubs.code in (0, 1), stubs.stderr
    assert "botmaker_client/client.py" in read_lock(out).earlier
    run = _client(out)
    assert run.code in (0, 1), run.stderr
    lock = read_lock(out)
    assert "botmaker_client/client.py" in lock.files and not set(lock.earlier) & set(lock.files)
    assert all((out / name).is_file() for name in lock.earlier), "only files still there stay listed"


def test_stale_staging_is_removed_and_a_folder_left_aside_restored(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_tree({"pkg/a.py": "a = 1\n", "top.txt": "1\n"}, out)
    killed = out / ".specgen-stage-0123456789ab"
    (killed / "pkg").mkdir(parents=True)
    (killed / "pkg" / "a.py").write_text("half\n")
    (killed / "aside").mkdir()
    os.rename(out / "pkg", killed / "aside" / "pkg")  # killed between the two renames of the fallback
    result = write_tree({"pkg/a.py": "a = 1\n", "top.txt": "1\n"}, out, owned={"pkg/a.py", "top.txt"})
    assert result.written == ()
    assert _tree(out) == {"pkg/a.py": b"a = 1\n", "top.txt": b"1\n"}
    assert debris(out) == []


@pytest.mark.parametrize("atomic_exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_changed_folder_is_swapped_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic_exchange: bool
) -> None:
    if not atomic_exchange:
        monkeypatch.setattr(swap, "exchange", lambda first, second: False)
    out = tmp_path / "out"
    old = {"pkg/__init__.py": "", "pkg/a.py": "a = 1\n", "pkg/sub/b.py": "b = 1\n"}
    write_tree(old, out)
    (out / "pkg" / "sub" / "mine.txt").write_text("mine\n")
    folder_inode = (out / "pkg").stat().st_ino
    kept_inode = (out / "pkg" / "a.py").stat().st_ino
    new = {**old, "pkg/sub/b.py": "b = 2\n", "pkg/c.py": "c = 1\n"}
    result = write_tree(new, out, owned=set(old))
    assert result.written == ("pkg/c.py", "pkg/sub/b.py")
    assert (out / "pkg").stat().st_ino != folder_inode, "a new folder took the old one's place"
    assert (out / "pkg" / "a.py").stat().st_ino == kept_inode, "unchanged files carried over as links"
    assert (out / "pkg" / "a.py").stat().st_nlink == 1, "the old folder is gone"
    assert _tree(out) == {**{k: v.encode() for k, v in new.items()}, "pkg/sub/mine.txt": b"mine\n"}
    assert debris(out) == []


def test_a_file_saved_while_the_folder_is_staged_is_not_lost(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    write_tree({"pkg/a.py": "a = 1\n"}, out)
    real_link_rest = writer.link_rest

    def link_then_user_saves(old: Path, new: Path, replaced: Collection[str], relative: str) -> None:
        real_link_rest(old, new, replaced, relative)
        (out / "pkg" / "late.py").write_text("late\n")
        saved = out / "pkg" / "note.txt.tmp"
        saved.write_text("saved\n")
        os.replace(saved, out / "pkg" / "a.py.txt")

    monkeypatch.setattr(writer, "link_rest", link_then_user_saves)
    write_tree({"pkg/a.py": "a = 2\n"}, out, owned={"pkg/a.py"})
    assert _tree(out) == {"pkg/a.py": b"a = 2\n", "pkg/late.py": b"late\n", "pkg/a.py.txt": b"saved\n"}


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_generated_files_reports_and_folders_get_the_umask_mode(tmp_path: Path, umask: int) -> None:
    out, report = tmp_path / "out", tmp_path / "report.json"
    code, _, err = children.run(
        "generate", "all", str(REAL_EXPORT), "-o", str(out), "--report", str(report), umask=umask
    )
    assert code in (0, 1), err
    files = {stat.S_IMODE(path.stat().st_mode) for path in [report, *out.rglob("*")] if path.is_file()}
    folders = {stat.S_IMODE(path.stat().st_mode) for path in [out, *out.rglob("*")] if path.is_dir()}
    assert files == {0o666 & ~umask} and folders == {0o777 & ~umask}


def test_an_up_to_date_folder_with_a_killed_run_s_staging_is_cleaned_and_left_unchanged(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    assert _client(out).code in (0, 1)
    before = _tree(out)
    (out / ".specgen-stage-0123456789ab" / "botmaker_client").mkdir(parents=True)
    run = _client(out)
    assert run.code in (0, 1), run.stderr
    assert debris(out) == [] and _tree(out) == before
    assert " 0 of " in run.stdout and "files written" in run.stdout, run.stdout


@pytest.mark.parametrize("where", ["out", "inside"])
def test_a_symlink_loop_in_or_as_out_is_one_line_and_exit_2(tmp_path: Path, where: str) -> None:
    out = tmp_path / "out"
    if where == "out":
        (tmp_path / "loop").symlink_to(out)
        out.symlink_to(tmp_path / "loop")
    else:
        out.mkdir()
        (out / "botmaker_client").symlink_to(out / "loop")
        (out / "loop").symlink_to(out / "botmaker_client")
    run = _client(out)
    assert run.code == 2 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.strip().splitlines()[-1].startswith("specgen: error: cannot write")
