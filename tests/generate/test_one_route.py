"""``specgen generate all`` and ``specgen build`` take one route from a document to files: from the same
export and configuration they write byte-identical client, stubs and docs and report the same problems."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli.main import main
from generator.lock import LOCK_NAME
from tests.conftest import REAL_EXPORT

PACKAGE = "acme_client"
CONFIG = f"""
[generate]
package_name = "{PACKAGE}"

[generate.operation_names]
"get-api-credentials" = "whoami"

[docs]
site_name = "Acme reference"
"""


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _invoke(*arguments: str) -> Result:
    return CliRunner().invoke(main, list(arguments))


@pytest.fixture
def history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A one-export history in ``specs/`` (version 1.0.0, no changelog) and a ``specgen.toml`` beside it.

    The export is the real one plus a link to an operation that does not exist, so the run has every
    kind of problem: validation findings, renamed names and a broken docs link.
    """
    monkeypatch.chdir(tmp_path)
    data = json.loads(REAL_EXPORT.read_text(encoding="utf-8"))
    operation = next(iter(next(iter(data["paths"].values())).values()))
    operation["description"] = "See [nowhere](#/operations/doesNotExist)."
    export = Path("specs", "botmaker", "2025-01-01.json")
    export.parent.mkdir(parents=True)
    export.write_text(json.dumps(data, indent=2), encoding="utf-8")
    Path("specgen.toml").write_text(CONFIG, encoding="utf-8")
    return export


def test_build_writes_what_generate_all_writes_and_reports_the_same_problems(history: Path) -> None:
    flags = ("--package-version", "1.0.0", "--mkdocs-config", "--report", "report.json")
    generated = _invoke("generate", "all", str(history), "-o", "generated", *flags)
    assert generated.exit_code == 0, generated.output
    built = _invoke("build", "-o", "built")
    assert built.exit_code == 0, built.output

    # the renamed names one line each, then a count of the spec's own problems (the broken link included)
    rules = {problem["rule"] for problem in json.loads(Path("report.json").read_text("utf-8"))["problems"]}
    assert "generate-naming" in rules and any(rule.startswith("docs-link") for rule in rules)
    assert "[generate-naming]" in generated.stderr and "spec problems" in generated.stderr
    assert built.stderr == generated.stderr

    expected = _tree(Path("generated"))
    del expected[LOCK_NAME]
    placed: dict[str, bytes] = {}
    for path, content in _tree(Path("built")).items():
        if path == LOCK_NAME:
            continue
        target, _, relative = path.partition("/")
        assert target in ("client", "stubs", "docs"), path
        assert placed.setdefault(relative, content) == content, relative
        assert content == expected.get(relative), path
    assert placed == expected
    assert f"{PACKAGE}/client.py" in placed and f"{PACKAGE}/client.pyi" in placed
    assert b"def whoami(" in placed[f"{PACKAGE}/api/auth.py"]
    assert b'site_name: "Acme reference"' in placed["mkdocs.yml"]
