"""Run specgen in a child process and measure that one child: exit code, output, CPU time, peak memory."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
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


# Linux keeps a process's peak resident size across exec, and a child forked or vforked from this
# process starts with this process's size: a child of the test process would report at least the
# test process's own peak (which grows over a whole suite). The launcher, small, starts the measured
# run as its own child and reports that child's usage alone.
_LAUNCHER = """
import os, sys
report, *command = sys.argv[1:]
pid = os.posix_spawn(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
with open(report, "w") as out:
    out.write(f"{os.waitstatus_to_exitcode(status)} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
"""


def specgen(*args: str, cwd: Path | None = None, timeout: float = 120.0) -> Run:
    """``python -m generator ARGS``, measured alone: exit code, output, CPU time and peak memory."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "usage"
        out_path, err_path = Path(folder) / "stdout", Path(folder) / "stderr"
        with out_path.open("wb") as out, err_path.open("wb") as err:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-I",
                    "-S",
                    "-c",
                    _LAUNCHER,
                    str(report),
                    sys.executable,
                    "-m",
                    "generator",
                    *args,
                ],
                cwd=cwd or PROJECT,
                stdout=out,
                stderr=err,
                stdin=subprocess.DEVNULL,
                env={**os.environ, "PYTHONPATH": str(PROJECT)},
                start_new_session=True,
            )
            try:
                process.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                raise TimeoutError(f"specgen {' '.join(args)} ran longer than {timeout} s") from None
        code, cpu_seconds, peak_kb = report.read_text().split()
        return Run(
            code=int(code),
            stdout=out_path.read_bytes().decode("utf-8", "replace"),
            stderr=err_path.read_bytes().decode("utf-8", "replace"),
            cpu_seconds=float(cpu_seconds),
            peak_mb=int(peak_kb) / 1024,
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
