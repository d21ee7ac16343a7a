"""Operations tagged 'messages', sync and async."""

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


_OP_MESSAGES_LIST_MESSAGES = _rt.Operation(
    "messages.list_messages",
    "GET",
    "/messages",
    params=(
        _rt.Param("from", "query", _rt.DATETIME),
        _rt.Param("to", "query", _rt.DATETIME),
        _rt.Param("chatId", "query", _rt.STR),
    ),
    responses={
        200: _rt.Model(MessagesPage),
    },
    errors={
        400: (_rt.Model(ErrorResponse), ListMessagesBadRequestError),
    },
    security=("access-token",),
    rate_limit=(10, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_MESSAGES_SEND_MESSAGES = _rt.Operation(
    "messages.send_messages",
    "POST",
    "/chats-actions/send-messages",
    body=_rt.Model(SendMessagesRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        202: _rt.Model(JobResponse),
    },
    errors={
        400: (_rt.Model(ErrorResponse), SendMessagesBadRequestError),
    },
    security=("access-token",),
    rate_limit=(50, 1.0),
)
_OP_MESSAGES_TRIGGER_INTENT = _rt.Operation(
    "messages.trigger_intent",
    "POST",
    "/chats-actions/trigger-intent",
    body=_rt.Model(TriggerIntentRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        202: _rt.Model(JobResponse),
    },
    errors={
        400: (_rt.Model(ErrorResponse), TriggerIntentBadRequestError),
    },
    security=("access-token",),
    rate_limit=(50, 1.0),
)


class MessagesApi:
    """Operations tagged 'messages'. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

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
        result: MessagesPage = self._transport.call(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Message),
        )

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
        result: JobResponse = self._transport.call(
            _rt.Call(
                _OP_MESSAGES_SEND_MESSAGES,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: JobResponse = self._transport.call(
            _rt.Call(
                _OP_MESSAGES_TRIGGER_INTENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result


class AsyncMessagesApi:
    """Operations tagged 'messages'. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

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
        result: MessagesPage = await self._transport.call(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Message),
        )

    async def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Async form of MessagesApi.send_messages (same arguments and result)."""
        result: JobResponse = await self._transport.call(
            _rt.Call(
                _OP_MESSAGES_SEND_MESSAGES,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Async form of MessagesApi.trigger_intent (same arguments and result)."""
        result: JobResponse = await self._transport.call(
            _rt.Call(
                _OP_MESSAGES_TRIGGER_INTENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result


class MessagesApiWithRawResponse:
    """Operations tagged 'messages', each answer as a RawResponse. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

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
        return self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.send_messages as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_SEND_MESSAGES,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.trigger_intent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_TRIGGER_INTENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncMessagesApiWithRawResponse:
    """Operations tagged 'messages', each answer as a RawResponse. What was said in chats, and sending new messages."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

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
        return await self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_LIST_MESSAGES,
                (from_, to, chat_id),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def send_messages(
        self,
        body: SendMessagesRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.send_messages as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_SEND_MESSAGES,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def trigger_intent(
        self,
        body: TriggerIntentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of MessagesApi.trigger_intent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_MESSAGES_TRIGGER_INTENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
