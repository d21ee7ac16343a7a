"""SIGINT and SIGTERM around writes: staging is cleaned up, and a set of moves is never cut in half.

``cleanup_on_terminate`` turns SIGTERM into an exception (like SIGINT's KeyboardInterrupt) so that
``finally`` blocks run; ``deferred`` holds both signals while files are moved into place and acts
on them once the last move is done. Outside the main thread (where handlers cannot be installed)
both are no-ops.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived; raised like KeyboardInterrupt so cleanup runs and the CLI stops quietly."""


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    raise Terminated(f"signal {signum}")


def _in_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextmanager
def _handlers(handler: Any, signals: tuple[signal.Signals, ...]) -> Iterator[None]:
    previous = {signum: signal.signal(signum, handler) for signum in signals}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)


@contextmanager
def cleanup_on_terminate() -> Iterator[None]:
    """Within the block SIGTERM raises Terminated instead of ending the process on the spot."""
    if not _in_main_thread():
        yield
        return
    with _handlers(_raise_terminated, (signal.SIGTERM,)):
        yield


@contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block ends, then act on the first one that came."""
    if not _in_main_thread():
        yield
        return
    received: list[int] = []

    def remember(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    with _handlers(remember, HANDLED):
        yield
    if received:
        if received[0] == signal.SIGTERM:
            raise Terminated(f"signal {received[0]}")
        raise KeyboardInterrupt
