"""Read ``git:REV:PATH`` (a file as committed in REV, read with git from the current repository)."""

from __future__ import annotations

import shutil
import subprocess

from generator.load import LoadError, SourceDocument, load, parse

PREFIX = "git:"


def is_git_location(location: str) -> bool:
    return location.startswith(PREFIX)


def read_git(location: str) -> str:
    """The text of ``git:REV:PATH``; PATH is relative to the repository root, or to here with ``./``."""
    spec = location[len(PREFIX) :]
    revision, separator, path = spec.partition(":")
    if not separator or not revision or not path:
        raise LoadError(location, "expected git:REV:PATH, e.g. git:HEAD~1:specs/api.json")
    git = shutil.which("git")
    if git is None:
        raise LoadError(location, "git is not installed")
    try:
        result = subprocess.run(
            [git, "show", f"{revision}:{path}"], capture_output=True, check=False, timeout=60
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LoadError(location, f"git failed: {error}") from None
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0].removeprefix("fatal: ") if lines else f"git exited with {result.returncode}"
        raise LoadError(location, reason)
    try:
        return result.stdout.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LoadError(location, f"not UTF-8 text (byte {error.start})") from None


def load_location(location: str, allow_external_refs: bool = False) -> SourceDocument:
    """A path, ``-`` for stdin, or ``git:REV:PATH`` (whose references may only be local)."""
    if is_git_location(location):
        from generator.refs import apply_policy

        return apply_policy(parse(location, read_git(location)), None, False)
    return load(location, allow_external_refs=allow_external_refs)
