"""Operations tagged 'channels', sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Channel,
    ChannelsPage,
    ChannelUpdate,
    Platform,
)

_OP_CHANNELS_LIST_CHANNELS = _rt.Operation(
    "channels.list_channels",
    "GET",
    "/channels",
    params=(
        _rt.Param("platform", "query", _rt.EnumOf(Platform)),
        _rt.Param("active", "query", _rt.BOOL),
    ),
    responses={
        200: _rt.Model(ChannelsPage),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_CHANNELS_GET_CHANNEL = _rt.Operation(
    "channels.get_channel",
    "GET",
    "/channels/{channelId}",
    params=(_rt.Param("channelId", "path", _rt.STR),),
    responses={
        200: _rt.Model(Channel),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_CHANNELS_UPDATE_CHANNEL = _rt.Operation(
    "channels.update_channel",
    "PATCH",
    "/channels/{channelId}",
    params=(_rt.Param("channelId", "path", _rt.STR),),
    body=_rt.Model(ChannelUpdate),
    media_type="application/json",
    body_kind="json",
    responses={
        204: None,
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)


class ChannelsApi:
    """Operations tagged 'channels'. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> ChannelsPage:
        """List channels

        The bot's channels on every platform.

        GET /channels
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            platform: Only channels on this platform.
            active: Only active (`true`) or inactive (`false`) channels.
        """
        result: ChannelsPage = self._transport.call(_OP_CHANNELS_LIST_CHANNELS, (platform, active))
        return result

    def iter_list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> Iterator[Channel]:
        """Every item of every page of list_channels, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CHANNELS_LIST_CHANNELS, (platform, active), _rt.Model(Channel)
        )

    def get_channel(
        self,
        channel_id: str,
    ) -> Channel:
        """Get a channel

        One channel by identifier.

        GET /channels/{channelId}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            channel_id: Channel identifier.
        """
        result: Channel = self._transport.call(_OP_CHANNELS_GET_CHANNEL, (channel_id,))
        return result

    def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
    ) -> None:
        """Update a channel

        Renames a channel, pauses it or points it at another webhook.

        PATCH /channels/{channelId}
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            channel_id: Channel identifier.
            body: The request body (application/json).
        """
        self._transport.call(_OP_CHANNELS_UPDATE_CHANNEL, (channel_id,), body)


class AsyncChannelsApi:
    """Operations tagged 'channels'. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> ChannelsPage:
        """Async form of ChannelsApi.list_channels (same arguments and result)."""
        result: ChannelsPage = await self._transport.call(
            _OP_CHANNELS_LIST_CHANNELS, (platform, active)
        )
        return result

    def iter_list_channels(
        self,
        *,
        platform: Platform | str | None = None,
        active: bool | None = None,
    ) -> AsyncIterator[Channel]:
        """Every item of every page of list_channels, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CHANNELS_LIST_CHANNELS, (platform, active), _rt.Model(Channel)
        )

    async def get_channel(
        self,
        channel_id: str,
    ) -> Channel:
        """Async form of ChannelsApi.get_channel (same arguments and result)."""
        result: Channel = await self._transport.call(_OP_CHANNELS_GET_CHANNEL, (channel_id,))
        return result

    async def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
    ) -> None:
        """Async form of ChannelsApi.update_channel (same arguments and result)."""
        await self._transport.call(_OP_CHANNELS_UPDATE_CHANNEL, (channel_id,), body)
