# pyright: strict
"""What an answer becomes: the typed result, a raw response, an error, the items of a page."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Generic, TypeVar

import httpx

from .codecs import Codec, as_list, as_mapping, fits
from .errors import ApiStatusError, PaginationError, RateLimitError, error_class, server_message
from .retry import retry_after
from .wire import Operation

T = TypeVar("T")


def payload(response: httpx.Response) -> Any:
    """The body as JSON, else as text; None when empty."""
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def status_error(
    operation: Operation, response: httpx.Response, classes: Mapping[int, type[ApiStatusError]]
) -> ApiStatusError:
    """The error for a non-2xx answer. When the spec documents the body for that status and the
    body has that shape, it is read into its model and the operation's own error class carries it;
    any other body stays JSON (or text, or None) on the status's general class."""
    body = payload(response)
    cls = error_class(response.status_code, classes)
    documented = operation.errors.get(response.status_code)
    if documented is not None and body is not None and fits(documented[0], body):
        body = documented[0].decode(body)
        cls = documented[1]
    message = f"{response.request.method} {response.request.url.path} answered {response.status_code}"
    explanation = server_message(body)
    if explanation:
        message = f"{message}: {explanation}"
    if issubclass(cls, RateLimitError):
        return cls(message, response=response, body=body, retry_after=retry_after(response.headers))
    return cls(message, response=response, body=body)


def decode(
    operation: Operation, response: httpx.Response, classes: Mapping[int, type[ApiStatusError]]
) -> Any:
    """The typed result of a 2xx answer; an ApiStatusError for any other."""
    if not 200 <= response.status_code < 300:
        raise status_error(operation, response, classes)
    codec = operation.responses.get(response.status_code)
    if codec is None:
        return None
    body = payload(response)
    return None if body is None else codec.decode(body)


class RawResponse(Generic[T]):
    """A 2xx answer as it came: ``status_code``, ``headers``, ``http_response``; ``parse()`` gives
    the typed result (``json()`` the body of an operation the spec gives no schema)."""

    def __init__(self, http_response: httpx.Response, parser: Callable[[httpx.Response], T]) -> None:
        self.http_response = http_response
        self._parser = parser

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    def json(self) -> Any:
        return payload(self.http_response)

    def parse(self) -> T:
        return self._parser(self.http_response)


def next_url(base: httpx.URL, page: object, key: str) -> httpx.URL | None:
    """The next page's URL from ``page[key]``; only links to the same server are followed."""
    mapping = as_mapping(page)
    link = mapping.get(key) if mapping is not None else None
    if not isinstance(link, str) or not link:
        return None
    url = base.join(link)
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        raise PaginationError(f"refusing to follow {key} to another server: {url.host}")
    return url


def page_items(operation: Operation, page: object, item: Codec) -> list[Any]:
    mapping = as_mapping(page)
    raw = as_list(mapping.get(operation.items)) if mapping is not None else None
    return [item.decode(entry) for entry in raw or []]
