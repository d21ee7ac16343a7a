"""Escaping of untrusted spec text, checked through Python-Markdown as MkDocs configures it."""

from __future__ import annotations

from html import unescape as html_unescape

import markdown
import pytest

from generator.render.markdown import anchor, cell, code, fenced, prose, text

# The site's block extensions (templates/docs/mkdocs.yml.j2); fenced_code stands in for the
# superfences and highlight pair, which render the same blocks with wrapper elements.
EXTENSIONS = [
    "tables",
    "attr_list",
    "toc",
    "admonition",
    "pymdownx.details",
    "pymdownx.tabbed",
    "fenced_code",
]


def to_html(source: str) -> str:
    tabs = {"pymdownx.tabbed": {"alternate_style": True}}
    return markdown.Markdown(extensions=EXTENSIONS, extension_configs=tabs).convert(source)


def table_cells(value: str) -> str:
    return to_html(f"| a | b |\n| --- | --- |\n| x | {value} |\n")


HOSTILE = [
    "pipe | in | text",
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "`unclosed code | with pipe",
    "```\n<script>alert(2)</script>",
    "line one\nline two\n\n- item | one\n- item two",
    "{#stolen-id} and {: .cls}",
    "[click](javascript:alert(3)) ![img](javascript:alert(4))",
    "<!-- comment --> <div>block</div>",
    "[ref]: javascript:alert(5)\n\nsee [ref]",
    "[a](javascript:alert((6))) [b](javascript:alert(7) 'title') [c]( javascript:alert(8) )",
    "[d](<javascript:alert(9)>) [e][r]\n\n[r]: javascript:alert(10)",
    '!!! danger "Breaking"\n    spoofed',
    "- ???+ note\n    folded",
    '> === "Tab"\n>     content',
]


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_text_in_a_cell_stays_in_one_row_without_html(value: str) -> None:
    html = table_cells(cell(value))
    assert html.count("<tr>") == 2
    assert html.count("<td>") == 2
    for tag in ("<script", "<img", "<div", "<!--", 'href="javascript'):
        assert tag not in html


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_prose_produces_no_html_or_ids(value: str) -> None:
    html = to_html(prose(value))
    for tag in (
        "<script",
        "<img",
        "<div",
        "<details",
        "<!--",
        'href="javascript',
        'id="stolen-id"',
        'class="cls"',
    ):
        assert tag not in html


@pytest.mark.parametrize("marker", ["!!!", "???", "???+", "==="])
def test_block_extension_markers_read_as_written(marker: str) -> None:
    html = to_html(prose(f'{marker} note "Title"'))
    assert html.startswith("<p>") and "note" in html
    assert html_unescape(html).startswith(f"<p>{marker} note")


def test_prose_keeps_markdown_and_shows_html_as_text() -> None:
    html = to_html(prose("Use **bold** and `code <b>`.<br>Next <b>tag</b>\n- one\n- two"))
    assert "<strong>bold</strong>" in html
    assert "<code>code &lt;b&gt;</code>" in html
    assert "&lt;b&gt;tag&lt;/b&gt;" in html or "&lt;b>tag&lt;/b>" in html
    assert "<li>one</li>" in html


def test_unterminated_fence_is_closed_so_the_page_continues() -> None:
    source = prose("```js\nconst x = 1;") + "\n\n## After {#after}\n"
    assert '<h2 id="after">After</h2>' in to_html(source)


def test_cell_keeps_every_line_of_a_multiline_description() -> None:
    value = cell("First line.\nSecond line.\n\n- a\n- b")
    assert "\n" not in value
    for part in ("First line.", "Second line.", "• a", "• b"):
        assert part in value


def test_pipes_inside_code_spans_stay_code_in_tables() -> None:
    html = table_cells(cell("use `a|b` or a | b"))
    assert "<code>a|b</code>" in html
    assert "a | b" in html


def test_literal_text_shows_exactly_as_written() -> None:
    html = to_html(text("*not emphasis* <b> `x` {y} a|b & [l](u)"))
    assert "<em>" not in html and "<code>" not in html and "<a " not in html
    assert "*not emphasis* &lt;b&gt; `x` {y} a|b &amp; [l](u)" in html


def test_code_span_holds_backticks() -> None:
    assert "<code>a`b</code>" in to_html(code("a`b"))
    assert "<code>`x`</code>" in to_html(code("`x`"))


def test_fence_longer_than_any_backtick_run() -> None:
    html = to_html(fenced("a\n```\nb", "sh"))
    assert html.count("<pre>") == 1 and "```" in html


def test_links_are_rewritten_or_dropped() -> None:
    seen: list[str] = []

    def rewrite(target: str) -> str | None:
        seen.append(target)
        return "other.md#x" if target.startswith("#") else None

    html = to_html(prose("[a](#/operations/x) and [b](relative.md)", rewrite))
    assert seen == ["#/operations/x", "relative.md"]
    assert '<a href="other.md#x">a</a>' in html
    assert "relative.md" not in html and ">b<" not in html


def test_anchor_keeps_only_id_characters() -> None:
    assert anchor("list-chats") == "{#list-chats}"
    assert anchor("a b}{x") == "{#a-b--x}"


def test_headings_in_spec_text_do_not_enter_the_outline() -> None:
    html = to_html(prose("#### Try it!\nText\nTitle\n===\n\nOther\n---"))
    assert "<h" not in html.replace("<hr", "")
    assert "<strong>Try it!</strong>" in html
