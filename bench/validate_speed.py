"""Time `specgen validate` against the `openapi-spec-validator` CLI, side by side, in one run.

Both run as fresh processes (wall time includes interpreter start-up), on the large public
document and on the real Botmaker export. The script also checks that both report the same
structural errors (same count, and every place the validator names is a place specgen names).

    .venv/bin/python bench/validate_speed.py [--runs N]

Targets: at least 10x faster than the validator on the 4 MB document; the real export in under
0.5 s wall including start-up.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SPECS = PROJECT.parent / "shared" / "specs"
LARGE = SPECS / "stripe" / "2022-04-07.json"
REAL = SPECS / "botmaker-v2.json"
BIN = Path(sys.executable).parent
_ERROR_HEAD = re.compile(r": Validation Error: \[\d+\] ")
_TOKEN = re.compile(r"\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")


def timed(command: list[str], runs: int) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Median wall time and median CPU time (user + system) of ``runs`` runs, and the last result."""
    walls, cpus = [], []
    result: subprocess.CompletedProcess[str] | None = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, check=False, env=_env())
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    assert result is not None
    return statistics.median(walls), statistics.median(cpus), result


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONPROFILEIMPORTTIME", None)
    return env


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def validator_places(output: str) -> list[str]:
    """For each error the validator prints, the pointer after its first ``On instance`` (or "")."""
    places = []
    for block in _ERROR_HEAD.split(output)[1:]:
        where = next((line for line in block.splitlines() if line.startswith("On instance")), "")
        tokens = [name if number == "" else number for name, number in _TOKEN.findall(where.split(":")[0])]
        places.append("".join("/" + _escape(token) for token in tokens))
    return places


def compare(spec: Path, runs: int) -> dict[str, object]:
    ours_median, ours_best, ours = timed(
        [str(BIN / "specgen"), "validate", str(spec), "--format", "json"], runs
    )
    theirs_median, theirs_best, theirs = timed(
        [
            str(BIN / "openapi-spec-validator"),
            "--validation-errors",
            "all",
            "--subschema-errors",
            "all",
            str(spec),
        ],
        runs,
    )
    assert ours.returncode in (0, 1), ours.stderr
    report = json.loads(ours.stdout)
    structural = [p["pointer"] for p in report["problems"] if p["rule"] == "structure"]
    places = validator_places(theirs.stdout)
    same = len(places) == len(structural) and all(
        any(pointer.endswith(place) for pointer in structural) for place in places
    )
    return {
        "spec": spec.name,
        "size": f"{spec.stat().st_size / 1e6:.1f} MB",
        "specgen": (ours_median, ours_best),
        "validator": (theirs_median, theirs_best),
        "ratio": theirs_median / ours_median,
        "errors": (len(structural), len(places)),
        "same": same,
        "summary": report["summary"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median is reported)")
    args = parser.parse_args()
    ok = True
    print(f"{'spec':<20} {'size':>7} {'specgen s':>10} {'validator s':>12} {'ratio':>7} {'errors':>9}  same")
    for spec, target in ((LARGE, "ratio"), (REAL, "wall")):
        row = compare(spec, args.runs)
        ours, theirs = row["specgen"], row["validator"]
        assert isinstance(ours, tuple) and isinstance(theirs, tuple) and isinstance(row["errors"], tuple)
        ratio = float(str(row["ratio"]))
        print(
            f"{row['spec']:<20} {row['size']:>7} {ours[0]:>10.3f} {theirs[0]:>12.3f} {ratio:>6.1f}x "
            f"{row['errors'][0]:>4}/{row['errors'][1]:<4}  {'yes' if row['same'] else 'NO'}"
        )
        print(
            f"{'':<20} CPU (user+sys): specgen {ours[1]:.3f} s, validator {theirs[1]:.3f} s "
            f"({theirs[1] / ours[1]:.1f}x); load average {os.getloadavg()[0]:.1f}; {row['summary']}"
        )
        met = ratio >= 10 if target == "ratio" else ours[0] < 0.5
        ok = ok and bool(row["same"])
        print(
            f"{'':<20} target {'>= 10x' if target == 'ratio' else '< 0.5 s'}: {'met' if met else 'NOT met'}"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
