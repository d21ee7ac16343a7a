"""The lock file: which export, templates and tool version produced which generated files.

``OUT/specgen.lock.json`` lets a check tell, by hashing alone and without rendering anything,
whether generated files were edited by hand or no longer match their export or templates. It also
says which files in OUT are specgen's: only those are ever replaced.

A lock is committed, so in CI it may come from a pull request: every path it names is confined
(generated files to OUT, the export and templates to the repository) and read with a size cap.
"""

from __future__ import annotations

import enum
import hashlib
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from generator import __version__
from generator.files import Fence, RefusedPathError, confined, read_regular, real_path
from generator.render.environment import builtin_templates
from generator.render.writer import UnsafePathError, WriteResult, checked_path, content_hash, write_tree

LOCK_NAME = "specgen.lock.json"
LOCK_FORMAT = 1


class LockError(ValueError):
    """The lock file is missing or cannot be read."""


@dataclass(frozen=True)
class Lock:
    spec: str  # the export, relative to the folder holding the lock (POSIX separators)
    spec_sha256: str
    templates_sha256: str
    tool_version: str
    package_version: str
    files: Mapping[str, str]  # generated file (relative to OUT) -> sha256
    templates: str | None = None  # the override folder, relative to the folder holding the lock
    runs: tuple[str, ...] = ()  # the generate runs ("client:botmaker_client") that wrote the files
    earlier: tuple[str, ...] = ()  # files earlier runs from other inputs wrote into OUT (still specgen's)

    def to_text(self) -> str:
        payload = {
            "format": LOCK_FORMAT,
            "tool_version": self.tool_version,
            "spec": {"path": self.spec, "sha256": self.spec_sha256},
            "templates": {"overrides": self.templates, "sha256": self.templates_sha256},
            "package_version": self.package_version,
            "files": dict(sorted(self.files.items())),
        }
        if self.runs:
            payload["runs"] = sorted(set(self.runs))
        if self.earlier:
            payload["earlier_files"] = sorted(set(self.earlier))
        return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_text(cls, text: str, where: str) -> Lock:
        try:
            data = json.loads(text)
            spec = data["spec"]
            files = data["files"]
            lock = cls(
                spec=str(spec["path"]),
                spec_sha256=str(spec["sha256"]),
                templates_sha256=str(data["templates"]["sha256"]),
                templates=_optional_str(data["templates"].get("overrides")),
                tool_version=str(data["tool_version"]),
                package_version=str(data.get("package_version", "")),
                files={str(name): str(digest) for name, digest in files.items()},
                runs=tuple(str(run) for run in data.get("runs", ())),
                earlier=tuple(str(name) for name in data.get("earlier_files", ())),
            )
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise LockError(f"{where}: not a specgen lock file ({type(error).__name__}: {error})") from None
        for name in (*lock.files, *lock.earlier):
            try:
                checked_path(name)
            except UnsafePathError as error:
                raise LockError(f"{where}: {error}") from None
        return lock

    @property
    def owned(self) -> frozenset[str]:
        """Every file in OUT that specgen wrote, the lock itself included."""
        return frozenset({*self.files, *self.earlier, LOCK_NAME})


def _optional_str(value: object) -> str | None:
    return None if value is None else str(value)


def _relative_to(path: Path, folder: Path) -> str:
    return Path(os.path.relpath(real_path(path), real_path(folder))).as_posix()


class Finding(enum.Enum):
    """Why generated output is not up to date."""

    EDITED = "edited"  # a generated file's content differs from what was generated
    MISSING = "missing"  # a generated file is gone
    SPEC_CHANGED = "spec-changed"  # the export changed since generation
    SPEC_MISSING = "spec-missing"
    NEWER_EXPORT = "newer-export"  # the history has an export newer than the one generated from
    TEMPLATES_CHANGED = "templates-changed"
    TOOL_CHANGED = "tool-changed"


@dataclass(frozen=True)
class Stale:
    finding: Finding
    path: str
    detail: str = ""


def templates_hash(overrides: Path | None = None) -> str:
    """One hash over every built-in template and every override (names and contents)."""
    digest = hashlib.sha256()
    for label, folder in (("builtin", builtin_templates()), ("overrides", overrides)):
        if folder is None or not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            relative = path.relative_to(folder).as_posix()
            digest.update(f"{label}/{relative}\0".encode())
            digest.update(hashlib.sha256(read_regular(path)).digest())
    return digest.hexdigest()


def make_lock(
    spec: Path,
    spec_bytes: bytes,
    out: Path,
    files: Mapping[str, str],
    package_version: str,
    overrides: Path | None = None,
    runs: tuple[str, ...] = (),
) -> Lock:
    return Lock(
        spec=_relative_to(spec, out),
        spec_sha256=hashlib.sha256(spec_bytes).hexdigest(),
        templates_sha256=templates_hash(overrides),
        tool_version=__version__,
        package_version=package_version,
        files={name: content_hash(text) for name, text in files.items() if name != LOCK_NAME},
        templates=None if overrides is None else _relative_to(overrides, out),
        runs=runs,
    )


def made_for(lock: Lock, spec: Path, out: Path, package_version: str, overrides: Path | None) -> bool:
    """Whether ``lock`` names this export, package version and template folder (not their contents)."""
    templates = None if overrides is None else _relative_to(overrides, out)
    return (lock.spec, lock.package_version, lock.templates) == (
        _relative_to(spec, out),
        package_version,
        templates,
    )


def merge_with_existing(lock: Lock, out: Path) -> Lock:
    """Keep the entries of an earlier run into ``out`` from the same inputs (e.g. client, then stubs).

    Files an earlier run from other inputs wrote stay specgen's (``earlier``) while they exist.
    """
    try:
        existing = read_lock(out)
    except LockError:
        return lock
    same_inputs = (existing.spec, existing.spec_sha256, existing.templates_sha256, existing.tool_version) == (
        lock.spec,
        lock.spec_sha256,
        lock.templates_sha256,
        lock.tool_version,
    )
    if same_inputs and existing.package_version == lock.package_version:
        lock = replace(
            lock, files={**existing.files, **lock.files}, runs=tuple(sorted({*existing.runs, *lock.runs}))
        )
    return _with_earlier(lock, existing, out)


def _with_earlier(lock: Lock, previous: Lock, out: Path) -> Lock:
    left = ({*previous.files, *previous.earlier} - set(lock.files)) - {LOCK_NAME}
    return replace(lock, earlier=tuple(sorted(name for name in left if os.path.lexists(out / name))))


def owned_files(out: Path) -> frozenset[str]:
    """The files in ``out`` that specgen wrote, by its lock (none without a readable lock)."""
    try:
        return read_lock(out).owned
    except LockError:
        return frozenset()


def write_generated(files: Mapping[str, str], out: Path) -> WriteResult:
    """Write generated files together with their lock (``files`` holds it); only specgen's files are replaced."""
    return write_tree(files, out, owned_files(out), record=LOCK_NAME)


def with_lock(files: Mapping[str, str], lock: Lock, out: Path) -> dict[str, str]:
    """The generated files plus their lock, merged with the lock already in ``out``."""
    return {**files, LOCK_NAME: merge_with_existing(lock, out).to_text()}


def read_lock(out: Path) -> Lock:
    path = out / LOCK_NAME
    try:
        text = read_regular(confined(out, LOCK_NAME, out)).decode("utf-8")
    except FileNotFoundError:
        raise LockError(f"{path}: no lock file (generate first)") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LockError(f"{path}: cannot read: {error}") from None
    return Lock.from_text(text, str(path))


def repository_root(out: Path) -> Path:
    """The folder a lock in ``out`` may name paths in: the git work tree holding it, else OUT's parent."""
    resolved = real_path(out)
    for folder in (resolved, *resolved.parents):
        if (folder / ".git").exists():
            return folder
    return resolved.parent


def _digest(path: Path) -> str | None:
    """The file's SHA-256; None when it is missing; RefusedPathError when it is not a regular file."""
    try:
        return hashlib.sha256(read_regular(path)).hexdigest()
    except RefusedPathError:
        raise
    except OSError:
        return None


def _recorded(out: Path, relative: str, root: Path, what: str) -> Path:
    """A path the lock names, confined to ``root``; LockError when it leads elsewhere."""
    try:
        return confined(out, relative, root)
    except RefusedPathError as error:
        raise LockError(
            f"{out / LOCK_NAME}: the {what} path {relative!r} is refused: {error.strerror}"
        ) from None


def check(out: Path, lock: Lock | None = None, root: Path | None = None) -> list[Stale]:
    """Everything that makes ``out`` differ from what its lock says was generated.

    The export and templates the lock names must lie inside ``root`` (by default the repository
    holding ``out``); LockError when they do not or are not regular files.
    """
    lock = lock if lock is not None else read_lock(out)
    root = root if root is not None else repository_root(out)
    spec_path = _recorded(out, lock.spec, root, "export")
    overrides = None if lock.templates is None else _recorded(out, lock.templates, root, "templates")
    found: list[Stale] = []
    try:
        spec_digest = _digest(spec_path)
        templates_digest = templates_hash(overrides)
    except OSError as error:
        raise LockError(f"{out / LOCK_NAME}: cannot read what it names: {error}") from None
    if spec_digest is None:
        found.append(Stale(Finding.SPEC_MISSING, lock.spec))
    elif spec_digest != lock.spec_sha256:
        found.append(Stale(Finding.SPEC_CHANGED, lock.spec))
    if templates_digest != lock.templates_sha256:
        found.append(Stale(Finding.TEMPLATES_CHANGED, "templates"))
    if lock.tool_version != __version__:
        found.append(Stale(Finding.TOOL_CHANGED, LOCK_NAME, f"{lock.tool_version} -> {__version__}"))
    fence = Fence(out, out)
    for name, digest in sorted(lock.files.items()):
        try:
            current = _digest(fence.confine(name))
        except RefusedPathError:
            found.append(Stale(Finding.EDITED, name, "not a regular file inside the output folder"))
            continue
        if current is None:
            found.append(Stale(Finding.MISSING, name))
        elif current != digest:
            found.append(Stale(Finding.EDITED, name))
    return found
