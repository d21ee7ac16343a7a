"""Running the published pre-commit hooks for real in a throwaway git repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import PROJECT


def published_hook(hook_id: str) -> dict[str, object]:
    """The hook as .pre-commit-hooks.yaml publishes it (a Python hook)."""
    hooks = yaml.safe_load((PROJECT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (hook,) = (hook for hook in hooks if hook["id"] == hook_id)
    assert hook["language"] == "python"
    return dict(hook)


def as_local(hook_id: str, **overrides: object) -> dict[str, object]:
    """The published hook run with the installed specgen, not an environment pre-commit would build."""
    return {**published_hook(hook_id), "language": "system", **overrides}


def run_in_repo(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``args`` in ``repo`` with this interpreter's scripts first on PATH, a private pre-commit cache
    and a fixed git identity; ``CI`` is dropped so output is what a developer sees."""
    env = {
        **os.environ,
        "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""),
        "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Release Engineer",
        "GIT_AUTHOR_EMAIL": "release@example.com",
        "GIT_COMMITTER_NAME": "Release Engineer",
        "GIT_COMMITTER_EMAIL": "release@example.com",
    }
    env.pop("CI", None)
    return subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=600, check=False)


def pre_commit(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_in_repo(repo, sys.executable, "-m", "pre_commit", *args)
