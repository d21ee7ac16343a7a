"""Markdown reference docs for MkDocs: ``build_docs(document, client, settings)`` -> files and problems.

Pages go under ``docs/`` (MkDocs' default ``docs_dir``); beside it ``mkdocs.yml`` when
``settings.mkdocs_config`` is set, else ``mkdocs-nav.yml``, a nav snippet to paste into an existing
site. Python samples use the names of the run's client view; links that cannot be resolved come
back as Problems.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

import jinja2

from generator.lazy import lazy_module
from generator.model import Document
from generator.problems import Problem
from generator.render.client_views import ClientView
from generator.render.docs.anchors import CHANGELOG_PAGE, INDEX_PAGE, MODELS_PAGE, DocsIndex, Target
from generator.render.docs.links import LinkChecker
from generator.render.docs.operations import OperationViews
from generator.render.docs.pages import index_context, model_index, model_views, tag_pages
from generator.render.docs.tables import FieldTree
from generator.render.environment import make_environment
from generator.render.escape import plain, yaml_quoted

if TYPE_CHECKING:
    from generator.render.docs import changelog
    from generator.render.docs.changelog import ChangelogEntry, EntryView
else:  # only a run with changelog entries renders a changelog page
    changelog = lazy_module("generator.render.docs.changelog")

DOCS_DIR = "docs"
MKDOCS_CONFIG = "mkdocs.yml"
NAV_SNIPPET = "mkdocs-nav.yml"
STYLESHEET = "assets/specgen.css"
GENERIC_TITLE_WORDS = frozenset(
    [
        "api",
        "apis",
        "v",
        "documentation",
        "documentação",
        "documentación",
        "documentacion",
        "docs",
        "doc",
        "reference",
        "referencia",
        "rest",
        "http",
        "openapi",
        "swagger",
        "spec",
        "specification",
        "the",
        "de",
        "la",
        "del",
        "da",
        "do",
        "of",
        "for",
    ]
)
_WORDS = re.compile(r"[^\W\d_]+")

__all__ = ["DOCS_DIR", "DocsBuild", "DocsSettings", "build_docs"]


@dataclass(frozen=True)
class DocsSettings:
    """What the docs take from a run's settings: template overrides, the changelog (newest entry
    first), whether to write a whole ``mkdocs.yml`` (with ``site_name``) or only a nav snippet, and
    the folder keeping compiled templates between runs (None: compile them in every run)."""

    templates: Path | None = None
    changelog: tuple[ChangelogEntry, ...] = ()
    mkdocs_config: bool = False
    site_name: str | None = None
    compiled_templates: Path | None = None


class DocsBuild(NamedTuple):
    files: dict[str, str]
    problems: tuple[Problem, ...]


def build_docs(document: Document, client: ClientView, settings: DocsSettings) -> DocsBuild:
    environment = make_environment(settings.templates, settings.compiled_templates)
    environment.auto_reload = False  # one run: no need to stat a template file on every page
    index = DocsIndex(document)
    links = LinkChecker(index)
    entries = settings.changelog
    releases = changelog.entry_views(entries, index, CHANGELOG_PAGE) if entries else []
    views = OperationViews(document, index, links, client, _release_marks(entries, releases))
    pages: dict[str, str] = {}
    overview = index_context(document, index, links)
    pages[INDEX_PAGE] = environment.get_template("docs/index.md.j2").render(**overview)
    tag_template = environment.get_template("docs/tag.md.j2")
    nav_tags: list[tuple[str, str]] = []
    for page in tag_pages(document, index, views):
        pages[page.path] = tag_template.render(page=page)
        if page.operations or page.elsewhere:
            nav_tags.append((page.name, page.path))
    models = model_views(document, index, links, views.cells)
    pages[MODELS_PAGE] = environment.get_template("docs/models.md.j2").render(
        models=model_index(index, models)
    )
    model_template = environment.get_template("docs/model.md.j2")
    field_tables = FieldTables(environment)
    for model in models.values():
        pages[model.path] = model_template.render(
            model=model, field_tables=field_tables.markdown(model.fields)
        )
    if entries:
        pages[CHANGELOG_PAGE] = environment.get_template("docs/changelog.md.j2").render(entries=releases)
    nav = _nav(nav_tags, bool(entries))
    files = {f"{DOCS_DIR}/{path}": _tidy(content) for path, content in sorted(pages.items())}
    files[f"{DOCS_DIR}/{STYLESHEET}"] = environment.get_template(f"docs/{STYLESHEET}.j2").render()
    if settings.mkdocs_config:
        files[MKDOCS_CONFIG] = environment.get_template("docs/mkdocs.yml.j2").render(
            site_name=yaml_quoted(site_name(document, settings.site_name)), nav=nav, stylesheet=STYLESHEET
        )
    else:
        files[NAV_SNIPPET] = environment.get_template("docs/mkdocs-nav.yml.j2").render(nav=nav)
    return DocsBuild(files, tuple(links.problems))


def _release_marks(
    entries: Sequence[ChangelogEntry], releases: Sequence[EntryView]
) -> dict[str, tuple[tuple[str, Target] | None, ...]]:
    """Per operation key: the releases that added it and last changed it, linked to their entries."""
    if not entries:
        return {}
    anchors = {
        entry.title or entry.revision: view.anchor for entry, view in zip(entries, releases, strict=True)
    }
    return {
        key: tuple(
            (f"v{version.removeprefix('v')}", Target(CHANGELOG_PAGE, anchors[version])) if version else None
            for version in pair
        )
        for key, pair in changelog.history_marks(entries).items()
    }


class FieldTables:
    """A field tree as Markdown, by the ``docs_fields`` macro: rendered once for all the model pages
    that show the same fields (a chain of ``allOf`` wrappers shows one tree on every page)."""

    def __init__(self, environment: jinja2.Environment) -> None:
        macros: Any = environment.get_template("macros/docs_tables.j2").module  # macros: no typed attributes
        self._macro = macros.docs_fields
        self._made: dict[FieldTree, str] = {}

    def markdown(self, tree: FieldTree) -> str:
        if tree.empty:
            return ""
        made = self._made.get(tree)
        if made is None:
            made = self._made[tree] = str(self._macro(tree))
        return made


def site_name(document: Document, chosen: str | None) -> str:
    """The chosen name, else the API title unless it is generic ("Documentation", "API"), else the
    name of the servers' domain ("Botmaker API" for api.botmaker.com)."""
    title = _plain_title(chosen or "")
    if title:
        return title
    title = _plain_title(document.title)
    if title and not set(_WORDS.findall(title.lower())) <= GENERIC_TITLE_WORDS:
        return title
    for server in document.servers:
        host = urlsplit(server.url).hostname or ""
        labels = [label for label in host.split(".") if label and not label.isdigit()]
        if len(labels) >= 2 and labels[-2] not in ("localhost", "example"):
            return _plain_title(labels[-2].capitalize() + " API reference")
    return title or "API reference"


def _plain_title(title: str) -> str:
    """The theme puts the site name into HTML unescaped in places, so markup characters are dropped."""
    return " ".join(re.sub(r"[<>&\"'`{}]", " ", plain(title)).split())


def _nav(tags: list[tuple[str, str]], changelog: bool) -> list[tuple[str, object]]:
    """Nav entries as (quoted title, path or list of entries).

    Titles are quoted YAML scalars in printable ASCII without markup,
    because the theme prints nav titles unescaped.
    """
    entries: list[tuple[str, object]] = [(yaml_quoted("Overview"), INDEX_PAGE)]
    entries.append(
        (yaml_quoted("Operations"), [(yaml_quoted(_plain_title(title)), path) for title, path in tags])
    )
    entries.append((yaml_quoted("Models"), MODELS_PAGE))
    if changelog:
        entries.append((yaml_quoted("Changelog"), CHANGELOG_PAGE))
    return entries


def _tidy(content: str) -> str:
    """At most one blank line in a row and one final newline, whatever the templates left."""
    if "```" not in content:  # no fence to keep as written: the same, without the line-by-line state
        if _ends_a_line_with_space(content):  # not the usual page
            content = "\n".join([line.rstrip() for line in content.split("\n")])
        return _squeeze_blank_lines(content).strip("\n") + "\n"
    lines = content.split("\n")
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        stripped = line.rstrip() if fence is None else line
        probe = stripped.lstrip(" ")
        if fence is None and probe.startswith("```"):
            fence = probe[: len(probe) - len(probe.lstrip("`"))]
        elif fence is not None and line.strip() == fence:
            fence = None
        if fence is None and not stripped and out and not out[-1]:
            continue
        out.append(stripped)
    return "\n".join(out).strip("\n") + "\n"


def _ends_a_line_with_space(content: str) -> bool:
    """Whether a line may end in whitespace that ``str.rstrip`` removes. Every whitespace character
    but the space is unprintable, so a text printable apart from its line breaks can end a line in
    whitespace only with a space (a few C scans instead of a call per line)."""
    return " \n" in content or content.endswith(" ") or not content.replace("\n", "").isprintable()


def _squeeze_blank_lines(text: str) -> str:
    """Every run of three or more line breaks as two (``str.replace`` is a fast scan; a regex
    substitution was half the cost of tidying a short page)."""
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text
