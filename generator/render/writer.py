"""Write a set of rendered files into an output folder: never outside it, never over a user's file.

Each top-level folder that changes is replaced as a whole (see :mod:`generator.render.swap`), so
a kill at any moment leaves it wholly old or wholly new; a top-level file is replaced by a rename.
A file already in OUT is replaced only when specgen wrote it before (it is ``owned``: named in the
lock) or when it already holds exactly what would be written.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import stat
from collections.abc import Collection, Mapping
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from generator import signals
from generator.files import create_file, create_folder, locked, read_regular, real_path
from generator.render.swap import STAGING_PREFIX, link_rest, remove_stale, swap_in, top_folder

_CREATE_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
_FOLDER = os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC | os.O_NOFOLLOW
# Relative, parts neither empty nor starting with "." (so no "." or ".."), no backslash or NUL.
_PLAIN_PATH = re.compile(r"[^/\\\x00.][^/\\\x00]*(?:/[^/\\\x00.][^/\\\x00]*)*")


class UnsafePathError(ValueError):
    """A planned file would land outside the output folder or on something specgen must not replace."""


class ForeignFileError(UnsafePathError):
    """A file specgen did not write is where a generated file would go."""


def checked_path(path: str) -> str:
    """``path`` spelt as ``PurePosixPath`` spells it (no empty or ``.`` parts), once it is known to be
    relative, with no ``..`` and no backslash or NUL in a part; UnsafePathError otherwise."""
    if _PLAIN_PATH.fullmatch(path):  # the usual path, already spelt so: one regex, not a walk of parts
        return path
    parts = [part for part in path.split("/") if part and part != "."]
    if path.startswith("/") or not parts:
        raise UnsafePathError(f"not a relative path: {path!r}")
    for part in parts:
        if part == ".." or "\\" in part or "\x00" in part:
            raise UnsafePathError(f"unsafe path component in {path!r}")
    return "/".join(parts)


def safe_relative(path: str) -> PurePosixPath:
    """A relative POSIX path with no ``..``, no absolute root and no empty or hidden-trick parts."""
    return PurePosixPath(checked_path(path))


class WriteResult(NamedTuple):
    written: tuple[str, ...]
    unchanged: tuple[str, ...]


def _current(target: Path) -> bytes | None:
    """What ``target`` holds now, or None when it is missing or not a regular file within the cap."""
    try:
        return read_regular(target)
    except OSError:
        return None


def stale_files(files: Mapping[str, str], out: Path) -> list[str]:
    """Relative paths whose content in ``out`` differs from ``files`` (or is missing)."""
    return [
        relative
        for relative, content in sorted(files.items())
        if _current(out / safe_relative(relative)) != content.encode("utf-8")
    ]


def _folder_state(root: Path, folder: str, file: str, known: dict[str, bool]) -> bool:
    """Whether ``folder`` (below ``root``) exists: False when it or a folder above it is missing;
    UnsafePathError when one on the way is a symlink, ForeignFileError when one is not a folder.
    Answers are kept in ``known``, so each folder is looked at once however many files it holds."""
    state = known.get(folder)
    if state is None:
        above = folder.rpartition("/")[0]
        state = known[folder] = _folder_state(root, above, file, known) and _is_folder(root, folder, file)
    return state


def _is_folder(root: Path, folder: str, file: str) -> bool:
    try:
        mode = os.lstat(os.path.join(root, folder)).st_mode
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(mode):
        raise UnsafePathError(f"{root / folder} is a symlink; specgen writes only into real folders")
    if not stat.S_ISDIR(mode):
        raise ForeignFileError(f"{root / folder} is in the way of {file} and was not written by specgen")
    return True


def plan(files: Mapping[str, str], root: Path, owned: Collection[str]) -> list[str]:
    """The files that must be written; ForeignFileError when one would replace a file specgen did not write.

    A file in a missing folder is missing too: it is not looked up (a first run into a new OUT
    costs no lookup per file)."""
    changed = []
    known = {"": True}
    for relative, content in sorted(files.items()):
        path = checked_path(relative)
        if not _folder_state(root, path.rpartition("/")[0], path, known):
            changed.append(relative)
            continue
        try:
            mode = os.lstat(os.path.join(root, path)).st_mode
        except FileNotFoundError:
            changed.append(relative)
            continue
        target = root / path
        if not stat.S_ISREG(mode):
            raise ForeignFileError(f"{target} is not a regular file; specgen will not replace it")
        if _current(target) == content.encode("utf-8"):
            continue
        if relative not in owned:
            raise ForeignFileError(
                f"{target} was not written by specgen (it is not in the lock); move it away or"
                " generate into another folder"
            )
        changed.append(relative)
    return changed


def write_tree(
    files: Mapping[str, str], out: Path, owned: Collection[str] = (), record: str | None = None
) -> WriteResult:
    """Write ``files`` into ``out``; files identical already are left untouched.

    ``owned`` names the files specgen wrote into ``out`` before; any other file in the way stops
    the run before anything is written. ``record`` (the lock) is moved in first, so that it names
    every file even a killed run may leave behind. Files in ``out`` that are not in ``files`` are
    never deleted. If rendering or staging fails, ``out`` is as it was.
    """
    out.mkdir(parents=True, exist_ok=True)
    root = real_path(out)
    with locked(root):
        remove_stale(root)
        changed = plan(files, root, owned)
        if changed:
            _commit(files, changed, root, record)
    unchanged = tuple(sorted(set(files) - set(changed)))
    return WriteResult(tuple(changed), unchanged)


def _commit(files: Mapping[str, str], changed: list[str], root: Path, record: str | None) -> None:
    with signals.cleanup_on_terminate():
        staging: Path | None = None
        try:
            with signals.deferred():  # the staging folder exists only once the cleanup can see it
                staging = create_folder(root, STAGING_PREFIX)
            _write_new(staging, {relative: files[relative] for relative in changed})
            tops = {relative: top_folder(relative) for relative in changed}
            replaced = frozenset(changed)
            folders = sorted({folder for folder in tops.values() if folder is not None})
            for folder in folders:
                if (root / folder).is_dir():
                    link_rest(root / folder, staging / folder, replaced, folder)
            top_files = [name for name, folder in tops.items() if folder is None]
            first = [name for name in top_files if name == record]
            with signals.deferred():  # an interrupt waits until every folder and file is in place
                for name in first:
                    os.replace(staging / name, root / name)
                for folder in folders:
                    swap_in(staging / folder, root / folder, staging, replaced)
                for name in top_files:
                    if name not in first:
                        os.replace(staging / name, root / name)
        finally:
            if staging is not None:
                with signals.deferred():
                    shutil.rmtree(staging, ignore_errors=True)


def _write_new(staging: Path, files: Mapping[str, str]) -> None:
    """Create ``files`` (checked relative paths) in the fresh staging folder, each folder made and
    opened once: every file is created relative to its open folder, so the kernel does not walk the
    whole path again for each of thousands of files.

    No fsync: the staging folder is swapped in as a whole, so a killed process leaves OUT wholly old
    or wholly new whichever files were written; surviving a power loss is not promised.
    """
    folders: dict[str, int] = {}
    try:
        for relative, text in files.items():
            folder, _, name = relative.rpartition("/")
            handle = folders.get(folder)
            if handle is None:
                path = os.path.join(staging, folder)
                os.makedirs(path, 0o777, exist_ok=True)
                handle = folders[folder] = os.open(path, _FOLDER)
            _create(name, text.encode("utf-8"), handle)
    finally:
        for handle in folders.values():
            os.close(handle)


def _create(name: str, data: bytes, folder: int) -> None:
    handle = os.open(name, _CREATE_NEW, 0o666, dir_fd=folder)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view) :]
    finally:
        os.close(handle)


def write_file(path: Path, text: str) -> None:
    """Write one file (a report, say) through a temporary file beside it, then rename it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with signals.cleanup_on_terminate():
        handle, temporary = create_file(path.parent, f".{path.name}.", ".tmp")
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
