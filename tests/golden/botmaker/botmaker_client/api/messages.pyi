from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError
from ..models import (
    ErrorResponse,
    JobResponse,
    Message,
    MessagesPage,
    SendMessagesRequest,
    TriggerIntentRequest,
)

class ListMessagesBadRequestError(BadRequestError):
    """MessagesApi.list_messages answered 400; body is the error the spec documents."""

    body: ErrorResponse

class SendMessagesBadRequestError(BadRequestError):
    """MessagesApi.send_messages answered 400; body is the error the spec documents."""

    body: ErrorResponse

class TriggerIntentBadRequestError(BadRequestError):
    """MessagesApi.trigger_intent answered 400; body is the error the spec documents."""

    body: ErrorResponse

class MessagesApi:
    """Operations tagged 'messages'. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> MessagesPage:
        """List chat messages

        Messages exchanged between `from` and `to`, oldest first.

        GET /messages
        Rate limit: 10 requests per 1.0 seconds.


        Args:
            from_: Earliest message time. Windows longer than 30 days are refused.
            to: Latest message time; now when absent.
            chat_id: Only messages of this chat.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            ListMessagesBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def iter_list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Message]:
        """Every item of every page of list_messages, following nextPage until it is missing or null."""
        ...

    def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Send messages

        Queues up to ten messages for one chat; they are delivered in the order given. Delivery results arrive on the channel's webhook.

        POST /chats-actions/send-messages
        Rate limit: 50 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            SendMessagesBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Trigger an intent

        Makes the bot run an intent in a chat as if the contact had asked for it.

        POST /chats-actions/trigger-intent
        Rate limit: 50 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            TriggerIntentBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

class AsyncMessagesApi:
    """Operations tagged 'messages'. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> MessagesPage:
        """Async form of MessagesApi.list_messages (same arguments and result)."""
        ...

    def iter_list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Message]:
        """Every item of every page of list_messages, following nextPage until it is missing or null."""
        ...

    async def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Async form of MessagesApi.send_messages (same arguments and result)."""
        ...

    async def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Async form of MessagesApi.trigger_intent (same arguments and result)."""
        ...

class MessagesApiWithRawResponse:
    """Operations tagged 'messages', each answer as a RawResponse. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[MessagesPage]:
        """The answer of MessagesApi.list_messages as it came; parse() gives the result."""
        ...

    def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.send_messages as it came; parse() gives the result."""
        ...

    def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.trigger_intent as it came; parse() gives the result."""
        ...

class AsyncMessagesApiWithRawResponse:
    """Operations tagged 'messages', each answer as a RawResponse. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_messages(
        self,
        from_: datetime.datetime,
        *,
        to: datetime.datetime | None = None,
        chat_id: str | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[MessagesPage]:
        """The answer of MessagesApi.list_messages as it came; parse() gives the result."""
        ...

    async def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.send_messages as it came; parse() gives the result."""
        ...

    async def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.trigger_intent as it came; parse() gives the result."""
        ...
