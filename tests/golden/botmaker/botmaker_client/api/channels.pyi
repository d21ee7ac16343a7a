from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Channel,
    ChannelsPage,
    ChannelUpdate,
    Platform,
)

class ChannelsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> ChannelsPage: ...
    def iter_list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> Iterator[Channel]: ...
    def get_channel(
        self,
        channel_id: str,
    ) -> Channel: ...
    def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
    ) -> None: ...

class AsyncChannelsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> ChannelsPage: ...
    def iter_list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> AsyncIterator[Channel]: ...
    async def get_channel(
        self,
        channel_id: str,
    ) -> Channel: ...
    async def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
    ) -> None: ...
