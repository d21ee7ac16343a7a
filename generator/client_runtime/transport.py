# pyright: strict
"""What the sync and async transports share: their settings, sending one request, logging it."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Mapping

import httpx

from .auth import CredentialStore
from .errors import ApiConnectionError, ApiError, ApiStatusError, ApiTimeoutError
from .responses import status_error
from .retry import RetryPolicy, Throttle
from .wire import Call, build_request, loggable_url

LOGGER = logging.getLogger(__name__.rsplit(".", 2)[0])


@dataclasses.dataclass(frozen=True)
class Settings:
    """A client's settings; ``with_options`` copies share the credentials and the throttle."""

    auth: CredentialStore
    errors: Mapping[int, type[ApiStatusError]]
    headers: Mapping[str, str]
    policy: RetryPolicy
    throttle: Throttle | None
    timeout: float | None = None

    def but(
        self, timeout: float | None, max_retries: int | None, headers: Mapping[str, str] | None
    ) -> Settings:
        policy = (
            self.policy if max_retries is None else dataclasses.replace(self.policy, max_retries=max_retries)
        )
        return dataclasses.replace(
            self,
            timeout=self.timeout if timeout is None else timeout,
            policy=policy,
            headers={**self.headers, **(headers or {})},
        )


def prepare(
    http: httpx.Client | httpx.AsyncClient, settings: Settings, call: Call, url: httpx.URL | None
) -> tuple[int, httpx.Request]:
    """The request for ``call`` with the current credentials, and the credentials' version."""
    version, credentials = settings.auth.current()
    return version, build_request(http, call, credentials, settings.headers, url, settings.timeout)


def transport_error(error: httpx.TransportError, request: httpx.Request) -> ApiConnectionError:
    kind = ApiTimeoutError if isinstance(error, httpx.TimeoutException) else ApiConnectionError
    reason = "timed out" if kind is ApiTimeoutError else f"failed ({type(error).__name__})"
    return kind(f"{request.method} {request.url.path} {reason}", request=request)


def log_answer(
    settings: Settings, request: httpx.Request, status: int | str, started: float, attempt: int
) -> None:
    if LOGGER.isEnabledFor(logging.DEBUG):
        _, credentials = settings.auth.current()
        LOGGER.debug(
            "%s %s -> %s in %.3f s (retry %d)",
            request.method,
            loggable_url(request, credentials),
            status,
            time.monotonic() - started,
            attempt,
        )


def refresh_failed(call: Call, settings: Settings, response: httpx.Response, error: Exception) -> ApiError:
    """The original 401 error, with the refresh failure attached as ``refresh_error`` (and cause)."""
    original = status_error(call.operation, response, settings.errors)
    original.refresh_error = error
    original.__cause__ = error
    LOGGER.info("credential refresh failed: %s", type(error).__name__)
    return original


def refreshed(auth: CredentialStore, answer: object) -> None:
    LOGGER.info("credentials refreshed")
    if auth.on_refreshed is not None:
        auth.on_refreshed(answer)
