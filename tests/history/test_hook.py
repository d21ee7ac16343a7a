"""The ``specgen-generated-up-to-date`` hook, run by real pre-commit in a real git repository."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.history.conftest import EMBEDDED
from tests.support.precommit import as_local, pre_commit, run_in_repo

HOOK_ID = "specgen-generated-up-to-date"
pytestmark = pytest.mark.slow
run = run_in_repo


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository with the example history, its build, and the hook installed."""
    repo = tmp_path / "repo"
    shutil.copytree(EMBEDDED, repo / "specs" / "botmaker")
    assert run(repo, "git", "init", "-q", "-b", "main").returncode == 0
    built = run(repo, "specgen", "build", "-o", "generated")
    assert built.returncode == 0, built.stderr
    hook = as_local(HOOK_ID, args=["-o", "generated"])
    assert hook["pass_filenames"] is False
    config = {"repos": [{"repo": "local", "hooks": [hook]}]}
    (repo / ".pre-commit-config.yaml").write_text(json.dumps(config, indent=2), encoding="utf-8")
    installed = pre_commit(repo, "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert run(repo, "git", "add", ".").returncode == 0
    committed = run(repo, "git", "commit", "-q", "-m", "Generated client")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    return repo


def test_hook_passes_on_fresh_output_and_blocks_a_commit_with_a_hand_edit(repo: Path) -> None:
    passed = pre_commit(repo, "run", "--all-files")
    assert passed.returncode == 0, passed.stdout
    assert "Passed" in passed.stdout
    target = next((repo / "generated" / "client").rglob("client.py"))
    target.write_text(target.read_text(encoding="utf-8") + "# quick fix\n", encoding="utf-8")
    assert run(repo, "git", "add", ".").returncode == 0
    refused = run(repo, "git", "commit", "-q", "-m", "Tweak the client")
    assert refused.returncode != 0
    said = refused.stdout + refused.stderr
    assert "Failed" in said and "edited by hand" in said
    assert target.relative_to(repo / "generated").as_posix() in said
    assert "Tweak the client" not in run(repo, "git", "log", "--format=%s").stdout


def test_hook_fails_when_a_newer_export_was_added_without_rebuilding(repo: Path) -> None:
    newest = sorted((repo / "specs" / "botmaker").glob("20*.json"))[-1]
    newer = json.loads(newest.read_text(encoding="utf-8"))
    newer["info"]["version"] = "2.1"
    export = repo.parent / "export.json"
    export.write_text(json.dumps(newer, indent=2), encoding="utf-8")
    added = run(repo, "specgen", "specs", "add", str(export), "--date", "2099-01-01")
    assert added.returncode == 0, added.stderr
    stale = pre_commit(repo, "run", "--all-files")
    assert stale.returncode == 1
    assert "newer export" in stale.stdout
    assert run(repo, "specgen", "build", "-o", "generated").returncode == 0
    fresh = pre_commit(repo, "run", "--all-files")
    assert fresh.returncode == 0, fresh.stdout
