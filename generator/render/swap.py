"""Replace a folder as a whole: a kill at any moment leaves it wholly old or wholly new.

The new version is built in a staging folder beside it (``OUT/.specgen-stage-*``): files that
change are written there, every other entry of the old folder is hard-linked in, so files the
run does not touch (a user's own among them) carry over. Then the two folders are exchanged in
one ``renameat2(RENAME_EXCHANGE)``; where the system has no such call the old folder is renamed
aside into the staging folder and the new one renamed in, and a run that finds the old folder
aside and nothing in its place puts it back. Staging folders left by a killed run are removed by
the next run, which recognises them by their name.
"""

from __future__ import annotations

import ctypes
import errno
import functools
import os
import shutil
import stat
from collections.abc import Callable, Collection
from pathlib import Path

STAGING_PREFIX = ".specgen-stage-"
_OWN_PREFIX = ".specgen-"  # every folder specgen leaves in OUT while writing starts so
ASIDE = "aside"  # inside a staging folder: old folders renamed away by the fallback
_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_UNSUPPORTED = (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP)

Exchange = Callable[[int, bytes, int, bytes, int], int]


@functools.cache
def _renameat2() -> Exchange | None:
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = (ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint)
    function.restype = ctypes.c_int
    exchange: Exchange = function
    return exchange


def exchange(first: Path, second: Path) -> bool:
    """Swap two existing paths in one step; False where the system or file system cannot."""
    function = _renameat2()
    if function is None:
        return False
    if function(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in _UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(second))


def link_rest(old: Path, new: Path, replaced: Collection[str], relative: str = "") -> None:
    """Hard-link every entry of ``old`` into ``new`` except the files in ``replaced`` (paths below OUT)."""
    new.mkdir(0o777, exist_ok=True)
    with os.scandir(old) as entries:
        for entry in entries:
            inner = f"{relative}/{entry.name}" if relative else entry.name
            if entry.is_dir(follow_symlinks=False):
                link_rest(Path(entry.path), new / entry.name, replaced, inner)
            elif inner not in replaced:
                _link(Path(entry.path), new / entry.name)
    os.chmod(new, stat.S_IMODE(old.lstat().st_mode))


def _link(source: Path, target: Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:  # no hard links here (or too many): a copy carries the content just as well
        shutil.copy2(source, target, follow_symlinks=False)


def swap_in(new: Path, target: Path, staging: Path, replaced: Collection[str]) -> None:
    """Put the folder ``new`` at ``target``; what was there ends inside ``staging`` (removed later)."""
    if not os.path.lexists(target):
        os.rename(new, target)
        return
    if exchange(new, target):
        _rescue(new, target, replaced, target.name)
        return
    aside = staging / ASIDE
    aside.mkdir(0o700, exist_ok=True)
    os.rename(target, aside / target.name)
    os.rename(new, target)
    _rescue(aside / target.name, target, replaced, target.name)


def _rescue(old: Path, new: Path, replaced: Collection[str], relative: str) -> None:
    """Move into ``new`` what changed in ``old`` after it was linked (a file saved during the run)."""
    with os.scandir(old) as entries:
        for entry in entries:
            inner = f"{relative}/{entry.name}"
            counterpart = new / entry.name
            if not os.path.lexists(counterpart):
                os.rename(entry.path, counterpart)
            elif entry.is_dir(follow_symlinks=False):
                if counterpart.is_dir():
                    _rescue(Path(entry.path), counterpart, replaced, inner)
            elif inner not in replaced and not _same_file(entry, counterpart):
                os.replace(entry.path, counterpart)


def _same_file(entry: os.DirEntry[str], other: Path) -> bool:
    mine, theirs = entry.stat(follow_symlinks=False), other.lstat()
    return (mine.st_dev, mine.st_ino) == (theirs.st_dev, theirs.st_ino)


def leftovers(root: Path) -> list[Path]:
    """The staging folders a killed run left in ``root``."""
    try:
        with os.scandir(root) as entries:
            return sorted(Path(entry.path) for entry in entries if _is_own(entry))
    except FileNotFoundError:
        return []


def remove_stale(root: Path) -> None:
    """Remove the staging folders a killed run left in ``root``, restoring a folder left aside."""
    for staging in leftovers(root):
        aside = staging / ASIDE
        if aside.is_dir():
            for old in aside.iterdir():
                if not os.path.lexists(root / old.name):
                    os.rename(old, root / old.name)
        shutil.rmtree(staging)


def _is_own(entry: os.DirEntry[str]) -> bool:
    return entry.name.startswith(_OWN_PREFIX) and entry.is_dir(follow_symlinks=False)


def top_folder(relative: str) -> str | None:
    """The first folder of a path below OUT (``pkg`` for ``pkg/api/x.py``); None for a top-level file."""
    folder, _, rest = relative.partition("/")
    if folder not in ("", ".") and rest.strip("/."):  # a part after the folder: no walk of the parts
        return folder
    parts = [part for part in relative.split("/") if part not in ("", ".")]  # as PurePosixPath splits
    return parts[0] if len(parts) > 1 else None
