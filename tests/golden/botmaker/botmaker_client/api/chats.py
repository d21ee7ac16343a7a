"""Operations tagged 'chats', sync and async."""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Chat,
    ChatsPage,
    ChatStatus,
    ChatUpdate,
)

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
        status: ChatStatus | str | None = None,
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
        """
        result: ChatsPage = self._transport.call(
            _OP_CHATS_LIST_CHATS, (from_, to, channel_id, status)
        )
        return result

    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> Iterator[Chat]:
        """Every item of every page of list_chats, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CHATS_LIST_CHATS, (from_, to, channel_id, status), _rt.Model(Chat)
        )

    def get_chat(
        self,
        chat_id: str,
    ) -> Chat:
        """Get a chat

        One chat with its tags and variables.

        GET /chats/{chatId}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            chat_id: Chat identifier.
        """
        result: Chat = self._transport.call(_OP_CHATS_GET_CHAT, (chat_id,))
        return result

    def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
    ) -> Chat:
        """Update a chat

        Sets tags and variables or assigns an agent.

        PATCH /chats/{chatId}
        Rate limit: 10 requests per 1.0 seconds.

        Args:
            chat_id: Chat identifier.
            body: The request body (application/json).
        """
        result: Chat = self._transport.call(_OP_CHATS_UPDATE_CHAT, (chat_id,), body)
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
        status: ChatStatus | str | None = None,
    ) -> ChatsPage:
        """Async form of ChatsApi.list_chats (same arguments and result)."""
        result: ChatsPage = await self._transport.call(
            _OP_CHATS_LIST_CHATS, (from_, to, channel_id, status)
        )
        return result

    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> AsyncIterator[Chat]:
        """Every item of every page of list_chats, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CHATS_LIST_CHATS, (from_, to, channel_id, status), _rt.Model(Chat)
        )

    async def get_chat(
        self,
        chat_id: str,
    ) -> Chat:
        """Async form of ChatsApi.get_chat (same arguments and result)."""
        result: Chat = await self._transport.call(_OP_CHATS_GET_CHAT, (chat_id,))
        return result

    async def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
    ) -> Chat:
        """Async form of ChatsApi.update_chat (same arguments and result)."""
        result: Chat = await self._transport.call(_OP_CHATS_UPDATE_CHAT, (chat_id,), body)
        return result
