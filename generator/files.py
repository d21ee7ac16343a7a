"""Files on disk: new ones with the umask's mode, locked folders, and bounded reads of untrusted paths.

New files and folders are created with mode 0666/0777 so the kernel applies the umask, as it does
for any file a user creates (``tempfile`` would make them 0600/0700). A path named by a record
specgen does not control (a lock file comes from a pull request in CI) is read only when it stays
inside a given folder, is a regular file and is no larger than a cap, so a recorded ``/dev/zero``
or a FIFO cannot make a check read forever or block.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

MAX_READ = 64 * 1024 * 1024
_ATTEMPTS = 100


class RefusedPathError(OSError):
    """A path that must not be read: outside its folder, not a regular file, or too large."""


def create_file(folder: Path, prefix: str, suffix: str = "") -> tuple[int, Path]:
    """A new, empty file with a random name in ``folder``, open for writing, with the umask's mode."""
    for _ in range(_ATTEMPTS):
        path = folder / f"{prefix}{os.urandom(6).hex()}{suffix}"
        try:
            return os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666), path
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


def create_folder(folder: Path, prefix: str) -> Path:
    """A new, empty folder with a random name in ``folder``, with the umask's mode."""
    for _ in range(_ATTEMPTS):
        path = folder / f"{prefix}{os.urandom(6).hex()}"
        try:
            path.mkdir(0o777)
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive ``flock`` on ``folder`` itself: one specgen process at a time changes it."""
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``limit`` bytes; RefusedPathError if not.

    The file is opened without blocking (a FIFO would wait for a writer) and checked on the open
    descriptor, so nothing can be swapped in between the check and the read.
    """
    limit = MAX_READ if limit is None else limit
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise RefusedPathError(errno.EINVAL, "not a regular file", str(path))
        chunks = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(handle, min(remaining, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    finally:
        os.close(handle)
    data = b"".join(chunks)
    if len(data) > limit:
        raise RefusedPathError(errno.EFBIG, f"larger than {limit // (1024 * 1024)} MiB", str(path))
    return data


def real_path(path: Path) -> Path:
    """``path`` with every symlink followed; RefusedPathError (an OSError) on a symlink loop."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python 3.11 reports a loop as RuntimeError
        raise RefusedPathError(errno.ELOOP, "a symlink loop", str(path)) from None


def confined(base: Path, relative: str, root: Path) -> Path:
    """``base / relative`` when it is a relative path that stays inside ``root``, symlinks followed.

    ``relative`` may climb out of ``base`` with ``..`` (a lock in ``build/`` names ``../specs/...``)
    but never out of ``root``; RefusedPathError otherwise.
    """
    return Fence(base, root).confine(relative)


class Fence:
    """:func:`confined` for many paths under one ``base`` and ``root``: both are resolved once, and
    each folder on the way once (a lock names thousands of files in a few folders). Paths are
    compared as normalised absolute strings, which is what ``Path.parents`` compares."""

    def __init__(self, base: Path, root: Path) -> None:
        self.root = str(real_path(root))
        self._inside = self.root.rstrip("/") + "/"
        self.base = str(real_path(base))
        self._folders: dict[str, str] = {}

    def confine(self, relative: str) -> Path:
        pure = PurePosixPath(relative)
        if not relative or pure.is_absolute() or "\x00" in relative or "\\" in relative:
            raise RefusedPathError(errno.EINVAL, "not a relative path", relative)
        joined = os.path.normpath(os.path.join(self.base, relative))
        for candidate in (joined, self._real(joined)):
            if candidate != self.root and not candidate.startswith(self._inside):
                raise RefusedPathError(errno.EXDEV, f"outside {self.root}", relative)
        return Path(joined)

    def _real(self, path: str) -> str:
        """``real_path(path)``: its folder's real path (kept), then the last step, followed if a symlink."""
        parent, name = os.path.split(path)
        if not name:
            return path
        folder = self._folders.get(parent)
        if folder is None:
            folder = self._folders[parent] = str(real_path(Path(parent)))
        real = os.path.join(folder, name)
        try:
            link = stat.S_ISLNK(os.lstat(real).st_mode)
        except OSError:  # as resolve() takes a step it cannot look at: not a symlink
            link = False
        return str(real_path(Path(real))) if link else real
