import datetime
from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Chat,
    ChatsPage,
    ChatStatus,
    ChatUpdate,
)

class ChatsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> ChatsPage: ...
    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> Iterator[Chat]: ...
    def get_chat(
        self,
        chat_id: str,
    ) -> Chat: ...
    def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
    ) -> Chat: ...

class AsyncChatsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> ChatsPage: ...
    def iter_list_chats(
        self,
        *,
        from_: datetime.datetime | None = None,
        to: datetime.datetime | None = None,
        channel_id: str | None = None,
        status: ChatStatus | str | None = None,
    ) -> AsyncIterator[Chat]: ...
    async def get_chat(
        self,
        chat_id: str,
    ) -> Chat: ...
    async def update_chat(
        self,
        chat_id: str,
        body: ChatUpdate,
    ) -> Chat: ...
