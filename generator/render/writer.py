"""Write a set of rendered files atomically into an output folder, never outside it."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator import signals


class UnsafePathError(ValueError):
    """A planned file would land outside the output folder."""


def safe_relative(path: str) -> PurePosixPath:
    """A relative POSIX path with no ``..``, no absolute root and no empty or hidden-trick parts."""
    candidate = PurePosixPath(path)
    if candidate.is_absolute() or not candidate.parts:
        raise UnsafePathError(f"not a relative path: {path!r}")
    for part in candidate.parts:
        if part in ("", ".", "..") or "\\" in part or "\x00" in part:
            raise UnsafePathError(f"unsafe path component in {path!r}")
    return candidate


@dataclass(frozen=True)
class WriteResult:
    written: tuple[str, ...]
    unchanged: tuple[str, ...]


def stale_files(files: Mapping[str, str], out: Path) -> list[str]:
    """Relative paths whose content in ``out`` differs from ``files`` (or is missing)."""
    stale = []
    for relative, content in sorted(files.items()):
        target = out / safe_relative(relative)
        try:
            current = target.read_bytes()
        except OSError:
            stale.append(relative)
            continue
        if current != content.encode("utf-8"):
            stale.append(relative)
    return stale


def write_tree(files: Mapping[str, str], out: Path) -> WriteResult:
    """Stage every file in a temporary folder inside ``out``, then move each into place.

    Files already identical are left untouched; files in ``out`` that are not in ``files``
    are never deleted. If rendering or staging fails, ``out`` is as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    root = out.resolve()
    plan = {relative: safe_relative(relative) for relative in files}
    for relative, path in plan.items():
        target = (root / path).resolve()
        if root not in target.parents:
            raise UnsafePathError(f"{relative!r} resolves outside {out}")
    changed = stale_files(files, out)
    with signals.cleanup_on_terminate():
        staging: Path | None = None
        try:
            with signals.deferred():  # the staging folder exists only once the cleanup can see it
                staging = Path(tempfile.mkdtemp(prefix=".specgen-", dir=root))
            for relative in changed:
                staged = staging / plan[relative]
                staged.parent.mkdir(parents=True, exist_ok=True)
                staged.write_bytes(files[relative].encode("utf-8"))
            with signals.deferred():  # an interrupt waits until every staged file is in place
                for relative in changed:
                    target = root / plan[relative]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(staging / plan[relative], target)
        finally:
            if staging is not None:
                with signals.deferred():
                    shutil.rmtree(staging, ignore_errors=True)
    unchanged = tuple(sorted(set(files) - set(changed)))
    return WriteResult(tuple(changed), unchanged)


def write_file(path: Path, text: str) -> None:
    """Write one file (a report, say) through a temporary file beside it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with signals.cleanup_on_terminate():
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(text.encode("utf-8"))
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)


def content_hash(content: str | bytes) -> str:
    data = content.encode("utf-8") if isinstance(content, str) else content
    return hashlib.sha256(data).hexdigest()
