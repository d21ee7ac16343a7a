"""What the generated Botmaker client must get right beyond calling each operation once."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from tests.functional.conftest import TOKEN, Api
from tests.support.calling import as_model, body_keyword, plain, resolve_method, squash
from tests.support.spec_server import Reply

UTC = datetime.UTC
MINUS_THREE = datetime.timezone(datetime.timedelta(hours=-3))


def operation(api: Api, client: Any, key: str) -> Any:
    return resolve_method(client, api.package.entry(key)["python_name"])


def keyword(method: Any, wire: str) -> str:
    """The Python keyword the client uses for wire name ``wire``."""
    names = [name for name in inspect.signature(method).parameters if squash(name) == squash(wire)]
    assert len(names) == 1, f"no single keyword for {wire!r}"
    return names[0]


def client(api: Api, **options: Any) -> Any:
    return api.package.module.Client(access_token=TOKEN, base_url=api.server.base_url, **options)


def async_client(api: Api, **options: Any) -> Any:
    return api.package.module.AsyncClient(access_token=TOKEN, base_url=api.server.base_url, **options)


def errors_module(api: Api) -> Any:
    return importlib.import_module(f"{api.package.module.__name__}.errors")


def datetimes_in(value: Any) -> Iterator[datetime.datetime]:
    if isinstance(value, datetime.datetime):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from datetimes_in(getattr(value, field.name))
    elif isinstance(value, list | tuple):
        for item in value:
            yield from datetimes_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from datetimes_in(item)


# authentication ------------------------------------------------------------------------------


def test_the_access_token_goes_in_the_header_the_spec_names(botmaker: Api) -> None:
    with botmaker.package.module.Client(access_token="secret-7", base_url=botmaker.server.base_url) as api:
        operation(botmaker, api, "GET /agents")()
        operation(botmaker, api, "DELETE /auth/credentials")()
    calls = botmaker.server.calls
    assert [call.headers.get("access-token") for call in calls] == ["secret-7", "secret-7"]
    assert all(call.errors == () for call in calls)


# datetimes -----------------------------------------------------------------------------------


def test_query_datetimes_are_sent_as_rfc3339_with_their_offset(botmaker: Api) -> None:
    start = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=MINUS_THREE)
    end = datetime.datetime(2024, 5, 7, 0, 0, 0, tzinfo=UTC)
    with client(botmaker) as api:
        list_calls = operation(botmaker, api, "GET /calls")
        list_calls(**{keyword(list_calls, "from"): start, keyword(list_calls, "to"): end})
    (call,) = botmaker.server.calls
    assert call.errors == ()
    assert call.query_values("from") == ["2024-05-06T07:08:09-03:00"]
    assert call.query_values("to") == ["2024-05-07T00:00:00Z"]


def test_body_datetimes_are_sent_as_rfc3339_with_their_offset(botmaker: Api) -> None:
    created = datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=MINUS_THREE)
    body = botmaker.server.example_arguments("POST /agents").body
    with client(botmaker) as api:
        create_agent = operation(botmaker, api, "POST /agents")
        body_name = body_keyword(create_agent, botmaker.server.operations["POST /agents"])
        model = as_model(create_agent, body_name, {**body, "creationTime": "2024-05-06T07:08:09-03:00"})
        create_agent(**{body_name: model})
    (call,) = botmaker.server.calls
    assert call.errors == ()
    assert call.json["creationTime"] == "2024-05-06T07:08:09-03:00"
    assert datetime.datetime.fromisoformat(call.json["creationTime"]) == created


def test_response_datetimes_are_parsed_into_aware_datetimes(botmaker: Api) -> None:
    with client(botmaker) as api:
        result = operation(botmaker, api, "GET /messages")()
    found = list(datetimes_in(result))
    assert found, "the list-messages answer carries date-time fields"
    assert all(value.tzinfo is not None and value.utcoffset() is not None for value in found)
    assert datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC) in found


def test_a_naive_query_datetime_is_refused_before_anything_is_sent(botmaker: Api) -> None:
    with client(botmaker) as api:
        list_calls = operation(botmaker, api, "GET /calls")
        with pytest.raises(ValueError, match="timezone") as raised:
            list_calls(**{keyword(list_calls, "from"): datetime.datetime(2024, 5, 6, 7, 8, 9)})
    assert isinstance(raised.value, errors_module(botmaker).NaiveDatetimeError)
    assert botmaker.server.calls == []


def test_a_naive_body_datetime_is_refused_before_anything_is_sent(botmaker: Api) -> None:
    body = botmaker.server.example_arguments("POST /agents").body

    async def run() -> None:
        async with async_client(botmaker) as api:
            create_agent = operation(botmaker, api, "POST /agents")
            body_name = body_keyword(create_agent, botmaker.server.operations["POST /agents"])
            model = as_model(create_agent, body_name, body)
            if hasattr(model, "creation_time"):
                model.creation_time = datetime.datetime(2024, 5, 6, 7, 8, 9)
            else:
                model["creationTime"] = datetime.datetime(2024, 5, 6, 7, 8, 9)
            await create_agent(**{body_name: model})

    with pytest.raises(ValueError, match="timezone"):
        asyncio.run(run())
    assert botmaker.server.calls == []


# arrays --------------------------------------------------------------------------------------


def test_array_query_parameters_repeat_the_name_for_each_value(botmaker: Api) -> None:
    with client(botmaker) as api:
        performance = operation(botmaker, api, "GET /dashboards/agent-performance")
        performance(
            **{keyword(performance, "groups"): ["sales", "support"], keyword(performance, "queues"): ["q1"]}
        )
    (call,) = botmaker.server.calls
    assert call.errors == ()
    assert call.query_values("groups") == ["sales", "support"]
    assert call.query_values("queues") == ["q1"]


# pagination ----------------------------------------------------------------------------------


def _pages(api: Api, end_with_null: bool) -> list[list[str]]:
    """Queue three pages of GET /contacts linked by nextPage URLs on the test server.

    The last page has no ``nextPage`` at all, or an explicit null with ``end_with_null``.
    """
    server = api.server
    template = server.example_reply("GET /contacts").body
    item = template["items"][0]
    ids = [[f"c{page}-{n}" for n in range(2)] for page in range(1, 4)]
    for page, page_ids in enumerate(ids, start=1):
        body = {**template, "items": [{**item, "id": contact} for contact in page_ids]}
        if page < 3:
            body["nextPage"] = server.url("/contacts", {"next-page-token": f"p{page + 1}"})
        elif end_with_null:
            body["nextPage"] = None
        else:
            body.pop("nextPage", None)
        server.enqueue("GET /contacts", Reply(200, body))
    return ids


def _contact_id(item: Any) -> Any:
    return plain(item)["id"]


def test_the_page_iterator_follows_next_page_across_three_pages(botmaker: Api) -> None:
    ids = _pages(botmaker, end_with_null=False)
    iterator_name = botmaker.package.entry("GET /contacts")["iterator"]
    assert iterator_name
    with client(botmaker) as api:
        items = list(resolve_method(api, iterator_name)())
    assert [_contact_id(item) for item in items] == [contact for page in ids for contact in page]
    calls = botmaker.server.calls
    assert len(calls) == 3
    assert [call.query_values("next-page-token") for call in calls] == [[], ["p2"], ["p3"]]
    assert all(call.errors == () and call.headers.get("access-token") == TOKEN for call in calls)


def test_the_async_page_iterator_stops_on_a_null_next_page(botmaker: Api) -> None:
    ids = _pages(botmaker, end_with_null=True)
    iterator_name = botmaker.package.entry("GET /contacts")["iterator"]

    async def run() -> list[Any]:
        async with async_client(botmaker) as api:
            return [item async for item in resolve_method(api, iterator_name)()]

    items = asyncio.run(run())
    assert [_contact_id(item) for item in items] == [contact for page in ids for contact in page]
    assert len(botmaker.server.calls) == 3


# rate limits and errors -----------------------------------------------------------------------


def test_a_429_is_retried_after_the_retry_after_delay(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": "1"}))
    with client(botmaker, max_retries=2) as api:
        result = operation(botmaker, api, "GET /roles")()
    first, second = botmaker.server.calls
    assert (first.status, second.status) == (429, 200)
    assert second.received_at - first.received_at >= 0.95
    assert result is not None


def test_an_async_429_is_retried_after_the_retry_after_delay(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": "1"}))

    async def run() -> Any:
        async with async_client(botmaker, max_retries=1) as api:
            return await operation(botmaker, api, "GET /roles")()

    assert asyncio.run(run()) is not None
    first, second = botmaker.server.calls
    assert second.received_at - first.received_at >= 0.95


def test_a_429_beyond_max_retries_raises_rate_limit_error_with_retry_after(botmaker: Api) -> None:
    botmaker.server.enqueue("GET /roles", Reply(429, headers={"Retry-After": "7"}))
    errors = errors_module(botmaker)
    with client(botmaker, max_retries=0) as api, pytest.raises(errors.RateLimitError) as raised:
        operation(botmaker, api, "GET /roles")()
    assert raised.value.status == 429
    assert raised.value.retry_after == 7
    assert isinstance(raised.value, errors.ApiError)
    assert len(botmaker.server.calls) == 1


def test_a_404_raises_the_typed_error_with_status_and_parsed_body(botmaker: Api) -> None:
    key = "GET /ecommerce/catalogs/{catalogId}/products/{sku}"
    reply = botmaker.server.example_reply(key, "404")
    assert isinstance(reply.body, dict) and reply.body
    botmaker.server.enqueue(key, reply)
    errors = errors_module(botmaker)
    with client(botmaker) as api, pytest.raises(errors.NotFoundError) as raised:
        get_product = operation(botmaker, api, key)
        get_product(**{keyword(get_product, "catalogId"): "cat-1", keyword(get_product, "sku"): "sku-1"})
    error = raised.value
    assert isinstance(error, errors.ApiError)
    assert error.status == 404
    assert plain(error.body) == reply.body
    assert error.response.status_code == 404
    (call,) = botmaker.server.calls
    assert call.errors == () and call.path.endswith("/ecommerce/catalogs/cat-1/products/sku-1")


# tolerant reading -----------------------------------------------------------------------------


def test_unknown_enum_values_extra_properties_and_nulls_are_read_without_loss(botmaker: Api) -> None:
    key = "GET /audits/{auditSection}"
    body = botmaker.server.example_reply(key).body
    entry = {**body["items"][0], "action": "ARCHIVE", "authorRole": None, "addedLater": {"nested": [1, 2]}}
    botmaker.server.enqueue(key, Reply(200, {**body, "items": [entry]}))
    with client(botmaker) as api:
        list_changes = operation(botmaker, api, key)
        result = list_changes(**{keyword(list_changes, "auditSection"): "agent"})
    (item,) = plain(result)["items"]
    assert item["action"] == "ARCHIVE"
    assert item["addedLater"] == {"nested": [1, 2]}
    assert "authorRole" not in item
    assert item == {name: value for name, value in entry.items() if value is not None}
