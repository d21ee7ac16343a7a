"""``python -m generator.rules --markdown``: print the table of problem rules;
``--readme FILE``: rewrite that table in FILE between its rule markers."""

from __future__ import annotations

import sys
from pathlib import Path

from generator.rules.registry import PROBLEM_AREAS, markdown_table, rules_in, with_readme_table

USAGE = "usage: python -m generator.rules --markdown | --readme FILE\n"


def main(arguments: list[str]) -> int:
    if arguments == ["--markdown"]:
        sys.stdout.write(markdown_table(rules_in(*PROBLEM_AREAS)))
        return 0
    if len(arguments) == 2 and arguments[0] == "--readme":
        path = Path(arguments[1])
        try:
            path.write_text(with_readme_table(path.read_text(encoding="utf-8")), encoding="utf-8")
        except (OSError, ValueError) as error:
            sys.stderr.write(f"{path}: {error}\n")
            return 2
        return 0
    sys.stderr.write(USAGE)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
