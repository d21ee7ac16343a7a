"""Time how fast `specgen --help` and `specgen validate` start, beside a bare interpreter.

Each command runs as a fresh process; the script prints the median wall and CPU time (user +
system) of N runs, the ratio to `python -c pass` (the floor no Python CLI can beat), and which
modules each command imported: how many of specgen's own, and whether any heavy optional library
(jsonschema, openapi_schema_validator, referencing, black, deepdiff, jinja2) was loaded.

    .venv/bin/python bench/startup.py [--runs N] [--spec PATH]

Targets: `specgen --help` in under 0.3 s wall and importing none of the command modules;
`specgen validate` on the real Botmaker export in under 0.45 s wall, without the heavy libraries.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
REAL = PROJECT.parent / "shared" / "specs" / "botmaker-v2.json"
HEAVY = ("jsonschema", "openapi_schema_validator", "referencing", "black", "deepdiff", "jinja2")


def timed(command: list[str], runs: int) -> tuple[float, float]:
    """Median wall time and median CPU time (user + system) of ``runs`` runs."""
    walls, cpus = [], []
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPROFILEIMPORTTIME"}
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, capture_output=True, check=False, env=env)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def imported(arguments: list[str]) -> set[str]:
    """The modules a command imports, from ``python -X importtime``."""
    command = [sys.executable, "-X", "importtime", "-m", "generator", *arguments]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    names = set()
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            name = line.rsplit("|", 1)[1].strip()
            if not name.startswith("package"):
                names.add(name)
    return names


def report(label: str, arguments: list[str], runs: int, floor: float) -> None:
    wall, cpu = timed([sys.executable, "-m", "generator", *arguments], runs)
    modules = imported(arguments)
    own = sorted(name for name in modules if name.startswith("generator"))
    heavy = sorted(name for name in HEAVY if name in modules)
    print(f"{label:<22} wall {wall:5.3f} s  cpu {cpu:5.3f} s  ({wall / floor:4.1f}x the bare interpreter)")
    print(f"{'':<22} {len(own)} specgen modules; heavy libraries: {', '.join(heavy) or 'none'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--spec", type=Path, default=REAL)
    options = parser.parse_args()
    floor, floor_cpu = timed([sys.executable, "-c", "pass"], options.runs)
    print(f"{'python -c pass':<22} wall {floor:5.3f} s  cpu {floor_cpu:5.3f} s")
    report("specgen --help", ["--help"], options.runs, floor)
    report("specgen validate", ["validate", str(options.spec)], options.runs, floor)


if __name__ == "__main__":
    main()
