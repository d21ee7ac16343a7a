# pyright: strict
"""What an operation sends: its description from the spec, and the request built from arguments."""

from __future__ import annotations

import base64
import dataclasses
import json
import urllib.parse
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import httpx

from .codecs import ANY, Codec, as_list, as_mapping, wire_text
from .errors import ApiStatusError

REDACTED = "***"
DocumentedError = tuple[Codec, type[ApiStatusError]]


@dataclasses.dataclass(frozen=True)
class Param:
    wire: str
    location: str
    codec: Codec = ANY
    explode: bool = True


@dataclasses.dataclass(frozen=True)
class Operation:
    """Everything the transport needs to send one operation; built from the spec at generation time.

    ``errors`` holds, for each error status whose body the spec describes, the body's codec and
    the operation's own error class for that status (its ``body`` typed as the spec says);
    ``idempotency_header`` the header that makes a POST or PATCH safe to retry, when declared.
    """

    name: str
    method: str
    path: str
    params: tuple[Param, ...] = ()
    body: Codec | None = None
    media_type: str = "application/json"
    body_kind: str = "json"
    responses: Mapping[int, Codec | None] = dataclasses.field(default_factory=dict[int, Codec | None])
    errors: Mapping[int, DocumentedError] = dataclasses.field(default_factory=dict[int, DocumentedError])
    security: tuple[str, ...] = ()
    rate_limit: tuple[int, float] | None = None
    items: str = "items"
    next_page: str = "nextPage"
    idempotency_header: str | None = None


@dataclasses.dataclass(frozen=True)
class Credential:
    """One security scheme's value and where it goes (``prefix`` as in ``Bearer ``)."""

    location: str
    name: str
    value: str
    prefix: str = ""


@dataclasses.dataclass(frozen=True)
class CallOptions:
    """Per-call settings every operation takes as keyword-only arguments."""

    timeout: float | None = None
    extra_headers: Mapping[str, str] | None = None
    extra_query: Mapping[str, str] | None = None


NO_OPTIONS = CallOptions()


def basic_auth(user_and_password: str) -> str:
    """``user:password`` as HTTP basic credentials."""
    return base64.b64encode(user_and_password.encode("utf-8")).decode("ascii")


def _add_query(query: list[tuple[str, str]], param: Param, value: Any) -> None:
    items = as_list(param.codec.encode(value))
    if items is None:
        query.append((param.wire, param.codec.text(value)))
        return
    texts = [wire_text(entry) for entry in items]
    if param.explode:
        query.extend((param.wire, text) for text in texts)
    else:
        query.append((param.wire, ",".join(texts)))


def _form_pairs(prefix: str, value: object) -> Iterator[tuple[str, str]]:
    mapping = as_mapping(value)
    items = as_list(value)
    if mapping is not None:
        for key, entry in mapping.items():
            yield from _form_pairs(f"{prefix}[{key}]" if prefix else str(key), entry)
    elif items is not None:
        for index, entry in enumerate(items):
            yield from _form_pairs(f"{prefix}[{index}]", entry)
    elif value is not None:
        yield prefix, wire_text(value)


def encode_body(operation: Operation, body: Any) -> bytes:
    """JSON (also for ``*/*`` and empty media types), form fields, or raw bytes as given."""
    if operation.body_kind == "raw":
        return body if isinstance(body, bytes) else str(body).encode("utf-8")
    encoded = operation.body.encode(body) if operation.body is not None else body
    if operation.body_kind == "form":
        return urllib.parse.urlencode(list(_form_pairs("", encoded))).encode("ascii")
    return json.dumps(encoded, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclasses.dataclass(frozen=True)
class Call:
    """One call's arguments, as the generated method received them."""

    operation: Operation
    values: Sequence[Any] = ()
    body: Any = None
    options: CallOptions = NO_OPTIONS


def build_request(
    http: httpx.Client | httpx.AsyncClient,
    call: Call,
    credentials: Mapping[str, Credential],
    defaults: Mapping[str, str],
    url: httpx.URL | None = None,
    timeout: float | None = None,
) -> httpx.Request:
    """Encode every argument (naive datetimes fail here, before anything is sent).

    ``defaults`` are the client's own headers (User-Agent, ``headers=``), applied to every request
    even on an injected httpx client; ``url`` replaces path and query (a next page link).
    """
    operation = call.operation
    path = operation.path
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = dict(defaults)
    cookies: dict[str, str] = {}
    for param, value in zip(operation.params, call.values, strict=True):
        if value is None:
            continue
        if param.location == "path":
            path = path.replace("{" + param.wire + "}", urllib.parse.quote(param.codec.text(value), safe=""))
        elif param.location == "query":
            _add_query(query, param, value)
        elif param.location == "header":
            headers[param.wire] = param.codec.text(value)
        elif param.location == "cookie":
            cookies[param.wire] = param.codec.text(value)
    query.extend((call.options.extra_query or {}).items())
    headers.update(call.options.extra_headers or {})
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
    if url is None and operation.body is not None and call.body is not None:
        content = encode_body(operation, call.body)
        headers["Content-Type"] = operation.media_type
    chosen = call.options.timeout if call.options.timeout is not None else timeout
    wait = httpx.USE_CLIENT_DEFAULT if chosen is None else httpx.Timeout(chosen)
    if url is not None:
        return http.build_request("GET", url, headers=headers, cookies=cookies or None, timeout=wait)
    return http.build_request(
        operation.method,
        path,
        params=tuple(query),
        headers=headers,
        cookies=cookies or None,
        content=content,
        timeout=wait,
    )


def loggable_url(request: httpx.Request, credentials: Mapping[str, Credential]) -> str:
    """The request URL with every credential sent in the query replaced by ``***``."""
    secret = {item.name for item in credentials.values() if item.location == "query"}
    if not secret:
        return str(request.url)
    pairs = [(key, REDACTED if key in secret else value) for key, value in request.url.params.multi_items()]
    return str(request.url.copy_with(query=urllib.parse.urlencode(pairs).encode("ascii")))
