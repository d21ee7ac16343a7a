from __future__ import annotations

from pathlib import Path

import pytest

from generator.load import load
from generator.model import build
from generator.model.traits import pagination, parse_rate_limit, rate_limit


@pytest.mark.parametrize(
    ("text", "requests", "period"),
    [
        ("Only 200 requests per second allowed.", 200, 1.0),
        ("Only one request per minute allowed.", 1, 60.0),
        ("Only 3 requests per minute allowed.", 3, 60.0),
        ("Only one request every 5 seconds allowed.", 1, 5.0),
        ("Only one request per month allowed.", 1, 2592000.0),
    ],
)
def test_rate_limit_sentences(text: str, requests: int, period: float) -> None:
    limit = parse_rate_limit(text)
    assert limit is not None
    assert (limit.requests, limit.period_seconds) == (requests, period)


@pytest.mark.parametrize("text", ["Too many requests", "", "Only some requests per second"])
def test_text_without_a_limit(text: str) -> None:
    assert parse_rate_limit(text) is None


def test_real_export_traits(real_export: Path) -> None:
    document = build(load(str(real_export)))
    agents = document.operation("get", "/agents")
    assert agents is not None
    limit = rate_limit(agents)
    assert limit is not None and limit.requests > 0
    paging = pagination(agents)
    assert paging is not None and paging.items_property == "items"
    paged = [op.key for op in document.operations if pagination(op) is not None]
    assert "GET /chats" in paged and "GET /ecommerce/catalogs/{catalogId}/zones" not in paged
    assert all(key.startswith("GET ") for key in paged)
