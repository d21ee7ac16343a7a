"""Regenerate the golden records after an intended change to generation:

    make regen            (or: .venv/bin/python -m tests.support.regen_golden)

tests/golden/<api>/ is replaced by the client and stubs generated from the project's default
export (the newest specs/<api>/<date>.json). Review the result with ``git diff tests/golden``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from tests.support.generated import PROJECT, newest_spec, run_specgen
from tests.support.trees import read_tree

GOLDEN = PROJECT / "tests" / "golden"
GOLDEN_PACKAGE = "botmaker_client"
# the lock records where the export lies relative to the output folder, which differs between a
# scratch folder and tests/golden; everything it guards is compared file by file anyway
NOT_COMPARED = frozenset({"specgen.lock.json"})


def generate_golden_tree(spec: Path, out: Path) -> None:
    """Exactly what the golden records hold: client and stubs for ``spec`` in ``out``."""
    run_specgen("generate", "client", str(spec), "-o", str(out), "--package-name", GOLDEN_PACKAGE)
    run_specgen("generate", "stubs", str(spec), "-o", str(out), "--package-name", GOLDEN_PACKAGE)


def golden_folder(spec: Path) -> Path:
    return GOLDEN / spec.parent.name


def main() -> int:
    spec = newest_spec()
    if spec is None:
        print("no export in specs/; nothing to regenerate", file=sys.stderr)
        return 2
    target = golden_folder(spec)
    before = read_tree(target, NOT_COMPARED) if target.exists() else {}
    with tempfile.TemporaryDirectory(prefix="specgen-golden-") as scratch:
        generated = Path(scratch) / "out"
        generate_golden_tree(spec, generated)
        after = read_tree(generated, NOT_COMPARED)
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.mkdir()
        for name, content in after.items():
            path = target / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
    changed = sum(1 for name in after if name in before and before[name] != after[name])
    added, removed = len(after.keys() - before.keys()), len(before.keys() - after.keys())
    relative = target.relative_to(PROJECT)
    print(
        f"{relative}: {len(after)} files from {spec.relative_to(PROJECT)} ({added} added, {changed} changed, {removed} removed)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
