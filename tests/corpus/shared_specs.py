"""Every real spec in ../shared/specs and the project's specs/ history through the whole program,
as a user runs it, once per session.

Each spec goes through ``validate``, ``diff SPEC SPEC``, ``generate all --mkdocs-config`` and
``mkdocs build --strict`` in subprocesses (two specs at a time). Then three checks run once over all
the generated packages: ``mypy --strict`` on each package as shipped (the stubs win) and without its
stubs (the runtime code); pyright in strict mode on each package (its .py and .pyi files); and
mypy's stubtest on the packages of ``STUBTEST_SPECS``. The results are kept per spec and check for
the tests to assert on.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from tests.conftest import PROJECT, SHARED_SPECS

TIMEOUT = 600
WORKERS = 2
BIN = Path(sys.executable).parent
_MYPY_LINE = re.compile(r"^(corpus_\d+)(?:_runtime)?/")
# stubtest compares stubs with the imported runtime: the specs/ history and public specs chosen for
# their variety (Swagger 2.0, allOf/oneOf-heavy, many tags, enums and nested inline objects)
STUBTEST_PUBLIC = (
    "bitbucket.org__2.0.openapi.yaml",
    "lyft.com__1.0.0.swagger.yaml",
    "mozilla.com__kinto__1.22.openapi.yaml",
    "twitter.com__labs__2.13.openapi.yaml",
    "ix-api.net__2.1.0.openapi.yaml",
    "spoonacular.com__1.0.openapi.yaml",
)


def history_specs() -> list[Path]:
    """The project's own export history (specs/<api>/<date>.json)."""
    return sorted(path for path in (PROJECT / "specs").glob("*/*.json") if path.name != "index.json")


def shared_specs() -> list[Path]:
    return [
        SHARED_SPECS / "botmaker-v2.json",
        *sorted((SHARED_SPECS / "stripe").glob("*.json")),
        *sorted((SHARED_SPECS / "github").glob("*.json")),
        *sorted((SHARED_SPECS / "public").glob("*.yaml")),
        *history_specs(),
    ]


def pyright_specs() -> list[Path]:
    """What pyright strict checks: the real export, the public specs and the history (Stripe's and
    GitHub's packages, ten times larger, are left to mypy: pyright over them alone takes minutes)."""
    large = {SHARED_SPECS / "stripe", SHARED_SPECS / "github"}
    return [spec for spec in shared_specs() if spec.parent not in large]


def stubtest_specs() -> list[Path]:
    return [*history_specs(), *(SHARED_SPECS / "public" / name for name in STUBTEST_PUBLIC)]


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
    pyright_errors: list[str] = field(default_factory=list)
    stubtest_errors: list[str] = field(default_factory=list)


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


def _type_check(runs: list[SpecRun], folder: Path) -> dict[str, Stage]:
    """One run of each checker over every package: mypy (as shipped and as runtime code only, the
    stubs left out), pyright strict, and stubtest on the chosen packages."""
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
    chosen = set(pyright_specs())
    shipped = [run.package for run in runs if run.spec in chosen and (folder / run.package).is_dir()]
    return {
        "mypy": stage,
        "pyright": _pyright(shipped, folder, by_package),
        "stubtest": _stubtest(runs, folder, env),
    }


def _pyright(packages: list[str], folder: Path, by_package: dict[str, SpecRun]) -> Stage:
    config = {"typeCheckingMode": "strict", "pythonVersion": "3.11", "include": packages}
    (folder / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    stage = _run([str(BIN / "pyright"), "--pythonpath", sys.executable, "--outputjson"], folder)
    try:
        report = json.loads(stage.stdout)
    except ValueError:
        return stage
    for diagnostic in report.get("generalDiagnostics", []):
        if diagnostic.get("severity") != "error":
            continue
        path = Path(diagnostic["file"]).relative_to(folder)
        line = f"{path}:{diagnostic['range']['start']['line'] + 1}: {diagnostic['message']}"
        if path.parts[0] in by_package:
            by_package[path.parts[0]].pyright_errors.append(line)
    return stage


def _stubtest(runs: list[SpecRun], folder: Path, env: dict[str, str]) -> Stage:
    chosen = set(stubtest_specs())
    packages = [run.package for run in runs if run.spec in chosen and (folder / run.package).is_dir()]
    stage = _run([sys.executable, "-m", "mypy.stubtest", *packages], folder, env)
    by_package = {run.package: run for run in runs}
    for line in stage.stdout.splitlines():
        if line.startswith("error: "):
            name = line.removeprefix("error: ").split(".", 1)[0].split(" ", 1)[0]
            if name in by_package:
                by_package[name].stubtest_errors.append(line)
    return stage


def run_corpus(work: Path) -> tuple[dict[str, SpecRun], dict[str, Stage]]:
    runs = [
        SpecRun(spec, f"corpus_{index}", work / f"out_{index}") for index, spec in enumerate(shared_specs())
    ]
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        list(pool.map(_pipeline, runs))
    checks = _type_check(runs, work / "typed")
    return {label(run.spec): run for run in runs}, checks


def label(spec: Path) -> str:
    if spec.is_relative_to(SHARED_SPECS):
        return str(spec.relative_to(SHARED_SPECS))
    return str(spec.relative_to(PROJECT))
