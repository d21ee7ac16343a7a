"""Every operation of every exercised API, called through the generated client, sync and async.

The server validates each request against the spec; the answer (synthesised from the spec) must
come back from the client as parsed values that serialise to exactly what was sent.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

from tests.functional.conftest import TOKEN, Api, all_operations
from tests.support.calling import keyword_arguments, plain, resolve_method
from tests.support.spec_server import Call

CASES = all_operations()


def _check(api: Api, operation: str, result: Any) -> None:
    calls = api.server.calls
    assert [call.operation for call in calls] == [operation]
    call: Call = calls[0]
    assert call.errors == (), "\n".join(call.errors)
    assert call.response_errors == (), "\n".join(call.response_errors)
    assert call.headers.get("access-token") == TOKEN
    expected = call.response_json
    if expected is None:
        assert result is None
    else:
        assert plain(result) == expected


def _call(api: Api, client: Any, operation: str) -> tuple[Callable[..., Any], dict[str, Any]]:
    row = api.package.entry(operation)
    assert row["status"] == "generated", row
    method = resolve_method(client, row["python_name"])
    spec_operation = api.server.operations[operation]
    return method, keyword_arguments(method, spec_operation, api.server.example_arguments(operation))


@pytest.mark.parametrize(("api_name", "operation"), CASES)
def test_operation_sync(apis: Callable[[str], Api], api_name: str, operation: str) -> None:
    api = apis(api_name)
    with api.package.module.Client(access_token=TOKEN, base_url=api.server.base_url) as client:
        method, kwargs = _call(api, client, operation)
        result = method(**kwargs)
    _check(api, operation, result)


@pytest.mark.parametrize(("api_name", "operation"), CASES)
def test_operation_async(apis: Callable[[str], Api], api_name: str, operation: str) -> None:
    api = apis(api_name)

    async def run() -> Any:
        async with api.package.module.AsyncClient(access_token=TOKEN, base_url=api.server.base_url) as client:
            method, kwargs = _call(api, client, operation)
            return await method(**kwargs)

    result = asyncio.run(run())
    _check(api, operation, result)


@pytest.mark.parametrize("api_name", sorted({api for api, _ in CASES}))
def test_the_report_lists_every_operation_as_generated(apis: Callable[[str], Api], api_name: str) -> None:
    api = apis(api_name)
    rows = api.package.report["operations"]
    assert sorted(f"{row['method'].upper()} {row['path']}" for row in rows) == sorted(api.server.operations)
    assert [row for row in rows if row["status"] != "generated"] == []
