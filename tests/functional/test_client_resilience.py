"""Retries, waits and failures of the generated Botmaker client, sync and async, against the test server."""

from __future__ import annotations

import asyncio
import email.utils
import socket
import time
from typing import Any

import pytest

from tests.functional.conftest import TOKEN, Api
from tests.functional.test_client_behaviour import async_client, client, errors_module, operation
from tests.support.calling import resolve_method
from tests.support.spec_server import Reply

SYNC_POST = "POST /ecommerce/catalogs/{catalogId}/platform-integrations/{platformOrPlatformCatalogId}/sync"
FAST = {"backoff_factor": 0.01}


def run(coroutine: Any) -> Any:
    return asyncio.run(coroutine)


def call_sync_post(api: Api, generated: Any) -> Any:
    return resolve_method(generated, api.package.entry(SYNC_POST)["python_name"])("cat-1", "shopify")


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# 5xx -----------------------------------------------------------------------------------------


def test_a_503_is_retried_for_a_get(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /roles", Reply(503), Reply(502))
    with client(botmaker, max_retries=3, **FAST) as api:
        assert operation(botmaker, api, "GET /roles")() is not None
    assert [call.status for call in botmaker.server.calls] == [503, 502, 200]


def test_an_async_503_is_retried_for_a_get(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /roles", Reply(503))

    async def go() -> Any:
        async with async_client(botmaker, max_retries=1, **FAST) as api:
            return await operation(botmaker, api, "GET /roles")()

    assert run(go()) is not None
    assert [call.status for call in botmaker.server.calls] == [503, 200]


@pytest.mark.parametrize("is_async", [False, True])
def test_a_503_is_not_retried_for_a_post_and_says_what_the_server_said(botmaker: Api, is_async: bool) -> None:
    botmaker.server.enqueue(SYNC_POST, Reply(503, {"message": "down for\x1b[31m maintenance"}))
    errors = errors_module(botmaker)

    async def go() -> Any:
        async with async_client(botmaker, max_retries=3, **FAST) as api:
            return await call_sync_post(botmaker, api)

    with pytest.raises(errors.ServerError) as raised:
        if is_async:
            run(go())
        else:
            with client(botmaker, max_retries=3, **FAST) as api:
                call_sync_post(botmaker, api)
    assert raised.value.status == 503
    assert isinstance(raised.value, errors.ApiError)
    assert "answered 503: down for [31m maintenance" in str(raised.value)
    assert len(botmaker.server.calls) == 1


# Retry-After ------------------------------------------------------------------------------------


@pytest.mark.parametrize("is_async", [False, True])
def test_a_retry_after_beyond_max_retry_wait_raises_at_once(botmaker: Api, is_async: bool) -> None:
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": "86400"}))
    errors = errors_module(botmaker)

    async def go() -> Any:
        async with async_client(botmaker, max_retries=3) as api:
            return await operation(botmaker, api, "GET /roles")()

    started = time.monotonic()
    with pytest.raises(errors.RateLimitError) as raised:
        if is_async:
            run(go())
        else:
            with client(botmaker, max_retries=3) as api:
                operation(botmaker, api, "GET /roles")()
    assert time.monotonic() - started < 5
    assert raised.value.retry_after == 86400
    assert len(botmaker.server.calls) == 1


def test_a_retry_after_http_date_is_waited_for(botmaker: Api) -> None:
    when = email.utils.formatdate(time.time() + 2, usegmt=True)
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": when}))
    with client(botmaker, max_retries=1) as api:
        operation(botmaker, api, "GET /roles")()
    first, second = botmaker.server.calls
    assert 0.5 <= second.received_at - first.received_at <= 3.5


def test_a_retry_after_http_date_beyond_the_cap_raises_at_once(botmaker: Api) -> None:
    when = email.utils.formatdate(time.time() + 3600, usegmt=True)
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": when}))
    with (
        client(botmaker, max_retries=3, max_retry_wait=10) as api,
        pytest.raises(errors_module(botmaker).RateLimitError) as raised,
    ):
        operation(botmaker, api, "GET /roles")()
    assert raised.value.retry_after is not None and 3000 < raised.value.retry_after <= 3600


@pytest.mark.parametrize("is_async", [False, True])
def test_a_throttle_wait_beyond_the_cap_raises_at_once(botmaker: Api, is_async: bool) -> None:
    errors = errors_module(botmaker)
    key = "GET /billing/consumptions"

    async def go() -> None:
        async with async_client(botmaker, throttle=True) as api:
            await operation(botmaker, api, key)()
            await operation(botmaker, api, key)()

    started = time.monotonic()
    with pytest.raises(errors.RateLimitError) as raised:
        if is_async:
            run(go())
        else:
            with client(botmaker, throttle=True) as api:
                operation(botmaker, api, key)()
                operation(botmaker, api, key)()
    assert time.monotonic() - started < 5
    assert raised.value.retry_after is not None and raised.value.retry_after > 29 * 86400
    assert len(botmaker.server.calls) == 1


# transport failures ---------------------------------------------------------------------------------


@pytest.mark.parametrize("is_async", [False, True])
def test_a_refused_connection_raises_api_connection_error(botmaker: Api, is_async: bool) -> None:
    module = botmaker.package.module
    base_url = f"http://127.0.0.1:{closed_port()}/v2.0"
    key = "GET /roles"

    async def go() -> None:
        async with module.AsyncClient(access_token=TOKEN, base_url=base_url, max_retries=1, **FAST) as api:
            await operation(botmaker, api, key)()

    with pytest.raises(module.ApiConnectionError) as raised:
        if is_async:
            run(go())
        else:
            with module.Client(access_token=TOKEN, base_url=base_url, max_retries=1, **FAST) as api:
                operation(botmaker, api, key)()
    assert isinstance(raised.value, module.ApiError)
    assert not isinstance(raised.value, module.ApiTimeoutError)


@pytest.mark.parametrize("is_async", [False, True])
def test_a_per_call_timeout_raises_api_timeout_error(botmaker: Api, is_async: bool) -> None:
    module = botmaker.package.module
    botmaker.server.enqueue("GET /roles", Reply(200, [], delay=1.0))

    async def go() -> None:
        async with async_client(botmaker, max_retries=0) as api:
            await operation(botmaker, api, "GET /roles")(timeout=0.2)

    started = time.monotonic()
    with pytest.raises(module.ApiTimeoutError) as raised:
        if is_async:
            run(go())
        else:
            with client(botmaker, max_retries=0) as api:
                operation(botmaker, api, "GET /roles")(timeout=0.2)
    assert time.monotonic() - started < 0.9
    assert isinstance(raised.value, module.ApiConnectionError)
