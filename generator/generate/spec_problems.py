"""The export's own problems for a generation run, found once per export and specgen build.

A run prints their count and lists them in ``--report``; they are exactly what ``validate`` gives.
They are found in a child process while the run renders (``validate.parallel``) and kept in the
cache (kind ``problems``), so the client and stubs runs of one export validate it once. An entry
is keyed by the export (name, syntax, text) and by specgen's build: the size and modification time
of every module of the package (as Python's bytecode cache judges a source) and of every folder
libraries are imported from (installing or upgrading one changes its folder).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import __version__
from generator.generate.cache import cache_folder, read_entry, store_entry
from generator.model import Document
from generator.problems import Problem
from generator.rules.rule import Level
from generator.validate import parallel, validate

PACKAGE = Path(__file__).resolve().parent.parent

Row = tuple[str, str, str, str, int | None, int | None]  # a problem as plain data (see parallel)


@functools.cache
def build_stamp() -> str:
    """What identifies the code that validates (read once a process)."""
    digest = hashlib.sha256(f"{sys.version}\0{__version__}\0".encode())
    for module in sorted(PACKAGE.rglob("*.py")):
        digest.update(_stat_line(module))
    for folder in sys.path:
        digest.update(_stat_line(Path(folder or os.curdir)))
    return digest.hexdigest()


def _stat_line(path: Path) -> bytes:
    try:
        stat = path.stat()
    except OSError:
        return f"{path}\0-\n".encode("utf-8", "surrogateescape")
    return f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode("utf-8", "surrogateescape")


def _key(document: Document) -> str:
    source = document.source
    digest = hashlib.sha256(
        f"{build_stamp()}\0{source.name}\0{source.syntax}\0".encode("utf-8", "surrogatepass")
    )
    digest.update(source.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _rows(document: Document) -> list[Row]:
    return [
        (problem.rule, problem.level.value, problem.pointer, problem.message, problem.line, problem.column)
        for problem in validate(document)
    ]


def _problems(rows: list[Row]) -> list[Problem]:
    return [
        Problem(rule, Level(level), at, text, line, column) for rule, level, at, text, line, column in rows
    ]


def _is_row(row: Any) -> bool:
    if not isinstance(row, list) or len(row) != 6:
        return False
    texts, position = row[:4], row[4:]
    return all(isinstance(text, str) for text in texts) and all(
        number is None or type(number) is int for number in position
    )


def _parse_entry(text: str | None) -> list[Problem] | None:
    """The problems of a cache entry; None for an entry that is not one (then validation runs)."""
    if text is None:
        return None
    try:
        data: Any = json.loads(text)
        if not isinstance(data, list) or not all(_is_row(row) for row in data):
            return None
        return _problems([(row[0], row[1], row[2], row[3], row[4], row[5]) for row in data])
    except ValueError:  # not JSON, or not a level
        return None


def start(document: Document) -> Callable[[], list[Problem]]:
    """Begin finding the document's problems; the returned function waits for them."""
    folder = cache_folder("problems")
    key = "" if folder is None else _key(document)  # no cache: no need to hash the export and the build
    cached = _parse_entry(read_entry(folder, key))
    if cached is not None:
        return lambda: cached
    pending = parallel.start_in_child(functools.partial(_rows, document))

    def result() -> list[Problem]:
        rows = pending()
        store_entry(folder, key, json.dumps(rows, ensure_ascii=True))
        return _problems(rows)

    return result
