"""Operations tagged 'notifications', sync and async."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    IdResponse,
    NotificationRequest,
    NotificationResult,
    NotificationResultsPage,
    NotificationResultStatus,
)

_OP_NOTIFICATIONS_SEND_NOTIFICATION = _rt.Operation(
    "notifications.send_notification",
    "POST",
    "/notifications",
    params=(_rt.Param("Idempotency-Key", "header", _rt.STR),),
    body=_rt.Model(NotificationRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        201: _rt.Model(IdResponse),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS = _rt.Operation(
    "notifications.list_notification_results",
    "GET",
    "/notifications/sent-results",
    params=(
        _rt.Param("from", "query", _rt.DATETIME),
        _rt.Param("to", "query", _rt.DATETIME),
        _rt.Param("status", "query", _rt.EnumOf(NotificationResultStatus)),
    ),
    responses={
        200: _rt.Model(NotificationResultsPage),
    },
    security=("access-token",),
    rate_limit=(3, 60.0),
    items="items",
    next_page="nextPage",
)
_OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT = _rt.Operation(
    "notifications.get_notification_result",
    "GET",
    "/notifications/sent-results/{notificationId}",
    params=(_rt.Param("notificationId", "path", _rt.STR),),
    responses={
        200: _rt.Model(NotificationResult),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)


class NotificationsApi:
    """Operations tagged 'notifications'. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
    ) -> IdResponse:
        """Send a notification

        Sends an approved template to a contact, now or at `scheduledAt`.

        POST /notifications
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            body: The request body (application/json).
            idempotency_key: Repeat a request with the same key to make sure it is carried out once.
        """
        result: IdResponse = self._transport.call(
            _OP_NOTIFICATIONS_SEND_NOTIFICATION, (idempotency_key,), body
        )
        return result

    def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> NotificationResultsPage:
        """List notification results

        Delivery state of notifications sent between `from` and `to`.

        GET /notifications/sent-results
        Rate limit: 3 requests per 60.0 seconds.

        Args:
            from_: Earliest send time.
            to: Latest send time; now when absent.
            status: Only results in this state.
        """
        result: NotificationResultsPage = self._transport.call(
            _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS, (from_, to, status)
        )
        return result

    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> Iterator[NotificationResult]:
        """Every item of every page of list_notification_results, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
            (from_, to, status),
            _rt.Model(NotificationResult),
        )

    def get_notification_result(
        self,
        notification_id: str,
    ) -> NotificationResult:
        """Get a notification result

        Delivery state of one notification.

        GET /notifications/sent-results/{notificationId}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            notification_id: Notification identifier.
        """
        result: NotificationResult = self._transport.call(
            _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT, (notification_id,)
        )
        return result


class AsyncNotificationsApi:
    """Operations tagged 'notifications'. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
    ) -> IdResponse:
        """Async form of NotificationsApi.send_notification (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _OP_NOTIFICATIONS_SEND_NOTIFICATION, (idempotency_key,), body
        )
        return result

    async def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> NotificationResultsPage:
        """Async form of NotificationsApi.list_notification_results (same arguments and result)."""
        result: NotificationResultsPage = await self._transport.call(
            _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS, (from_, to, status)
        )
        return result

    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> AsyncIterator[NotificationResult]:
        """Every item of every page of list_notification_results, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
            (from_, to, status),
            _rt.Model(NotificationResult),
        )

    async def get_notification_result(
        self,
        notification_id: str,
    ) -> NotificationResult:
        """Async form of NotificationsApi.get_notification_result (same arguments and result)."""
        result: NotificationResult = await self._transport.call(
            _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT, (notification_id,)
        )
        return result
