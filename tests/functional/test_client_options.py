"""Raw responses, per-call and per-copy options, and an injected httpx client, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.functional.conftest import TOKEN, Api
from tests.functional.test_client_behaviour import async_client, client, keyword, operation
from tests.support.calling import plain, resolve_method
from tests.support.spec_server import Reply

TEMP_LINK = "GET /private-media/temp-access-link"


def raw_method(api: Api, generated: Any, key: str) -> Any:
    return resolve_method(generated.with_raw_response, api.package.entry(key)["python_name"])


def link_args(api: Api, generated: Any) -> dict[str, Any]:
    query = api.server.example_arguments(TEMP_LINK).query
    method = operation(api, generated, TEMP_LINK)
    return {keyword(method, wire): value for wire, value in query.items()}


def test_the_raw_response_of_an_operation_without_a_documented_body(botmaker: Api) -> None:
    botmaker.server.enqueue(TEMP_LINK, Reply(200, {"url": "https://files.example.test/a"}, {"X-Req": "r-1"}))
    with client(botmaker) as api:
        raw = raw_method(botmaker, api, TEMP_LINK)(**link_args(botmaker, api))
    assert raw.status_code == 200
    assert raw.headers["x-req"] == "r-1"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.json() == {"url": "https://files.example.test/a"}
    assert raw.parse() is None


def test_the_async_raw_response_parses_into_the_typed_result(botmaker: Api) -> None:
    async def go() -> tuple[Any, Any]:
        async with async_client(botmaker) as api:
            raw = await raw_method(botmaker, api, "GET /agents")()
            return raw, raw.parse()

    raw, parsed = asyncio.run(go())
    assert raw.status_code == 200
    assert type(parsed).__name__ == "AgentsPage"
    assert plain(parsed) == raw.json()


def test_a_raw_call_still_raises_for_an_error_status(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /agents", Reply(404, {"message": "gone"}))
    module = botmaker.package.module
    with client(botmaker) as api, pytest.raises(module.NotFoundError):
        raw_method(botmaker, api, "GET /agents")()


@pytest.mark.parametrize("is_async", [False, True])
def test_extra_headers_and_extra_query_go_with_one_call_only(botmaker: Api, is_async: bool) -> None:
    extra = {"extra_headers": {"X-Trace": "t-1"}, "extra_query": {"debug": "1"}}

    async def go() -> None:
        async with async_client(botmaker) as api:
            await operation(botmaker, api, "GET /roles")(**extra)
            await operation(botmaker, api, "GET /roles")()

    if is_async:
        asyncio.run(go())
    else:
        with client(botmaker) as api:
            operation(botmaker, api, "GET /roles")(**extra)
            operation(botmaker, api, "GET /roles")()
    first, second = botmaker.server.calls
    assert first.headers.get("x-trace") == "t-1" and first.query_values("debug") == ["1"]
    assert first.headers.get("access-token") == TOKEN
    assert "x-trace" not in second.headers and second.query_values("debug") == []


@pytest.mark.parametrize("is_async", [False, True])
def test_with_options_gives_a_configured_copy_sharing_the_pool(botmaker: Api, is_async: bool) -> None:
    botmaker.server.enqueue("GET /roles", Reply(503), Reply(503))

    async def go() -> None:
        async with async_client(botmaker, backoff_factor=0.01) as api:
            copy = api.with_options(max_retries=0, headers={"X-Copy": "yes"}, timeout=5)
            assert copy._http is api._http
            with pytest.raises(botmaker.package.module.ServerError):
                await operation(botmaker, copy, "GET /roles")()
            await operation(botmaker, api, "GET /roles")()

    if is_async:
        asyncio.run(go())
    else:
        with client(botmaker, backoff_factor=0.01) as api:
            copy = api.with_options(max_retries=0, headers={"X-Copy": "yes"}, timeout=5)
            assert copy._http is api._http
            with pytest.raises(botmaker.package.module.ServerError):
                operation(botmaker, copy, "GET /roles")()
            copy.close()
            operation(botmaker, api, "GET /roles")()
    statuses = [(call.status, call.headers.get("x-copy")) for call in botmaker.server.calls]
    assert statuses == [(503, "yes"), (503, None), (200, None)]


def test_an_injected_http_client_is_never_closed_and_gets_auth_headers_and_user_agent(botmaker: Api) -> None:
    module = botmaker.package.module
    with httpx.Client(base_url=botmaker.server.base_url, headers={"X-Own": "mine"}) as own:
        with module.Client(access_token=TOKEN, http_client=own, headers={"X-Extra": "e"}) as api:
            operation(botmaker, api, "GET /roles")()
        assert not own.is_closed
        own.get("/roles")
    with_client, plain_httpx = botmaker.server.calls
    assert with_client.headers.get("access-token") == TOKEN
    assert with_client.headers.get("x-extra") == "e" and with_client.headers.get("x-own") == "mine"
    assert with_client.headers.get("user-agent", "").startswith("specgen/")
    assert "access-token" not in plain_httpx.headers


def test_an_injected_async_http_client_is_never_closed(botmaker: Api) -> None:
    module = botmaker.package.module

    async def go() -> bool:
        async with httpx.AsyncClient(base_url=botmaker.server.base_url) as own:
            async with module.AsyncClient(access_token=TOKEN, http_client=own) as api:
                await operation(botmaker, api, "GET /roles")()
            return own.is_closed

    assert asyncio.run(go()) is False
    assert botmaker.server.calls[0].headers.get("access-token") == TOKEN


@pytest.mark.parametrize("is_async", [False, True])
def test_transport_and_event_hooks_are_passed_to_httpx(botmaker: Api, is_async: bool) -> None:
    module = botmaker.package.module
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["access-token"])
        return httpx.Response(200, json=[{"id": "r1", "name": "Admin"}])

    async def hook(request: httpx.Request) -> None:
        seen.append("hook " + request.url.path)

    def sync_hook(request: httpx.Request) -> None:
        seen.append("hook " + request.url.path)

    options: dict[str, Any] = {"access_token": TOKEN, "base_url": "http://api.example.test/v2.0"}
    mock = httpx.MockTransport(answer)

    async def go() -> Any:
        async with module.AsyncClient(**options, transport=mock, event_hooks={"request": [hook]}) as api:
            return await operation(botmaker, api, "GET /roles")()

    if is_async:
        result = asyncio.run(go())
    else:
        with module.Client(**options, transport=mock, event_hooks={"request": [sync_hook]}) as api:
            result = operation(botmaker, api, "GET /roles")()
    assert seen == ["hook /v2.0/roles", TOKEN]
    assert plain(result) == [{"id": "r1", "name": "Admin"}]
    assert botmaker.server.calls == []
