"""The place where nesting first goes too deep is the one a plain walk over the bracket tokens finds."""

from __future__ import annotations

import random
import re

import pytest

from generator.load import nesting
from generator.load.nesting import too_deep_at

_PLAIN_BRACKET = re.compile(r'"(?:[^"\\]|\\.)*"|[\[{\]}]')
# Pieces that make strings hard to tell apart: escaped quotes, runs of backslashes, brackets inside
# strings, line breaks after a backslash (a string the walk does not take), quotes left open, characters
# beyond ASCII and the one the skeleton uses for escaped quotes.
_PIECES = (
    "[",
    "{",
    "]",
    "}",
    '"',
    '\\"',
    "\\\\",
    "\\",
    "\n",
    "\\\n",
    '"[{"',
    '"a\\"["',
    ",",
    "x",
    " ",
    "é",
    "\x01",
)

_UNSURE = ("\\", "\\\n", "\x01")


def _plain_walk(text: str, max_depth: int) -> tuple[int, int]:
    """The walk over every token, one at a time, that ``too_deep_at`` must agree with."""
    depth = 0
    for match in _PLAIN_BRACKET.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > max_depth:
                offset = match.start()
                return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)
        elif token in "]}":
            depth -= 1
    return 1, 1


def _random_text(chance: random.Random, length: int) -> str:
    weights = [chance.random() for _ in _PIECES]
    if chance.random() < 0.7:  # strings as JSON has them, mostly: the skeleton reads such blocks
        weights = [0 if piece in _UNSURE else weight for piece, weight in zip(_PIECES, weights, strict=True)]
    pieces = chance.choices(_PIECES, weights, k=length)
    if chance.random() < 0.5:  # a deep run somewhere, so that the limit is passed in some texts
        at = chance.randrange(len(pieces) + 1)
        pieces[at:at] = ["[" if chance.random() < 0.8 else "{"] * chance.randrange(20, 60)
    return "".join(pieces)


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of a few characters, so that random texts cross many block boundaries at every level."""
    monkeypatch.setattr(nesting, "_BLOCK", 64)
    monkeypatch.setattr(nesting, "_SMALL_BLOCK", 8)
    monkeypatch.setattr(nesting, "_SMALLER", 4)


@pytest.mark.usefixtures("small_blocks")
@pytest.mark.parametrize("seed", range(40))
def test_random_texts_give_the_place_of_the_plain_walk(seed: int) -> None:
    chance = random.Random(seed)
    for _ in range(100):
        text = _random_text(chance, chance.randrange(0, 400))
        for max_depth in (0, 3, 25):
            assert too_deep_at(text, max_depth) == _plain_walk(text, max_depth), (text, max_depth)


@pytest.mark.usefixtures("small_blocks")
@pytest.mark.parametrize("padding", range(0, 70, 3))
def test_deep_nesting_astride_block_boundaries(padding: int) -> None:
    long_string = '"' + '[\\"{' * 40 + '"'
    text = " " * padding + long_string + "[" * 30 + '"]\\\\"' + "{" * 30
    for max_depth in (10, 31, 59, 60):
        assert too_deep_at(text, max_depth) == _plain_walk(text, max_depth)


def test_a_json_document_with_nesting_at_its_end() -> None:
    item = '{\n  "n": {"m": "[x\\\\", "s": ["a\\"{", 2]}\n},\n'
    text = '{"x": [' + item * 20_000 + '{}],\n "z": ' + "[" * 600 + "]" * 600 + "}"
    assert too_deep_at(text, 500) == _plain_walk(text, 500) == (60_002, 506)
    assert too_deep_at(text, 601) == (1, 1)
