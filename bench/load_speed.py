"""How fast YAML specs load: specgen's loader against PyYAML's C safe loader, side by side in one run.

    .venv/bin/python bench/load_speed.py [--repeat N]

Target (loading issue): reading YAML leniently (YAML 1.2 scalars, merge keys, positions of every
value, duplicate keys noticed) keeps the speed of the C loader. Both read the 40 public specs in
../shared/specs/public; CPU times are the best of N rounds. The script prints both, the ratio, and
exits 1 if specgen takes more than 1.5 times as long. PyYAML is not handicapped by the specs it
cannot read (it fails on some timestamps): those count with the time spent until the failure.
The large Stripe JSON document is timed the same way beside the standard library's ``json.loads``
(for the record: what the checks of a large JSON text cost an ordinary document).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from generator.load import parse

SPECS = Path(__file__).resolve().parent.parent.parent / "shared" / "specs"
PUBLIC = SPECS / "public"
STRIPE = SPECS / "stripe" / "2022-04-07.json"
LIMIT_RATIO = 1.5


def pyyaml(name: str, text: str) -> None:
    with contextlib.suppress(yaml.YAMLError, ValueError):
        yaml.load(text, Loader=yaml.CSafeLoader)


def standard_json(name: str, text: str) -> None:
    json.loads(text)


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
    stripe = [(STRIPE.name, STRIPE.read_text(encoding="utf-8"))]
    json_peer, json_ours = best(standard_json, stripe, repeat), best(specgen, stripe, repeat)
    print(f"{STRIPE.name} ({len(stripe[0][1]) / 2**20:.1f} MiB): json.loads {json_peer:.3f} s CPU, ", end="")
    print(f"specgen load {json_ours:.3f} s CPU ({json_ours / json_peer:.2f}x)")
    return 0 if ours <= peer * LIMIT_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
