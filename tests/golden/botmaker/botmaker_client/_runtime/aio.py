# pyright: strict
"""The asyncio transport: sends each call with retries, throttling and credential refresh."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import httpx

from .codecs import Codec
from .errors import ApiError
from .responses import RawResponse, decode, next_url, page_items, payload, status_error
from .retry import Attempts
from .transport import (
    LOGGER,
    Settings,
    log_answer,
    prepare,
    refresh_failed,
    refreshed,
    transport_error,
)
from .wire import Call


class AsyncTransport:
    def __init__(self, http: httpx.AsyncClient, settings: Settings) -> None:
        self.http = http
        self.settings = settings

    async def call(self, call: Call) -> Any:
        return decode(call.operation, await self.send(call), self.settings.errors)

    async def raw(self, call: Call) -> RawResponse[Any]:
        response = await self.send(call)
        if not 200 <= response.status_code < 300:
            raise status_error(call.operation, response, self.settings.errors)
        errors = self.settings.errors
        return RawResponse(response, lambda answer: decode(call.operation, answer, errors))

    async def paginate(self, call: Call, item: Codec) -> AsyncIterator[Any]:
        seen: set[str] = set()
        url: httpx.URL | None = None
        while True:
            response = await self.send(call, url)
            if not 200 <= response.status_code < 300:
                raise status_error(call.operation, response, self.settings.errors)
            page = payload(response)
            for entry in page_items(call.operation, page, item):
                yield entry
            url = next_url(response.request.url, page, call.operation.next_page)
            if url is None or str(url) in seen:
                return
            seen.add(str(url))

    async def send(self, call: Call, url: httpx.URL | None = None) -> httpx.Response:
        """The answer to ``call``, after retries and, on a 401, one credential refresh."""
        version, response = await self._attempts(call, url)
        if response.status_code == 401 and self.settings.auth.can_refresh(call.operation):
            await self._refresh(call, version, response)
            _, response = await self._attempts(call, url)
        return response

    async def _attempts(self, call: Call, url: httpx.URL | None) -> tuple[int, httpx.Response]:
        attempts = Attempts(self.settings.policy, call.operation, self.settings.throttle, LOGGER)
        while True:
            version, request = prepare(self.http, self.settings, call, url)
            await asyncio.sleep(attempts.before(request))
            started = time.monotonic()
            try:
                response = await self.http.send(request)
            except httpx.TransportError as error:
                log_answer(self.settings, request, type(error).__name__, started, attempts.number)
                wait = attempts.after(request, None)
                if wait is None:
                    raise transport_error(error, request) from error
                await asyncio.sleep(wait)
                continue
            log_answer(self.settings, request, response.status_code, started, attempts.number)
            wait = attempts.after(request, response)
            if wait is None:
                return version, response
            await response.aclose()
            await asyncio.sleep(wait)

    async def _refresh(self, call: Call, version: int, failed: httpx.Response) -> None:
        """One refresh for every call that failed with the same credentials."""
        auth = self.settings.auth
        refresh = auth.refresh
        assert refresh is not None
        async with auth.task_lock:
            if auth.version != version:
                return
            LOGGER.info("%s answered 401; refreshing credentials", call.operation.name)
            try:
                answer = await self.call(Call(refresh.operation, (), auth.refresh_body()))
                auth.apply(answer)
            except (ApiError, ValueError) as error:
                raise refresh_failed(call, self.settings, failed, error) from error
            refreshed(auth, answer)
