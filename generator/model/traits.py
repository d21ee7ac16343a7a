"""Facts about an operation that the platform states in prose or by convention.

Botmaker documents its per-operation rate limit only in the text of the 429 response
("Only 200 requests per second allowed.") and paginates with a ``nextPage`` URL next to an
``items`` array. The client, stubs and docs all need these facts, so they are derived once here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.model.merge import merged
from generator.model.objects import Operation, Response, json_media
from generator.model.schema import Schema

_NUMBER_WORDS = {"one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_UNIT_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0, "month": 2592000.0}
_LIMIT = re.compile(
    r"\bonly\s+(?P<count>\d+|[a-z]+)\s+requests?\s+(?:per|a|an|every)\s+"
    r"(?:(?P<interval>\d+)\s+)?(?P<unit>second|minute|hour|day|month)s?\b",
    re.IGNORECASE,
)


class RateLimit(NamedTuple):
    """At most ``requests`` calls in ``period_seconds``; ``text`` is the sentence it came from."""

    requests: int
    period_seconds: float
    text: str

    @property
    def per_second(self) -> float:
        return self.requests / self.period_seconds


class Pagination(NamedTuple):
    """A list operation whose success body carries ``items_property`` and a ``nextPage`` URL."""

    response: Response
    page_schema: Schema
    items_property: str
    item_schema: Schema | None
    next_property: str = "nextPage"


def parse_rate_limit(text: str) -> RateLimit | None:
    """Read a limit such as "Only 3 requests per minute allowed." or "one request every 5 seconds"."""
    match = _LIMIT.search(text or "")
    if match is None:
        return None
    count_text = match.group("count").lower()
    count = int(count_text) if count_text.isdigit() else _NUMBER_WORDS.get(count_text)
    if not count:
        return None
    interval = int(match.group("interval") or 1)
    period = interval * _UNIT_SECONDS[match.group("unit").lower()]
    return RateLimit(requests=count, period_seconds=period, text=match.group(0))


def rate_limit(operation: Operation) -> RateLimit | None:
    """The limit stated by the operation's 429 response, if any."""
    response = operation.response("429")
    if response is None or not response.description:
        return None
    return parse_rate_limit(response.description)


def pagination(operation: Operation) -> Pagination | None:
    """How to follow pages: a success JSON body with a string ``nextPage`` and an ``items`` array."""
    if operation.method != "get":
        return None
    for response in operation.responses:
        media = json_media(response.content) if response.is_success else None
        schema = media.schema if media is not None else None
        if schema is None:
            continue
        properties = merged(schema).properties
        next_page = properties.get("nextPage")
        items = properties.get("items")
        if next_page is None or items is None or "string" not in next_page.types:
            continue
        if "array" not in items.types:
            continue
        return Pagination(response, schema, "items", items.items)
    return None
