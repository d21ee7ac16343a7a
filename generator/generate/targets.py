"""The generation targets: client, stubs and docs, each rendering the run's document and client view
into files (relative paths) and the problems it met."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from generator.generate.pipeline import Files, render_client, render_stubs
from generator.generate.settings import GenerateSettings
from generator.model import Document
from generator.problems import Problem
from generator.render.client_views import ClientView
from generator.render.docs import build_docs


@dataclass(frozen=True)
class Rendered:
    files: Files
    problems: tuple[Problem, ...] = ()


Target = Callable[[Document, ClientView, GenerateSettings], Rendered]


def client(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    return Rendered(render_client(view, settings))


def stubs(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    return Rendered(render_stubs(view, settings))


def docs(document: Document, view: ClientView, settings: GenerateSettings) -> Rendered:
    built = build_docs(document, view, settings.docs)
    return Rendered(built.files, built.problems)


TARGETS: dict[str, Target] = {"client": client, "stubs": stubs, "docs": docs}
ALL = tuple(TARGETS)


def expand(target: str) -> tuple[str, ...]:
    """``all`` means every target; any other name means itself (KeyError for an unknown name)."""
    if target == "all":
        return ALL
    if target not in TARGETS:
        raise KeyError(target)
    return (target,)
