"""Runtime support shared by every operation: encoding, decoding, transport, retries, paging."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import datetime
import email.utils
import enum
import json
import threading
import time
import types
import typing
import urllib.parse
from collections import deque
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, ClassVar, TypeVar

import httpx

from .errors import NaiveDatetimeError, PaginationError, RateLimitError, error_class

USER_AGENT = "specgen/0.1.0 botmaker_client"


class Codec:
    """Turns wire values into Python values and back; reading never fails on unexpected data."""

    def decode(self, value: Any) -> Any:
        return value

    def encode(self, value: Any) -> Any:
        return value

    def text(self, value: Any) -> str:
        """The value as it appears in a path segment, query string or header."""
        encoded = self.encode(value)
        if isinstance(encoded, bool):
            return "true" if encoded else "false"
        if isinstance(encoded, (dict, list)):
            return json.dumps(encoded, separators=(",", ":"))
        return str(encoded)


class _Float(Codec):
    def decode(self, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value


def format_datetime(value: datetime.datetime) -> str:
    """RFC 3339 with an explicit offset; a naive datetime is refused before anything is sent."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(
            f"datetime {value.isoformat()} has no timezone; pass an aware datetime such as "
            "datetime.now(timezone.utc)"
        )
    text = value.isoformat()
    return text[:-6] + "Z" if text.endswith("+00:00") else text


def parse_datetime(text: str) -> datetime.datetime:
    """An aware datetime; a value without an offset is read as UTC."""
    parsed = datetime.datetime.fromisoformat(text.strip().replace("z", "Z").replace("Z", "+00:00"))
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=datetime.UTC)


class _DateTime(Codec):
    def decode(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return parse_datetime(value)
            except ValueError:
                return value
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return format_datetime(value)
        return value


class _Date(Codec):
    def decode(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                return value
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, datetime.datetime):
            return format_datetime(value)
        if isinstance(value, datetime.date):
            return value.isoformat()
        return value


ANY = Codec()
STR = Codec()
INT = Codec()
BOOL = Codec()
FLOAT = _Float()
DATETIME = _DateTime()
DATE = _Date()


class EnumOf(Codec):
    """Known values become members; values the spec did not list are kept as plain strings."""

    def __init__(self, members: type[enum.Enum]) -> None:
        self.members = members

    def decode(self, value: Any) -> Any:
        try:
            return self.members(value)
        except ValueError:
            return value

    def encode(self, value: Any) -> Any:
        return value.value if isinstance(value, enum.Enum) else value


class ListOf(Codec):
    def __init__(self, item: Codec) -> None:
        self.item = item

    def decode(self, value: Any) -> Any:
        if isinstance(value, list):
            return [self.item.decode(entry) for entry in value]
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, (list, tuple)):
            return [self.item.encode(entry) for entry in value]
        return value


class MapOf(Codec):
    def __init__(self, value: Codec) -> None:
        self.value = value

    def decode(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {str(key): self.value.decode(entry) for key, entry in value.items()}
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            return {str(key): self.value.encode(entry) for key, entry in value.items()}
        return value


class Model(Codec):
    def __init__(self, record: type[Record]) -> None:
        self.record = record

    def decode(self, value: Any) -> Any:
        if isinstance(value, Mapping):
            return self.record.from_dict(value)
        return value

    def encode(self, value: Any) -> Any:
        if isinstance(value, Record):
            return value.to_dict()
        return value


class UnionOf(Codec):
    """``oneOf``/``anyOf``: the object branch whose properties best match the data wins."""

    def __init__(self, *branches: Codec) -> None:
        self.branches = branches

    def decode(self, value: Any) -> Any:
        best: tuple[int, Codec] | None = None
        for branch in self.branches:
            score = _match(branch, value)
            if score is not None and (best is None or score > best[0]):
                best = (score, branch)
        return best[1].decode(value) if best is not None else value

    def encode(self, value: Any) -> Any:
        for branch in self.branches:
            if isinstance(branch, Model) and isinstance(value, branch.record):
                return branch.encode(value)
        if isinstance(value, Record):
            return value.to_dict()
        for branch in self.branches:
            if isinstance(branch, (EnumOf, _DateTime, _Date)):
                return branch.encode(value)
        return value


def _match(branch: Codec, value: Any) -> int | None:
    if isinstance(branch, Model):
        if not isinstance(value, Mapping):
            return None
        wires = branch.record._layout().wires
        if any(wire not in value for wire in branch.record._required):
            return None
        return 1 + sum(1 for key in value if key in wires)
    if isinstance(branch, ListOf):
        return 0 if isinstance(value, list) else None
    if isinstance(branch, MapOf):
        return 0 if isinstance(value, Mapping) else None
    return 0 if not isinstance(value, (Mapping, list)) else None


R = TypeVar("R", bound="Record")


@dataclasses.dataclass(frozen=True)
class Layout:
    """How a model maps to JSON, read once from its annotations: (attribute, wire name, codec)."""

    fields: tuple[tuple[str, str, Codec], ...]
    wires: frozenset[str]
    extras: Codec


_LAYOUTS: dict[type, Layout] = {}


def codec_for(annotation: Any) -> Codec:
    """The codec for a model annotation such as ``list[Option] | None`` or ``Kind | str``."""
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        members = [member for member in arguments if member is not type(None)]
        has_enum = any(
            isinstance(member, type) and issubclass(member, enum.Enum) for member in members
        )
        branches = [codec_for(member) for member in members if not (has_enum and member is str)]
        return branches[0] if len(branches) == 1 else UnionOf(*branches)
    if origin is list and arguments:
        return ListOf(codec_for(arguments[0]))
    if origin is dict and len(arguments) == 2:
        return MapOf(codec_for(arguments[1]))
    if annotation is float:
        return FLOAT
    if annotation is datetime.datetime:
        return DATETIME
    if annotation is datetime.date:
        return DATE
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return EnumOf(annotation)
    if isinstance(annotation, type) and issubclass(annotation, Record):
        return Model(annotation)
    return ANY


@dataclasses.dataclass(kw_only=True)
class Record:
    """Base of every model: properties the spec did not list are kept in ``additional_properties``.

    ``_wire`` holds the JSON key of each field, in field order.
    """

    additional_properties: dict[str, Any] = dataclasses.field(default_factory=dict)

    _wire: ClassVar[tuple[str, ...]] = ()
    _required: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def _layout(cls) -> Layout:
        layout = _LAYOUTS.get(cls)
        if layout is None:
            hints = typing.get_type_hints(cls)
            names = [
                field.name
                for field in dataclasses.fields(cls)
                if field.name != "additional_properties"
            ]
            wires = cls._wire if len(cls._wire) == len(names) else tuple(names)
            fields = tuple(
                (name, wire, codec_for(hints[name]))
                for name, wire in zip(names, wires, strict=True)
            )
            extras = codec_for(hints["additional_properties"])
            layout = Layout(fields, frozenset(wire for _, wire, _ in fields), extras)
            _LAYOUTS[cls] = layout
        return layout

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        """Read a decoded JSON object; missing or null properties become None."""
        if not isinstance(data, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict expects a mapping, got {type(data).__name__}"
            )
        layout = cls._layout()
        values: dict[str, Any] = {}
        for name, wire, codec in layout.fields:
            raw = data.get(wire)
            values[name] = None if raw is None else codec.decode(raw)
        extras = {
            key: layout.extras.decode(value)
            for key, value in data.items()
            if key not in layout.wires
        }
        return cls(**values, additional_properties=extras)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object for this value; None properties are left out."""
        layout = self._layout()
        data: dict[str, Any] = {
            key: layout.extras.encode(value) for key, value in self.additional_properties.items()
        }
        for name, wire, codec in layout.fields:
            value = getattr(self, name)
            if value is not None:
                data[wire] = codec.encode(value)
        return data


@dataclasses.dataclass(frozen=True)
class Param:
    wire: str
    location: str
    codec: Codec = ANY
    explode: bool = True


@dataclasses.dataclass(frozen=True)
class Operation:
    """Everything the transport needs to send one operation; built from the spec at generation time."""

    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body: Codec | None = None
    media_type: str = "application/json"
    body_kind: str = "json"
    responses: Mapping[int, Codec | None] = dataclasses.field(default_factory=dict)
    security: tuple[str, ...] = ()
    rate_limit: tuple[int, float] | None = None
    items: str = "items"
    next_page: str = "nextPage"


@dataclasses.dataclass(frozen=True)
class Credential:
    location: str
    name: str
    value: str
    prefix: str = ""


def basic_auth(user_and_password: str) -> str:
    """``user:password`` as HTTP basic credentials."""
    return base64.b64encode(user_and_password.encode("utf-8")).decode("ascii")


def _add_query(query: list[tuple[str, str]], param: Param, value: Any) -> None:
    encoded = param.codec.encode(value)
    if isinstance(encoded, list):
        texts = [Codec().text(entry) for entry in encoded]
        if param.explode:
            query.extend((param.wire, text) for text in texts)
        else:
            query.append((param.wire, ",".join(texts)))
    else:
        query.append((param.wire, param.codec.text(value)))


def _form_pairs(prefix: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, Mapping):
        for key, entry in value.items():
            yield from _form_pairs(f"{prefix}[{key}]" if prefix else str(key), entry)
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield from _form_pairs(f"{prefix}[{index}]", entry)
    elif value is not None:
        yield prefix, Codec().text(value)


def encode_body(operation: Operation, body: Any) -> bytes:
    """JSON (also for ``*/*`` and empty media types), form fields, or raw bytes as given."""
    if operation.body_kind == "raw":
        return body if isinstance(body, bytes) else str(body).encode("utf-8")
    encoded = operation.body.encode(body) if operation.body is not None else body
    if operation.body_kind == "form":
        return urllib.parse.urlencode(list(_form_pairs("", encoded))).encode("ascii")
    return json.dumps(encoded, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def build_request(
    client: httpx.Client | httpx.AsyncClient,
    operation: Operation,
    values: Sequence[Any],
    body: Any,
    credentials: Mapping[str, Credential],
) -> httpx.Request:
    """Encode every argument (naive datetimes fail here, before anything is sent)."""
    path = operation.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    cookies: dict[str, str] = {}
    for param, value in zip(operation.params, values, strict=True):
        if value is None:
            continue
        if param.location == "path":
            segment = urllib.parse.quote(param.codec.text(value), safe="")
            path = path.replace("{" + param.wire + "}", segment)
        elif param.location == "query":
            _add_query(query, param, value)
        elif param.location == "header":
            headers[param.wire] = param.codec.text(value)
        elif param.location == "cookie":
            cookies[param.wire] = param.codec.text(value)
    for key in operation.security:
        credential = credentials.get(key)
        if credential is None:
            continue
        if credential.location == "header":
            headers[credential.name] = credential.prefix + credential.value
        elif credential.location == "query":
            query.append((credential.name, credential.value))
        elif credential.location == "cookie":
            cookies[credential.name] = credential.value
    content: bytes | None = None
    if operation.body is not None and body is not None:
        content = encode_body(operation, body)
        headers["Content-Type"] = operation.media_type
    return client.build_request(
        operation.method,
        path,
        params=tuple(query),
        headers=headers,
        cookies=cookies or None,
        content=content,
    )


def retry_after(response: httpx.Response) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    value = response.headers.get("Retry-After")
    if value is None:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return max(0.0, (moment - datetime.datetime.now(datetime.UTC)).total_seconds())


def _payload(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError:
        return response.text


def raise_for_status(response: httpx.Response) -> None:
    if 200 <= response.status_code < 300:
        return
    body = _payload(response)
    cls = error_class(response.status_code)
    message = (
        f"{response.request.method} {response.request.url.path} answered {response.status_code}"
    )
    if issubclass(cls, RateLimitError):
        raise cls(message, response.status_code, body, response, retry_after=retry_after(response))
    raise cls(message, response.status_code, body, response)


def decode_response(operation: Operation, response: httpx.Response) -> Any:
    raise_for_status(response)
    codec = operation.responses.get(response.status_code)
    if codec is None:
        return None
    payload = _payload(response)
    return None if payload is None else codec.decode(payload)


class Throttle:
    """At most ``requests`` calls per ``period`` seconds for each operation that documents a limit."""

    def __init__(self) -> None:
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def delay(self, operation: Operation) -> float:
        """Seconds to wait before sending; the call is recorded as happening after that wait."""
        if operation.rate_limit is None:
            return 0.0
        requests, period = operation.rate_limit
        with self._lock:
            calls = self._calls.setdefault(operation.name, deque())
            now = time.monotonic()
            while calls and calls[0] <= now - period:
                calls.popleft()
            wait = 0.0
            if len(calls) >= requests:
                wait = calls[len(calls) - requests] + period - now
            calls.append(now + max(0.0, wait))
            return max(0.0, wait)


def _backoff(attempt: int, response: httpx.Response, factor: float) -> float:
    hinted = retry_after(response)
    return hinted if hinted is not None else factor * (2**attempt)


def _next_url(base: httpx.URL, page: Any, key: str) -> httpx.URL | None:
    if not isinstance(page, Mapping):
        return None
    link = page.get(key)
    if not isinstance(link, str) or not link:
        return None
    url = base.join(link)
    if (url.scheme, url.host, url.port) != (base.scheme, base.host, base.port):
        raise PaginationError(f"refusing to follow nextPage to another server: {url.host}")
    return url


def _page_items(operation: Operation, page: Any) -> list[Any]:
    raw = page.get(operation.items) if isinstance(page, Mapping) else None
    return raw if isinstance(raw, list) else []


class SyncTransport:
    def __init__(
        self,
        client: httpx.Client,
        credentials: Mapping[str, Credential],
        max_retries: int,
        backoff_factor: float,
        throttle: bool,
    ) -> None:
        self.client = client
        self.credentials = dict(credentials)
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.throttle = Throttle() if throttle else None

    def send(self, operation: Operation, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            if self.throttle is not None:
                time.sleep(self.throttle.delay(operation))
            response = self.client.send(request)
            if response.status_code != 429 or attempt >= self.max_retries:
                return response
            response.close()
            time.sleep(_backoff(attempt, response, self.backoff_factor))
            attempt += 1

    def call(self, operation: Operation, values: Sequence[Any], body: Any = None) -> Any:
        request = build_request(self.client, operation, values, body, self.credentials)
        return decode_response(operation, self.send(operation, request))

    def paginate(self, operation: Operation, values: Sequence[Any], item: Codec) -> Iterator[Any]:
        request = build_request(self.client, operation, values, None, self.credentials)
        seen: set[str] = set()
        while True:
            response = self.send(operation, request)
            raise_for_status(response)
            page = _payload(response)
            for entry in _page_items(operation, page):
                yield item.decode(entry)
            url = _next_url(request.url, page, operation.next_page)
            if url is None or str(url) in seen:
                return
            seen.add(str(url))
            request = self.client.build_request("GET", url, headers=_auth_headers(request))


class AsyncTransport:
    def __init__(
        self,
        client: httpx.AsyncClient,
        credentials: Mapping[str, Credential],
        max_retries: int,
        backoff_factor: float,
        throttle: bool,
    ) -> None:
        self.client = client
        self.credentials = dict(credentials)
        self.max_retries = max_retries
        self.backoff_factor = backoff_factor
        self.throttle = Throttle() if throttle else None

    async def send(self, operation: Operation, request: httpx.Request) -> httpx.Response:
        attempt = 0
        while True:
            if self.throttle is not None:
                await asyncio.sleep(self.throttle.delay(operation))
            response = await self.client.send(request)
            if response.status_code != 429 or attempt >= self.max_retries:
                return response
            await response.aclose()
            await asyncio.sleep(_backoff(attempt, response, self.backoff_factor))
            attempt += 1

    async def call(self, operation: Operation, values: Sequence[Any], body: Any = None) -> Any:
        request = build_request(self.client, operation, values, body, self.credentials)
        return decode_response(operation, await self.send(operation, request))

    async def paginate(
        self, operation: Operation, values: Sequence[Any], item: Codec
    ) -> AsyncIterator[Any]:
        request = build_request(self.client, operation, values, None, self.credentials)
        seen: set[str] = set()
        while True:
            response = await self.send(operation, request)
            raise_for_status(response)
            page = _payload(response)
            for entry in _page_items(operation, page):
                yield item.decode(entry)
            url = _next_url(request.url, page, operation.next_page)
            if url is None or str(url) in seen:
                return
            seen.add(str(url))
            request = self.client.build_request("GET", url, headers=_auth_headers(request))


def _auth_headers(request: httpx.Request) -> dict[str, str]:
    """Headers to repeat on every page: everything but what httpx derives from the URL and body."""
    skipped = {"host", "content-length", "content-type", "cookie"}
    return {key: value for key, value in request.headers.items() if key.lower() not in skipped}
