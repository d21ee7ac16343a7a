"""Credential rotation of the generated Botmaker client: refresh on 401, shared refreshes, callback,
set_credentials, and logs that never show a credential."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

import pytest

from tests.functional.conftest import Api
from tests.functional.test_client_behaviour import errors_module, operation
from tests.support.spec_server import Reply

OLD, NEW = "tok-old-7f3a", "tok-new-91bc"
REFRESH_1, REFRESH_2 = "refresh-r1-x5", "refresh-r2-q8"
REFRESH = "POST /auth/credentials"
SECRETS = (OLD, NEW, REFRESH_1, REFRESH_2, "secret-s-42")


def rotating(api: Api, delay: float = 0.0) -> list[Any]:
    """The server accepts only NEW; its refresh operation hands NEW out. The callback's calls are returned."""
    api.server.require("access-token", NEW, exempt=[REFRESH])
    answer = {
        "clientId": "client-c",
        "secretId": "secret-s-42",
        "accessToken": NEW,
        "refreshToken": REFRESH_2,
    }
    api.server.enqueue(REFRESH, Reply(200, answer, delay=delay))
    return []


def options(api: Api, seen: list[Any]) -> dict[str, Any]:
    return {
        "access_token": OLD,
        "client_id": "client-c",
        "secret_id": "secret-s-42",
        "refresh_token": REFRESH_1,
        "on_credentials_refreshed": seen.append,
        "base_url": api.server.base_url,
    }


def check_one_refresh(api: Api, seen: list[Any], calls: int) -> None:
    refreshes = api.server.calls_to(REFRESH)
    assert len(refreshes) == 1
    assert refreshes[0].json == {"clientId": "client-c", "secretId": "secret-s-42", "refreshToken": REFRESH_1}
    assert refreshes[0].errors == ()
    roles = api.server.calls_to("GET /roles")
    assert [call.headers.get("access-token") for call in roles].count(NEW) == calls
    assert all(call.status == 200 for call in roles if call.headers.get("access-token") == NEW)
    assert len(seen) == 1 and seen[0].access_token == NEW and seen[0].refresh_token == REFRESH_2


def test_five_concurrent_calls_share_one_refresh(botmaker: Api) -> None:
    seen = rotating(botmaker, delay=0.3)
    results: list[Any] = []
    with botmaker.package.module.Client(**options(botmaker, seen)) as api:
        list_roles = operation(botmaker, api, "GET /roles")
        threads = [threading.Thread(target=lambda: results.append(list_roles())) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(10)
        assert len(results) == 5
        list_roles()
    check_one_refresh(botmaker, seen, calls=6)


def test_five_concurrent_async_calls_share_one_refresh(botmaker: Api) -> None:
    seen = rotating(botmaker, delay=0.3)

    async def go() -> list[Any]:
        async with botmaker.package.module.AsyncClient(**options(botmaker, seen)) as api:
            list_roles = operation(botmaker, api, "GET /roles")
            return list(await asyncio.gather(*(list_roles() for _ in range(5))))

    assert len(asyncio.run(go())) == 5
    check_one_refresh(botmaker, seen, calls=5)


@pytest.mark.parametrize("is_async", [False, True])
def test_a_failed_refresh_raises_the_original_401_with_the_failure_attached(
    botmaker: Api, is_async: bool
) -> None:
    botmaker.server.require("access-token", NEW, exempt=[REFRESH])
    botmaker.server.enqueue(REFRESH, Reply(500, {"message": "refresh is broken"}))
    errors = errors_module(botmaker)
    module = botmaker.package.module

    async def go() -> None:
        async with module.AsyncClient(**options(botmaker, [])) as api:
            await operation(botmaker, api, "GET /roles")()

    with pytest.raises(errors.UnauthorizedError) as raised:
        if is_async:
            asyncio.run(go())
        else:
            with module.Client(**options(botmaker, [])) as api:
                operation(botmaker, api, "GET /roles")()
    assert "invalid access token" in str(raised.value)
    assert isinstance(raised.value.refresh_error, errors.ServerError)
    assert raised.value.__cause__ is raised.value.refresh_error
    assert "refresh is broken" in str(raised.value.refresh_error)
    assert len(botmaker.server.calls_to(REFRESH)) == 1


def test_without_refresh_credentials_a_401_is_final(botmaker: Api) -> None:
    botmaker.server.require("access-token", NEW)
    module = botmaker.package.module
    with (
        module.Client(access_token=OLD, base_url=botmaker.server.base_url) as api,
        pytest.raises(errors_module(botmaker).UnauthorizedError),
    ):
        operation(botmaker, api, "GET /roles")()
    assert botmaker.server.calls_to(REFRESH) == []


@pytest.mark.parametrize("is_async", [False, True])
def test_set_credentials_swaps_the_token_of_a_live_client_and_its_copies(
    botmaker: Api, is_async: bool
) -> None:
    botmaker.server.require("access-token", NEW)
    module = botmaker.package.module
    unauthorized = errors_module(botmaker).UnauthorizedError

    async def go() -> None:
        async with module.AsyncClient(access_token=OLD, base_url=botmaker.server.base_url) as api:
            copy = api.with_options(max_retries=0)
            with pytest.raises(unauthorized):
                await operation(botmaker, copy, "GET /roles")()
            api.set_credentials(access_token=NEW)
            await operation(botmaker, copy, "GET /roles")()

    if is_async:
        asyncio.run(go())
    else:
        with module.Client(access_token=OLD, base_url=botmaker.server.base_url) as api:
            copy = api.with_options(max_retries=0)
            with pytest.raises(unauthorized):
                operation(botmaker, copy, "GET /roles")()
            api.set_credentials(access_token=NEW)
            operation(botmaker, copy, "GET /roles")()
    assert [call.headers.get("access-token") for call in botmaker.server.calls] == [OLD, NEW]


def test_logs_show_requests_retries_and_refreshes_but_no_credential(
    botmaker: Api, caplog: pytest.LogCaptureFixture
) -> None:
    seen = rotating(botmaker)
    package = botmaker.package.module.__name__
    with (
        caplog.at_level(logging.DEBUG, logger=package),
        botmaker.package.module.Client(**options(botmaker, seen), backoff_factor=0.01) as api,
    ):
        operation(botmaker, api, "GET /roles")()
        botmaker.server.reset()
        botmaker.server.enqueue("GET /agents", Reply(503))
        operation(botmaker, api, "GET /agents")()
    records = [record for record in caplog.records if record.name.startswith(package)]
    text = "\n".join(record.getMessage() for record in records)
    assert not [secret for secret in SECRETS if secret in text], text
    debug = [record.getMessage() for record in records if record.levelno == logging.DEBUG]
    assert any("GET " in line and "/roles -> 401" in line and "(retry 0)" in line for line in debug), debug
    assert any("/agents -> 503" in line for line in debug) and any("/agents -> 200" in line for line in debug)
    info = [record.getMessage() for record in records if record.levelno == logging.INFO]
    assert any("refreshing credentials" in line for line in info), info
    assert any("retry 1 of 3" in line for line in info), info
