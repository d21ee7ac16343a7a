"""The ``specgen-breaking``, ``specgen-diff`` and ``specgen-validate`` hooks, run by real pre-commit."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests.conftest import PROJECT
from tests.support.precommit import published_hook, run_in_repo

FIXTURES = PROJECT / "tests" / "fixtures" / "diff"
pytestmark = pytest.mark.slow


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose committed export is a fixture base, with the published hooks configured."""
    repo = tmp_path / "repo"
    (repo / "api").mkdir(parents=True)
    (repo / "api" / "openapi.yaml").write_text((FIXTURES / "path-added" / "base.yaml").read_text())
    versions = ["git:HEAD:api/openapi.yaml", "api/openapi.yaml"]
    hooks = [
        # The installed specgen instead of an environment pre-commit would build from a package index.
        {**published_hook("specgen-breaking"), "language": "system", "args": versions, "files": "^api/"},
        {
            **published_hook("specgen-diff"),
            "id": "specgen-diff",
            "language": "system",
            "files": "^api/",
            "args": ["--fail-on", "warning", *versions],
            "stages": ["manual"],
        },
        {
            **published_hook("specgen-validate"),
            "language": "system",
            "args": ["api/openapi.yaml"],
            "files": "^api/",
        },
    ]
    config = {"repos": [{"repo": "local", "hooks": hooks}]}
    (repo / ".pre-commit-config.yaml").write_text(json.dumps(config, indent=2), encoding="utf-8")
    assert run_in_repo(repo, "git", "init", "-q", "-b", "main").returncode == 0
    assert run_in_repo(repo, "git", "add", ".").returncode == 0
    committed = run_in_repo(repo, "git", "commit", "-q", "-m", "First export")
    assert committed.returncode == 0, committed.stdout + committed.stderr
    # Hooks go into a repository where the export is already committed (git:HEAD:... must exist).
    installed = run_in_repo(repo, sys.executable, "-m", "pre_commit", "install")
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repo


def _stage(repo: Path, fixture: str) -> None:
    (repo / "api" / "openapi.yaml").write_text((FIXTURES / fixture / "revision.yaml").read_text())
    assert run_in_repo(repo, "git", "add", "api/openapi.yaml").returncode == 0


def test_breaking_change_blocks_the_commit(repo: Path) -> None:
    _stage(repo, "path-removed")
    refused = run_in_repo(repo, "git", "commit", "-q", "-m", "Drop a path")
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0
    assert "specgen breaking API changes" in said and "Failed" in said
    assert "path /items/{id} removed" in said
    assert "Drop a path" not in run_in_repo(repo, "git", "log", "--format=%s").stdout


def test_compatible_change_is_committed(repo: Path) -> None:
    _stage(repo, "path-added")
    accepted = run_in_repo(repo, "git", "commit", "-q", "-m", "Add a path")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert "Add a path" in run_in_repo(repo, "git", "log", "--format=%s").stdout


def test_diff_hook_fails_at_the_level_given_in_args(repo: Path) -> None:
    (repo / "api" / "openapi.yaml").write_text((FIXTURES / "server-removed" / "revision.yaml").read_text())
    ran = run_in_repo(
        repo,
        sys.executable,
        "-m",
        "pre_commit",
        "run",
        "specgen-diff",
        "--hook-stage",
        "manual",
        "--all-files",
    )
    assert ran.returncode != 0, ran.stdout
    assert "server https://api.example.com/v1 removed" in ran.stdout
