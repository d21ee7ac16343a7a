# pyright: strict
"""When to try again and how long to wait: retries, Retry-After, backoff with jitter, throttling.

A 429 is retried for every method (the server refused the request without acting on it); a 5xx
(except 501) and a failed connection only for idempotent methods, or for a POST or PATCH that
carries the idempotency-key header the spec declares. A wait asked for by the server, or by the
throttle, that is longer than ``max_retry_wait`` is not slept: the call fails at once.
"""

from __future__ import annotations

import dataclasses
import datetime
import email.utils
import logging
import math
import random
import threading
import time
from collections import deque

import httpx

from .errors import RateLimitError
from .wire import Operation

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS", "TRACE"})
NOT_RETRIED_SERVER_STATUSES = frozenset({501, 505})


def retry_after(headers: httpx.Headers) -> float | None:
    """Seconds to wait from a Retry-After header (delta seconds or an HTTP date)."""
    value = headers.get("Retry-After")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        seconds = None
    if seconds is not None:
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=datetime.UTC)
    return max(0.0, (moment - datetime.datetime.now(datetime.UTC)).total_seconds())


@dataclasses.dataclass(frozen=True)
class RetryPolicy:
    """``backoff_factor`` seconds before the first retry, doubling up to ``max_backoff``, each wait
    drawn between half and all of that (jitter); ``max_retry_wait`` caps any wait."""

    max_retries: int = 3
    backoff_factor: float = 0.5
    max_backoff: float = 8.0
    max_retry_wait: float = 60.0

    def backoff(self, attempt: int) -> float:
        ceiling = min(self.max_backoff, self.backoff_factor * 2.0**attempt)
        return ceiling * (0.5 + random.random() / 2)


def is_idempotent(operation: Operation, request: httpx.Request) -> bool:
    if request.method in IDEMPOTENT_METHODS:
        return True
    header = operation.idempotency_header
    return header is not None and header in request.headers


def is_retryable_status(status: int) -> bool:
    return status == 429 or (500 <= status < 600 and status not in NOT_RETRIED_SERVER_STATUSES)


class Throttle:
    """At most ``requests`` calls per ``period`` seconds for each operation that documents a limit."""

    def __init__(self) -> None:
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def delay(self, operation: Operation, limit: float) -> float:
        """Seconds to wait before sending; the call is recorded as happening after that wait.

        A wait longer than ``limit`` is not recorded and is returned as it is, for the caller to
        refuse.
        """
        if operation.rate_limit is None:
            return 0.0
        requests, period = operation.rate_limit
        with self._lock:
            calls = self._calls.setdefault(operation.name, deque())
            now = time.monotonic()
            while calls and calls[0] <= now - period:
                calls.popleft()
            wait = 0.0
            if len(calls) >= requests:
                wait = max(0.0, calls[len(calls) - requests] + period - now)
            if wait <= limit:
                calls.append(now + wait)
            return wait


class Attempts:
    """The retry decisions for one call; the sync and async transports only send and sleep."""

    def __init__(
        self, policy: RetryPolicy, operation: Operation, throttle: Throttle | None, logger: logging.Logger
    ) -> None:
        self.policy = policy
        self.operation = operation
        self.throttle = throttle
        self.logger = logger
        self.number = 0

    def before(self, request: httpx.Request) -> float:
        """Seconds the throttle asks to wait first; RateLimitError when that is over the cap."""
        if self.throttle is None:
            return 0.0
        wait = self.throttle.delay(self.operation, self.policy.max_retry_wait)
        if wait > self.policy.max_retry_wait:
            seconds = math.ceil(wait)
            response = httpx.Response(429, headers={"Retry-After": str(seconds)}, request=request)
            raise RateLimitError(
                f"{self.operation.name}: the documented rate limit allows the next call in {seconds} s, "
                f"more than max_retry_wait ({self.policy.max_retry_wait:g} s)",
                response=response,
                body=None,
                retry_after=wait,
            )
        return wait

    def after(self, request: httpx.Request, response: httpx.Response | None) -> float | None:
        """Seconds to wait before trying again, or None when this outcome is final.

        ``response`` is None when the connection failed.
        """
        if self.number >= self.policy.max_retries:
            return None
        if response is None:
            if not is_idempotent(self.operation, request):
                return None
            wait = self.policy.backoff(self.number)
            reason = "connection failed"
        else:
            status = response.status_code
            if not is_retryable_status(status):
                return None
            if status != 429 and not is_idempotent(self.operation, request):
                return None
            hinted = retry_after(response.headers)
            if hinted is not None and hinted > self.policy.max_retry_wait:
                return None
            wait = hinted if hinted is not None else self.policy.backoff(self.number)
            reason = f"answered {status}"
        self.number += 1
        self.logger.info(
            "%s %s %s; retry %d of %d in %.2f s",
            request.method,
            request.url.path,
            reason,
            self.number,
            self.policy.max_retries,
            wait,
        )
        return wait
