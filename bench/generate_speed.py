"""Generation speed, side by side with openapi-python-client, in one run.

    .venv/bin/python bench/generate_speed.py [--repeat N] [--skip-stripe] [--skip-github] [--github PATH]

Targets (from the generate issue):
  1. cold client + stubs on the Botmaker export: specgen at least 2x faster than the peer;
  2. warm re-run, nothing changed: specgen at least 4x faster than the peer;
  3. the 4 MB Stripe export, every operation generated: specgen at least 3x faster than the peer;
  4. GitHub's REST description (2021-06-16), client + stubs: specgen at least 3x faster than the peer.

The peer is pip-installed into bench/.cache/venv (with ruff, which it runs to format its output;
specgen formats with ruff too and has black redo the layouts where the two styles differ, so its
output is black's). Cold runs start with no output and empty specgen formatting and problems
caches (so the stubs run reuses what the client run found, as a user's second command does); the
templates specgen compiled in an earlier run are kept, as compiled Python bytecode is (a line for
information times runs that compile them too), and specgen's modules are byte-compiled first. Warm runs find the previous run's output (and, for
specgen, its lock and cache) in place. The two tools' runs alternate, so both meet the same load. The peer
refuses the unmodified Botmaker export, so both tools read a copy
patched just enough for the peer: missing response descriptions are filled in and duplicated
enum values dropped. On Stripe the peer runs with ``literal_enums: true`` (its own advice when
enum names collide). The script prints every time and ratio and exits 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parent.parent
SHARED_SPECS = PROJECT.parent / "shared" / "specs"
BOTMAKER = SHARED_SPECS / "botmaker-v2.json"
STRIPE = SHARED_SPECS / "stripe" / "2022-04-07.json"
GITHUB = SHARED_SPECS / "github" / "2021-06-16.json"
CACHE = PROJECT / "bench" / ".cache"
PEER_VENV = CACHE / "venv"
PEER_REQUIREMENTS = ("openapi-python-client==0.29.1", "ruff==0.17.6")
SPECGEN = Path(sys.executable).parent / "specgen"


@dataclass(frozen=True)
class Outcome:
    name: str
    specgen: float
    peer: float
    wanted: float | None  # the peer/specgen ratio the target asks for (None: shown for information)
    cpu_ratio: float | None = None  # the same ratio in CPU seconds (less swayed by other jobs' load)

    @property
    def ratio(self) -> float:
        return self.peer / self.specgen

    @property
    def met(self) -> bool:
        return self.wanted is None or self.ratio >= self.wanted


# the peer -------------------------------------------------------------------------------------


def peer_bin(name: str) -> Path:
    return PEER_VENV / "bin" / name


def ensure_peer() -> None:
    """Install the peer once; later runs reuse bench/.cache/venv."""
    marker = PEER_VENV / ".bench-installed"
    if marker.exists() and marker.read_text() == "\n".join(PEER_REQUIREMENTS):
        return
    print(f"installing {', '.join(PEER_REQUIREMENTS)} into {PEER_VENV.relative_to(PROJECT)}")
    try:
        if not peer_bin("python").exists():
            subprocess.run([sys.executable, "-m", "venv", str(PEER_VENV)], check=True)
        pip = [str(peer_bin("python")), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
        subprocess.run([*pip, *PEER_REQUIREMENTS], check=True)
    except (OSError, subprocess.CalledProcessError) as error:
        sys.exit(f"cannot install the peer into {PEER_VENV}: {error}")
    marker.write_text("\n".join(PEER_REQUIREMENTS))


def peer_command(spec: Path, out: Path, config: Path | None, overwrite: bool) -> list[str]:
    command = [str(peer_bin("openapi-python-client")), "generate", "--path", str(spec)]
    command += ["--output-path", str(out)]
    if config is not None:
        command += ["--config", str(config)]
    if overwrite:
        command.append("--overwrite")
    return command


def patch_for_peer(source: Path, target: Path) -> list[str]:
    """Copy ``source`` to ``target`` with the fewest changes the peer needs; return what changed."""
    document = json.loads(source.read_text(encoding="utf-8"))
    changes: list[str] = []
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for code, response in (operation.get("responses") or {}).items():
                if isinstance(response, dict) and "$ref" not in response and "description" not in response:
                    response["description"] = ""
                    changes.append(f"description added: {method.upper()} {path} {code}")

    def dedupe(node: Any, pointer: str) -> None:
        if isinstance(node, dict):
            enum = node.get("enum")
            if isinstance(enum, list):
                unique = [value for index, value in enumerate(enum) if value not in enum[:index]]
                if len(unique) != len(enum):
                    node["enum"] = unique
                    changes.append(f"duplicate enum values dropped: {pointer}")
            for key, value in node.items():
                dedupe(value, f"{pointer}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                dedupe(value, f"{pointer}/{index}")

    dedupe(document, "#")
    target.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return changes


# specgen --------------------------------------------------------------------------------------


def specgen_commands(spec: Path, out: Path, report: Path | None = None) -> list[list[str]]:
    """client + stubs into one output folder."""
    extra = ["--report", str(report)] if report is not None else []
    return [
        [str(SPECGEN), "generate", "client", str(spec), "-o", str(out), *extra],
        [str(SPECGEN), "generate", "stubs", str(spec), "-o", str(out)],
    ]


# timing ---------------------------------------------------------------------------------------


def run(commands: Sequence[Sequence[str]], env: dict[str, str], may_fail: bool = False) -> float:
    """Wall time of the commands in sequence; a failing command stops the bench with its output
    (unless ``may_fail``: the peer ends with exit 1 on GitHub's description, output written)."""
    started = time.perf_counter()
    for command in commands:
        completed = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if completed.returncode != 0 and not may_fail:
            sys.exit(f"failed ({completed.returncode}): {' '.join(command)}\n{completed.stderr[-3000:]}")
    return time.perf_counter() - started


Timed = tuple[Callable[[], None], Callable[[], float]]  # (prepare, measure)


def children_cpu() -> float:
    """CPU seconds (user + system) of every finished child process so far, ruff's included."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_of(repeat: int, ours: Timed, theirs: Timed) -> tuple[float, float, float]:
    """Best wall times of both tools and the ratio of their best CPU times; the runs alternate so
    that both tools meet the same load."""
    walls: tuple[list[float], list[float]] = ([], [])
    cpus: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for side, (prepare, measure) in enumerate((ours, theirs)):
            prepare()
            before = children_cpu()
            walls[side].append(measure())
            cpus[side].append(children_cpu() - before)
    for name, side in (("specgen", 0), ("peer", 1)):
        times = " ".join(f"{wall:.2f}/{cpu:.2f}" for wall, cpu in zip(walls[side], cpus[side], strict=True))
        print(f"  {name:8} wall/CPU s: {times}")
    return min(walls[0]), min(walls[1]), min(cpus[1]) / min(cpus[0])


def fresh(*folders: Path) -> Callable[[], None]:
    """Start from nothing in these folders (output, or a specgen cache)."""

    def prepare() -> None:
        for folder in folders:
            shutil.rmtree(folder, ignore_errors=True)

    return prepare


def nothing() -> None:
    return None


def bench_botmaker(work: Path, repeat: int, env: dict[str, str]) -> list[Outcome]:
    spec = work / "botmaker-v2.json"
    changes = patch_for_peer(BOTMAKER, spec)
    print(f"Botmaker export patched for the peer ({len(changes)} changes):")
    for change in changes:
        print(f"  - {change}")
    ours, theirs = work / "specgen-botmaker", work / "peer-botmaker"
    commands = specgen_commands(spec, ours)
    cache = specgen_cache(env)

    def specgen() -> float:
        return run(commands, env)

    def peer() -> float:
        return run([peer_command(spec, theirs, None, False)], env)

    def peer_again() -> float:
        return run([peer_command(spec, theirs, None, True)], env)

    peer_cold = (fresh(theirs), peer)
    print("cold, nothing cached (templates compiled by the run):")
    first = best_of(repeat, (fresh(ours, cache), specgen), peer_cold)
    # compiled templates kept, as compiled Python bytecode is: they depend on specgen's files only
    print("cold: no output, empty formatting and problems caches:")
    cold = best_of(repeat, (fresh(ours, cache / "black", cache / "problems"), specgen), peer_cold)
    # a new output folder, but the formatting cache of earlier runs is in place
    print("new output folder, formatting cache warm:")
    new_folder = best_of(repeat, (fresh(ours), specgen), peer_cold)
    # warm: the output of a previous run is in place and nothing changed since
    print("warm re-run, nothing changed:")
    warm = best_of(repeat, (nothing, specgen), (nothing, peer_again))
    return [
        Outcome("Botmaker, cold, templates not yet compiled", first[0], first[1], None, first[2]),
        Outcome("Botmaker, cold client + stubs", cold[0], cold[1], 2.0, cold[2]),
        Outcome("Botmaker, new output folder, cache warm", new_folder[0], new_folder[1], None, new_folder[2]),
        Outcome("Botmaker, warm re-run (no change)", warm[0], warm[1], 4.0, warm[2]),
    ]


def bench_stripe(work: Path, env: dict[str, str]) -> list[Outcome]:
    ours, theirs = work / "specgen-stripe", work / "peer-stripe"
    report = work / "stripe-report.json"
    config = work / "peer-config.yaml"
    config.write_text("literal_enums: true\n", encoding="utf-8")
    fresh(specgen_cache(env))()
    print("Stripe, cold client + stubs:")
    (ours_time, ours_cpu), (theirs_time, theirs_cpu) = timed_pair(
        lambda: run(specgen_commands(STRIPE, ours, report), env),
        lambda: run([peer_command(STRIPE, theirs, config, False)], env),
    )
    operations = json.loads(report.read_text(encoding="utf-8"))["operations"]
    generated = sum(1 for operation in operations if operation.get("status") == "generated")
    declared = count_operations(STRIPE)
    peer_generated = len(list(theirs.glob("*/api/*/*.py"))) - len(list(theirs.glob("*/api/*/__init__.py")))
    print(f"Stripe operations: {declared} declared, specgen generated {generated}, peer {peer_generated}")
    if generated != declared:
        sys.exit(f"specgen generated {generated} of {declared} Stripe operations")
    return [
        Outcome(
            "Stripe 4 MB, client + stubs, every operation", ours_time, theirs_time, 3.0, theirs_cpu / ours_cpu
        )
    ]


def bench_github(work: Path, env: dict[str, str], spec: Path) -> list[Outcome]:
    """Cold client + stubs. The peer drops schemas it cannot process and ends with exit 1 (ruff cannot
    parse three modules it wrote); its time still counts, for output that is not usable as is."""
    ours, theirs = work / "specgen-github", work / "peer-github"
    config = work / "peer-config.yaml"
    config.write_text("literal_enums: true\n", encoding="utf-8")
    fresh(specgen_cache(env))()
    print("GitHub, cold client + stubs:")
    (ours_time, ours_cpu), (theirs_time, theirs_cpu) = timed_pair(
        lambda: run(specgen_commands(spec, ours), env),
        lambda: run([peer_command(spec, theirs, config, False)], env, may_fail=True),
    )
    return [
        Outcome("GitHub REST 2021-06-16, client + stubs", ours_time, theirs_time, 3.0, theirs_cpu / ours_cpu)
    ]


def timed_pair(ours: Callable[[], float], theirs: Callable[[], float]) -> tuple[tuple[float, float], ...]:
    """Wall and CPU seconds of one run of each tool, printed."""
    times = []
    for name, measure in (("specgen", ours), ("peer", theirs)):
        before = children_cpu()
        wall = measure()
        times.append((wall, children_cpu() - before))
        print(f"  {name:8} wall/CPU s: {wall:.2f}/{times[-1][1]:.2f}")
    return tuple(times)


def specgen_cache(env: dict[str, str]) -> Path:
    return Path(env["SPECGEN_CACHE_DIR"])


def count_operations(spec: Path) -> int:
    methods = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    document = json.loads(spec.read_text(encoding="utf-8"))
    return sum(1 for item in document["paths"].values() for method in item if method in methods)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="best of N for the Botmaker timings")
    parser.add_argument("--skip-stripe", action="store_true", help="leave out the 4 MB export")
    parser.add_argument("--skip-botmaker", action="store_true", help="leave out the Botmaker timings")
    parser.add_argument("--skip-github", action="store_true", help="leave out GitHub's description")
    parser.add_argument("--github", type=Path, default=GITHUB, help="another copy of GitHub's description")
    options = parser.parse_args(argv)
    ensure_peer()
    # specgen's own modules compiled once, as installing its wheel does (the peer's were at install)
    compileall.compile_dir(str(PROJECT / "generator"), quiet=1)
    env = {**os.environ, "PATH": f"{PEER_VENV / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}"}
    with tempfile.TemporaryDirectory(prefix="specgen-bench-") as folder:
        work = Path(folder)
        env["SPECGEN_CACHE_DIR"] = str(work / "specgen-cache")
        outcomes = [] if options.skip_botmaker else bench_botmaker(work, options.repeat, env)
        if not options.skip_stripe:
            outcomes += bench_stripe(work, env)
        if not options.skip_github:
            outcomes += bench_github(work, env, options.github)
    print()
    print(f"{'measurement':48} {'specgen':>9} {'peer':>9} {'ratio':>7} {'CPU':>6} {'target':>8}")
    for outcome in outcomes:
        verdict = "info" if outcome.wanted is None else "met" if outcome.met else "MISSED"
        target = "" if outcome.wanted is None else f">={outcome.wanted:g}x"
        cpu = "" if outcome.cpu_ratio is None else f"{outcome.cpu_ratio:.1f}x"
        print(
            f"{outcome.name:48} {outcome.specgen:8.2f}s {outcome.peer:8.2f}s "
            f"{outcome.ratio:6.1f}x {cpu:>6} {target:>8} {verdict}"
        )
    return 0 if all(outcome.met for outcome in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
