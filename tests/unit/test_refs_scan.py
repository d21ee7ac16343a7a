"""The quick text scan of JSON specs never lets through a reference the full walk would refuse."""

from __future__ import annotations

import json

import pytest

from generator.load import LoadError, parse
from generator.load.policy import apply_policy
from tests.hostile.bad_inputs import minimal, with_schema_ref

_LOOP = {"schemas": {"A": {"$ref": "#/components/schemas/B"}, "B": {"$ref": "#/components/schemas/A"}}}


def _policy(text: str) -> None:
    apply_policy(parse("spec.json", text), None, allow_files=False)


def test_plain_local_refs_pass_and_keep_the_document() -> None:
    text = json.dumps(with_schema_ref("#/components/schemas/A", components={"schemas": {"A": {}}}))
    source = parse("spec.json", text)
    assert apply_policy(source, None, allow_files=False) is source


@pytest.mark.parametrize(
    "text",
    [
        # the key spelled with escapes is still "$ref"
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"\\u0024ref": "other.json"'),
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"$r\\u0065f": "other.json"'),
        # the value spelled with an escape
        json.dumps(with_schema_ref("other.json")).replace("other.json", "\\u006fther.json"),
        # spaces and line breaks around the colon
        json.dumps(with_schema_ref("other.json")).replace('"$ref": ', '"$ref"\n  :\t'),
        # a duplicate key: the last one counts
        json.dumps(with_schema_ref("#/x")).replace('"$ref": "#/x"', '"$ref": "#/x", "$ref": "other.json"'),
    ],
)
def test_external_refs_spelled_any_way_are_refused(text: str) -> None:
    with pytest.raises(LoadError, match=r"other\.json' refused"):
        _policy(text)


def test_a_local_loop_is_refused_with_its_chain() -> None:
    with pytest.raises(LoadError, match=r"cycle with no schema in it: #/components/schemas/[AB] -> "):
        _policy(json.dumps(minimal(components=_LOOP)))


def test_a_loop_through_an_escaped_ref_is_refused() -> None:
    text = json.dumps(minimal(components=_LOOP)).replace(
        '"$ref": "#/components/schemas/A"', '"$ref": "#/comp\\u006fnents/schemas/A"'
    )
    with pytest.raises(LoadError, match="cycle with no schema in it"):
        _policy(text)


def test_ref_text_inside_strings_changes_nothing() -> None:
    description = 'say "$ref": "other.json" or {"$ref": "#/a"}'
    text = json.dumps(
        with_schema_ref("#/components/schemas/A", components={"schemas": {"A": {"description": description}}})
    )
    source = parse("spec.json", text)
    assert apply_policy(source, None, allow_files=False).data == source.data
