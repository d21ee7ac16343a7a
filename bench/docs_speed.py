"""Markdown docs speed, side by side with widdershins, in one run.

    .venv/bin/python bench/docs_speed.py [--repeat N] [--spec PATH]

Target (from the docs issue): Markdown docs for the 4 MB Stripe export
(../shared/specs/stripe/2022-04-07.json) at least 2x faster than widdershins on the same file.

widdershins is npm-installed into bench/.cache/npm (never committed). Both tools run as fresh
processes, from reading the file to the last Markdown byte written, so interpreter and Node start-up
count on both sides; specgen starts with an empty cache each run (widdershins keeps none). specgen runs
`specgen generate docs` when that command is registered, else the same library calls (load, build, the
docs target, write_tree) through `python -c`. The two tools' runs alternate, so both meet the same load.
Each run is timed as CPU time (user + system of the process and the children it waits for, which is
what a loaded machine changes least) and as wall time; best of N each. The script prints both, the
load average, and the ratios, and exits 1 if the CPU-time ratio misses the target.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
STRIPE = PROJECT.parent / "shared" / "specs" / "stripe" / "2022-04-07.json"
CACHE = PROJECT / "bench" / ".cache" / "npm"
PEER_PACKAGE = "widdershins@4.0.1"
PEER_BIN = CACHE / "node_modules" / ".bin" / "widdershins"
WANTED_RATIO = 2.0

LIBRARY_RUN = """
import sys
from pathlib import Path
from generator.generate.pipeline import client_view
from generator.generate.settings import GenerateSettings
from generator.generate.targets import docs
from generator.load import load
from generator.model import build
from generator.render.writer import write_tree
document, settings = build(load(sys.argv[1])), GenerateSettings()
write_tree(docs(document, client_view(document, settings), settings).files, Path(sys.argv[2]))
"""


def ensure_peer() -> None:
    """Install widdershins once; later runs reuse bench/.cache/npm."""
    if PEER_BIN.exists():
        return
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("docs_speed: npm is needed to install widdershins (apt-get install -y npm)")
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [npm, "install", "--prefix", str(CACHE), "--no-audit", "--no-fund", "--loglevel=error", PEER_PACKAGE],
        check=True,
    )


@dataclass(frozen=True)
class Tool:
    label: str
    make_command: Callable[[Path, Path], list[str]]
    variables: Callable[[Path], dict[str, str]]


def specgen_command(spec: Path, out: Path) -> list[str]:
    specgen = Path(sys.executable).parent / "specgen"
    probe = subprocess.run([str(specgen), "generate", "--help"], capture_output=True, check=False)
    if probe.returncode == 0:
        return [str(specgen), "generate", "docs", str(spec), "-o", str(out)]
    return [sys.executable, "-c", LIBRARY_RUN, str(spec), str(out)]


def peer_command(spec: Path, out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    return [str(PEER_BIN), str(spec), "-o", str(out / "index.md")]


def children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def timed(command: list[str], variables: dict[str, str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one run of ``command``."""
    cpu, start = children_cpu(), time.perf_counter()
    result = subprocess.run(
        command, cwd=PROJECT, capture_output=True, text=True, check=False, env={**os.environ, **variables}
    )
    wall, cpu = time.perf_counter() - start, children_cpu() - cpu
    if result.returncode not in (0, 1):
        sys.exit(f"docs_speed: {' '.join(command[:3])} failed:\n{result.stderr[-2000:]}")
    return cpu, wall


def best_of(repeat: int, tools: tuple[Tool, ...], spec: Path, work: Path) -> dict[str, tuple[float, float]]:
    """Each tool's best CPU and best wall time over ``repeat`` rounds, the tools taking turns."""
    times: dict[str, list[tuple[float, float]]] = {tool.label: [] for tool in tools}
    for run in range(repeat):
        for tool in tools:
            out = work / f"{tool.label}-{run}"
            command = tool.make_command(spec, out)
            times[tool.label].append(timed(command, tool.variables(work / f"{tool.label}-cache-{run}")))
    return {
        label: (min(cpu for cpu, _ in runs), min(wall for _, wall in runs)) for label, runs in times.items()
    }


def output_size(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*.md"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--spec", type=Path, default=STRIPE)
    arguments = parser.parse_args()
    spec: Path = arguments.spec
    if not spec.is_file():
        sys.exit(f"docs_speed: {spec} not found")
    ensure_peer()
    tools = (
        Tool("specgen", specgen_command, lambda cache: {"SPECGEN_CACHE_DIR": str(cache)}),
        Tool("widdershins", peer_command, lambda _: {}),
    )
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="specgen-docs-bench-") as folder:
        work = Path(folder)
        best = best_of(arguments.repeat, tools, spec, work)
        sizes = {tool.label: output_size(work / f"{tool.label}-0") for tool in tools}
    (cpu, wall), (peer_cpu, peer_wall) = best["specgen"], best["widdershins"]
    ratio = peer_cpu / cpu
    print(
        f"docs for {spec.name} ({spec.stat().st_size / 1e6:.1f} MB), best of {arguments.repeat}, alternating"
    )
    print(f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after, on {os.cpu_count()} CPUs")
    print("               CPU (user+sys)   wall      Markdown")
    for label, (used, elapsed) in best.items():
        print(f"  {label:<12} {used:7.2f} s      {elapsed:7.2f} s  {sizes[label] / 1e6:6.1f} MB")
    verdict = "met" if ratio >= WANTED_RATIO else "MISSED"
    print(
        f"  ratio        {ratio:7.2f}x CPU  {peer_wall / wall:5.2f}x wall  (target >= {WANTED_RATIO:.0f}x CPU: {verdict})"
    )
    return 0 if ratio >= WANTED_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
