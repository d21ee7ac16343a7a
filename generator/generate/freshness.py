"""The no-change path of ``specgen generate``: is OUT already exactly what this run would write?

The lock in OUT records the export, templates, tool and package version that produced the files,
the hash of every file, and which runs (target and package name) wrote them. When all of that
still holds, rendering again would write the same bytes, so the command stops before loading the
export or importing the renderers. Anything else (an edited file, a new export, other templates,
another tool version, a target not generated yet, a killed run's staging folder) means a full run.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from generator.files import real_path
from generator.generate.settings import GenerateSettings
from generator.generate.targets import expand
from generator.lock import LockError, check, made_for, read_lock
from generator.render.swap import leftovers


def run_names(target: str, settings: GenerateSettings) -> tuple[str, ...]:
    """How the lock names the runs of ``target``: ``all`` is each of its targets.

    A name carries every setting that changes a target's output besides those the lock records
    itself (export, templates, tool and package version), so other settings mean a full run.
    """
    names = []
    for name in expand(target):
        run = f"{name}:{settings.package_name}"
        if name == "docs":
            site = hashlib.sha256((settings.site_name or "").encode()).hexdigest()[:12]
            run += f":{'mkdocs' if settings.mkdocs_config else 'nav'}:{site}"
        names.append(run)
    return tuple(names)


def is_up_to_date(spec: Path, out: Path, target: str, settings: GenerateSettings) -> bool:
    """Whether OUT holds what this run would write; any doubt (or error) means a full run."""
    try:
        return _up_to_date(spec, out, target, settings)
    except (LockError, OSError):
        return False


def _up_to_date(spec: Path, out: Path, target: str, settings: GenerateSettings) -> bool:
    lock = read_lock(out)
    if not made_for(lock, spec, out, settings.package_version, settings.templates):
        return False
    if not set(run_names(target, settings)) <= set(lock.runs) or leftovers(out):
        return False  # (a killed run's staging folders are removed by a full run)
    # the lock names this run's own export and templates, so they may be read wherever they are
    named = [out, spec, *([settings.templates] if settings.templates is not None else [])]
    return not check(out, lock, Path(os.path.commonpath([real_path(path) for path in named])))
