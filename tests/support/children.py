"""Start ``python -m generator`` in child processes: many at once, under a given umask, with default signals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def _child_setup(umask: int | None) -> Callable[[], None]:
    def setup() -> None:
        # a background job ignores SIGINT, and Python keeps it ignored; give the child the defaults
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        if umask is not None:
            os.umask(umask)

    return setup


def start(*args: str, umask: int | None = None) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", *args],
        cwd=PROJECT,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        preexec_fn=_child_setup(umask),
    )


def finish(process: subprocess.Popen[bytes], timeout: float = 300) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=timeout)
    return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def run(*args: str, umask: int | None = None) -> tuple[int, str, str]:
    return finish(start(*args, umask=umask))
