"""File names made from spec names stay short, distinct and the same from run to run."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.render.docs.anchors import MAX_SLUG, slug
from tests.hostile.run import specgen

LONG = "Tag " + "very long name " * 20
TAGS = (LONG + "one", LONG + "two")


def _spec(path: Path) -> Path:
    operations = {
        f"/items/{number}": {
            "get": {
                "operationId": f"getItems{number}",
                "tags": [tag],
                "responses": {"200": {"description": "ok"}},
            }
        }
        for number, tag in enumerate(TAGS)
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "Long names", "version": "1"},
        "tags": [{"name": tag} for tag in TAGS],
        "paths": operations,
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def test_long_slugs_are_capped_distinct_and_deterministic() -> None:
    assert all(len(tag) > 300 for tag in TAGS)
    first, second = (slug(tag) for tag in TAGS)
    assert len(first) <= MAX_SLUG and len(second) <= MAX_SLUG
    assert first != second and first[:60] == second[:60]
    assert slug(TAGS[0]) == first
    assert slug("Short Tag") == "short-tag"


def test_a_300_character_tag_generates_docs_and_a_client_that_imports(tmp_path: Path) -> None:
    spec = _spec(tmp_path / "spec.json")
    names = []
    for attempt in ("first", "second"):
        out = tmp_path / attempt
        run = specgen("generate", "all", str(spec), "-o", str(out))
        assert run.code in (0, 1) and "Traceback" not in run.stderr, run.stderr
        names.append(sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()))
        assert all(len(part) <= 100 for name in names[-1] for part in name.split("/"))
    assert names[0] == names[1]
    pages = [name for name in names[0] if name.startswith("docs/tags/")]
    assert len(pages) == 2 and all(LONG.split()[0].lower() in page for page in pages)
    imported = subprocess.run(
        [sys.executable, "-c", "import botmaker_client.client"], cwd=tmp_path / "first", capture_output=True
    )
    assert imported.returncode == 0, imported.stderr.decode()
