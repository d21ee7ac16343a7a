"""Time `specgen validate` against the `openapi-spec-validator` CLI and `@redocly/cli lint`, side by side.

All run as fresh processes (wall time includes interpreter start-up), on the large Stripe
document, GitHub's REST description and the real Botmaker export. The script also checks that
specgen and the validator report the same structural errors (same count, and every place the
validator names is a place specgen names). Redocly is npm-installed into bench/.cache/npm on
first use. Last, a spec whose example meets a catastrophically backtracking pattern is validated,
and 63 MB of JSON broken halfway is refused (wall and CPU time, peak RSS of that run).

    .venv/bin/python bench/validate_speed.py [--runs N] [--skip-redocly] [--only-malformed]

Targets: at least 10x faster than the validator on Stripe and GitHub; at least 2.5x faster than
Redocly on GitHub; the real export in under 0.5 s wall including start-up; the ReDoS spec in
under 1 s; the broken 63 MB document refused with exit 2 in under 2 s and 500 MB.
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
import tempfile
import time
from pathlib import Path
from typing import TextIO

PROJECT = Path(__file__).resolve().parent.parent
SPECS = PROJECT.parent / "shared" / "specs"
LARGE = SPECS / "stripe" / "2022-04-07.json"
GITHUB = SPECS / "github" / "2021-06-16.json"
REAL = SPECS / "botmaker-v2.json"
BIN = Path(sys.executable).parent
NPM_PREFIX = PROJECT / "bench" / ".cache" / "npm"
REDOCLY = "@redocly/cli@2.77.0"
REDOCLY_BIN = NPM_PREFIX / "node_modules" / ".bin" / "redocly"
_ERROR_HEAD = re.compile(r": Validation Error: \[\d+\] ")
_TOKEN = re.compile(r"\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]")


def timed(command: list[str], runs: int) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Median wall time and median CPU time (user + system, the forked child included) of ``runs`` runs,
    and the last result."""
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
    env["REDOCLY_TELEMETRY"] = "off"
    env["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true"
    return env


def ensure_redocly() -> Path | None:
    """Redocly's CLI, npm-installed into bench/.cache/npm once; None when npm cannot install it."""
    if REDOCLY_BIN.exists():
        return REDOCLY_BIN
    print(f"installing {REDOCLY} into {NPM_PREFIX.relative_to(PROJECT)}")
    command = ["npm", "install", "--prefix", str(NPM_PREFIX), "--no-audit", "--no-fund", REDOCLY]
    try:
        subprocess.run(command, check=True, capture_output=True, text=True)
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"cannot install {REDOCLY}: {error}")
        return None
    return REDOCLY_BIN if REDOCLY_BIN.exists() else None


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
    if ours.returncode not in (0, 1):
        return {"spec": spec.name, "refused": ours.stderr.strip().splitlines()[-1:]}
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


def versus_redocly(spec: Path, runs: int) -> None:
    redocly = ensure_redocly()
    if redocly is None:
        print(f"{spec.name:<20} Redocly not available: target >= 2.5x NOT measured")
        return
    ours_wall, ours_cpu, ours = timed([str(BIN / "specgen"), "validate", str(spec), "--format", "json"], runs)
    theirs_wall, theirs_cpu, theirs = timed([str(redocly), "lint", str(spec), "--format", "stylish"], runs)
    if ours.returncode not in (0, 1):
        print(f"{spec.name:<20} specgen refused it: {ours.stderr.strip()[-300:]}")
        return
    ratio, cpu_ratio = theirs_wall / ours_wall, theirs_cpu / ours_cpu
    print(
        f"{spec.name:<20} specgen {ours_wall:.3f} s (CPU {ours_cpu:.3f}), redocly lint {theirs_wall:.3f} s "
        f"(CPU {theirs_cpu:.3f}, exit {theirs.returncode}): {ratio:.1f}x (CPU {cpu_ratio:.1f}x); "
        f"target >= 2.5x: wall {_verdict(ratio >= 2.5)}, CPU {_verdict(cpu_ratio >= 2.5)}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def redos(runs: int) -> None:
    """A pattern that backtracks for ever on Python's ``re``, against its own example."""
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "redos", "version": "1"},
        "paths": {},
        "components": {"schemas": {"S": {"type": "string", "pattern": "^(a+)+$", "example": "a" * 40 + "!"}}},
    }
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "redos.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        wall, cpu, result = timed([str(BIN / "specgen"), "validate", str(path)], runs)
    print(
        f"{'ReDoS example':<20} specgen {wall:.3f} s (CPU {cpu:.3f}, exit {result.returncode}); "
        f"target < 1 s: {'met' if wall < 1 else 'NOT met'}; load average {os.getloadavg()[0]:.1f}"
    )


def peak_run(command: list[str]) -> tuple[float, float, float, int, str]:
    """Wall time, CPU time, peak RSS (MB) and exit code of one run of ``command``, and its stderr."""
    start = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=_env()) as child:
        assert child.stderr is not None
        stderr = child.stderr.read().decode("utf-8", "replace")
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, child.returncode, stderr


def _write_repeated(handle: TextIO, text: str, count: int) -> None:
    for _ in range(count // 1000):
        handle.write(text * 1000)
    handle.write(text * (count % 1000))


def malformed_large(runs: int) -> None:
    """63 MB of small objects with a wrong bracket halfway, and the same near the end: refused with exit 2,
    quickly, in bounded memory. Each of ``runs`` runs is printed (peak RSS is per run, so no median is
    taken)."""
    head = '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, "x-list": ['
    item, broken = '{"n": 1}, ', '{"n": 1]} '
    half = (63 * 2**20 - len(head)) // 20
    with tempfile.TemporaryDirectory() as folder:
        for where, before in (("halfway", half), ("near its end", 2 * half)):
            path = Path(folder) / "broken.json"
            with path.open("w", encoding="utf-8") as handle:  # no copy of the text in this process
                handle.write(head)
                _write_repeated(handle, item, before)
                handle.write(broken)
                _write_repeated(handle, item, 2 * half - before)
                handle.write("{}]}")
            for _ in range(runs):
                wall, cpu, peak, code, stderr = peak_run([str(BIN / "specgen"), "validate", str(path)])
                met = code == 2 and wall < 2 and peak < 500
                print(
                    f"{'63 MB broken JSON':<20} {where}: specgen {wall:.3f} s (CPU {cpu:.3f}), peak "
                    f"{peak:.0f} MB, exit {code}; target exit 2, < 2 s, < 500 MB: {_verdict(met)}; "
                    f"load average {os.getloadavg()[0]:.1f}"
                )
            print(f"{'':<20} {stderr.strip()[-160:]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs per command (median is reported)")
    parser.add_argument("--skip-redocly", action="store_true", help="leave out the Redocly comparison")
    parser.add_argument("--github", type=Path, default=GITHUB, help="another copy of the GitHub description")
    parser.add_argument("--only-malformed", action="store_true", help="time only the 63 MB broken JSON")
    args = parser.parse_args()
    if args.only_malformed:
        malformed_large(args.runs)
        return 0
    ok = True
    print(f"{'spec':<20} {'size':>7} {'specgen s':>10} {'validator s':>12} {'ratio':>7} {'errors':>9}  same")
    for spec, target in ((LARGE, "ratio"), (args.github, "ratio"), (REAL, "wall")):
        row = compare(spec, args.runs)
        if "refused" in row:
            print(f"{spec.name:<20} specgen refused it: {row['refused']}")
            ok = False
            continue
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
        ok = ok and bool(row["same"])
        if target == "ratio":
            verdicts = f"wall {_verdict(ratio >= 10)}, CPU {_verdict(theirs[1] / ours[1] >= 10)}"
            print(f"{'':<20} target >= 10x: {verdicts}")
        else:
            print(f"{'':<20} target < 0.5 s: {_verdict(ours[0] < 0.5)}")
    if not args.skip_redocly:
        versus_redocly(args.github, args.runs)
    redos(args.runs)
    malformed_large(1)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
