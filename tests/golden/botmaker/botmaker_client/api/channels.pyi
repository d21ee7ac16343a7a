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

class ChannelsApi:
    """Operations tagged 'channels'. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
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
        ...

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
        ...

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
        ...

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
        ...

class AsyncChannelsApi:
    """Operations tagged 'channels'. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
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
        ...

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
        ...

    async def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Channel:
        """Async form of ChannelsApi.get_channel (same arguments and result)."""
        ...

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
        ...

class ChannelsApiWithRawResponse:
    """Operations tagged 'channels', each answer as a RawResponse. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
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
        ...

    def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Channel]:
        """The answer of ChannelsApi.get_channel as it came; parse() gives the result."""
        ...

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
        ...

class AsyncChannelsApiWithRawResponse:
    """Operations tagged 'channels', each answer as a RawResponse. Connections between the bot and a messaging platform."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
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
        ...

    async def get_channel(
        self,
        channel_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Channel]:
        """The answer of ChannelsApi.get_channel as it came; parse() gives the result."""
        ...

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
        ...
