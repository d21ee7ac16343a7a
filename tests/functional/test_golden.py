"""Golden records: the whole tree generated from the default export, compared file by file.

After an intended change to generation, run ``make regen`` and review ``git diff tests/golden``.
"""

from __future__ import annotations

from pathlib import Path

from tests.support.generated import newest_spec
from tests.support.regen_golden import NOT_COMPARED, generate_golden_tree, golden_folder
from tests.support.trees import read_tree, tree_differences

SPEC = newest_spec()


def test_generated_tree_matches_the_golden_records(tmp_path: Path) -> None:
    assert SPEC is not None, "specs/ holds no export"
    golden = golden_folder(SPEC)
    assert golden.is_dir(), f"{golden} is missing: run `make regen`"
    generate_golden_tree(SPEC, tmp_path)
    differences = tree_differences(read_tree(golden, NOT_COMPARED), read_tree(tmp_path, NOT_COMPARED))
    assert (
        differences == []
    ), "generated output differs from tests/golden (run `make regen` if intended):\n" + (
        "\n".join(differences[:20])
    )
