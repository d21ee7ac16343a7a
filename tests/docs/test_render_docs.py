"""Docs rendered from the real export and from a hostile spec: anchors, links, problems, determinism."""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path

import pytest

from generator.model import Document
from tests.docs.helpers import docs_for, document_from, document_from_data, entry_from_report, hostile_spec

ANCHOR = re.compile(r"\{#([A-Za-z0-9_-]+)\}\s*$", re.MULTILINE)
LINK = re.compile(r"\]\(([^)\s]*)\)")


@pytest.fixture(scope="module")
def real(real_export: Path) -> Document:
    return document_from(real_export)


def anchors_by_page(files: dict[str, str]) -> dict[str, set[str]]:
    return {path: set(ANCHOR.findall(text)) for path, text in files.items() if path.endswith(".md")}


def test_every_operation_and_schema_of_the_real_export_has_its_anchor(real: Document) -> None:
    files = docs_for(real).files
    anchors = anchors_by_page(files)
    operation_anchors = set().union(*(found for path, found in anchors.items() if "/tags/" in path))
    assert len(real.operations) == 103
    for operation in real.operations:
        assert operation.operation_id in operation_anchors
    assert len(real.schemas) == 189
    for name, schema in real.schemas.items():
        # ChatReference is only a $ref to ChatReferenceRes: its links and index row lead there
        home = schema.name if name == "ChatReference" else name
        assert home in anchors[f"docs/models/{home}.md"]
    assert "docs/models/ChatReference.md" not in files
    assert "| [ChatReference](models/ChatReferenceRes.md#ChatReferenceRes) |" in files["docs/models.md"]


def test_every_relative_link_lands_on_an_existing_page_and_anchor(real: Document) -> None:
    files = docs_for(real).files
    anchors = anchors_by_page(files)
    checked = 0
    for path, text in files.items():
        if not path.endswith(".md"):
            continue
        for target in LINK.findall(text):
            if target.startswith(("https://", "http://", "mailto:")):
                continue
            page, _, fragment = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), page)) if page else path
            assert resolved in anchors, f"{path}: {target}"
            assert not fragment or fragment in anchors[resolved], f"{path}: {target}"
            checked += 1
    assert checked > 500


def test_the_exports_own_operation_links_are_rewritten(real: Document) -> None:
    result = docs_for(real)
    chats = result.files["docs/tags/chats-actions.md"]
    assert "#/operations/" not in "".join(result.files.values())
    assert "(channels.md#list-channels)" in chats
    assert [problem.rule for problem in result.problems] == []


def test_output_is_deterministic(real: Document, real_export: Path) -> None:
    first = docs_for(real, mkdocs_config=True).files
    second = docs_for(document_from(real_export), mkdocs_config=True).files
    assert first == second


def test_nav_snippet_or_full_config(real: Document) -> None:
    snippet = docs_for(real).files
    assert "mkdocs-nav.yml" in snippet and "mkdocs.yml" not in snippet
    full = docs_for(real, mkdocs_config=True, site_name="Botmaker: API").files
    config = full["mkdocs.yml"]
    assert 'site_name: "Botmaker: API"' in config
    assert "not_found: warn" in config and "anchors: warn" in config and "unrecognized_links: warn" in config
    assert "name: material" in config and "- attr_list" in config


def test_unresolvable_link_is_reported_with_its_pointer(tmp_path: Path) -> None:
    result = docs_for(document_from_data(hostile_spec(), tmp_path))
    problems = [(problem.rule, problem.pointer) for problem in result.problems]
    assert problems == [("docs-link-unresolved", "/paths/~1things~1{thingId}/get/description")]
    assert "doesNotExist" in result.problems[0].message
    assert result.problems[0].line is not None
    page = result.files["docs/tags/things.md"]
    assert "[the list](#listThings)" in page
    assert "nowhere" in page and "doesNotExist" not in page


def test_hostile_spec_keeps_tables_whole(tmp_path: Path) -> None:
    page = docs_for(document_from_data(hostile_spec(), tmp_path)).files["docs/tags/things.md"]
    parameter_rows = [line for line in page.splitlines() if line.startswith("| `thingId`")]
    assert len(parameter_rows) == 1
    unescaped_pipes = re.sub(r"`[^`]*`|\\\|", "", parameter_rows[0]).count("|")
    assert unescaped_pipes == 6
    outside_code = re.sub(r"^(`{3,}).*?^\1$", "", page, flags=re.MULTILINE | re.DOTALL)
    assert "alert('fence')" in page and "alert('fence')" not in outside_code
    assert "<script>" not in outside_code and "<b " not in outside_code
    assert "Deprecated" in page and "Only 2 requests per second" in page


def test_changelog_page_from_entries(real: Document) -> None:
    entries = [
        {
            "title": "2024-05-01",
            "base": "v1.json",
            "revision": "v2.json",
            "semver": "major",
            "changes": [
                {
                    "level": "info",
                    "operation": "GET /channels",
                    "message": "added | field",
                    "rule": "response-body-property-added",
                },
                {
                    "level": "breaking",
                    "operation": "GET /gone",
                    "message": "removed <script>",
                    "rule": "operation-removed",
                },
                {
                    "level": "info",
                    "operation": "GET /channels",
                    "message": "description changed",
                    "rule": "operation-description-changed",
                    "before": "Old <b>text</b>",
                    "after": "New text\n- with a list",
                },
            ],
        }
    ]
    files = docs_for(real, changelog=entries, mkdocs_config=True).files
    page = files["docs/changelog.md"]
    assert "## 2024-05-01 {#v2024-05-01}" in page
    breaking = page[page.index('!!! danger "Breaking: 1"') : page.index("### Added")]
    assert (
        "`GET /gone`" in breaking and "&lt;script>" in breaking and "Stop calling this operation" in breaking
    )
    added = page[page.index("### Added") :]
    assert "(tags/channels.md#list-channels)" in added and "added \\| field" in added
    documentation = page[page.index('??? note "Documentation: 1"') :]
    assert (
        '    ??? quote "[`GET /channels`](tags/channels.md#list-channels): description changed"'
        in documentation
    )
    assert "        Old &lt;b>text&lt;/b>" in documentation and "        - with a list" in documentation
    assert '"Changelog": changelog.md' in files["mkdocs.yml"]
    assert "docs/changelog.md" not in docs_for(real).files


def test_changelog_from_a_real_diff_of_two_exports(real_export: Path, tmp_path: Path) -> None:
    from generator.diff import compare

    data = json.loads(real_export.read_text(encoding="utf-8"))
    revised = json.loads(json.dumps(data))
    del revised["paths"]["/channels/{id}"]["patch"]
    revised["paths"]["/channels"]["get"]["parameters"] = [
        {"name": "region|<b>", "in": "query", "required": True, "schema": {"type": "string"}}
    ]
    base, revision = document_from_data(data, tmp_path / "a"), document_from_data(revised, tmp_path / "b")
    report = compare(base, revision)
    entry = entry_from_report("2024-06-01", "a/spec.json", "b/spec.json", report)
    assert entry.semver == "major" and entry.count("breaking") >= 2
    page = docs_for(revision, changelog=[entry]).files["docs/changelog.md"]
    breaking = page[page.index("!!! danger") : page.index("\n\n", page.index("!!! danger") + 20)]
    assert breaking.count("\n    | ") - 2 == entry.count("breaking")
    assert "`PATCH /channels/{id}`" in breaking
    assert "[`GET /channels`](tags/channels.md#list-channels)" in breaking
    chats = docs_for(revision, changelog=[entry]).files["docs/tags/channels.md"]
    assert "Changed in [v2024-06-01](../changelog.md#v2024-06-01)" in chats
    assert "<b>" not in page
