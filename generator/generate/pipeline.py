"""Render the client and stub targets (filled in as the templates land)."""

from __future__ import annotations

from generator.generate.settings import GenerateSettings
from generator.model import Document


def render_client(document: Document, settings: GenerateSettings) -> dict[str, str]:
    raise NotImplementedError("client target")


def render_stubs(document: Document, settings: GenerateSettings) -> dict[str, str]:
    raise NotImplementedError("stubs target")
