"""``specs add``: byte-for-byte storage, duplicates, suffixes, unreadable input, interrupted writes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli.main import main
from generator.history import History, HistoryError
from generator.history import store as store_module
from tests.history.conftest import EMBEDDED, EMBEDDED_FILES
from tests.support import children


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    assert not isinstance(result.exception, Exception) or isinstance(
        result.exception, SystemExit
    ), result.exception
    return result.exit_code, result.stdout, result.stderr


def listing(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir()) if folder.exists() else []


def test_add_stores_bytes_and_records_hash(empty_root: Path) -> None:
    source = EMBEDDED / EMBEDDED_FILES[0]
    code, out, _ = run("specs", "add", str(source), "--specs-dir", str(empty_root), "--date", "2025-01-02")
    assert code == 0
    stored = empty_root / "botmaker" / "2025-01-02.json"
    assert stored.read_bytes() == source.read_bytes()
    assert "stored" in out and str(stored) in out
    history = History(empty_root)
    (export,) = history.exports()
    assert export.sha256 == store_module.sha256(source.read_bytes())
    assert listing(empty_root / "botmaker") == ["2025-01-02.json", "index.json"]


def test_same_export_twice_is_reported_not_stored(empty_root: Path) -> None:
    source = str(EMBEDDED / EMBEDDED_FILES[1])
    assert run("specs", "add", source, "--specs-dir", str(empty_root), "--date", "2025-01-02")[0] == 0
    code, out, _ = run("specs", "add", source, "--specs-dir", str(empty_root), "--date", "2025-03-04")
    assert code == 0
    assert "already stored as" in out and "2025-01-02.json" in out
    assert listing(empty_root / "botmaker") == ["2025-01-02.json", "index.json"]


def test_second_export_the_same_day_gets_a_suffix_and_nothing_is_overwritten(empty_root: Path) -> None:
    first, second, third = (EMBEDDED / name for name in EMBEDDED_FILES[:3])
    for source in (first, second, third):
        assert (
            run("specs", "add", str(source), "--specs-dir", str(empty_root), "--date", "2025-05-06")[0] == 0
        )
    folder = empty_root / "botmaker"
    assert listing(folder) == ["2025-05-06-2.json", "2025-05-06-3.json", "2025-05-06.json", "index.json"]
    assert (folder / "2025-05-06.json").read_bytes() == first.read_bytes()
    assert (folder / "2025-05-06-3.json").read_bytes() == third.read_bytes()
    assert [export.file for export in History(empty_root).exports()] == [
        "2025-05-06.json",
        "2025-05-06-2.json",
        "2025-05-06-3.json",
    ]


def test_a_file_dropped_in_by_hand_counts_as_stored(empty_root: Path) -> None:
    folder = empty_root / "botmaker"
    folder.mkdir(parents=True)
    source = EMBEDDED / EMBEDDED_FILES[0]
    (folder / "2024-12-31.json").write_bytes(source.read_bytes())
    code, out, _ = run("specs", "add", str(source), "--specs-dir", str(empty_root))
    assert code == 0 and "already stored" in out
    assert listing(folder) == ["2024-12-31.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"openapi": "3.0.1", "paths": {', "malformed JSON"),
        (b"\xff\xfe not text", "not UTF-8"),
        (b'{"just": "an object"}', "not an OpenAPI document"),
    ],
)
def test_unreadable_export_exits_2_and_stores_nothing(
    tmp_path: Path, empty_root: Path, content: bytes, message: str
) -> None:
    bad = tmp_path / "export.json"
    bad.write_bytes(content)
    code, out, err = run("specs", "add", str(bad), "--specs-dir", str(empty_root))
    assert code == 2
    assert message in err and str(bad) in err
    assert "Traceback" not in err + out
    assert not empty_root.exists()


def test_missing_export_exits_2(empty_root: Path) -> None:
    code, _, err = run("specs", "add", str(empty_root / "nowhere.json"), "--specs-dir", str(empty_root))
    assert code == 2 and "no such file" in err
    assert not empty_root.exists()


def test_strict_refuses_an_export_with_errors(tmp_path: Path, empty_root: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.1", "info": {"title": "x"}, "paths": {}}', encoding="utf-8")
    code, _, err = run("specs", "add", str(broken), "--specs-dir", str(empty_root), "--strict")
    assert code == 1
    assert "version" in err and "not stored" in err
    assert listing(empty_root / "botmaker") == []
    code, out, err = run("specs", "add", str(broken), "--specs-dir", str(empty_root), "--date", "2025-02-03")
    assert code == 0 and "stored" in out and "error" in err
    assert listing(empty_root / "botmaker") == ["2025-02-03.json", "index.json"]


def test_interrupted_write_leaves_nothing_behind(empty_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = EMBEDDED / EMBEDDED_FILES[0]
    real_fsync = os.fsync
    calls = {"n": 0}

    def failing_fsync(descriptor: int) -> None:
        calls["n"] += 1
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store_module.os, "fsync", failing_fsync)
    code, _, err = run("specs", "add", str(source), "--specs-dir", str(empty_root), "--date", "2025-01-02")
    monkeypatch.setattr(store_module.os, "fsync", real_fsync)
    assert calls["n"] == 1
    assert code == 2 and "No space left on device" in err
    assert listing(empty_root / "botmaker") == []


def test_failed_index_update_removes_the_new_export(
    specs_root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = {path.name: path.read_bytes() for path in (specs_root / "botmaker").iterdir()}
    real_replace = os.replace

    def failing_replace(source: str | Path, target: str | Path) -> None:
        if Path(target).name == "index.json":
            raise KeyboardInterrupt
        real_replace(source, target)

    monkeypatch.setattr(store_module.os, "replace", failing_replace)
    history = History(specs_root)
    with pytest.raises(KeyboardInterrupt):
        history.add(
            b'{"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}', "2026-01-01"
        )
    after = {path.name: path.read_bytes() for path in (specs_root / "botmaker").iterdir()}
    assert after == before


@pytest.mark.parametrize("name", ["../elsewhere", "a/b", "", ".hidden", "x" * 80])
def test_api_names_cannot_escape_the_specs_folder(empty_root: Path, name: str) -> None:
    with pytest.raises(HistoryError):
        History(empty_root, name)
    code, _, err = run(
        "specs", "add", str(EMBEDDED / EMBEDDED_FILES[0]), "--specs-dir", str(empty_root), "--api", name
    )
    assert code == 2 and "API name" in err
    assert not empty_root.exists()


def test_embedded_index_matches_the_files() -> None:
    history = History(EMBEDDED.parent)
    exports = history.exports()
    assert [export.file for export in exports] == EMBEDDED_FILES
    for export in exports:
        assert export.sha256 == store_module.sha256(export.path.read_bytes())


def test_a_yaml_export_keeps_its_syntax_and_takes_the_next_sequence(tmp_path: Path, empty_root: Path) -> None:
    import json

    import yaml

    data = json.loads((EMBEDDED / EMBEDDED_FILES[0]).read_text(encoding="utf-8"))
    export = tmp_path / "export.yaml"
    export.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    assert (
        run(
            "specs",
            "add",
            str(EMBEDDED / EMBEDDED_FILES[1]),
            "--specs-dir",
            str(empty_root),
            "--date",
            "2025-07-01",
        )[0]
        == 0
    )
    code, out, _ = run("specs", "add", str(export), "--specs-dir", str(empty_root), "--date", "2025-07-01")
    assert code == 0 and "2025-07-01-2.yaml" in out
    folder = empty_root / "botmaker"
    assert (folder / "2025-07-01-2.yaml").read_bytes() == export.read_bytes()
    assert [e.label for e in History(empty_root).exports()] == ["2025-07-01", "2025-07-01-2"]


def test_an_export_from_stdin_is_stored(empty_root: Path) -> None:
    data = (EMBEDDED / EMBEDDED_FILES[2]).read_bytes()
    result = CliRunner().invoke(
        main, ["specs", "add", "-", "--specs-dir", str(empty_root), "--date", "2025-04-01"], input=data
    )
    assert result.exit_code == 0, result.output
    assert (empty_root / "botmaker" / "2025-04-01.json").read_bytes() == data


def test_a_corrupt_index_is_reported_and_nothing_is_added(specs_root: Path) -> None:
    index = specs_root / "botmaker" / "index.json"
    index.write_text("[1, 2", encoding="utf-8")
    before = listing(specs_root / "botmaker")
    code, _, err = run("specs", "add", str(EMBEDDED / EMBEDDED_FILES[0]), "--specs-dir", str(specs_root))
    assert code == 2 and "unreadable index" in err
    assert listing(specs_root / "botmaker") == before


def test_concurrent_adds_of_one_export_store_it_once(tmp_path: Path) -> None:
    # without the lock one round of ten stores the export more than once about three times in four
    source = str(EMBEDDED / EMBEDDED_FILES[0])
    for attempt in range(3):
        root = tmp_path / str(attempt)
        args = ("specs", "add", source, "--specs-dir", str(root), "--date", "2025-01-02")
        results = [children.finish(process) for process in [children.start(*args) for _ in range(10)]]
        assert [code for code, _, _ in results] == [0] * 10, [err for _, _, err in results]
        assert sum("already stored" not in out for _, out, _ in results) == 1
        assert listing(root / "botmaker") == ["2025-01-02.json", "index.json"]
        assert len(History(root).exports()) == 1


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_stored_exports_and_the_index_get_the_umask_mode(empty_root: Path, umask: int) -> None:
    source = str(EMBEDDED / EMBEDDED_FILES[0])
    code, _, err = children.run("specs", "add", source, "--specs-dir", str(empty_root), umask=umask)
    assert code == 0, err
    folder = empty_root / "botmaker"
    modes = {path.name: stat.S_IMODE(path.stat().st_mode) for path in folder.iterdir()}
    assert set(modes.values()) == {0o666 & ~umask}, modes


def test_an_export_name_on_a_fifo_or_device_is_skipped_without_blocking(specs_root: Path) -> None:
    before = History(specs_root).exports()
    os.mkfifo(specs_root / "botmaker" / "2099-01-01.json")
    (specs_root / "botmaker" / "2099-01-02.json").symlink_to("/dev/zero")
    assert History(specs_root).exports() == before


def test_a_file_name_with_control_characters_is_shown_escaped(empty_root: Path, tmp_path: Path) -> None:
    source = tmp_path / "export\x1b]0;owned\x07.json"  # a terminal-title sequence in the name
    source.write_bytes((EMBEDDED / EMBEDDED_FILES[0]).read_bytes())
    for _ in range(2):  # stored, then found already stored
        code, out, err = run("specs", "add", str(source), "--specs-dir", str(empty_root))
        assert code == 0
        assert "\x1b" not in out + err and "\x07" not in out + err
    assert "export\\x1b]0;owned\\x07.json: already stored as" in out
