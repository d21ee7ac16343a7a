"""Sample values made from a schema's ``pattern``: checked by RE2, the validator's matcher.

The made texts must match their patterns in every real spec we have, patterns outside the subset
fall back to the value made before, and curl samples built from patterned parameters and bodies
pass the request validation of the 127.0.0.1 spec server.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model import Document, Schema
from generator.model.schema import SchemaTable
from generator.render.docs.pattern_text import text_matching
from generator.render.docs.samples import example_value, named_text
from generator.resolver import Resolver
from generator.validate.patterns import compile_pattern
from tests.conftest import REAL_EXPORT, SHARED_SPECS
from tests.docs.helpers import code_blocks, docs_for, document_from, document_from_data, run_curl
from tests.support.spec_server import SpecServer

SPECS = sorted(
    [
        REAL_EXPORT,
        *(SHARED_SPECS / "public").glob("*.yaml"),
        *(SHARED_SPECS / "stripe").glob("*.json"),
        SHARED_SPECS / "github" / "2021-06-16.json",
    ]
)


def matches(pattern: str, text: Any) -> bool:
    compiled = compile_pattern(pattern)
    assert compiled is not None, pattern
    return isinstance(text, str) and compiled.search(text) is True


@pytest.mark.parametrize(
    ("pattern", "made"),
    [
        (r"^[A-Z]{2}$", "AB"),
        (r"^[a-z]{2}_[A-Z]{2}$", "ab_AB"),
        (r"^(?:first|last|after:\d+)$", "first"),
        (r'^"([0-9]+?)"$|\*', '"1"'),
        (r"^[\x20-\x7e]{4,32}$", "abcd"),
        (r"^\w+@\w+\.com$", "a@a.com"),
        (r"[^\d\s]{3}", "abc"),
        (r"^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)$", "ab=="),
        (r"^ssh-(rsa|dss) |^ecdsa-sha2-nistp(256|384) ", "ssh-rsa "),
        (r"[[A-Z0-9]{1,18}", "1"),
        (r"\Aacct_[0-9a-f]{4}\z", "acct_abcd"),
    ],
)
def test_texts_made_from_patterns(pattern: str, made: str) -> None:
    assert text_matching(pattern) == made
    assert matches(pattern, made)


def test_length_bounds_stretch_the_text_or_give_up() -> None:
    assert text_matching(r"^[0-9]+$", shortest=5) == "12345"
    assert text_matching(r"^x[a-c]*y$", shortest=6, longest=6) == "xabcay"
    assert text_matching(r"^[A-Z]{3}$", shortest=4) is None
    assert text_matching(r"^[A-Z]{3}$", longest=2) is None


@pytest.mark.parametrize(
    "pattern",
    [
        r"^(?=a)a$",  # lookahead: RE2 refuses it
        r"(?i)abc",  # flags
        r"\bword\b",  # word boundaries
        r"\p{Greek}+",  # Unicode classes
        r"[[:alpha:]]",  # POSIX classes
        r"a$b",  # an anchor that nothing can pass
        r"a{100}",  # more repetitions than a sample should hold
        "(" * 40 + "a" + ")" * 40,  # nesting
        "a" * 2000,  # size
        "((((){64}){64}){64}){64}",  # repetitions that make no text
        r"(a",
        r"\x{41",
    ],
)
def test_patterns_outside_the_subset_give_nothing(pattern: str) -> None:
    assert text_matching(pattern) is None


def test_a_value_outside_the_subset_falls_back_to_the_named_text(tmp_path: Path) -> None:
    schema = string_schema(tmp_path, {"type": "string", "pattern": r"^(?=x)\w+$"})
    assert example_value(schema, name="zoneCode") == named_text("zoneCode") == "zone-code-1"


def test_a_spec_example_the_pattern_refuses_is_replaced(tmp_path: Path) -> None:
    schema = string_schema(tmp_path, {"type": "string", "pattern": "^[A-Z]{3}$", "example": "usd"})
    assert example_value(schema) == "ABC"
    schema = string_schema(tmp_path, {"type": "string", "pattern": "^[A-Z]{3}$", "example": "USD"})
    assert example_value(schema) == "USD"


def string_schema(folder: Path, raw: dict[str, Any]) -> Schema:
    data = {"openapi": "3.0.1", "info": {"title": "t", "version": "1"}, "paths": {}}
    document = document_from_data({**data, "components": {"schemas": {"Value": raw}}}, folder)
    return document.schemas["Value"]


def patterned_schemas(document: Document) -> Iterator[Schema]:
    """Every string schema in the document that has a pattern RE2 can run."""
    schemas = SchemaTable(Resolver(document.data))
    stack: list[tuple[Any, str]] = [(document.data, "")]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            pattern = node.get("pattern")
            kind = node.get("type", "string")
            if isinstance(pattern, str) and kind == "string" and compile_pattern(pattern) is not None:
                yield schemas.schema(node, pointer)
            stack.extend((child, f"{pointer}/{key}") for key, child in node.items())
        elif isinstance(node, list):
            stack.extend((child, f"{pointer}/{index}") for index, child in enumerate(node))


@pytest.fixture(scope="module")
def made_samples() -> dict[str, list[tuple[str, Any]]]:
    """(pattern, sample value) of every patterned schema, by spec file name."""
    found: dict[str, list[tuple[str, Any]]] = {}
    for path in SPECS:
        document = document_from(path)
        found[path.name] = [
            (str(schema.raw["pattern"]), example_value(schema)) for schema in patterned_schemas(document)
        ]
    return found


@pytest.mark.slow
def test_samples_match_their_patterns_in_the_real_specs(
    made_samples: dict[str, list[tuple[str, Any]]],
) -> None:
    checked = [(name, pattern, value) for name, pairs in made_samples.items() for pattern, value in pairs]
    refused = [(name, pattern, value) for name, pattern, value in checked if not matches(pattern, value)]
    assert refused == []
    assert len(checked) >= 200
    assert made_samples[REAL_EXPORT.name] == []  # the export has no patterns (yet): nothing to check
    assert {name for name, _, _ in checked} >= {"2022-04-07.json", "mozilla.com__kinto__1.22.openapi.yaml"}


def text(pattern: str, **more: Any) -> dict[str, Any]:
    return {"type": "string", "pattern": pattern, **more}


def required(name: str, location: str, schema: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"name": name, "in": location, "required": True, "schema": schema, **more}


PATTERNED_API: dict[str, Any] = {
    "openapi": "3.0.1",
    "info": {"title": "Patterns", "version": "1"},
    "servers": [{"url": "https://api.example.com/v1"}],
    "paths": {
        "/countries/{countryCode}/accounts": {
            "post": {
                "operationId": "createAccount",
                "summary": "Create an account",
                "parameters": [
                    required("countryCode", "path", text("^[A-Z]{2}$")),
                    required("ref", "query", text("^acct_[0-9a-f]{8}$")),
                    required("labels", "query", {"type": "array", "items": text("^[a-z]+:[0-9]+$")}),
                    required("X-Request-Id", "header", text("^[0-9A-F]{8}-[0-9A-F]{4}$")),
                    required("code", "query", text("^[0-9]{3,6}$", minLength=4), example="abc"),
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["iban", "currency", "email"],
                                "properties": {
                                    "iban": text("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$"),
                                    "currency": text("^[A-Z]{3}$", example="usd"),
                                    "email": text(r"^[a-z]+@example\.org$", format="email"),
                                },
                            }
                        }
                    },
                },
                "responses": {"204": {"description": "created"}},
            }
        }
    },
}


def test_curl_samples_with_patterned_values_pass_request_validation(tmp_path: Path) -> None:
    document = document_from_data(PATTERNED_API, tmp_path)
    page = docs_for(document).files["docs/tags/default.md"]
    [curl] = [code for language, code in code_blocks(page) if language == "sh"]
    assert "/countries/AB/accounts" in curl and "code=1234" in curl and '"currency": "ABC"' in curl
    with SpecServer(PATTERNED_API) as server:
        result = run_curl(curl.replace("https://api.example.com/v1", server.base_url))
        assert result.returncode == 0, result.stderr
        [call] = server.calls
        assert call.operation == "POST /countries/{countryCode}/accounts"
        assert list(call.errors) == []


REGEX_PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "0",
        "-",
        "_",
        ".",
        "^",
        "$",
        "|",
        "(",
        ")",
        "(?:",
        "(?P<n>",
        "(?=",
        "[",
        "]",
        "[^",
        "\\",
        "\\d",
        "\\W",
        "\\s",
        "\\x41",
        "\\x{10FFFF}",
        "\\x{D800}",
        "\\uD800",
        "*",
        "+",
        "?",
        "{2}",
        "{1,3}",
        "{2,}",
        "{,2}",
        "{99}",
        "é",
        "\U0001f600",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(REGEX_PIECES, max_size=12).map("".join), st.integers(0, 8), st.integers(0, 40))
def test_any_pattern_gives_a_matching_text_or_nothing(pattern: str, shortest: int, longest: int) -> None:
    made = text_matching(pattern, shortest, longest)
    if made is not None:
        assert matches(pattern, made) and shortest <= len(made) <= longest
