"""black, in process, with a fixed mode; results cached by content and cold misses run in parallel.

The cache lives in ``$SPECGEN_CACHE_DIR`` (set it empty to disable), else
``$XDG_CACHE_HOME/specgen`` or ``~/.cache/specgen``. An entry is keyed by the black version, the
mode and the unformatted text, so a hit returns exactly what black would.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import multiprocessing
import os
import tempfile
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput
from black.report import NothingChanged

LINE_LENGTH = 100
_PY_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH)
_PYI_MODE = Mode(target_versions={TargetVersion.PY311}, line_length=LINE_LENGTH, is_pyi=True)
_PARALLEL_BYTES = 150_000
_BLACK_VERSION = importlib.metadata.version("black")


class RenderError(ValueError):
    """A template (usually an overriding one) produced something that is not valid Python."""


def is_python(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


def format_python(path: str, text: str) -> str:
    mode = _PYI_MODE if path.endswith(".pyi") else _PY_MODE
    try:
        return black.format_str(text, mode=mode)
    except NothingChanged:
        return text
    except InvalidInput as error:
        raise RenderError(f"{path}: rendered text is not valid Python ({error})") from None


def _format_pair(item: tuple[str, str]) -> str:
    return format_python(*item)


def cache_dir() -> Path | None:
    configured = os.environ.get("SPECGEN_CACHE_DIR")
    if configured is not None:
        return Path(configured) / "black" if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "specgen" / "black"


def _key(path: str, text: str) -> str:
    mode = "pyi" if path.endswith(".pyi") else "py"
    digest = hashlib.sha256(f"{_BLACK_VERSION}\0{mode}\0{LINE_LENGTH}\0".encode())
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


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """Every .py/.pyi file formatted; other files unchanged."""
    folder = cache_dir()
    result = dict(files)
    misses: list[tuple[str, str, str]] = []
    for path, text in files.items():
        if not is_python(path):
            continue
        key = _key(path, text)
        cached = _read(folder, key)
        if cached is None:
            misses.append((path, text, key))
        else:
            result[path] = cached
    if not misses:
        return result
    workers = min(os.cpu_count() or 1, len(misses))
    if workers > 1 and sum(len(text) for _, text, _ in misses) > _PARALLEL_BYTES:
        largest_first = sorted(misses, key=lambda miss: -len(miss[1]))
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            formatted = list(pool.map(_format_pair, [(path, text) for path, text, _ in largest_first]))
        outcomes = zip(largest_first, formatted, strict=True)
    else:
        outcomes = zip(misses, [format_python(path, text) for path, text, _ in misses], strict=True)
    for (path, _, key), text in outcomes:
        result[path] = text
        _store(folder, key, text)
    return result
