"""Operations tagged 'chats', sync and async."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    Chat,
    ChatsPage,
    ChatStatus,
    ChatUpdate,
    ErrorResponse,
)


class ListChatsBadRequestError(BadRequestError):
    """ChatsApi.list_chats answered 400; body is the error the spec documents."""

    body: ErrorResponse


class GetChatNotFoundError(NotFoundError):
    """ChatsApi.get_chat answered 404; body is the error the spec documents."""

    body: ErrorResponse


class UpdateChatBadRequestError(BadRequestError):
    """ChatsApi.update_chat answered 400; body is the error the spec documents."""

    body: ErrorResponse


class UpdateChatNotFoundError(NotFoundError):
    """ChatsApi.update_chat answered 404; body is the error the spec documents."""

    body: ErrorResponse


_OP_CHATS_LIST_CHATS = _rt.Operation(
    "chats.list_chats",
    "GET",
    "/chats",
    params=(
        _rt.Param("from", "query", _rt.DATETIME),
        _rt.Param("to", "query", _rt.DATETIME),
        _rt.Param("channelId", "query", _rt.STR),
        _rt.Param("status", "query", _rt.EnumOf(ChatStatus)),
    ),
    responses={
        200: _rt.Model(ChatsPage),
    },
    errors={
        400: (_rt.Model(ErrorResponse), ListChatsBadRequestError),
    },
    security=("access-token",),
    rate_limit=(10, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_CHATS_GET_CHAT = _rt.Operation(
    "chats.get_chat",
    "GET",
    "/chats/{chatId}",
    params=(_rt.Param("chatId", "path", _rt.STR),),
    responses={
        200: _rt.Model(Chat),
    },
    errors={
        404: (_rt.Model(ErrorResponse), GetChatNotFoundError),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_CHATS_UPDATE_CHAT = _rt.Operation(
    "chats.update_chat",
    "PATCH",
    "/chats/{chatId}",
    params=(_rt.Param("chatId", "path", _rt.STR),),
    body=_rt.Model(ChatUpdate),
    media_type="application/json",
    body_kind="json",
    responses={
        200: _rt.Model(Chat),
    },
    errors={
        400: (_rt.Model(ErrorResponse), UpdateChatBadRequestError),
        404: (_rt.Model(ErrorResponse), UpdateChatNotFoundError),
    },
    security=("access-token",),
    rate_limit=(10, 1.0),
)


class ChatsApi:
    """Operations tagged 'chats'. Conversations between a contact and the bot or an agent."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatsPage:
        """List chats

        Chats whose last activity falls between `from` and `to`, most recent first. Without either bound you get the last day.

        GET /chats
        Rate limit: 10 requests per 1.0 seconds.


        Args:
            from_: Earliest last activity; one day before `to` when absent.
            to: Latest last activity; now when absent.
            channel_id: Only chats on this channel.
            status: Only chats in this state.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            ListChatsBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        result: ChatsPage = self._transport.call(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Chat]:
        """Every item of every page of list_chats, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Chat),
        )

    def get_chat(
        self,
        chat_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Chat:
        """Get a chat

        One chat with its tags and variables.

        GET /chats/{chatId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            chat_id: Chat identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetChatNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        result: Chat = self._transport.call(
            _rt.Call(
                _OP_CHATS_GET_CHAT,
                (chat_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Chat:
        """Update a chat

        Sets tags and variables or assigns an agent.

        PATCH /chats/{chatId}
        Rate limit: 10 requests per 1.0 seconds.


        Args:
            chat_id: Chat identifier.
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            UpdateChatBadRequestError: on 400, with ``body`` read as ErrorResponse.
            UpdateChatNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        result: Chat = self._transport.call(
            _rt.Call(
                _OP_CHATS_UPDATE_CHAT,
                (chat_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result


class AsyncChatsApi:
    """Operations tagged 'chats'. Conversations between a contact and the bot or an agent."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChatsPage:
        """Async form of ChatsApi.list_chats (same arguments and result)."""
        result: ChatsPage = await self._transport.call(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Chat]:
        """Every item of every page of list_chats, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Chat),
        )

    async def get_chat(
        self,
        chat_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Chat:
        """Async form of ChatsApi.get_chat (same arguments and result)."""
        result: Chat = await self._transport.call(
            _rt.Call(
                _OP_CHATS_GET_CHAT,
                (chat_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Chat:
        """Async form of ChatsApi.update_chat (same arguments and result)."""
        result: Chat = await self._transport.call(
            _rt.Call(
                _OP_CHATS_UPDATE_CHAT,
                (chat_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result


class ChatsApiWithRawResponse:
    """Operations tagged 'chats', each answer as a RawResponse. Conversations between a contact and the bot or an agent."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ChatsPage]:
        """The answer of ChatsApi.list_chats as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_chat(
        self,
        chat_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Chat]:
        """The answer of ChatsApi.get_chat as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHATS_GET_CHAT,
                (chat_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Chat]:
        """The answer of ChatsApi.update_chat as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHATS_UPDATE_CHAT,
                (chat_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncChatsApiWithRawResponse:
    """Operations tagged 'chats', each answer as a RawResponse. Conversations between a contact and the bot or an agent."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ChatsPage]:
        """The answer of ChatsApi.list_chats as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHATS_LIST_CHATS,
                (from_, to, channel_id, status),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_chat(
        self,
        chat_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Chat]:
        """The answer of ChatsApi.get_chat as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHATS_GET_CHAT,
                (chat_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Chat]:
        """The answer of ChatsApi.update_chat as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHATS_UPDATE_CHAT,
                (chat_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
