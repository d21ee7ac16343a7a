"""Markdown reference docs for MkDocs: ``render_docs(document, settings) -> {relative path: text}``.

Pages go under ``docs/`` (MkDocs' default ``docs_dir``); beside it ``mkdocs.yml`` when
``settings.mkdocs_config`` is set, else ``mkdocs-nav.yml``, a nav snippet to paste into an existing
site. Links that cannot be resolved come back as Problems from :func:`build_docs`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from generator.generate.settings import GenerateSettings
from generator.model import Document
from generator.problems import Problem
from generator.render.docs.anchors import CHANGELOG_PAGE, INDEX_PAGE, MODELS_PAGE, DocsIndex
from generator.render.docs.changelog import coerce_entries, entry_views
from generator.render.docs.links import LinkChecker
from generator.render.docs.operations import OperationViews
from generator.render.docs.pages import index_context, model_views, tag_pages
from generator.render.environment import make_environment
from generator.render.markdown import visible

DOCS_DIR = "docs"
MKDOCS_CONFIG = "mkdocs.yml"
NAV_SNIPPET = "mkdocs-nav.yml"

__all__ = ["DOCS_DIR", "DocsBuild", "build_docs", "render_docs"]


@dataclass(frozen=True)
class DocsBuild:
    files: dict[str, str]
    problems: tuple[Problem, ...]


def render_docs(document: Document, settings: GenerateSettings) -> dict[str, str]:
    return build_docs(document, settings).files


def build_docs(document: Document, settings: GenerateSettings) -> DocsBuild:
    environment = make_environment(settings.templates)
    index = DocsIndex(document)
    links = LinkChecker(index)
    views = OperationViews(document, index, links, settings.package_name, settings.package_version)
    pages: dict[str, str] = {}
    overview = index_context(document, index, links)
    pages[INDEX_PAGE] = environment.get_template("docs/index.md.j2").render(**overview)
    tag_template = environment.get_template("docs/tag.md.j2")
    nav_tags: list[tuple[str, str]] = []
    for page in tag_pages(document, index, views):
        pages[page.path] = tag_template.render(page=page)
        nav_tags.append((page.name, page.path))
    pages[MODELS_PAGE] = environment.get_template("docs/models.md.j2").render(
        models=model_views(document, index, links)
    )
    entries = coerce_entries(settings.changelog)
    if entries:
        pages[CHANGELOG_PAGE] = environment.get_template("docs/changelog.md.j2").render(
            entries=entry_views(entries, index, CHANGELOG_PAGE)
        )
    nav = _nav(nav_tags, bool(entries))
    files = {f"{DOCS_DIR}/{path}": _tidy(content) for path, content in sorted(pages.items())}
    if settings.mkdocs_config:
        site_name = _plain_title(settings.site_name or document.title) or "API reference"
        files[MKDOCS_CONFIG] = environment.get_template("docs/mkdocs.yml.j2").render(
            site_name=json.dumps(site_name), nav=nav
        )
    else:
        files[NAV_SNIPPET] = environment.get_template("docs/mkdocs-nav.yml.j2").render(nav=nav)
    return DocsBuild(files, tuple(links.problems))


def _plain_title(title: str) -> str:
    """The theme puts the site name into HTML unescaped in places, so markup characters are dropped."""
    return " ".join(re.sub(r"[<>&\"'`{}]", " ", visible(title)).split())


def _nav(tags: list[tuple[str, str]], changelog: bool) -> list[tuple[str, object]]:
    """Nav entries as (quoted title, path or list of entries).

    Titles are ASCII JSON strings (valid YAML even with control characters) without markup,
    because the theme prints nav titles unescaped.
    """
    entries: list[tuple[str, object]] = [(json.dumps("Overview"), INDEX_PAGE)]
    entries.append(
        (json.dumps("Operations"), [(json.dumps(_plain_title(title)), path) for title, path in tags])
    )
    entries.append((json.dumps("Models"), MODELS_PAGE))
    if changelog:
        entries.append((json.dumps("Changelog"), CHANGELOG_PAGE))
    return entries


def _tidy(content: str) -> str:
    """At most one blank line in a row and one final newline, whatever the templates left."""
    lines = content.split("\n")
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        stripped = line.rstrip() if fence is None else line
        if fence is None and stripped.startswith("```"):
            fence = stripped[: len(stripped) - len(stripped.lstrip("`"))]
        elif fence is not None and line.strip() == fence:
            fence = None
        if fence is None and not stripped and out and not out[-1]:
            continue
        out.append(stripped)
    return "\n".join(out).strip("\n") + "\n"
