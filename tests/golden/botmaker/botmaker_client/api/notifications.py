"""Operations tagged 'notifications', sync and async."""

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
    errors={
        400: (_rt.Model(ErrorResponse), SendNotificationBadRequestError),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    idempotency_header="Idempotency-Key",
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
    errors={
        400: (_rt.Model(ErrorResponse), ListNotificationResultsBadRequestError),
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
    errors={
        404: (_rt.Model(ErrorResponse), GetNotificationResultNotFoundError),
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
        result: IdResponse = self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_SEND_NOTIFICATION,
                (idempotency_key,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: NotificationResultsPage = self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(NotificationResult),
        )

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
        result: NotificationResult = self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT,
                (notification_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
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
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of NotificationsApi.send_notification (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_SEND_NOTIFICATION,
                (idempotency_key,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: NotificationResultsPage = await self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(NotificationResult),
        )

    async def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> NotificationResult:
        """Async form of NotificationsApi.get_notification_result (same arguments and result)."""
        result: NotificationResult = await self._transport.call(
            _rt.Call(
                _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT,
                (notification_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result


class NotificationsApiWithRawResponse:
    """Operations tagged 'notifications', each answer as a RawResponse. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

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
        return self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_SEND_NOTIFICATION,
                (idempotency_key,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResult]:
        """The answer of NotificationsApi.get_notification_result as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT,
                (notification_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncNotificationsApiWithRawResponse:
    """Operations tagged 'notifications', each answer as a RawResponse. Template messages sent outside an open conversation."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

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
        return await self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_SEND_NOTIFICATION,
                (idempotency_key,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_LIST_NOTIFICATION_RESULTS,
                (from_, to, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_notification_result(
        self,
        notification_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[NotificationResult]:
        """The answer of NotificationsApi.get_notification_result as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_NOTIFICATIONS_GET_NOTIFICATION_RESULT,
                (notification_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
