"""A generation interrupted by a real SIGINT or SIGTERM leaves OUT as it was before (or, if the
signal came while files were moved into place, as the finished run would), and no staging debris.
A SIGKILL, which nothing can hold off, still leaves each package wholly old or wholly new."""

from __future__ import annotations

import hashlib
import itertools
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.lock import LOCK_NAME, read_lock
from generator.render import swap
from generator.render.writer import write_tree
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
        # no caches: a run then renders, validates and formats for seconds, as a first run does, so
        # a signal sent a moment after start-up lands while it renders (a warm run is over by then)
        env={**os.environ, "PYTHONPATH": str(PROJECT), "SPECGEN_CACHE_DIR": ""},
        preexec_fn=_default_signals,
    )


def _generate(spec: Path, out: Path) -> None:
    process = _start(spec, out)
    _, stderr = process.communicate(timeout=300)
    assert process.returncode == 0, stderr.decode()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The previous output (from an older export) and what a finished new run over it leaves."""
    before = tmp_path_factory.mktemp("before") / "out"
    _generate(OLD_SPEC, before)
    finished = tmp_path_factory.mktemp("finished") / "out"
    shutil.copytree(before, finished)
    _generate(REAL_EXPORT, finished)
    return before, finished


@pytest.fixture(scope="module")
def trees(outputs: tuple[Path, Path]) -> tuple[Path, Snapshot, Snapshot]:
    """The previous output and the snapshots of it and of a finished new run."""
    before, finished = outputs
    previous, complete = snapshot(before), snapshot(finished)
    assert previous != complete, "the two exports must give different trees"
    return before, previous, complete


@dataclass(frozen=True)
class Timeline:
    """Seconds from a new run's start: staging folder first seen, lock replaced (the first move), exit."""

    staging: float
    lock: float
    end: float


@pytest.fixture(scope="module")
def timeline(outputs: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Timeline:
    """When, in a run like the ones under test, writing begins, the moves begin and the run ends: the
    signals are timed from these, so a faster specgen does not finish before they land."""
    before, _ = outputs
    measured = []
    for attempt in range(3):
        out = tmp_path_factory.mktemp(f"timeline-{attempt}") / "out"
        shutil.copytree(before, out)
        start, process = time.monotonic(), _start(REAL_EXPORT, out)
        writing, moved = _staging_appeared(out), _lock_replaced(out)
        staging = lock = None
        while process.poll() is None:
            now = time.monotonic() - start
            staging = staging if staging is not None or not writing() else now
            lock = lock if lock is not None or not moved() else now
            time.sleep(0.0002)
        end = time.monotonic() - start
        process.communicate(timeout=60)
        if staging is not None and lock is not None:
            measured.append(Timeline(staging, lock, end))
    assert measured, "no run was seen writing"
    return min(measured, key=lambda run: run.end - run.staging)


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


def _startup_seconds() -> float:
    start = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--help"],
        cwd=PROJECT,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        check=True,
    )
    return time.monotonic() - start


def _after(seconds: float) -> Callable[[Path], Callable[[], bool]]:
    def ready(out: Path) -> Callable[[], bool]:
        start = time.monotonic()
        return lambda: time.monotonic() - start >= seconds

    return ready


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM], ids=["SIGINT", "SIGTERM"])
def test_interrupted_while_rendering_leaves_the_previous_output(
    trees: tuple[Path, Snapshot, Snapshot], timeline: Timeline, tmp_path: Path, signum: int
) -> None:
    before, previous, _ = trees
    # a signal during Python's own start-up (importing click) is not what this test is about; on a
    # busy machine start-up alone can take longer than a fixed delay. Rendering ends where writing
    # begins: the signal lands between the two.
    startup = _startup_seconds()
    delay = max(startup, (startup + timeline.staging) / 2)
    code, stderr, caught = _interrupt(before, tmp_path, signum, _after(delay))
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


KILL_TRIES = 20
PACKAGES = ("botmaker_client", "docs")


def _package(tree: Snapshot, folder: str) -> Snapshot:
    return {name: digest for name, digest in tree.items() if name.startswith(f"{folder}/")}


def _imports(out: Path) -> subprocess.CompletedProcess[str]:
    code = "import botmaker_client, botmaker_client.client, botmaker_client.models, botmaker_client.api"
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=out,
        env={**os.environ, "PYTHONPATH": str(out)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def _lock_replaced(out: Path) -> Callable[[], bool]:
    inode = (out / LOCK_NAME).stat().st_ino
    return lambda: (out / LOCK_NAME).stat().st_ino != inode


def _kill_at_random(before: Path, out: Path, rng: random.Random, attempt: int, timeline: Timeline) -> bool:
    """Start the new run over a copy of ``before`` and SIGKILL it at a random moment of its writing.

    Even tries count from the staging folder's appearance (writing, linking, swapping, removing),
    odd ones from the lock's replacement, the first move: the few milliseconds the moves take. Each
    delay falls within that phase as the measured run took it.
    """
    shutil.copytree(before, out)
    process = _start(REAL_EXPORT, out)
    started = _staging_appeared(out) if attempt % 2 == 0 else _lock_replaced(out)
    phase = timeline.end - (timeline.staging if attempt % 2 == 0 else timeline.lock)
    delay = rng.uniform(0.0, 0.9 * phase)
    deadline = time.monotonic() + 120
    while process.poll() is None and not started() and time.monotonic() < deadline:
        time.sleep(0.0002)
    time.sleep(delay)
    killed = process.poll() is None
    process.kill()
    process.communicate(timeout=60)
    return killed


@pytest.mark.slow
def test_sigkill_at_any_moment_leaves_each_package_wholly_old_or_new(
    trees: tuple[Path, Snapshot, Snapshot], timeline: Timeline, tmp_path: Path
) -> None:
    before, previous, complete = trees
    rng = random.Random(20261130)
    seen = {"killed": 0, "new": 0, "old": 0, "debris": 0}
    for attempt in range(KILL_TRIES):
        out = tmp_path / f"out-{attempt}"  # as deep as the finished tree: the lock names the same spec path
        seen["killed"] += _kill_at_random(before, out, rng, attempt, timeline)
        tree = snapshot(out)
        for folder in PACKAGES:
            now = _package(tree, folder)
            assert now in (_package(previous, folder), _package(complete, folder)), (attempt, folder)
            seen["new" if now == _package(complete, folder) else "old"] += 1
        imported = _imports(out)
        assert imported.returncode == 0, (attempt, imported.stderr)
        if debris(out) and seen["debris"] < 2:
            seen["debris"] += 1
            _generate(REAL_EXPORT, out)  # the next run removes what the killed one left
            assert debris(out) == [] and snapshot(out) == complete
    assert seen["killed"] >= KILL_TRIES // 2 and seen["old"] and seen["new"], seen


def _mutations() -> list[str]:
    return ["replace", "rename", "link", "unlink", "rmdir", "mkdir", "chmod"]


def _die_at(step: int) -> None:
    """In this (forked) process, SIGKILL ourselves just before the ``step``-th change to the disk."""
    count = [0]

    def counted(function: Callable[..., object]) -> Callable[..., object]:
        def call(*args: object, **kwargs: object) -> object:
            count[0] += 1
            if count[0] == step:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)

        return call

    for name in _mutations():
        setattr(os, name, counted(getattr(os, name)))
    swap.exchange = counted(swap.exchange)  # type: ignore[assignment]


def _write_and_die(files: dict[str, str], out: Path, owned: frozenset[str], step: int) -> int:
    """Fork; the child writes ``files`` into ``out`` and dies at ``step``; its exit status."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            _die_at(step)
            write_tree(files, out, owned, record=LOCK_NAME)
        finally:
            os._exit(0)
    return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])


@pytest.mark.slow
def test_death_before_any_single_disk_change_leaves_each_package_wholly_old_or_new(
    outputs: tuple[Path, Path], trees: tuple[Path, Snapshot, Snapshot], tmp_path: Path
) -> None:
    """Every moment, not a random few: the writer dies before its 1st, 2nd, ... change to the disk."""
    before, finished = outputs
    _, previous, complete = trees
    files = {
        path.relative_to(finished).as_posix(): path.read_text(encoding="utf-8")
        for path in finished.rglob("*")
        if path.is_file()
    }
    owned = read_lock(before).owned
    for step in itertools.count(1):
        out = tmp_path / f"out-{step}"
        shutil.copytree(before, out)
        status = _write_and_die(files, out, owned, step)
        tree = snapshot(out)
        for folder in PACKAGES:
            now = _package(tree, folder)
            assert now in (_package(previous, folder), _package(complete, folder)), (step, folder)
        shutil.rmtree(out)
        if status == 0:
            break
        assert status == -signal.SIGKILL
    assert step > 100, "the run should take many steps; fewer means the counting missed them"
