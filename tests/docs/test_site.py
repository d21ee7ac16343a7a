"""The generated docs built by real MkDocs (Material, strict) and opened in headless Chromium."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.model import Document
from generator.render.writer import write_tree
from tests.docs.browser import dump_dom, screenshot, table_after
from tests.docs.helpers import docs_for, document_from, document_from_data, hostile_spec

pytestmark = pytest.mark.slow


CHANGELOG = [
    {
        "title": "2024-06-01",
        "base": "2024-05-01.json",
        "revision": "2024-06-01.json",
        "semver": "minor",
        "changes": [
            {"level": "info", "operation": "GET /channels", "message": "optional parameter `page` added"}
        ],
    }
]


def build_site(document: Document, folder: Path, **settings: Any) -> tuple[Path, str]:
    write_tree(docs_for(document, mkdocs_config=True, **settings).files, folder)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    return folder / "site", output


@pytest.fixture(scope="module")
def real_document(real_export: Path) -> Document:
    return document_from(real_export)


@pytest.fixture(scope="module")
def real_site(real_document: Document, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return build_site(real_document, tmp_path_factory.mktemp("real-site"), changelog=CHANGELOG)


def test_strict_build_of_the_real_export_has_no_warnings(real_site: tuple[Path, str]) -> None:
    site, output = real_site
    assert "WARNING" not in output
    assert (site / "index.html").is_file()
    assert len(list((site / "tags").glob("*/index.html"))) >= 20
    assert 'href="../tags/channels/#list-channels"' in (site / "changelog" / "index.html").read_text("utf-8")


def test_chromium_renders_the_parameter_table(
    real_site: tuple[Path, str], real_document: Document, tmp_path: Path
) -> None:
    site, _ = real_site
    operation = next(op for op in real_document.operations if op.operation_id == "list-search-chats")
    page = site / "tags" / "chats" / "index.html"
    table = table_after(dump_dom(page), "list-search-chats--parameters")
    # no parameter is required, so the Required column is left out
    assert table.header == ["Name", "In", "Type", "Description"]
    assert len(table.rows) == len(operation.parameters) == 8
    assert all(len(row) == 4 for row in table.rows)
    assert [row[0] for row in table.rows] == [parameter.name for parameter in operation.parameters]
    assert "nextPage" in table.rows[0][3] or table.rows[0][3].startswith("Filter chats")
    width, height = screenshot(page, tmp_path / "chats.png")
    assert (width, height) == (1280, 2000)
    assert (tmp_path / "chats.png").stat().st_size > 30_000


def test_hostile_spec_text_is_shown_never_executed(tmp_path: Path) -> None:
    site, output = build_site(document_from_data(hostile_spec(), tmp_path), tmp_path / "site")
    assert "WARNING" not in output
    html = "".join(path.read_text(encoding="utf-8") for path in site.rglob("*.html"))
    assert "alert(" in html
    assert "<script>alert" not in html and "<b onmouseover" not in html and "&lt;b onmouseover=x&gt;" in html
    dom = dump_dom(site / "tags" / "things" / "index.html")
    table = table_after(dom, "getThing--parameters")
    assert len(table.rows) == 1 and len(table.rows[0]) == 5
    assert "Described below the table" in table.rows[0][4]
    assert "Line one | with pipe" in dom and "&lt;script&gt;alert('param')&lt;/script&gt;" in dom
    assert not any("alert(" in script for script in table.scripts)
