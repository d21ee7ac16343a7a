"""black, in a process of its own, so a run whose output ruff lays out like black never imports it.

``python -m generator.generate.black_pass LINE_LENGTH`` reads ``[[path, text], ...]`` as JSON on
stdin and writes the formatted texts, in the same order, as JSON on stdout; a text that is not valid
Python ends it with exit 1 and one line on stderr naming the file. Large batches are spread over
worker processes.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from functools import partial

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput
from black.report import NothingChanged

INVALID_PYTHON = 1
_PARALLEL_BYTES = 50_000


class InvalidPythonError(ValueError):
    """Rendered text that black cannot parse; the message names the file."""


def format_python(path: str, text: str, line_length: int) -> str:
    mode = Mode(target_versions={TargetVersion.PY311}, line_length=line_length, is_pyi=path.endswith(".pyi"))
    try:
        return black.format_str(text, mode=mode)
    except NothingChanged:
        return text
    except InvalidInput as error:
        raise InvalidPythonError(f"{path}: rendered text is not valid Python ({error})") from None


def _format_pair(line_length: int, item: tuple[str, str]) -> str:
    return format_python(*item, line_length)


def format_jobs(jobs: list[tuple[str, str]], line_length: int) -> list[str]:
    """black over every (path, text) job: in worker processes when there is enough work."""
    workers = min(os.cpu_count() or 1, len(jobs))
    if workers < 2 or sum(len(text) for _, text in jobs) < _PARALLEL_BYTES:
        return [format_python(path, text, line_length) for path, text in jobs]
    order = sorted(range(len(jobs)), key=lambda index: -len(jobs[index][1]))
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        done = list(pool.map(partial(_format_pair, line_length), [jobs[index] for index in order]))
    results = [""] * len(jobs)
    for index, text in zip(order, done, strict=True):
        results[index] = text
    return results


def main() -> None:
    jobs = [(str(path), str(text)) for path, text in json.load(sys.stdin)]
    try:
        formatted = format_jobs(jobs, int(sys.argv[1]))
    except InvalidPythonError as error:
        sys.stderr.write(f"{error}\n")
        raise SystemExit(INVALID_PYTHON) from None
    json.dump(formatted, sys.stdout)


if __name__ == "__main__":
    main()
