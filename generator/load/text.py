"""Source text: the bytes of a regular file or of stdin, read with one size cap, decoded as UTF-8."""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from typing import IO

from generator.load.errors import LoadError

MAX_BYTES = 64 * 1024 * 1024
STDIN = "-"
STDIN_NAME = "<stdin>"
_BOM = codecs.BOM_UTF8
_LEADING_SPACE = re.compile(r"\s*")  # the characters str.strip removes
_TAIL = 64


def read_bytes(location: str) -> tuple[str, bytes]:
    """(display name, bytes) of a path, or of stdin for ``-``; only regular files are opened for reading."""
    if location == STDIN:
        return STDIN_NAME, read_capped(sys.stdin.buffer, STDIN_NAME)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused below like any non-file
        descriptor = os.open(location, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise LoadError(location, "no such file") from None
    except IsADirectoryError:
        raise LoadError(location, "is a directory, not a file") from None
    except OSError as error:
        raise LoadError(location, f"cannot read: {error.strerror}") from None
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            kind = "is a directory, not a file" if stat.S_ISDIR(mode) else "not a regular file"
            raise LoadError(location, kind)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return location, read_capped(handle, location)
    except OSError as error:
        raise LoadError(location, f"cannot read: {error.strerror}") from None
    finally:
        os.close(descriptor)


def read_capped(stream: IO[bytes], name: str) -> bytes:
    """At most MAX_BYTES from ``stream``; a LoadError when there is more."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise LoadError(name, f"larger than {MAX_BYTES // (1024 * 1024)} MiB")
    return data


def without_bom(data: bytes) -> memoryview:
    """The bytes after a leading UTF-8 BOM, uncopied."""
    return memoryview(data)[len(_BOM) if data.startswith(_BOM) else 0 :]


def decode(name: str, data: bytes) -> str:
    """UTF-8 text (a leading BOM dropped); the byte offset of the first invalid sequence after it
    otherwise."""
    try:
        return str(without_bom(data), "utf-8")
    except UnicodeDecodeError as error:
        raise LoadError(name, f"not UTF-8 text (byte {error.start})") from None


def content_start(text: str) -> int:
    """Where ``text.lstrip()`` starts, found without a copy of the text."""
    found = _LEADING_SPACE.match(text)
    assert found is not None
    return found.end()


def content_end(text: str) -> int:
    """``len(text.rstrip())``, found by stripping only a tail of the text (a copy of all of it is large)."""
    size = _TAIL
    while True:
        start = max(len(text) - size, 0)
        kept = len(text[start:].rstrip())
        if kept or not start:
            return start + kept
        size *= 4
