"""Generate every target for a document held in memory and write it the way ``specgen generate`` does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.generate.run import generate
from generator.generate.settings import GenerateSettings
from generator.load import parse
from generator.model import build
from generator.render.writer import write_tree

CODE_SUFFIXES = (".py", ".pyi")


def generate_all(document: dict[str, Any], out: Path, templates: Path | None = None) -> dict[str, str]:
    """Render client, stubs and docs into ``out``; returns {relative path: text}."""
    model = build(parse("spec.json", json.dumps(document)))
    files = generate(model, "all", GenerateSettings(templates=templates)).files
    write_tree(files, out)
    return files


def code_files(files: dict[str, str]) -> list[str]:
    return sorted(path for path in files if path.endswith(CODE_SUFFIXES))


def doc_files(files: dict[str, str]) -> list[str]:
    return sorted(path for path in files if path.endswith(".md"))
