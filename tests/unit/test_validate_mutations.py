"""Hundreds of broken variants of a small document: never a crash, and wherever openapi-spec-validator
itself gets through, the same structural errors at the same places."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import OpenAPIV30SpecValidator

from generator.load import LoadError, parse
from generator.model import build
from generator.pointer import from_tokens
from generator.validate import validate

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "validate" / "clean.yaml"
REPLACEMENTS: list[Any] = [
    None,
    1,
    1.5,
    "x",
    "",
    [],
    {},
    True,
    -1,
    ["a", "a"],
    {"type": "strin"},
    {"x-a": 1},
    {"$ref": "#/components/schemas/Agent"},
    {"$ref": "#/components/schemas/Nobody"},
    {"allOf": [{"type": "object"}], "required": ["zz"]},
]


def _base() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(FIXTURE.read_text())
    operation = document["paths"]["/agents/{id}"]["get"]
    operation["parameters"].append(
        {"name": "q", "in": "query", "schema": {"type": "integer", "default": 3, "enum": [1, 2, 3]}}
    )
    agent = document["components"]["schemas"]["Agent"]
    agent["properties"]["tags"] = {"type": "array", "items": {"type": "string"}, "uniqueItems": True}
    agent["required"] = ["name"]
    document["components"]["schemas"]["Named"] = {
        "allOf": [{"$ref": "#/components/schemas/Agent"}, {"properties": {"nick": {"type": "string"}}}],
        "required": ["nick", "name"],
    }
    return document


def _places(node: Any, path: list[str | int]) -> list[list[str | int]]:
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, [*path, key])
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, [*path, index])
    return found


def _mutant(base: dict[str, Any], places: list[list[str | int]], rng: random.Random) -> dict[str, Any]:
    document = copy.deepcopy(base)
    for _ in range(rng.choice([1, 1, 2, 3])):
        path = rng.choice(places)
        node: Any = document
        try:
            for token in path[:-1]:
                node = node[token]
            node[path[-1]] = copy.deepcopy(rng.choice(REPLACEMENTS))
        except (KeyError, IndexError, TypeError):
            continue
    return document


@pytest.mark.parametrize("seed", range(3))
def test_mutants_match_the_library_and_never_crash(seed: int) -> None:
    base = _base()
    places = _places(base, [])[1:]
    rng = random.Random(seed)
    compared = 0
    for _ in range(120):
        document = _mutant(base, places, rng)
        try:
            source = parse("mutant.json", json.dumps(document, indent=1))
        except LoadError:
            continue
        ours = [p for p in validate(build(source)) if p.rule == "structure"]
        try:
            theirs = list(OpenAPIV30SpecValidator(copy.deepcopy(document)).iter_errors())
        except Exception:  # the library gives up (an unresolvable $ref, say); specgen goes on
            continue
        compared += 1
        expected = {from_tokens(list(error.path)) for error in theirs}
        context = json.dumps(document)[:400]
        assert all(any(p.pointer.endswith(place) for p in ours) for place in expected), (context, ours)
        assert all(any(p.pointer.endswith(place) for place in expected) for p in ours), (context, ours)
        assert len(ours) <= len(theirs), (context, ours)  # specgen says a repeated error only once
    assert compared > 40
