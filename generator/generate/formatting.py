"""Generated Python laid out as black lays it out; results cached by content.

By default one ``ruff format`` run does the work and black redoes only the few pieces where the two
differ (see ``ruff_pass``); the ``black`` formatter (also used when ruff is not installed) runs
black alone, in parallel pieces (``black_pass``, imported only then). Both give the same bytes.

The cache lives in ``$SPECGEN_CACHE_DIR`` (set it empty to disable), else
``$XDG_CACHE_HOME/specgen`` or ``~/.cache/specgen``. An entry is keyed by the formatter, its
versions, the mode and the unformatted text, so a hit returns exactly what a cold run would.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from generator.generate import ruff_pass
from generator.generate.settings import FORMATTERS
from generator.lazy import lazy_module

if TYPE_CHECKING:
    from generator.generate import black_pass
else:
    black_pass = lazy_module("generator.generate.black_pass")

LINE_LENGTH = 100
_BLACK_VERSION = importlib.metadata.version("black")


def is_python(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


def cache_dir() -> Path | None:
    configured = os.environ.get("SPECGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) / "black" if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specgen" / "black"


def _key(path: str, text: str, formatter: str) -> str:
    mode = "pyi" if path.endswith(".pyi") else "py"
    versions = f"{formatter}\0{_BLACK_VERSION}\0{ruff_pass.ruff_version() if formatter == 'ruff' else ''}"
    digest = hashlib.sha256(f"{versions}\0{mode}\0{LINE_LENGTH}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _read(folder: Path | None, key: str) -> str | None:
    if folder is None:
        return None
    try:
        return (folder / key[:2] / key).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _store(folder: Path | None, key: str, text: str) -> None:
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


def format_files(files: Mapping[str, str], formatter: str = "ruff") -> dict[str, str]:
    """Every .py/.pyi file formatted; other files unchanged.

    ``formatter`` is ``"ruff"`` (ruff, then black where they differ; black alone when ruff is not
    installed) or ``"black"``.
    """
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r}: use one of {', '.join(FORMATTERS)}")
    binary = ruff_pass.ruff_binary() if formatter == "ruff" else None
    formatter = "ruff" if binary is not None else "black"
    folder = cache_dir()
    result = dict(files)
    misses: dict[str, tuple[str, str]] = {}
    for path, text in files.items():
        if not is_python(path):
            continue
        key = _key(path, text, formatter)
        cached = _read(folder, key)
        if cached is None:
            misses[path] = (text, key)
        else:
            result[path] = cached
    if not misses:
        return result
    unformatted = {path: text for path, (text, _) in misses.items()}
    formatted = _with_ruff(binary, unformatted) if binary is not None else None
    if formatted is None:
        formatted = black_pass.format_modules(unformatted, LINE_LENGTH)
    for path, (_, key) in misses.items():
        result[path] = formatted[path]
        _store(folder, key, formatted[path])
    return result


def _with_ruff(binary: str, files: dict[str, str]) -> dict[str, str] | None:
    """One ruff run, then black on the divergent pieces; None when ruff cannot format the files."""
    first = ruff_pass.ruff_format(binary, files, LINE_LENGTH)
    if first is None:
        return None
    return ruff_pass.repair(files, first, _black_jobs)


def _black_jobs(jobs: list[tuple[str, str]]) -> list[str]:
    return black_pass.format_jobs(jobs, LINE_LENGTH) if jobs else []
