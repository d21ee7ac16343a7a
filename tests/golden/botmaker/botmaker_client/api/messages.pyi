import datetime
from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    JobResponse,
    Message,
    MessagesPage,
    SendMessagesRequest,
    TriggerIntentRequest,
)

class MessagesApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
    ) -> MessagesPage: ...
    def iter_list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
    ) -> Iterator[Message]: ...
    def send_messages(
        self,
        body: SendMessagesRequest,
    ) -> JobResponse: ...
    def trigger_intent(
        self,
        body: TriggerIntentRequest,
    ) -> JobResponse: ...

class AsyncMessagesApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
    ) -> MessagesPage: ...
    def iter_list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
    ) -> AsyncIterator[Message]: ...
    async def send_messages(
        self,
        body: SendMessagesRequest,
    ) -> JobResponse: ...
    async def trigger_intent(
        self,
        body: TriggerIntentRequest,
    ) -> JobResponse: ...
