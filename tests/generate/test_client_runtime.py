"""The generated client's fixed code, tested as the ordinary module it is (generator/client_runtime)."""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import logging
import time
from typing import Any, ClassVar

import httpx
import pytest

from generator.client_runtime import (
    DATETIME,
    Call,
    CallOptions,
    Credential,
    CredentialStore,
    EnumOf,
    ListOf,
    Model,
    OpenEnum,
    Operation,
    Param,
    RateLimitError,
    Record,
    Refresh,
    RetryPolicy,
    Throttle,
    UnionOf,
)
from generator.client_runtime.codecs import fits
from generator.client_runtime.errors import ClientError, NaiveDatetimeError, error_class, server_message
from generator.client_runtime.responses import status_error
from generator.client_runtime.retry import Attempts, retry_after
from generator.client_runtime.wire import build_request, loggable_url

LOG = logging.getLogger("test-runtime")


class NotFound(ClientError):
    """A documented 404."""


class Colour(OpenEnum):
    RED = "red"


@dataclasses.dataclass(kw_only=True)
class Paint(Record):
    _wire: ClassVar[tuple[str, ...]] = ("colour", "mixedAt")
    _required: ClassVar[tuple[str, ...]] = ("colour",)

    colour: Colour | None
    mixed_at: datetime.datetime | None = None


def test_unknown_enum_values_are_pseudo_members_written_back_unchanged() -> None:
    assert Colour("red") is Colour.RED and Colour.RED.known
    other = Colour("mauve")
    assert isinstance(other, Colour) and other == "mauve" and not other.known
    assert EnumOf(Colour).encode(other) == "mauve"
    assert list(Colour) == [Colour.RED]


def test_records_read_and_write_their_wire_names_and_keep_unknown_properties() -> None:
    data = {"colour": "teal", "mixedAt": "2024-05-06T07:08:09Z", "extra": [1]}
    paint = Paint.from_dict(data)
    assert paint.colour == "teal" and paint.mixed_at == datetime.datetime(
        2024, 5, 6, 7, 8, 9, tzinfo=datetime.UTC
    )
    assert paint.additional_properties == {"extra": [1]}
    assert paint.to_dict() == data
    assert Paint.from_dict({}).colour is None


def test_a_union_picks_the_branch_whose_required_properties_are_present() -> None:
    union = UnionOf(ListOf(DATETIME), Model(Paint))
    assert isinstance(union.decode({"colour": "red"}), Paint)
    assert union.decode({"other": 1}) == {"other": 1}
    assert union.decode(["2024-01-01T00:00:00Z"])[0].year == 2024


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError):
        DATETIME.encode(datetime.datetime(2024, 1, 1))


@pytest.mark.parametrize(
    ("header", "expected"),
    [("7", 7.0), ("-3", 0.0), ("nan", None), ("soon", None), ("", None)],
)
def test_retry_after_in_seconds(header: str, expected: float | None) -> None:
    assert retry_after(httpx.Headers({"Retry-After": header})) == expected


def test_retry_after_as_an_http_date() -> None:
    when = email.utils.formatdate(time.time() + 120, usegmt=True)
    seconds = retry_after(httpx.Headers({"Retry-After": when}))
    assert seconds is not None and 110 < seconds <= 120


GET = Operation("things.get", "GET", "/things")
POST = Operation("things.add", "POST", "/things")
KEYED_POST = Operation("things.add", "POST", "/things", idempotency_header="Idempotency-Key")


def _decide(
    operation: Operation,
    status: int | None,
    headers: dict[str, str] | None = None,
    sent: dict[str, str] | None = None,
) -> Any:
    request = httpx.Request(operation.method, "http://x.test/things", headers=sent or {})
    response = None if status is None else httpx.Response(status, headers=headers or {}, request=request)
    return Attempts(RetryPolicy(max_retries=2, backoff_factor=1.0), operation, None, LOG).after(
        request, response
    )


def test_which_outcomes_are_retried() -> None:
    assert _decide(GET, 503) is not None and _decide(GET, None) is not None
    assert _decide(POST, 503) is None and _decide(POST, None) is None
    assert _decide(POST, 429) is not None
    assert _decide(KEYED_POST, 503) is None
    assert _decide(KEYED_POST, 503, sent={"Idempotency-Key": "k1"}) is not None
    assert _decide(GET, 501) is None and _decide(GET, 404) is None
    assert _decide(GET, 429, {"Retry-After": "5"}) == 5.0
    assert _decide(GET, 429, {"Retry-After": "61"}) is None


def test_backoff_doubles_with_jitter_and_stops_after_max_retries() -> None:
    request = httpx.Request("GET", "http://x.test/")
    attempts = Attempts(RetryPolicy(max_retries=3, backoff_factor=1.0), GET, None, LOG)
    waits = [attempts.after(request, None) for _ in range(4)]
    assert waits[3] is None
    bounds = [(0.5, 1.0), (1.0, 2.0), (2.0, 4.0)]
    assert all(
        wait is not None and low <= wait <= high for wait, (low, high) in zip(waits, bounds, strict=False)
    )


def test_a_throttle_wait_over_the_cap_raises_rate_limit_error_and_is_not_recorded() -> None:
    monthly = Operation("billing.get", "GET", "/billing", rate_limit=(1, 2592000.0))
    throttle = Throttle()
    attempts = Attempts(RetryPolicy(max_retry_wait=60), monthly, throttle, LOG)
    request = httpx.Request("GET", "http://x.test/billing")
    assert attempts.before(request) == 0.0
    for _ in range(2):
        with pytest.raises(RateLimitError) as raised:
            attempts.before(request)
        assert raised.value.retry_after is not None and raised.value.retry_after > 2591000


def test_error_classes_and_server_messages() -> None:
    assert error_class(404, {404: NotFound}) is NotFound
    assert error_class(429, {}) is RateLimitError
    assert server_message({"error": {"message": "bad\nthing\x1b[0m"}}) == "bad thing [0m"
    assert server_message({"code": 3}) == ""
    assert len(server_message("x" * 1000)) == 300
    assert server_message({"errors": [{"message": "one"}, {"code": 2}, "two"]}) == "one; two"


def test_codecs_tell_which_values_have_the_documented_shape() -> None:
    assert fits(Model(Paint), {"colour": "red"}) and not fits(Model(Paint), "text")
    assert fits(ListOf(DATETIME), []) and not fits(ListOf(DATETIME), {})
    assert fits(Model(Paint), {}) and fits(UnionOf(ListOf(DATETIME), Model(Paint)), {"colour": "red"})
    assert not fits(UnionOf(ListOf(DATETIME), Model(Paint)), {}) and not fits(UnionOf(Model(Paint)), 3)


class PaintNotFound(NotFound):
    body: Paint


@pytest.mark.parametrize(
    ("body", "expected_class", "expected_body"),
    [
        (b'{"colour": "red", "message": "no such paint"}', PaintNotFound, Paint(colour=Colour.RED)),
        (b'"no such paint"', NotFound, "no such paint"),
        (b"", NotFound, None),
    ],
)
def test_a_documented_error_body_of_the_right_shape_gets_the_operations_class(
    body: bytes, expected_class: type[ClientError], expected_body: object
) -> None:
    documented = Operation("paints.get", "GET", "/paints", errors={404: (Model(Paint), PaintNotFound)})
    request = httpx.Request("GET", "https://api.example.test/paints")
    error = status_error(documented, httpx.Response(404, content=body, request=request), {404: NotFound})
    assert type(error) is expected_class
    assert error.body == expected_body or (
        isinstance(error.body, Paint) and error.body.additional_properties == {"message": "no such paint"}
    )
    assert str(error) == "GET /paints answered 404" + (": no such paint" if body else "")


def test_credentials_apply_the_refresh_answer() -> None:
    refresh_op = Operation("auth.refresh", "POST", "/auth")
    template = Credential("header", "access-token", "")
    store = CredentialStore(
        {"key": Credential("header", "access-token", "old")},
        Refresh(refresh_op, "key", template, "accessToken", ("clientId", "refreshToken")),
        {"clientId": "c", "refreshToken": "r1"},
    )
    assert store.can_refresh(GET) and not store.can_refresh(refresh_op)
    store.apply({"accessToken": "new", "refreshToken": "r2"})
    version, credentials = store.current()
    assert version == 1 and credentials["key"].value == "new"
    assert store.refresh_body() == {"clientId": "c", "refreshToken": "r2"}
    with pytest.raises(ValueError, match="accessToken"):
        store.apply({"refreshToken": "r3"})


def test_requests_carry_defaults_credentials_and_per_call_options() -> None:
    operation = Operation(
        "things.get", "GET", "/things/{id}", params=(Param("id", "path"), Param("q", "query"))
    )
    call = Call(operation, ("a/b", ["x", "y"]), None, CallOptions(2.5, {"X-Call": "1"}, {"debug": "1"}))
    with httpx.Client(base_url="http://x.test/v1") as http:
        request = build_request(
            http,
            call,
            {"key": Credential("query", "api_key", "s3cret")},
            {"User-Agent": "ua"},
        )
    assert request.url.raw_path.startswith(b"/v1/things/a%2Fb?")
    assert request.url.params.get_list("q") == ["x", "y"] and request.url.params["debug"] == "1"
    assert request.headers["X-Call"] == "1" and request.headers["User-Agent"] == "ua"
    assert request.extensions["timeout"]["read"] == 2.5
    operation_with_key = dataclasses.replace(operation, security=("key",))
    with httpx.Client(base_url="http://x.test") as http:
        keyed = build_request(
            http, Call(operation_with_key, ("a", None)), {"key": Credential("query", "api_key", "s3cret")}, {}
        )
    logged = loggable_url(keyed, {"key": Credential("query", "api_key", "s3cret")})
    assert "s3cret" not in logged and "api_key=%2A%2A%2A" in logged
