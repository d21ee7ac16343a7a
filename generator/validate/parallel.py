"""Run one job in a forked child while the caller does other work (large documents on POSIX).

The child only computes and sends back its result, encoded by ``marshal`` (built in, so nothing is
imported for it; results are plain lists, tuples and strings). If forking is not possible (no fork,
other threads alive) or the child fails, the job simply runs in this process when its result is
asked for, so the answer never depends on how it was computed.
"""

from __future__ import annotations

import marshal
import os
import threading
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def start_in_child(job: Callable[[], T]) -> Callable[[], T]:
    """Begin ``job`` in a child process; the returned function waits for and returns its result."""
    if not hasattr(os, "fork") or threading.active_count() > 1:
        return job
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return job
    if pid == 0:  # the child: compute, send, and leave without running any cleanup of the parent's
        code = 1
        try:
            os.close(read_end)
            value: Any = job()  # plain data marshal can encode; anything else fails the child
            payload = marshal.dumps(value)
            with os.fdopen(write_end, "wb") as pipe:
                pipe.write(payload)
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)

    def result() -> T:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
        _, status = os.waitpid(pid, 0)
        if status != 0 or not payload:
            return job()
        value: T = marshal.loads(payload)
        return value

    return result
