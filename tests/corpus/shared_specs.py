"""Every real spec in ../shared/specs through the whole program, as a user runs it, once per session.

Each spec goes through ``validate``, ``diff SPEC SPEC``, ``generate all --mkdocs-config`` and
``mkdocs build --strict`` in subprocesses (two specs at a time); then one ``mypy --strict`` run
checks every generated package, both as shipped (the stubs win) and without its stubs (the runtime
code). The results are kept per spec and stage for the tests to assert on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import SHARED_SPECS

TIMEOUT = 600
WORKERS = 2
BIN = Path(sys.executable).parent
_MYPY_LINE = re.compile(r"^(corpus_\d+)(?:_runtime)?/")


def shared_specs() -> list[Path]:
    return [
        SHARED_SPECS / "botmaker-v2.json",
        *sorted((SHARED_SPECS / "stripe").glob("*.json")),
        *sorted((SHARED_SPECS / "github").glob("*.json")),
        *sorted((SHARED_SPECS / "public").glob("*.yaml")),
    ]


@dataclass
class Stage:
    """One command's outcome: exit code (None on timeout), output and wall time."""

    command: list[str]
    returncode: int | None
    stdout: str
    stderr: str
    seconds: float

    def describe(self) -> str:
        code = "timed out" if self.returncode is None else f"exit {self.returncode}"
        return f"{' '.join(self.command[2:])}: {code} after {self.seconds:.1f} s\n{self.stderr[-3000:]}"


@dataclass
class SpecRun:
    spec: Path
    package: str
    out: Path
    stages: dict[str, Stage] = field(default_factory=dict)
    mypy_errors: list[str] = field(default_factory=list)


def _run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None) -> Stage:
    started = time.monotonic()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=TIMEOUT, cwd=cwd, env=env, check=False
        )
    except subprocess.TimeoutExpired as error:
        partial = error.stderr.decode("utf-8", "replace") if isinstance(error.stderr, bytes) else ""
        return Stage(command, None, "", partial, time.monotonic() - started)
    return Stage(command, done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def _pipeline(run: SpecRun) -> SpecRun:
    specgen = [sys.executable, "-m", "generator"]
    spec = str(run.spec)
    run.stages["validate"] = _run([*specgen, "validate", spec])
    run.stages["diff"] = _run([*specgen, "diff", spec, spec, "--format", "json", "--fail-on", "info"])
    run.stages["generate"] = _run(
        [
            *specgen,
            "generate",
            "all",
            spec,
            "-o",
            str(run.out),
            "--package-name",
            run.package,
            "--mkdocs-config",
        ]
    )
    if (run.out / "mkdocs.yml").is_file():
        env = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
        run.stages["mkdocs"] = _run([sys.executable, "-m", "mkdocs", "build", "--strict"], run.out, env)
    return run


def _type_check(runs: list[SpecRun], folder: Path) -> Stage:
    """One mypy run over every package, as shipped and as runtime code only (stubs left out)."""
    folder.mkdir()
    packages: list[str] = []
    for run in runs:
        source = run.out / run.package
        if not source.is_dir():
            continue
        shutil.copytree(source, folder / run.package)
        shutil.copytree(source, folder / f"{run.package}_runtime", ignore=shutil.ignore_patterns("*.pyi"))
        packages += ["-p", run.package, "-p", f"{run.package}_runtime"]
    env = {**os.environ, "MYPY_CACHE_DIR": str(folder / ".mypy_cache"), "PYTHONPATH": str(folder)}
    stage = _run([str(BIN / "mypy"), "--strict", "--no-error-summary", *packages], folder, env)
    by_package = {run.package: run for run in runs}
    for line in stage.stdout.splitlines():
        match = _MYPY_LINE.match(line)
        if match and match.group(1) in by_package:
            by_package[match.group(1)].mypy_errors.append(line)
    return stage


def run_corpus(work: Path) -> tuple[dict[str, SpecRun], Stage]:
    runs = [
        SpecRun(spec, f"corpus_{index}", work / f"out_{index}") for index, spec in enumerate(shared_specs())
    ]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(_pipeline, runs))
    mypy = _type_check(runs, work / "typed")
    return {label(run.spec): run for run in runs}, mypy


def label(spec: Path) -> str:
    return str(spec.relative_to(SHARED_SPECS))
