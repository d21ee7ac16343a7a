"""Generated Python laid out as black lays it out; results cached by content.

By default one ``ruff format`` run does the work and black redoes only the few pieces where the two
differ (see ``ruff_pass``); the ``black`` formatter (also used when ruff is not installed) runs
black alone, in parallel pieces (``black_pass``, imported only then). Both give the same bytes.

A cache entry (``generate.cache``, kind ``black``) is keyed by the formatter, its versions, the
mode and the unformatted text, so a hit returns exactly what a cold run would.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from typing import TYPE_CHECKING

from _black_version import version as black_version  # type: ignore[import-untyped]

from generator.generate import ruff_pass
from generator.generate.cache import cache_folder, read_entry, store_entry
from generator.generate.settings import FORMATTERS
from generator.lazy import lazy_module
from generator.render import client_layout

if TYPE_CHECKING:
    from generator.generate import black_pass
else:
    black_pass = lazy_module("generator.generate.black_pass")

LINE_LENGTH = client_layout.LINE_LENGTH  # the templates write long lines in black's layout for it


def is_python(path: str) -> bool:
    return path.endswith((".py", ".pyi"))


def _key(path: str, text: str, ruff: str | None) -> str:
    """``ruff`` is the ruff binary doing the first pass (None: black alone)."""
    mode = "pyi" if path.endswith(".pyi") else "py"
    versions = f"{'black' if ruff is None else 'ruff'}\0{black_version}\0"
    versions += ruff_pass.ruff_version(ruff) if ruff is not None else ""
    digest = hashlib.sha256(f"{versions}\0{mode}\0{LINE_LENGTH}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def format_files(files: Mapping[str, str], formatter: str = "ruff") -> dict[str, str]:
    """Every .py/.pyi file formatted; other files unchanged.

    ``formatter`` is ``"ruff"`` (ruff, then black where they differ; black alone when ruff is not
    installed) or ``"black"``.
    """
    if formatter not in FORMATTERS:
        raise ValueError(f"unknown formatter {formatter!r}: use one of {', '.join(FORMATTERS)}")
    binary = ruff_pass.ruff_binary() if formatter == "ruff" else None
    folder = cache_folder("black")
    result = dict(files)
    misses: dict[str, tuple[str, str]] = {}
    for path, text in files.items():
        if not is_python(path):
            continue
        key = "" if folder is None else _key(path, text, binary)  # no cache: no `ruff --version` either
        cached = read_entry(folder, key)
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
        store_entry(folder, key, formatted[path])
    return result


def _with_ruff(binary: str, files: dict[str, str]) -> dict[str, str] | None:
    """One ruff run, then black on the divergent pieces; None when ruff cannot format the files."""
    first = ruff_pass.ruff_format(binary, files, LINE_LENGTH)
    if first is None:
        return None
    return ruff_pass.repair(files, first, _black_jobs)


def _black_jobs(jobs: list[tuple[str, str]]) -> list[str]:
    return black_pass.format_jobs(jobs, LINE_LENGTH) if jobs else []
