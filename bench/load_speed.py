"""How fast YAML specs load: specgen's loader against PyYAML's C safe loader, side by side in one run.

    .venv/bin/python bench/load_speed.py [--repeat N]

Target (loading issue): reading YAML leniently (YAML 1.2 scalars, merge keys, positions of every
value, duplicate keys noticed) keeps the speed of the C loader. Both read the 40 public specs in
../shared/specs/public; CPU times are the best of N rounds. The script prints both, the ratio, and
exits 1 if specgen takes more than 1.5 times as long. PyYAML is not handicapped by the specs it
cannot read (it fails on some timestamps): those count with the time spent until the failure.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from generator.load import parse

PUBLIC = Path(__file__).resolve().parent.parent.parent / "shared" / "specs" / "public"
LIMIT_RATIO = 1.5


def pyyaml(name: str, text: str) -> None:
    with contextlib.suppress(yaml.YAMLError, ValueError):
        yaml.load(text, Loader=yaml.CSafeLoader)


def specgen(name: str, text: str) -> None:
    parse(name, text)


def best(read: Callable[[str, str], None], texts: list[tuple[str, str]], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        for name, text in texts:
            read(name, text)
        times.append(time.process_time() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in sorted(PUBLIC.glob("*.yaml"))]
    size = sum(len(text) for _, text in texts) / 2**20
    peer = best(pyyaml, texts, repeat)
    ours = best(specgen, texts, repeat)
    print(f"{len(texts)} YAML specs, {size:.1f} MiB")
    print(f"PyYAML CSafeLoader: {peer:.2f} s CPU")
    print(f"specgen load:       {ours:.2f} s CPU  ({ours / peer:.2f}x the C loader's time)")
    return 0 if ours <= peer * LIMIT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
