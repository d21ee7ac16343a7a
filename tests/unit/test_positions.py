"""JSON positions found on demand are the ones a full index of the text gives, for every pointer."""

from __future__ import annotations

import json

import pytest

from generator.load import load, parse
from generator.load.positions import JsonLocator, index_json, nearest
from tests.conftest import SHARED_SPECS

GITHUB = SHARED_SPECS / "github" / "2021-06-16.json"


def _probes(pointers: list[str]) -> list[str]:
    """Pointers that are not in the text: past a leaf, a wrong index, an index with a leading zero."""
    return [
        probe for pointer in pointers[::50] for probe in (pointer + "/x", pointer + "/01", pointer + "/0/-")
    ]


@pytest.mark.skipif(not GITHUB.exists(), reason="needs ../shared/specs")
def test_every_pointer_of_a_large_spec_has_the_indexed_offset() -> None:
    text = load(str(GITHUB)).text
    index = index_json(text)
    probes = _probes(list(index))
    for unique_keys in (False, True):
        locator = JsonLocator(text, unique_keys)
        assert {pointer: locator.nearest(pointer) for pointer in index} == index
        assert [locator.nearest(probe) for probe in probes] == [nearest(index, probe) for probe in probes]


def test_reading_up_to_the_member_asked_for_finds_the_same_places_in_any_order() -> None:
    text = json.dumps({"a": {"b": [1, {"c": 2}], "d": 3}, "e": {"f": {}}, "g": 4}, indent=1)
    index = index_json(text)
    for pointers in (list(index), list(reversed(index))):
        locator = JsonLocator(text, unique_keys=True)
        assert {pointer: locator.nearest(pointer) for pointer in pointers} == index
        assert locator.nearest("/a/zz") == index["/a"]


def test_awkward_layout_keys_and_repeats() -> None:
    document = {"openapi": "3.0.0", "a/b": {"~c": [[], {}, [1, {"d": None}]]}, "": {"e\u2028": "x"}}
    text = json.dumps(document, indent="\t", ensure_ascii=False).replace(",", " ,\r\n ")
    text = text[:-1] + ', "a/b": {"z": 1}}'  # a repeated key: the last one is the one read
    index = index_json(text)
    locator = JsonLocator(text)
    assert {
        pointer: locator.nearest(pointer) for pointer in index if not pointer.startswith("/a~1b/~0c")
    } == {pointer: offset for pointer, offset in index.items() if not pointer.startswith("/a~1b/~0c")}
    assert locator.nearest("/a~1b/z") == index["/a~1b/z"]
    assert locator.nearest("/a~1b/~0c/2/1/d") == index["/a~1b"]  # the earlier value is not the document's


def test_document_positions_are_located_lazily() -> None:
    source = parse("a.json", '{"openapi": "3.0.0",\n "tags": [\n  {"name": "a"},\n    7]}')
    assert source.position("/tags/1") == (4, 5)
    assert source.position("/tags/1/missing") == (4, 5)
    assert source.position("") == (1, 1)
