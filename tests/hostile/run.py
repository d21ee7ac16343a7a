"""Run specgen in a child process and measure that one child: exit code, output, CPU time, peak memory."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from generator.cli.main import COMMANDS

PROJECT = Path(__file__).resolve().parents[2]
PEAK_MB_LIMIT = 500
CPU_SECONDS_LIMIT = 2.0


@dataclass(frozen=True)
class Run:
    code: int
    stdout: str
    stderr: str
    cpu_seconds: float
    peak_mb: float


def specgen(*args: str, cwd: Path | None = None, timeout: float = 120.0) -> Run:
    """``python -m generator ARGS``; os.wait4 gives the resource usage of exactly this child."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(
            [sys.executable, "-m", "generator", *args],
            cwd=cwd or PROJECT,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(PROJECT)},
        )
        deadline = time.monotonic() + timeout
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                raise TimeoutError(f"specgen {' '.join(args)} ran longer than {timeout} s")
            time.sleep(0.005)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            code=process.returncode,
            stdout=out.read().decode("utf-8", "replace"),
            stderr=err.read().decode("utf-8", "replace"),
            cpu_seconds=usage.ru_utime + usage.ru_stime,
            peak_mb=usage.ru_maxrss / 1024,
        )


def available_commands() -> set[str]:
    """The commands registered so far (validate, diff, generate, ...)."""
    return set(COMMANDS)


def command_lines(spec: Path, out: Path) -> dict[str, list[str]]:
    """How each command that reads a spec is invoked on one input, for the commands that exist."""
    lines = {
        "validate": ["validate", str(spec)],
        "diff": ["diff", str(spec), str(spec)],
        "generate": ["generate", "all", str(spec), "-o", str(out)],
        "specs": ["specs", "add", str(spec), "--specs-dir", str(out)],
    }
    return {name: line for name, line in lines.items() if name in available_commands()}
