"""The no-change path of ``specgen generate``: is OUT already exactly what this run would write?

The lock in OUT records the export, templates, tool and package version that produced the files,
the hash of every file, and which runs (target and package name) wrote them. When all of that
still holds, rendering again would write the same bytes, so the command stops before loading the
export or importing the renderers. Anything else (an edited file, a new export, other templates,
another tool version, a target not generated yet) means a full run.
"""

from __future__ import annotations

from pathlib import Path

from generator.generate.settings import GenerateSettings
from generator.generate.targets import expand
from generator.lock import LockError, check, made_for, read_lock


def run_names(target: str, package_name: str) -> tuple[str, ...]:
    """How the lock names the runs of ``target``: ``all`` is each of its targets."""
    return tuple(f"{name}:{package_name}" for name in expand(target))


def is_up_to_date(spec: Path, out: Path, target: str, settings: GenerateSettings) -> bool:
    try:
        lock = read_lock(out)
    except LockError:
        return False
    if not made_for(lock, spec, out, settings.package_version, settings.templates):
        return False
    if not set(run_names(target, settings.package_name)) <= set(lock.runs):
        return False
    return not check(out, lock)
