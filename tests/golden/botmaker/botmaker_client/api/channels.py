"""Operations tagged 'channels', sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    Channel,
    ChannelsPage,
    ChannelUpdate,
    ErrorResponse,
    Platform,
)


class GetChannelNotFoundError(NotFoundError):
    """ChannelsApi.get_channel answered 404; body is the error the spec documents."""

    body: ErrorResponse


class UpdateChannelBadRequestError(BadRequestError):
    """ChannelsApi.update_channel answered 400; body is the error the spec documents."""

    body: ErrorResponse


class UpdateChannelNotFoundError(NotFoundError):
    """ChannelsApi.update_channel answered 404; body is the error the spec documents."""

    body: ErrorResponse


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
    errors={
        404: (_rt.Model(ErrorResponse), GetChannelNotFoundError),
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
    errors={
        400: (_rt.Model(ErrorResponse), UpdateChannelBadRequestError),
        404: (_rt.Model(ErrorResponse), UpdateChannelNotFoundError),
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
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChannelsPage:
        """List channels

        The bot's channels on every platform.

        GET /channels
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            platform: Only channels on this platform.
            active: Only active (`true`) or inactive (`false`) channels.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.
        """
        result: ChannelsPage = self._transport.call(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_channels(
        self,
        *,
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Channel]:
        """Every item of every page of list_channels, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Channel),
        )

    def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Get a channel

        One channel by identifier.

        GET /channels/{channelId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            channel_id: Channel identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetChannelNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        result: Channel = self._transport.call(
            _rt.Call(
                _OP_CHANNELS_GET_CHANNEL,
                (channel_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Update a channel

        Renames a channel, pauses it or points it at another webhook.

        PATCH /channels/{channelId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            channel_id: Channel identifier.
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            UpdateChannelBadRequestError: on 400, with ``body`` read as ErrorResponse.
            UpdateChannelNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        self._transport.call(
            _rt.Call(
                _OP_CHANNELS_UPDATE_CHANNEL,
                (channel_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncChannelsApi:
    """Operations tagged 'channels'. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_channels(
        self,
        *,
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ChannelsPage:
        """Async form of ChannelsApi.list_channels (same arguments and result)."""
        result: ChannelsPage = await self._transport.call(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_channels(
        self,
        *,
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Channel]:
        """Every item of every page of list_channels, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Channel),
        )

    async def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Async form of ChannelsApi.get_channel (same arguments and result)."""
        result: Channel = await self._transport.call(
            _rt.Call(
                _OP_CHANNELS_GET_CHANNEL,
                (channel_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of ChannelsApi.update_channel (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_CHANNELS_UPDATE_CHANNEL,
                (channel_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class ChannelsApiWithRawResponse:
    """Operations tagged 'channels', each answer as a RawResponse. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_channels(
        self,
        *,
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ChannelsPage]:
        """The answer of ChannelsApi.list_channels as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Channel]:
        """The answer of ChannelsApi.get_channel as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_GET_CHANNEL,
                (channel_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ChannelsApi.update_channel as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_UPDATE_CHANNEL,
                (channel_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncChannelsApiWithRawResponse:
    """Operations tagged 'channels', each answer as a RawResponse. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_channels(
        self,
        *,
        platform: Platform | None = None,
        active: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ChannelsPage]:
        """The answer of ChannelsApi.list_channels as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_LIST_CHANNELS,
                (platform, active),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Channel]:
        """The answer of ChannelsApi.get_channel as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_GET_CHANNEL,
                (channel_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def update_channel(
        self,
        channel_id: str,
        body: ChannelUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ChannelsApi.update_channel as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CHANNELS_UPDATE_CHANNEL,
                (channel_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
