"""How fast generated files are checked: the lock file against re-rendering, side by side in one run.

    .venv/bin/python bench/lock_check.py [--repeat N]

Target (release-loop issue): telling whether generated files are stale or hand-edited takes well
under a second. Two outputs are checked, both generated into a scratch folder first:
  1. the example history (``specgen build`` into OUT, then ``specgen build --check``);
  2. the real Botmaker export, client + stubs + docs (``specgen generate all``, then the lock check).
Each is timed against the alternative that needs no lock, ``specgen generate all SPEC --check``,
which renders everything again and compares. Wall times include interpreter start-up; the script
prints every time and the ratio, and exits 1 if a lock check takes 1 s or more.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
REAL_EXPORT = PROJECT.parent / "shared" / "specs" / "botmaker-v2.json"
SPECGEN = str(Path(sys.executable).parent / "specgen")
LIMIT_SECONDS = 1.0


def timed(command: list[str], cwd: Path, expect: int = 0) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != expect:
        raise SystemExit(f"{' '.join(command)}: exit {result.returncode}\n{result.stdout}{result.stderr}")
    return elapsed


def best(command: list[str], cwd: Path, repeat: int) -> float:
    return min(timed(command, cwd) for _ in range(repeat))


def lock_check_in_process(out: Path, repeat: int) -> float:
    from generator.lock import check

    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        assert check(out) == []
        times.append(time.perf_counter() - started)
    return min(times)


def report(name: str, lock: float, rerender: float, in_process: float) -> bool:
    print(
        f"{name}: lock check {lock:.3f} s ({in_process * 1000:.1f} ms without start-up), "
        f"re-render check {rerender:.3f} s, ratio {rerender / lock:.1f}x"
    )
    return lock < LIMIT_SECONDS


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    ok = True
    with tempfile.TemporaryDirectory(prefix="specgen-lock-bench-") as scratch:
        work = Path(scratch)
        shutil.copytree(PROJECT / "specs", work / "specs")
        timed([SPECGEN, "build", "-o", "out"], work)
        newest = sorted((work / "specs" / "botmaker").glob("20*.json"))[-1]
        lock = best([SPECGEN, "build", "--check", "-o", "out"], work, repeat)
        # generate all writes one merged tree, so it gets its own folder to compare against
        timed([SPECGEN, "generate", "all", str(newest), "-o", "merged"], work)
        rerender = best([SPECGEN, "generate", "all", str(newest), "-o", "merged", "--check"], work, repeat)
        ok &= report("example history", lock, rerender, lock_check_in_process(work / "out", repeat))

        if REAL_EXPORT.is_file():
            spec = work / "botmaker-v2.json"
            shutil.copyfile(REAL_EXPORT, spec)
            timed([SPECGEN, "generate", "all", str(spec), "-o", "real"], work)
            lock = best([SPECGEN, "build", "--check", "-o", "real", "--specs-dir", "none"], work, repeat)
            rerender = min(
                timed([SPECGEN, "generate", "all", str(spec), "-o", "real", "--check"], work)
                for _ in range(repeat)
            )
            ok &= report("real export", lock, rerender, lock_check_in_process(work / "real", repeat))
    print("target met: lock checks under 1 s" if ok else "target missed: a lock check took 1 s or more")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
