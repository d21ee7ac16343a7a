"""A real HTTP server on 127.0.0.1 that plays the API described by an OpenAPI document.

Every request is validated against the document with openapi-core plus a few checks of our own
(undeclared query parameters, bodies where none is declared, bodies that are not JSON), then
recorded as a ``Call``. Answers are scripted per operation (``enqueue``) or, by default,
synthesised from the first success response's schema, and the answer is itself validated, so a
test can tell a wrong request from a wrong fixture.
"""

from __future__ import annotations

import json
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from openapi_core import Config, OpenAPI
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest, WerkzeugOpenAPIResponse
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server
from werkzeug.wrappers import Request, Response

from tests.support.examples import ExampleBuilder
from tests.support.request_checks import describe, own_checks
from tests.support.spec_document import (
    JSON,
    JSON_MEDIA,
    Arguments,
    Operation,
    base_path,
    json_media,
    operations,
    relaxed,
    success_code,
)

NO_BODY_STATUSES = frozenset({204, 205, 304})


@dataclass(frozen=True)
class Reply:
    """A scripted answer. ``body`` is JSON-encoded unless it is bytes; ``None`` sends nothing.

    ``delay`` seconds pass before the answer is sent (for timeouts and concurrent calls).
    """

    status: int
    body: JSON = None
    headers: Mapping[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Gate:
    """Requests whose ``header`` is not one of ``accepted`` are answered 401 (except ``exempt``)."""

    header: str
    accepted: set[str]
    exempt: frozenset[str] = frozenset()
    delay: float = 0.0

    def refuses(self, operation: str | None, headers: Mapping[str, str]) -> bool:
        return operation not in self.exempt and headers.get(self.header.lower()) not in self.accepted


@dataclass(frozen=True)
class Call:
    """One request as the server saw it, with what was wrong with it and what it answered."""

    operation: str | None
    method: str
    path: str
    query: tuple[tuple[str, str], ...]
    headers: Mapping[str, str]
    body: bytes
    errors: tuple[str, ...]
    status: int
    response_errors: tuple[str, ...]
    received_at: float
    response_body: bytes = b""

    @property
    def json(self) -> JSON:
        return json.loads(self.body) if self.body else None

    @property
    def response_json(self) -> JSON:
        return json.loads(self.response_body) if self.response_body else None

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]


class SpecServer:
    """Serve ``document`` on an ephemeral port; use as a context manager or start()/stop()."""

    def __init__(self, document: Mapping[str, JSON] | Path, leave_out: Iterable[str] = ("nextPage",)) -> None:
        if isinstance(document, Path):
            document = json.loads(document.read_text(encoding="utf-8"))
        assert isinstance(document, Mapping)
        self.document: Mapping[str, JSON] = document
        self.operations = operations(document)
        self.responses = ExampleBuilder(document, "response", leave_out=frozenset(leave_out))
        self.requests = ExampleBuilder(document, "request")
        self._base_path = base_path(document)
        self._lock = threading.Lock()
        self._queues: dict[str, deque[Reply]] = defaultdict(deque)
        self._calls: list[Call] = []
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        self._openapi: OpenAPI | None = None
        self.gate: Gate | None = None

    # lifecycle ---------------------------------------------------------------------------------

    def start(self) -> SpecServer:
        self._server = make_server("127.0.0.1", 0, self._wsgi, threaded=True, request_handler=_QuietHandler)
        validated = relaxed(self.document)
        validated["servers"] = [{"url": self.base_url}]
        # the export is not strictly valid; None (documented, though not in the type) skips the check
        no_spec_check = Config(spec_validator_cls=None)  # type: ignore[arg-type]
        self._openapi = OpenAPI.from_dict(validated, config=no_spec_check)
        self._thread = threading.Thread(target=self._server.serve_forever, name="spec-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> SpecServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the server first"
        return f"http://127.0.0.1:{self._server.server_port}{self._base_path}"

    def url(self, path: str, query: Mapping[str, str] | None = None) -> str:
        """An absolute URL on this server, e.g. for ``nextPage`` links."""
        return self.base_url + path + (f"?{urlencode(query)}" if query else "")

    # scripting and records ---------------------------------------------------------------------

    def enqueue(self, operation: str, *replies: Reply) -> None:
        """Answer the next calls of ``operation`` ("GET /agents") with ``replies``, in order."""
        if operation not in self.operations:
            raise KeyError(f"no operation {operation!r} in the document")
        with self._lock:
            self._queues[operation].extend(replies)

    def example_reply(self, operation: str, status: str | None = None) -> Reply:
        """The answer synthesised from the spec for ``status`` (default: first success code)."""
        responses = self.operations[operation].spec.get("responses") or {}
        code = status or success_code(responses)
        response = self.responses.resolve(responses.get(code) or {})
        content = response.get("content") or {}
        media = json_media(content)
        number = int(code) if code.isdigit() else 200
        if number in NO_BODY_STATUSES or not content:
            return Reply(number)
        if media is None:  # a file or text answer: some bytes of the first declared type
            media_type = next(iter(content))
            return Reply(number, b"example", {"Content-Type": media_type.replace("*", "octet-stream")})
        return Reply(number, self.responses.build(media.get("schema")))

    def example_arguments(self, operation: str) -> Arguments:
        """Schema-valid values for every parameter of ``operation`` and for its JSON body."""
        op = self.operations[operation]
        values: dict[str, dict[str, JSON]] = {"path": {}, "query": {}, "header": {}}
        for parameter in op.parameters:
            location = parameter.get("in", "")
            if location in values:
                name = parameter.get("name", "")
                values[location][name] = self.requests.build(parameter.get("schema"), name)
        body = None
        request_body = self.requests.resolve(op.spec.get("requestBody") or {})
        media = json_media(request_body.get("content") or {})
        if media is not None:
            body = self.requests.build(media.get("schema"), "body")
        return Arguments(values["path"], values["query"], values["header"], body)

    def require(self, header: str, *accepted: str, exempt: Iterable[str] = (), delay: float = 0.0) -> Gate:
        """Answer 401 (after ``delay`` seconds) to calls without one of the ``accepted`` values in
        ``header``; ``exempt`` operations ("POST /auth/credentials") are not checked. ``reset`` lifts it."""
        with self._lock:
            self.gate = Gate(header, set(accepted), frozenset(exempt), delay)
            return self.gate

    def reset(self) -> None:
        with self._lock:
            self._calls.clear()
            self._queues.clear()
            self.gate = None

    @property
    def calls(self) -> list[Call]:
        with self._lock:
            return list(self._calls)

    def calls_to(self, operation: str) -> list[Call]:
        return [call for call in self.calls if call.operation == operation]

    # the application ---------------------------------------------------------------------------

    def _wsgi(self, environ: dict[str, Any], start_response: Any) -> Iterable[bytes]:
        received_at = time.monotonic()
        request = Request(environ)
        body = request.get_data(cache=True)
        operation = self._match(request.method.lower(), request.path)
        errors = list(self._request_errors(request, operation, body))
        headers = {key.lower(): value for key, value in request.headers.items()}
        with self._lock:
            gate = self.gate
        if gate is not None and gate.refuses(operation.key if operation else None, headers):
            reply = Reply(401, {"message": "invalid access token"}, delay=gate.delay)
        else:
            reply = self._next_reply(operation)
        time.sleep(reply.delay)
        response = _response(reply, operation)
        response_errors = self._response_errors(request, response) if operation else ["unknown operation"]
        call = Call(
            operation=operation.key if operation else None,
            method=request.method,
            path=request.path,
            query=tuple((key, value) for key, values in request.args.lists() for value in values),
            headers=headers,
            body=body,
            errors=tuple(errors),
            status=response.status_code,
            response_errors=tuple(response_errors),
            received_at=received_at,
            response_body=response.get_data(),
        )
        with self._lock:
            self._calls.append(call)
        return response(environ, start_response)

    def _match(self, method: str, path: str) -> Operation | None:
        if not path.startswith(self._base_path):
            return None
        relative = path[len(self._base_path) :] or "/"
        for operation in self.operations.values():
            if operation.method == method and operation.pattern.fullmatch(relative):
                return operation
        return None

    def _next_reply(self, operation: Operation | None) -> Reply:
        if operation is None:
            return Reply(404, {"message": "no such operation"})
        with self._lock:
            queue = self._queues.get(operation.key)
            if queue:
                return queue.popleft()
        return self.example_reply(operation.key)

    def _request_errors(self, request: Request, operation: Operation | None, body: bytes) -> Iterator[str]:
        if operation is None:
            yield f"{request.method} {request.path}: no operation in the document matches"
            return
        assert self._openapi is not None
        for error in self._openapi.iter_request_errors(WerkzeugOpenAPIRequest(request)):
            yield describe(error)
        yield from own_checks(request, operation, body)

    def _response_errors(self, request: Request, response: Response) -> list[str]:
        assert self._openapi is not None
        openapi_request = WerkzeugOpenAPIRequest(request)
        openapi_response = WerkzeugOpenAPIResponse(response)
        errors = self._openapi.iter_response_errors(openapi_request, openapi_response)
        if response.status_code in NO_BODY_STATUSES:
            # some exports declare content for 204; HTTP forbids a body there, so none is expected
            errors = (e for e in errors if type(e).__name__ != "MissingData")
        return [describe(e) for e in errors]


class _QuietHandler(WSGIRequestHandler):
    """Requests are recorded as calls; the access log would only clutter test output."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        return None


def _response(reply: Reply, operation: Operation | None) -> Response:
    headers = dict(reply.headers)
    if reply.body is None:
        return Response(b"", status=reply.status, headers=headers)
    if isinstance(reply.body, bytes):
        return Response(reply.body, status=reply.status, headers=headers)
    media_type = "application/json"
    if operation is not None:
        declared = (operation.spec.get("responses") or {}).get(str(reply.status)) or {}
        for name in declared.get("content") or {}:
            if name != "*/*" and JSON_MEDIA.match(name):
                media_type = name
    payload = json.dumps(reply.body).encode()
    return Response(payload, status=reply.status, headers=headers, content_type=media_type)
