"""Rules on responses and media types."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import RequestBody, Response
from generator.validate.rules.base import Context, Occurrence


def missing_descriptions(context: Context) -> Iterator[Occurrence]:
    seen: set[str] = set()
    for operation in context.document.operations:
        for response in operation.responses:
            if response.pointer in seen:
                continue
            seen.add(response.pointer)
            if response.description is None or not response.description.strip():
                yield response.pointer, {"status": response.status, "operation": operation.key}


def catch_all_media_types(context: Context) -> Iterator[Occurrence]:
    seen: set[str] = set()
    for operation in context.document.operations:
        owners: list[RequestBody | Response] = list(operation.responses)
        if operation.request_body is not None:
            owners.insert(0, operation.request_body)
        for owner in owners:
            for media in owner.content:
                if media.pointer in seen or not media.is_catch_all:
                    continue
                seen.add(media.pointer)
                shown = f"'{media.media_type.strip()}'" if media.essence else "an empty media type"
                yield media.pointer, {"operation": operation.key, "shown": shown}
