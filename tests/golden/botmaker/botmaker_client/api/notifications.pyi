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

class NotificationsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
    ) -> IdResponse: ...
    def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> NotificationResultsPage: ...
    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> Iterator[NotificationResult]: ...
    def get_notification_result(
        self,
        notification_id: str,
    ) -> NotificationResult: ...

class AsyncNotificationsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def send_notification(
        self,
        body: NotificationRequest,
        *,
        idempotency_key: str | None = None,
    ) -> IdResponse: ...
    async def list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> NotificationResultsPage: ...
    def iter_list_notification_results(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        status: NotificationResultStatus | str | None = None,
    ) -> AsyncIterator[NotificationResult]: ...
    async def get_notification_result(
        self,
        notification_id: str,
    ) -> NotificationResult: ...
