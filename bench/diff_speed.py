"""`specgen diff` speed, side by side with api-smart-diff and Optic, in one run.

    .venv/bin/python bench/diff_speed.py [--repeat N] [--no-peers]

Targets (from the diff issue): the real export against a mutated copy (a required parameter added,
a response property removed, a description changed) under 0.3 s wall including start-up; the Stripe
pair (../shared/specs/stripe/2022-01-19.json -> 2022-04-07.json, 4 MB each) under 2 s with the root
causes computed; the GitHub description (../shared/specs/github/2021-06-16.json) against itself under 3 s.

Every tool runs as a fresh process on the same files, so interpreter and Node start-up count on both
sides. The peers are npm-installed into bench/.cache (never committed): api-smart-diff (a library,
driven by a few lines of Node that read both files and compare them) and @useoptic/optic (its
`optic diff --check` command, with loose validation because the real export is not strictly valid).
specgen's modules are byte-compiled first, as installing its wheel does. Best of N runs each; prints
wall and CPU time (user + system of the child), the changes each tool found and the ratios, and the
load average, and exits 1 if a specgen target is missed.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared" / "specs"
REAL_EXPORT = SHARED / "botmaker-v2.json"
STRIPE_OLD, STRIPE_NEW = SHARED / "stripe" / "2022-01-19.json", SHARED / "stripe" / "2022-04-07.json"
GITHUB = SHARED / "github" / "2021-06-16.json"
CACHE = PROJECT / "bench" / ".cache"
PEERS = {
    "api-smart-diff": ("api-smart-diff@1.0.6", CACHE / "npm-api-smart-diff"),
    "optic": ("@useoptic/optic@0.55.1", CACHE / "npm-optic"),
}
TARGETS = {"real export pair": 0.3, "Stripe pair": 2.0, "GitHub with itself": 3.0}

SMART_DIFF_RUN = """
const fs = require("fs");
const { apiCompare } = require(process.argv[1]);
const read = (path) => JSON.parse(fs.readFileSync(path, "utf8"));
const { diffs } = apiCompare(read(process.argv[2]), read(process.argv[3]));
const breaking = diffs.filter((diff) => diff.type === "breaking").length;
console.log(JSON.stringify({ changes: diffs.length, breaking }));
"""


@dataclass
class Timing:
    seconds: float
    cpu: float
    found: str


def run_once(command: list[str]) -> tuple[float, float, int, str, str]:
    """Wall time, CPU time (user + system of exactly this child), exit code, stdout, stderr."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=PROJECT, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (
            elapsed,
            usage.ru_utime + usage.ru_stime,
            process.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
        )


def ensure_peer(name: str) -> Path | None:
    """Install a peer once into bench/.cache; None when npm is missing or the install fails."""
    package, prefix = PEERS[name]
    marker = prefix / "node_modules" / package.rsplit("@", 1)[0] / "package.json"
    if marker.exists():
        return prefix
    npm = shutil.which("npm")
    if npm is None:
        print(f"diff_speed: npm not found, {name} skipped")
        return None
    prefix.mkdir(parents=True, exist_ok=True)
    command = [
        npm,
        "install",
        "--prefix",
        str(prefix),
        "--no-audit",
        "--no-fund",
        "--loglevel=error",
        package,
    ]
    if subprocess.run(command, check=False).returncode != 0 or not marker.exists():
        print(f"diff_speed: could not install {package}, {name} skipped")
        return None
    return prefix


def mutated_copy(folder: Path) -> Path:
    data = json.loads(REAL_EXPORT.read_text(encoding="utf-8"))
    agents = data["paths"]["/agents"]["get"]
    agents["parameters"].append(
        {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    agents["description"] = "Every agent of the bot."
    del data["components"]["schemas"]["AgentResponse"]["properties"]["alias"]
    target = folder / "botmaker-v2-mutated.json"
    target.write_text(json.dumps(data, indent=2), encoding="utf-8")
    return target


def best_of(command: list[str], repeat: int, describe: object) -> Timing:
    best, best_cpu, output = float("inf"), float("inf"), ""
    for _ in range(repeat):
        elapsed, cpu, code, stdout, stderr = run_once(command)
        if code not in (0, 1) or not stdout.strip():
            last = (stderr or stdout).strip().splitlines()[-1:] or [f"exit {code}"]
            return Timing(elapsed, cpu, f"FAILED ({last[0][:120]})")
        if elapsed < best:
            best, best_cpu, output = elapsed, cpu, stdout
    return Timing(best, best_cpu, describe(output))  # type: ignore[operator]


def specgen(base: Path, revision: Path, repeat: int) -> Timing:
    command = [
        str(Path(sys.executable).parent / "specgen"),
        "diff",
        str(base),
        str(revision),
        "--format",
        "json",
    ]

    def describe(output: str) -> str:
        report = json.loads(output)
        summary, causes = report["summary"], report["causes_summary"]
        return (
            f"{sum(summary.values())} changes, {summary['breaking']} breaking; "
            f"{len(report['causes'])} causes, {causes['breaking']} breaking"
        )

    return best_of(command, repeat, describe)


def smart_diff(prefix: Path, base: Path, revision: Path, repeat: int) -> Timing:
    module = str(prefix / "node_modules" / "api-smart-diff")
    command = ["node", "-e", SMART_DIFF_RUN, module, str(base), str(revision)]

    def describe(output: str) -> str:
        counts = json.loads(output.strip().splitlines()[-1])
        return f"{counts['changes']} changes, {counts['breaking']} breaking"

    return best_of(command, repeat, describe)


def optic(prefix: Path, base: Path, revision: Path, repeat: int) -> Timing:
    binary = str(prefix / "node_modules" / ".bin" / "optic")
    command = [binary, "diff", str(base), str(revision), "--check", "--validation", "loose"]

    def describe(output: str) -> str:
        lines = [line.strip() for line in output.splitlines() if "Checks:" in line or "Operations:" in line]
        return "; ".join(lines) or f"no result ({output.strip().splitlines()[-1][:100]})"

    return best_of(command, repeat, describe)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=5, help="runs per tool and pair (best counts)")
    parser.add_argument("--no-peers", action="store_true", help="time specgen only")
    options = parser.parse_args()
    peers = {} if options.no_peers else {name: ensure_peer(name) for name in PEERS}
    # specgen's own modules compiled once, as installing its wheel does (the peers' were at install)
    compileall.compile_dir(str(PROJECT / "generator"), quiet=1)
    missed = []
    with tempfile.TemporaryDirectory() as folder:
        pairs = {
            "real export pair": (REAL_EXPORT, mutated_copy(Path(folder))),
            "Stripe pair": (STRIPE_OLD, STRIPE_NEW),
            "real export with itself": (REAL_EXPORT, REAL_EXPORT),
            "GitHub with itself": (GITHUB, GITHUB),
        }
        for label, (base, revision) in pairs.items():
            print(f"\n{label}: {base.name} -> {revision.name}")
            ours = specgen(base, revision, options.repeat)
            print(f"  {'specgen':<16} {ours.seconds:7.3f} s wall {ours.cpu:7.3f} s CPU   {ours.found}")
            target = TARGETS.get(label)
            if target is not None and not ours.seconds < target:
                missed.append(f"{label}: {ours.seconds:.3f} s (target < {target} s)")
            for name, prefix in peers.items():
                if prefix is None:
                    continue
                run = smart_diff if name == "api-smart-diff" else optic
                # Optic takes tens of seconds per run; one run tells the ratio well enough.
                theirs = run(prefix, base, revision, options.repeat if name == "api-smart-diff" else 1)
                ratio = theirs.seconds / ours.seconds if ours.seconds else float("nan")
                print(
                    f"  {name:<16} {theirs.seconds:7.3f} s wall {theirs.cpu:7.3f} s CPU   {theirs.found}"
                    f"   ({ratio:.1f}x specgen's wall time)"
                )
    print(f"\nload average while measuring: {', '.join(f'{value:.1f}' for value in os.getloadavg())}")
    for line in missed:
        print(f"diff_speed: target missed: {line}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
