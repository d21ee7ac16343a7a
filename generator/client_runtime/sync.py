# pyright: strict
"""The blocking transport: sends each call with retries, throttling and credential refresh."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import httpx

from .codecs import Codec
from .errors import ApiError
from .responses import RawResponse, decode, next_url, page_items, payload, status_error
from .retry import Attempts
from .transport import LOGGER, Settings, log_answer, prepare, refresh_failed, refreshed, transport_error
from .wire import Call


class SyncTransport:
    def __init__(self, http: httpx.Client, settings: Settings) -> None:
        self.http = http
        self.settings = settings

    def call(self, call: Call) -> Any:
        return decode(call.operation, self.send(call), self.settings.errors)

    def raw(self, call: Call) -> RawResponse[Any]:
        response = self.send(call)
        if not 200 <= response.status_code < 300:
            raise status_error(call.operation, response, self.settings.errors)
        errors = self.settings.errors
        return RawResponse(response, lambda answer: decode(call.operation, answer, errors))

    def paginate(self, call: Call, item: Codec) -> Iterator[Any]:
        seen: set[str] = set()
        url: httpx.URL | None = None
        while True:
            response = self.send(call, url)
            if not 200 <= response.status_code < 300:
                raise status_error(call.operation, response, self.settings.errors)
            page = payload(response)
            yield from page_items(call.operation, page, item)
            url = next_url(response.request.url, page, call.operation.next_page)
            if url is None or str(url) in seen:
                return
            seen.add(str(url))

    def send(self, call: Call, url: httpx.URL | None = None) -> httpx.Response:
        """The answer to ``call``, after retries and, on a 401, one credential refresh."""
        version, response = self._attempts(call, url)
        if response.status_code == 401 and self.settings.auth.can_refresh(call.operation):
            self._refresh(call, version, response)
            _, response = self._attempts(call, url)
        return response

    def _attempts(self, call: Call, url: httpx.URL | None) -> tuple[int, httpx.Response]:
        attempts = Attempts(self.settings.policy, call.operation, self.settings.throttle, LOGGER)
        while True:
            version, request = prepare(self.http, self.settings, call, url)
            time.sleep(attempts.before(request))
            started = time.monotonic()
            try:
                response = self.http.send(request)
            except httpx.TransportError as error:
                log_answer(self.settings, request, type(error).__name__, started, attempts.number)
                wait = attempts.after(request, None)
                if wait is None:
                    raise transport_error(error, request) from error
                time.sleep(wait)
                continue
            log_answer(self.settings, request, response.status_code, started, attempts.number)
            wait = attempts.after(request, response)
            if wait is None:
                return version, response
            response.close()
            time.sleep(wait)

    def _refresh(self, call: Call, version: int, failed: httpx.Response) -> None:
        """One refresh for every call that failed with the same credentials."""
        auth = self.settings.auth
        refresh = auth.refresh
        assert refresh is not None
        with auth.thread_lock:
            if auth.version != version:
                return
            LOGGER.info("%s answered 401; refreshing credentials", call.operation.name)
            try:
                answer = self.call(Call(refresh.operation, (), auth.refresh_body()))
                auth.apply(answer)
            except (ApiError, ValueError) as error:
                raise refresh_failed(call, self.settings, failed, error) from error
            refreshed(auth, answer)
