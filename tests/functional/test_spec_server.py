"""The test server itself: it must reject what the spec forbids and answer what the spec allows."""

from __future__ import annotations

import httpx
import pytest

from tests.support.spec_server import Reply, SpecServer

TOKEN = {"access-token": "token-1"}


def _query(value: object) -> list[str | int | float | bool | None]:
    values = value if isinstance(value, list) else [value]
    return ["true" if v is True else "false" if v is False else str(v) for v in values]


def test_every_example_request_is_valid_and_every_default_answer_matches_the_spec(
    spec_server: SpecServer,
) -> None:
    for key, operation in spec_server.operations.items():
        arguments = spec_server.example_arguments(key)
        params: list[tuple[str, str | int | float | bool | None]] = [
            (name, text) for name, value in arguments.query.items() for text in _query(value)
        ]
        body = {} if arguments.body is None else {"json": arguments.body}
        url = spec_server.base_url + arguments.url_path(operation.template)
        httpx.request(operation.method.upper(), url, params=params, headers=TOKEN, **body)
    calls = spec_server.calls
    assert sorted(call.operation or "" for call in calls) == sorted(spec_server.operations)
    assert [(c.operation, c.errors, c.response_errors) for c in calls if c.errors or c.response_errors] == []


@pytest.mark.parametrize(
    ("params", "headers", "expected"),
    [
        ({"online": "True"}, TOKEN, "boolean spelled 'True'"),
        ({"online": "maybe"}, TOKEN, "online"),
        ({"online": "true"}, {}, "Security"),
        ({"online": "true", "page": "2"}, TOKEN, "'page' is not declared"),
    ],
    ids=["python-bool", "wrong-type", "no-token", "undeclared-param"],
)
def test_bad_requests_are_recorded_with_their_errors(
    spec_server: SpecServer, params: dict[str, str], headers: dict[str, str], expected: str
) -> None:
    httpx.get(spec_server.url("/agents"), params=params, headers=headers)
    (call,) = spec_server.calls
    assert call.operation == "GET /agents"
    assert any(expected in error for error in call.errors), call.errors


def test_an_offset_less_datetime_in_the_query_is_an_error(spec_server: SpecServer) -> None:
    httpx.get(spec_server.url("/calls"), params={"from": "2024-05-06T07:08:09"}, headers=TOKEN)
    httpx.get(spec_server.url("/calls"), params={"from": "2024-05-06T07:08:09Z"}, headers=TOKEN)
    naive, aware = spec_server.calls
    assert any("date-time" in error for error in naive.errors), naive.errors
    assert aware.errors == ()


def test_a_body_must_match_its_schema(spec_server: SpecServer) -> None:
    httpx.post(spec_server.url("/agents"), json={"email": 5}, headers=TOKEN)
    httpx.post(spec_server.url("/agents/id-1/actions/logout"), content=b"not json", headers=TOKEN)
    wrong_type, not_json = spec_server.calls
    assert wrong_type.errors and not_json.errors


def test_scripted_replies_come_first_then_the_spec_answers(spec_server: SpecServer) -> None:
    spec_server.enqueue(
        "GET /roles", Reply(429, headers={"Retry-After": "3"}), Reply(404, {"message": "gone"})
    )
    first, second, third = (httpx.get(spec_server.url("/roles"), headers=TOKEN) for _ in range(3))
    assert (first.status_code, first.headers["retry-after"]) == (429, "3")
    assert (second.status_code, second.json()) == (404, {"message": "gone"})
    assert third.status_code == 200 and "items" in third.json()
    assert [call.status for call in spec_server.calls] == [429, 404, 200]


def test_unknown_paths_are_errors(spec_server: SpecServer) -> None:
    response = httpx.get(spec_server.url("/nowhere"), headers=TOKEN)
    assert response.status_code == 404
    (call,) = spec_server.calls
    assert call.operation is None and call.errors
