"""Random documents with hostile names and texts everywhere: generation finishes, every module
compiles and has the shape its neutral twin's has, nothing lands outside OUT, docs carry no raw HTML."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from generator.render.environment import builtin_templates
from tests.hostile.checks import MARKDOWN_ELEMENTS, files_outside, markup_in_yaml, raw_html, shape_differences
from tests.hostile.generation import code_files, doc_files, generate_all
from tests.hostile.strategies import documents, neutral_twin

_COMMON = {"deadline": None, "database": None, "suppress_health_check": list(HealthCheck)}


def unmatched_modules(hostile: dict[str, str], neutral: dict[str, str]) -> list[tuple[str, list[str]]]:
    """Modules of the hostile tree with no same-shaped module in the neutral tree.

    Files at the same path are paired first; the rest (named after spec text, so named
    differently) are paired with any still unpaired neutral module of the same shape.
    """
    remaining = [path for path in code_files(neutral) if path not in hostile]
    failures = []
    for path in code_files(hostile):
        if path in neutral:
            differences = shape_differences(hostile[path], neutral[path])
            if differences:
                failures.append((path, differences))
            continue
        candidates = [other for other in remaining if Path(other).suffix == Path(path).suffix]
        attempts = {other: shape_differences(hostile[path], neutral[other]) for other in candidates}
        match = next((other for other, found in attempts.items() if not found), None)
        if match is None:
            closest = min(attempts.values(), key=len, default=["no neutral module left to compare with"])
            failures.append((path, closest))
        else:
            remaining.remove(match)
    return failures


def check_no_escape(document: dict[str, Any], templates: Path | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        hostile_out, neutral_out = Path(folder, "hostile"), Path(folder, "neutral")
        hostile = generate_all(document, hostile_out, templates)
        neutral = generate_all(neutral_twin(document), neutral_out, templates)

        assert files_outside(hostile_out) == []
        assert len(hostile) == len(neutral), sorted(set(hostile) ^ set(neutral))
        for path in code_files(hostile):
            compile(hostile[path], path, "exec")
        for hostile_path, differences in unmatched_modules(hostile, neutral):
            assert differences == [], f"{hostile_path}: {differences[:5]}"
        allowed = MARKDOWN_ELEMENTS.union(*(raw_html(neutral[path]) for path in doc_files(neutral)))
        for path in doc_files(hostile):
            assert raw_html(hostile[path]) <= allowed, f"{path}: {raw_html(hostile[path]) - allowed}"
        for path in [path for path in hostile if path.endswith((".yml", ".yaml"))]:
            assert markup_in_yaml(hostile[path]) == [], path


@pytest.mark.slow
@settings(max_examples=30, derandomize=True, **_COMMON)  # type: ignore[arg-type]
@given(documents())
def test_hostile_documents_fixed_seed(document: dict[str, Any]) -> None:
    check_no_escape(document)


@pytest.mark.slow
@settings(max_examples=10, **_COMMON)  # type: ignore[arg-type]
@given(documents())
def test_hostile_documents_random_run(document: dict[str, Any]) -> None:
    check_no_escape(document)


def test_the_check_catches_a_template_that_pastes_spec_text_raw(tmp_path: Path) -> None:
    """A template override that writes a summary into code unescaped must not pass."""
    group = builtin_templates() / "client" / "api" / "group.py.j2"
    override = tmp_path / "client" / "api" / "group.py.j2"
    override.parent.mkdir(parents=True)
    raw = "{% for op in group.operations %}\nx = {{ op.operation.summary }}\n{% endfor %}\n"
    override.write_text(group.read_text() + raw)
    document = minimal_operation("0; __import__('os').system('x')")
    with pytest.raises(AssertionError, match="statements where the templates put"):
        check_no_escape(document, tmp_path)
    check_no_escape(minimal_operation("plain"), None)


def minimal_operation(summary: str) -> dict[str, Any]:
    operation = {
        "operationId": "listThings",
        "summary": summary,
        "tags": ["things"],
        "responses": {"204": {"description": "done"}},
    }
    return {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {"/things": {"get": operation}},
    }
