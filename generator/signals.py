"""SIGINT and SIGTERM: one line and exit 130 (143) at any moment, and writes that are never cut in half.

``quiet_start`` is the program's first act: until a command runs, and after it ends, SIGINT ends
the process at once with one line (nothing to clean up then; no traceback from a half-done import).
``interrupts_raise`` holds the command itself: there SIGINT raises KeyboardInterrupt so that
``finally`` blocks clean up, and the command ends with the same line and exit code. The signal is
also recorded, because Python does not always let the exception through: raised in a weakref
callback or ``__del__`` it is printed as "Exception ignored" and dropped, raised in ``__set_name__``
(3.11) it becomes a RuntimeError. A command during which a signal arrived ends as interrupted
whatever it raised or returned, and dropped interruptions print nothing.
``cleanup_on_terminate`` turns SIGTERM into an exception (like SIGINT's KeyboardInterrupt) so that
``finally`` blocks run; ``deferred`` holds both signals while files are moved into place and acts
on them once the last move is done. Outside the main thread (where handlers cannot be installed)
all are no-ops, and a SIGINT the process was started ignoring stays ignored.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any, NoReturn

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived; raised like KeyboardInterrupt so cleanup runs and the CLI stops quietly."""


_heard: list[int] = []  # the signals that arrived while a command ran


def _raise_terminated(signum: int, frame: FrameType | None) -> None:
    _heard.append(signum)
    raise Terminated(f"signal {signum}")


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    _heard.append(signum)
    raise KeyboardInterrupt


def _exit_code(signum: int) -> int:
    return 128 + signum  # what a shell reports for a process a signal ended


def _line(signum: int) -> str:
    return "specgen: terminated" if signum == signal.SIGTERM else "specgen: interrupted"


def _end_now(signum: int, frame: FrameType | None) -> None:
    os.write(2, (_line(signum) + "\n").encode())
    os._exit(_exit_code(signum))


def _interrupts_heard() -> bool:
    return _in_main_thread() and signal.getsignal(signal.SIGINT) is not signal.SIG_IGN


def quiet_start() -> None:
    """From here on, a SIGINT outside :func:`interrupts_raise` ends the process with one line, exit 130."""
    if _interrupts_heard():
        signal.signal(signal.SIGINT, _end_now)


@contextmanager
def interrupts_raise() -> Iterator[None]:
    """Within the block SIGINT raises KeyboardInterrupt; the block's interruption (or SIGTERM's
    Terminated) ends the program with one line on stderr and exit 130 (143)."""
    if not _interrupts_heard():
        yield
        return
    _heard.clear()
    try:
        with _handlers(_raise_interrupted, (signal.SIGINT,)), _dropped_interruptions_unprinted():
            yield
    except KeyboardInterrupt as interruption:
        _stop(signal.SIGTERM if isinstance(interruption, Terminated) else signal.SIGINT)
    except BaseException:  # an error, or the command's own exit (SystemExit), after a dropped signal
        end_if_interrupted()
        raise
    end_if_interrupted()


def end_if_interrupted() -> None:
    """Before a command leaves on its own (maybe by ``os._exit``): a signal Python dropped during
    the command still ends it with one line and exit 130 (143)."""
    if _heard:
        _stop(_heard[0])


def _stop(signum: int) -> NoReturn:
    _heard.clear()  # said once: the SystemExit below passes through interrupts_raise unchanged
    print(_line(signum), file=sys.stderr)
    raise SystemExit(_exit_code(signum)) from None


@contextmanager
def _dropped_interruptions_unprinted() -> Iterator[None]:
    previous = sys.unraisablehook

    def report(unraisable: Any) -> None:
        if not isinstance(unraisable.exc_value, KeyboardInterrupt):
            previous(unraisable)

    sys.unraisablehook = report
    try:
        yield
    finally:
        sys.unraisablehook = previous


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
