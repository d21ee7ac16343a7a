"""The generation targets: client, stubs and docs, each rendering the run's document and client view
into files (relative paths) and the problems it met."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from generator.generate.cache import cache_folder
from generator.generate.pipeline import Files, render_client, render_stubs
from generator.generate.settings import GenerateSettings
from generator.lazy import lazy_module
from generator.model import Document
from generator.problems import Problem
from generator.render.client_views import ClientView

if TYPE_CHECKING:
    from generator.render import docs as docs_stage
else:  # a fifth of a second of imports that client and stubs runs do not need
    docs_stage = lazy_module("generator.render.docs")


class Rendered(NamedTuple):
    files: Files
    problems: tuple[Problem, ...] = ()


TargetRenderer = Callable[[Document, ClientView, GenerateSettings], Rendered]


def client(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    return Rendered(render_client(view, settings))


def stubs(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    return Rendered(render_stubs(view, settings))


def docs(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    options = docs_stage.DocsSettings(
        settings.templates,
        settings.changelog,
        settings.mkdocs_config,
        settings.site_name,
        cache_folder("templates"),
    )
    built = docs_stage.build_docs(document, view, options)
    return Rendered(built.files, built.problems)


TARGETS: dict[str, TargetRenderer] = {"client": client, "stubs": stubs, "docs": docs}
ALL = tuple(TARGETS)


def expand(target: str) -> tuple[str, ...]:
    """``all`` means every target; any other name means itself (KeyError for an unknown name)."""
    if target == "all":
        return ALL
    if target not in TARGETS:
        raise KeyError(target)
    return (target,)
