"""The generation targets: each maps a Document and settings to {relative path: file text}."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from generator.generate.settings import GenerateSettings
from generator.model import Document

Files = dict[str, str]
RenderFunction = Callable[[Document, GenerateSettings], Files]


class TargetUnavailableError(RuntimeError):
    """A target whose renderer is not installed in this build."""


def _client(document: Document, settings: GenerateSettings) -> Files:
    from generator.generate.pipeline import render_client

    return render_client(document, settings)


def _stubs(document: Document, settings: GenerateSettings) -> Files:
    from generator.generate.pipeline import render_stubs

    return render_stubs(document, settings)


def _docs(document: Document, settings: GenerateSettings) -> Files:
    try:
        module = importlib.import_module("generator.render.docs")
    except ImportError as error:
        raise TargetUnavailableError(f"the docs target is not available: {error}") from None
    render_docs: RenderFunction = module.render_docs
    return render_docs(document, settings)


TARGETS: dict[str, RenderFunction] = {"client": _client, "stubs": _stubs, "docs": _docs}
ALL = ("client", "stubs", "docs")


def expand(target: str) -> tuple[str, ...]:
    """``all`` means every target; any other name means itself."""
    if target == "all":
        return ALL
    if target not in TARGETS:
        raise KeyError(target)
    return (target,)


def render_target(target: str, document: Document, settings: GenerateSettings) -> Files:
    return TARGETS[target](document, settings)
