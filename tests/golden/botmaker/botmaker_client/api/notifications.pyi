from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    ErrorResponse,
    IdResponse,
    NotificationRequest,
    NotificationResult,
    NotificationResultsPage,
    NotificationResultStatus,
)

class SendNotificationBadRequestError(BadRequestError):
    """NotificationsApi.send_notification answered 400; body is the error the spec documents."""

    body: ErrorResponse

class ListNotificationResultsBadRequestError(BadRequestError):
    """NotificationsApi.list_notification_results answered 400; body is the error the spec documents."""

    body: ErrorResponse

class GetNotificationResultNotFoundError(NotFoundError):
    """NotificationsApi.get_notification_result answered 404; body is the error the spec documents."""

    body: ErrorResponse

class NotificationsApi:
    """Operations tagged 'notifications'. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Send a notification

        Sends an approved template to a contact, now or at `scheduledAt`.

        POST /notifications
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            idempotency_key: Repeat a request with the same key to make sure it is carried out once.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            SendNotificationBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NotificationResultsPage:
        """List notification results

        Delivery state of notifications sent between `from` and `to`.

        GET /notifications/sent-results
        Rate limit: 3 requests per 60.0 seconds.


        Args:
            from_: Earliest send time.
            to: Latest send time; now when absent.
            status: Only results in this state.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            ListNotificationResultsBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[NotificationResult]:
        """Every item of every page of list_notification_results, following nextPage until it is missing or null."""
        ...

    def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NotificationResult:
        """Get a notification result

        Delivery state of one notification.

        GET /notifications/sent-results/{notificationId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            notification_id: Notification identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetNotificationResultNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

class AsyncNotificationsApi:
    """Operations tagged 'notifications'. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of NotificationsApi.send_notification (same arguments and result)."""
        ...

    async def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NotificationResultsPage:
        """Async form of NotificationsApi.list_notification_results (same arguments and result)."""
        ...

    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[NotificationResult]:
        """Every item of every page of list_notification_results, following nextPage until it is missing or null."""
        ...

    async def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NotificationResult:
        """Async form of NotificationsApi.get_notification_result (same arguments and result)."""
        ...

class NotificationsApiWithRawResponse:
    """Operations tagged 'notifications', each answer as a RawResponse. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of NotificationsApi.send_notification as it came; parse() gives the result."""
        ...

    def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResultsPage]:
        """The answer of NotificationsApi.list_notification_results as it came; parse() gives the result."""
        ...

    def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResult]:
        """The answer of NotificationsApi.get_notification_result as it came; parse() gives the result."""
        ...

class AsyncNotificationsApiWithRawResponse:
    """Operations tagged 'notifications', each answer as a RawResponse. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of NotificationsApi.send_notification as it came; parse() gives the result."""
        ...

    async def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResultsPage]:
        """The answer of NotificationsApi.list_notification_results as it came; parse() gives the result."""
        ...

    async def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResult]:
        """The answer of NotificationsApi.get_notification_result as it came; parse() gives the result."""
        ...
