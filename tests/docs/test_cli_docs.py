"""`specgen generate docs` end to end: files written, byte-identical reruns, --check finds drift."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main as specgen


def run(*arguments: str) -> tuple[int, str]:
    result = CliRunner().invoke(specgen, list(arguments), catch_exceptions=False)
    return result.exit_code, result.output


def test_generate_docs_writes_pages_and_check_detects_drift(real_export: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    code, output = run("generate", "docs", str(real_export), "-o", str(out))
    assert code == 0, output
    pages = sorted(path.relative_to(out).as_posix() for path in (out / "docs").rglob("*.md"))
    assert (
        pages[:2] == ["docs/index.md", "docs/models.md"] and len(pages) == 31 + 188
    )  # 189 schemas, one a pure $ref alias
    assert (out / "mkdocs-nav.yml").is_file()
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    assert run("generate", "docs", str(real_export), "-o", str(out), "--check")[0] == 0
    page = out / "docs" / "tags" / "chats.md"
    page.write_text(page.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    code, output = run("generate", "docs", str(real_export), "-o", str(out), "--check")
    assert code == 1 and "docs/tags/chats.md" in output
    assert run("generate", "docs", str(real_export), "-o", str(out))[0] == 0
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before


def _spec_with_broken_link(folder: Path) -> Path:
    spec = {
        "openapi": "3.0.1",
        "info": {"title": "Links", "version": "1"},
        "paths": {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "description": "See [the missing one](#/operations/noSuchOperation).",
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    path = folder / "spec.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


def test_unresolved_links_reach_the_report_and_fail_strict(tmp_path: Path) -> None:
    spec = _spec_with_broken_link(tmp_path)
    report = tmp_path / "report.json"
    code, _ = run("generate", "docs", str(spec), "-o", str(tmp_path / "out"), "--report", str(report))
    assert code == 0
    problems = json.loads(report.read_text(encoding="utf-8"))["problems"]
    unresolved = [problem for problem in problems if problem["rule"] == "docs-link-unresolved"]
    assert len(unresolved) == 1 and unresolved[0]["pointer"].startswith("/paths/~1things/get")
    strict = run("generate", "docs", str(spec), "-o", str(tmp_path / "strict"), "--strict")
    assert strict[0] == 1


def test_mkdocs_config_flag_and_site_name(tmp_path: Path) -> None:
    spec = _spec_with_broken_link(tmp_path)
    out = tmp_path / "out"
    assert run("generate", "docs", str(spec), "-o", str(out))[0] == 0
    assert not (out / "mkdocs.yml").exists()
    code, output = run(
        "generate", "docs", str(spec), "-o", str(out), "--mkdocs-config", "--site-name", "Team docs"
    )
    assert code == 0 and "up to date" not in output
    assert 'site_name: "Team docs"' in (out / "mkdocs.yml").read_text(encoding="utf-8")
