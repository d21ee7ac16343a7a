"""Long ``allOf`` and ``$ref`` chains: validate, generate client and docs, at 1,000 and 10,000 links.

    .venv/bin/python bench/chain_speed.py [--repeat N] [--links N]

Target (loading issue): chains cost time linear in their length; 10,000 links under 1 s for
validate, generate and docs. Each command runs as a fresh ``specgen`` process (start-up counts), best
of N. The script prints wall and CPU time (user + system of the process, which other work on a busy
machine inflates less than wall time), the ratio of the long chain to the short one, and the CPU cost
per link (the slope between the two lengths, so start-up drops out). It exits 1 if a long run takes
more than 1 s of CPU. Every timed run does the whole work on the document, as the first run on a new
document does: specgen's caches of formatted output and of the export's problems are emptied before
each run. Templates compiled by an untimed first run of each command are kept (the cache's
``templates/``), as compiled Python bytecode is: they depend on specgen's files only, not on the
document. (Before, the whole cache was off and each run also compiled every template: about 0.2 s of
CPU for a client run, 0.06 s for docs.) A third document, as many plain models with no chain, is
timed as the reference (not judged): the cost of that many models and pages, which a chain's links
should not exceed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

SPECGEN = Path(sys.executable).parent / "specgen"
TARGET_SECONDS = 1.0
COMMANDS = {"validate": ("validate",), "client": ("generate", "client"), "docs": ("generate", "docs")}


_END = {"type": "object", "properties": {"id": {"type": "integer"}}, "required": ["id"]}


def chain_document(kind: str, links: int) -> dict[str, Any]:
    """``S0`` wraps ``S1`` ... wraps ``S<links>``, an object with one required ``id``; one operation
    answers ``S0``. Kind ``plain`` is the reference without a chain: each ``S<n>`` is such an object
    of its own (with its own description, as each ``allOf`` wrapper has)."""

    def link(index: int) -> dict[str, Any]:
        target = {"$ref": f"#/components/schemas/S{index + 1}"}
        if kind == "plain":
            return {**_END, "description": f"level {index}"}
        return {"allOf": [target], "description": f"level {index}"} if kind == "allOf" else target

    schemas = {f"S{index}": link(index) for index in range(links)}
    schemas[f"S{links}"] = _END
    answer = {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "chain", "version": "1"},
        "paths": {"/things": {"get": {"operationId": "getThing", "responses": {"200": answer}}}},
        "components": {"schemas": schemas},
    }


KINDS = ("allOf", "$ref", "plain")
JUDGED = ("allOf", "$ref")  # plain models are the reference: what as many models cost without a chain

DOCUMENT_CACHES = ("black", "problems")  # the cache's kinds that depend on the document


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def best_run(arguments: list[str], repeat: int, out: Path | None, cache: Path) -> tuple[float, float]:
    """Best wall time and best CPU time (seconds) of ``repeat`` runs after an untimed one; each run
    writes to a new folder under ``out`` (OUT already holding this run's output would take the
    no-change path instead) and starts with the document's caches in ``cache`` empty."""
    environment = {**os.environ, "SPECGEN_CACHE_DIR": str(cache)}
    walls, cpus = [], []
    for run in range(repeat + 1):
        for kind in DOCUMENT_CACHES:
            shutil.rmtree(cache / kind, ignore_errors=True)
        fresh = [] if out is None else ["-o", str(out / str(run))]
        cpu, start = _children_cpu(), time.perf_counter()
        result = subprocess.run(
            [str(SPECGEN), *arguments, *fresh], capture_output=True, text=True, check=False, env=environment
        )
        if run:  # the first run compiles the templates
            walls.append(time.perf_counter() - start)
            cpus.append(_children_cpu() - cpu)
        if result.returncode not in (0, 1):
            raise SystemExit(f"specgen {' '.join(arguments)} exited {result.returncode}:\n{result.stderr}")
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--links", type=int, default=10_000)
    options = parser.parse_args()
    missed = False
    with tempfile.TemporaryDirectory(prefix="specgen-chain-") as scratch:
        folder = Path(scratch)
        cache = folder / "specgen-cache"
        for kind in KINDS:
            seconds: dict[int, dict[str, tuple[float, float]]] = {}
            for links in (options.links // 10, options.links):
                spec = folder / f"{kind.strip('$')}-{links}.json"
                spec.write_text(json.dumps(chain_document(kind, links)), encoding="utf-8")
                seconds[links] = {}
                for name, command in COMMANDS.items():
                    out = None if name == "validate" else folder / f"out-{name}-{spec.stem}"
                    seconds[links][name] = best_run([*command, str(spec)], options.repeat, out, cache)
            few, many = options.links // 10, options.links
            for name in COMMANDS:
                (short, short_cpu), (long, long_cpu) = seconds[few][name], seconds[many][name]
                per_link = (long_cpu - short_cpu) / (many - few) * 1e6
                if kind in JUDGED:
                    verdict = "ok" if long_cpu < TARGET_SECONDS else "over target"
                    missed |= long_cpu >= TARGET_SECONDS
                else:
                    verdict = "reference"
                print(
                    f"{kind:<6} {name:<9} {few:>6,} links {short:6.2f} s (cpu {short_cpu:5.2f})   "
                    f"{many:>6,} links {long:6.2f} s (cpu {long_cpu:5.2f})   ratio {long / short:5.1f}   "
                    f"{per_link:5.0f} us cpu/link   {verdict}"
                )
    print(f"load average {os.getloadavg()[0]:.1f} (1 min) on {os.cpu_count()} cores")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
