"""Write tests/fixtures/diff/<rule-id>/{base,revision}.yaml from tests/diff/fixture_cases.py."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.diff.fixture_cases import all_cases


class _PlainDumper(yaml.SafeDumper):
    """Writes repeated values out in full instead of as YAML anchors and aliases."""

    def ignore_aliases(self, data: object) -> bool:
        return True


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "diff"


def main() -> None:
    for rule_id, (base, revision) in sorted(all_cases().items()):
        folder = FIXTURES / rule_id
        folder.mkdir(parents=True, exist_ok=True)
        for name, document in (("base", base), ("revision", revision)):
            text = yaml.dump(document, Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=100)
            (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    print(f"{len(all_cases())} fixture pairs in {FIXTURES}")


if __name__ == "__main__":
    main()
