"""Markdown docs speed, side by side with widdershins, in one run.

    .venv/bin/python bench/docs_speed.py [--repeat N] [--spec PATH]

Target (from the docs issue): Markdown docs for the 4 MB Stripe export
(../shared/specs/stripe/2022-04-07.json) at least 2x faster than widdershins on the same file.

widdershins is npm-installed into bench/.cache/npm (never committed). Both tools run as fresh
processes, from reading the file to the last Markdown byte written, so interpreter and Node start-up
count on both sides. specgen runs `specgen generate docs` when that command is registered, else the
same library calls (load, build, the docs target, write_tree) through `python -c`. Best of N runs each;
the script prints every time and the ratio and exits 1 if the target is missed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
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


def specgen_command(spec: Path, out: Path) -> list[str]:
    specgen = Path(sys.executable).parent / "specgen"
    probe = subprocess.run([str(specgen), "generate", "--help"], capture_output=True, check=False)
    if probe.returncode == 0:
        return [str(specgen), "generate", "docs", str(spec), "-o", str(out)]
    return [sys.executable, "-c", LIBRARY_RUN, str(spec), str(out)]


def peer_command(spec: Path, out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    return [str(PEER_BIN), str(spec), "-o", str(out / "index.md")]


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=PROJECT, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode not in (0, 1):
        sys.exit(f"docs_speed: {' '.join(command[:3])} failed:\n{result.stderr[-2000:]}")
    return elapsed


def best_of(
    repeat: int, make_command: Callable[[Path, Path], list[str]], spec: Path, work: Path, label: str
) -> float:
    times = []
    for run in range(repeat):
        out = work / f"{label}-{run}"
        times.append(timed(make_command(spec, out)))
    return min(times)


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
    with tempfile.TemporaryDirectory(prefix="specgen-docs-bench-") as folder:
        work = Path(folder)
        specgen = best_of(arguments.repeat, specgen_command, spec, work, "specgen")
        peer = best_of(arguments.repeat, peer_command, spec, work, "widdershins")
        ours, theirs = output_size(work / "specgen-0"), output_size(work / "widdershins-0")
    ratio = peer / specgen
    print(f"docs for {spec.name} ({spec.stat().st_size / 1e6:.1f} MB), best of {arguments.repeat}")
    print(f"  specgen      {specgen:7.2f} s   {ours / 1e6:6.1f} MB of Markdown")
    print(f"  widdershins  {peer:7.2f} s   {theirs / 1e6:6.1f} MB of Markdown")
    print(
        f"  ratio        {ratio:7.2f}x   (target >= {WANTED_RATIO:.0f}x: {'met' if ratio >= WANTED_RATIO else 'MISSED'})"
    )
    return 0 if ratio >= WANTED_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
