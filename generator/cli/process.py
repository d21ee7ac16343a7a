"""How a command's process treats a large document: no search for garbage cycles while it is built and
read, and no tearing it down at exit."""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

from generator.signals import end_if_interrupted


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The parsed document is a large tree without cycles: looking for garbage cycles in it while it
    is built and read costs a sixth of the run on a large spec and frees nothing."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def leave(code: int) -> NoReturn:
    """Leave with ``code``. Run as the program, skip tearing down the parsed document object by
    object (a tenth of the run on a large spec); nothing is left to clean up once output is flushed."""
    end_if_interrupted()
    main_file = os.path.join("generator", "__main__.py")
    program = bool(sys.argv) and (Path(sys.argv[0]).name == "specgen" or sys.argv[0].endswith(main_file))
    streams = (sys.stdout, sys.stderr)
    if program and streams == (sys.__stdout__, sys.__stderr__):
        for stream in streams:
            with contextlib.suppress(OSError, AttributeError):
                stream.flush()  # type: ignore[union-attr]
        os._exit(code)
    raise SystemExit(code)
