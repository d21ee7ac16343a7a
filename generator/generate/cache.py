"""specgen's cache folder: formatted modules, compiled templates and an export's problems.

It lives in ``$SPECGEN_CACHE_DIR`` (set it empty to disable it), else ``$XDG_CACHE_HOME/specgen``
or ``~/.cache/specgen``, one subfolder per kind. An entry is a text file named by the hash of
everything its content depends on, written whole (a temporary file renamed in place), so a hit
holds exactly what computing it again would give; a folder that cannot be written is no cache.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def cache_folder(kind: str) -> Path | None:
    """The folder of one kind of entry (``black``, ``templates``, ``problems``); None when disabled."""
    configured = os.environ.get("SPECGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) / kind if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specgen" / kind


def read_entry(folder: Path | None, key: str) -> str | None:
    if folder is None:
        return None
    try:
        return (folder / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def store_entry(folder: Path | None, key: str, text: str) -> None:
    if folder is None:
        return
    try:
        target = folder / key[:2] / key
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except OSError:
        return
