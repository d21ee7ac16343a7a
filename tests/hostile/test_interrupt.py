"""A generation interrupted by a real SIGINT or SIGTERM leaves OUT as it was before (or, if the
signal came while files were moved into place, as the finished run would), and no staging debris."""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import PROJECT, REAL_EXPORT

OLD_SPEC = PROJECT / "specs" / "botmaker" / "2025-08-05.json"
Snapshot = dict[str, str]


def snapshot(out: Path) -> Snapshot:
    return {
        path.relative_to(out).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(out.rglob("*"))
        if path.is_file()
    }


def debris(out: Path) -> list[str]:
    return [str(path) for path in out.rglob(".specgen-*")]


def _default_signals() -> None:
    # a shell that starts a job in the background makes it ignore SIGINT, and Python keeps an
    # ignored SIGINT ignored; the run under test must get the default a terminal would give it
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _start(spec: Path, out: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "generator", "generate", "all", str(spec), "-o", str(out)],
        cwd=PROJECT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        preexec_fn=_default_signals,
    )


def _generate(spec: Path, out: Path) -> None:
    process = _start(spec, out)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr.decode()


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Snapshot, Snapshot]:
    """The previous output (from an older export) and the snapshot a finished new run gives."""
    before = tmp_path_factory.mktemp("before") / "out"
    _generate(OLD_SPEC, before)
    finished = tmp_path_factory.mktemp("finished") / "out"
    shutil.copytree(before, finished)
    _generate(REAL_EXPORT, finished)
    previous, complete = snapshot(before), snapshot(finished)
    assert previous != complete, "the two exports must give different trees"
    return before, previous, complete


def _staging_appeared(out: Path) -> Callable[[], bool]:
    return lambda: any(entry.name.startswith(".specgen-") for entry in os.scandir(out))


def _interrupt(
    before: Path, work: Path, signum: int, ready: Callable[[Path], Callable[[], bool]]
) -> tuple[int, str, bool]:
    """Run the new generation over a copy of the previous output and signal it once ``ready``."""
    out = work / "out"
    shutil.copytree(before, out)
    process = _start(REAL_EXPORT, out)
    condition = ready(out)
    deadline = time.monotonic() + 120
    caught = False
    while process.poll() is None and time.monotonic() < deadline:
        if condition():
            process.send_signal(signum)
            caught = True
            break
        time.sleep(0.0005)
    _, stderr = process.communicate(timeout=120)
    return process.returncode, stderr.decode(), caught


def _after(seconds: float) -> Callable[[Path], Callable[[], bool]]:
    def ready(out: Path) -> Callable[[], bool]:
        start = time.monotonic()
        return lambda: time.monotonic() - start >= seconds

    return ready


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_while_rendering_leaves_the_previous_output(
    trees: tuple[Path, Snapshot, Snapshot], tmp_path: Path, signum: int
) -> None:
    before, previous, _ = trees
    code, stderr, caught = _interrupt(before, tmp_path, signum, _after(0.3))
    assert caught, "the run ended before the signal could be sent"
    assert code != 0
    assert "Traceback" not in stderr
    assert snapshot(tmp_path / "out") == previous
    assert debris(tmp_path / "out") == []


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_while_writing_leaves_a_whole_tree_and_no_debris(
    trees: tuple[Path, Snapshot, Snapshot], tmp_path: Path, signum: int
) -> None:
    before, previous, complete = trees
    caught_any = False
    for attempt in range(5):
        work = tmp_path / str(attempt)
        work.mkdir()
        code, stderr, caught = _interrupt(before, work, signum, _staging_appeared)
        caught_any = caught_any or caught
        assert "Traceback" not in stderr
        assert snapshot(work / "out") in (previous, complete)
        assert debris(work / "out") == []
        if caught:
            assert code != 0, "a run that was signalled must not report success"
            break
    assert caught_any, "the staging folder was never seen, so no signal landed while writing"
