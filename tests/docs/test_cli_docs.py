"""`specgen generate docs` end to end: files written, byte-identical reruns, --check finds drift."""

from __future__ import annotations

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
    assert pages[:2] == ["docs/index.md", "docs/models.md"] and len(pages) == 31
    assert (out / "mkdocs-nav.yml").is_file()
    before = {path: path.read_bytes() for path in out.rglob("*") if path.is_file()}
    assert run("generate", "docs", str(real_export), "-o", str(out), "--check")[0] == 0
    page = out / "docs" / "tags" / "chats.md"
    page.write_text(page.read_text(encoding="utf-8") + "edited\n", encoding="utf-8")
    code, output = run("generate", "docs", str(real_export), "-o", str(out), "--check")
    assert code == 1 and "docs/tags/chats.md" in output
    assert run("generate", "docs", str(real_export), "-o", str(out))[0] == 0
    assert {path: path.read_bytes() for path in out.rglob("*") if path.is_file()} == before
