"""``python -m generator.rules --markdown``: print the README's table of problem rules."""

from __future__ import annotations

import sys

from generator.rules.registry import PROBLEM_AREAS, markdown_table, rules_in


def main(arguments: list[str]) -> int:
    if arguments != ["--markdown"]:
        sys.stderr.write("usage: python -m generator.rules --markdown\n")
        return 2
    sys.stdout.write(markdown_table(rules_in(*PROBLEM_AREAS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
