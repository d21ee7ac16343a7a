"""Ctrl-C at any moment of a run, from the first project module on: one line, exit 130, no traceback.

Start-up (importing the command's modules) is the moment that used to print a traceback. The signal
is sent once the process has begun loading specgen's modules (the json extension, which the
modules after generator.signals import, is mapped into it), then a little later each time, through start-up and into the command itself; both ways in are
tried: ``python -m generator`` and the installed ``specgen`` command (its entry point).
"""

from __future__ import annotations

import functools
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PROJECT, SHARED_SPECS

GITHUB = SHARED_SPECS / "github" / "2021-06-16.json"
SCRIPT = Path(sys.executable).with_name("specgen")  # what the console-script entry installs
ENTRIES = {"module": [sys.executable, "-m", "generator"], "script": [str(SCRIPT)]}
MARKER = "/_json."  # a C extension loaded while specgen's own modules are imported
# 130, or ended by the signal itself (shells report that as 130 too)
INTERRUPTED = (128 + signal.SIGINT, -signal.SIGINT)
# From this delay on the run may have written its whole report before the signal lands (the GitHub
# validate ends about 0.16 s after the marker shows); ending it normally is then right.
MAY_HAVE_ENDED = 0.2

pytestmark = pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs /proc")


def _default_signals() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # as a terminal gives it (a background job ignores it)


@functools.cache
def _uninterrupted_report() -> str:
    run = subprocess.run(
        [*ENTRIES["module"], "validate", str(GITHUB)],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        check=False,
    )
    return run.stdout


def _loading_specgen(pid: int) -> bool:
    try:
        return MARKER in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


@pytest.mark.parametrize("entry", sorted(ENTRIES))
@pytest.mark.parametrize("delay", [0.0, 0.01, 0.05, 0.2, 0.6])
def test_sigint_ends_with_one_line_and_exit_130(entry: str, delay: float) -> None:
    if entry == "script" and not SCRIPT.exists():
        pytest.skip("specgen is not installed beside this interpreter")
    process = subprocess.Popen(
        [*ENTRIES[entry], "validate", str(GITHUB)],
        cwd=PROJECT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        preexec_fn=_default_signals,
    )
    deadline = time.monotonic() + 60
    while (
        not (loading := _loading_specgen(process.pid))
        and process.poll() is None
        and time.monotonic() < deadline
    ):
        time.sleep(0.001)
    time.sleep(delay)
    finished = process.poll() is not None
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    assert "Traceback" not in stderr
    assert loading, f"{MARKER} was never mapped: the signal could not be timed"
    if finished:
        pytest.skip("the run ended before the signal was sent")
    if delay >= MAY_HAVE_ENDED and process.returncode == 0:
        # the signal came after the work: the report must then be the whole one, as if uninterrupted
        assert stderr == ""
        assert stdout == _uninterrupted_report()
        return
    assert process.returncode in INTERRUPTED, stderr
    assert stderr == "specgen: interrupted\n"
