"""An interruption ends the command with one line and exit 130 even when Python reports it wrapped in
another exception; an ordinary error inside the block is left for the caller to report."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator

import pytest

from generator.cli.process import leave
from generator.signals import interrupts_raise


@pytest.fixture(autouse=True)
def _sigint_heard() -> Iterator[None]:
    # a job a shell starts in the background ignores SIGINT, and interrupts_raise then keeps out of it
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


class _SignalledWhileNamed:
    """A descriptor whose ``__set_name__`` is running when a real SIGINT arrives."""

    def __set_name__(self, owner: type, name: str) -> None:
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(10_000):  # the handler runs between two bytecodes of this frame
            pass


def test_an_interrupt_during_class_creation_ends_as_an_interrupt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as ended, interrupts_raise():

        class Holder:  # Python 3.11 reports the interrupt as a RuntimeError caused by it
            field = _SignalledWhileNamed()

    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "specgen: interrupted\n"


def test_an_error_in_cleanup_after_an_interrupt_ends_as_an_interrupt(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as ended, interrupts_raise():
        try:
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000):
                pass
        finally:
            raise OSError("the cleanup failed too")
    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "specgen: interrupted\n"


def test_an_ordinary_error_is_not_taken_for_an_interrupt() -> None:
    with pytest.raises(RuntimeError, match="a bug"), interrupts_raise():
        raise RuntimeError("a bug")


def test_an_interrupt_python_drops_still_ends_the_command_and_prints_nothing_else(
    capsys: pytest.CaptureFixture[str],
) -> None:
    class Interrupted:
        def __del__(self) -> None:  # an exception raised here is reported as ignored, then dropped
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(10_000):
                pass

    finished = []
    with pytest.raises(SystemExit) as ended, interrupts_raise():
        Interrupted()  # collected at once: the interrupt is raised inside __del__
        finished.append(True)
    assert finished == [True]  # the command went on, as Python dropped the exception
    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "specgen: interrupted\n"


class _DroppedInterrupt:
    def __del__(self) -> None:  # an exception raised here is reported as ignored, then dropped
        os.kill(os.getpid(), signal.SIGINT)
        for _ in range(10_000):
            pass


@pytest.mark.parametrize("exit_code", [0, 1])
def test_a_command_that_leaves_after_a_dropped_interrupt_ends_as_interrupted(
    capsys: pytest.CaptureFixture[str], exit_code: int
) -> None:
    with pytest.raises(SystemExit) as ended, interrupts_raise():
        _DroppedInterrupt()
        leave(exit_code)  # the command's own exit comes before the block could look at the signal
    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "specgen: interrupted\n"


def test_a_system_exit_after_a_dropped_interrupt_ends_as_interrupted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as ended, interrupts_raise():
        _DroppedInterrupt()
        raise SystemExit(0)
    assert ended.value.code == 128 + signal.SIGINT
    assert capsys.readouterr().err == "specgen: interrupted\n"


def test_an_ordinary_exit_is_left_alone() -> None:
    with pytest.raises(SystemExit) as ended, interrupts_raise():
        leave(1)
    assert ended.value.code == 1
