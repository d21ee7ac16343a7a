"""``git:REV:PATH``: a file as committed in REV, read with git from the current repository."""

from __future__ import annotations

from typing import TYPE_CHECKING

from generator.lazy import lazy_module
from generator.load.errors import LoadError
from generator.load.text import read_capped

if TYPE_CHECKING:
    import shutil
    import subprocess
else:  # only a git: location runs git; every other load is spared importing them
    shutil = lazy_module("shutil")
    subprocess = lazy_module("subprocess")

PREFIX = "git:"
TIMEOUT_SECONDS = 60


def is_git_location(location: str) -> bool:
    return location.startswith(PREFIX)


def read_git(location: str) -> bytes:
    """The bytes of ``git:REV:PATH``; PATH is relative to the repository root, or to here with ``./``."""
    revision, separator, path = location[len(PREFIX) :].partition(":")
    if not separator or not revision or not path:
        raise LoadError(location, "expected git:REV:PATH, e.g. git:HEAD~1:specs/api.json")
    if revision.startswith("-"):
        raise LoadError(location, f"a revision cannot start with '-': {revision!r}")
    git = shutil.which("git")
    if git is None:
        raise LoadError(location, "git is not installed")
    command = [git, "show", "--no-textconv", "--end-of-options", f"{revision}:{path}"]
    try:
        with subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as process:
            assert process.stdout is not None and process.stderr is not None
            try:
                data = read_capped(process.stdout, location)
            except LoadError:
                process.kill()
                raise
            errors = process.stderr.read(4096)
            code = process.wait(timeout=TIMEOUT_SECONDS)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise LoadError(location, f"git failed: {error}") from None
    if code != 0:
        lines = errors.decode("utf-8", "replace").strip().splitlines()
        reason = lines[0].removeprefix("fatal: ") if lines else f"git exited with {code}"
        raise LoadError(location, reason)
    return data
