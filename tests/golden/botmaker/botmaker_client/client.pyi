from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Self

import httpx

from . import _runtime as _rt
from .api.agents import (
    AgentsApi,
    AgentsApiWithRawResponse,
    AsyncAgentsApi,
    AsyncAgentsApiWithRawResponse,
)
from .api.channels import (
    AsyncChannelsApi,
    AsyncChannelsApiWithRawResponse,
    ChannelsApi,
    ChannelsApiWithRawResponse,
)
from .api.chats import (
    AsyncChatsApi,
    AsyncChatsApiWithRawResponse,
    ChatsApi,
    ChatsApiWithRawResponse,
)
from .api.contacts import (
    AsyncContactsApi,
    AsyncContactsApiWithRawResponse,
    ContactsApi,
    ContactsApiWithRawResponse,
)
from .api.ecommerce_catalogs import (
    AsyncEcommerceCatalogsApi,
    AsyncEcommerceCatalogsApiWithRawResponse,
    EcommerceCatalogsApi,
    EcommerceCatalogsApiWithRawResponse,
)
from .api.messages import (
    AsyncMessagesApi,
    AsyncMessagesApiWithRawResponse,
    MessagesApi,
    MessagesApiWithRawResponse,
)
from .api.notifications import (
    AsyncNotificationsApi,
    AsyncNotificationsApiWithRawResponse,
    NotificationsApi,
    NotificationsApiWithRawResponse,
)
from .api.webhooks import (
    AsyncWebhooksApi,
    AsyncWebhooksApiWithRawResponse,
    WebhooksApi,
    WebhooksApiWithRawResponse,
)

DEFAULT_BASE_URL = "https://api.botmaker.com/v2.0"
USER_AGENT = "specgen/0.1.0 botmaker_client"

# Documented per-operation limits: attribute path on a client -> (requests, seconds).
RATE_LIMITS: dict[str, tuple[int, float]] = {
    "agents.list_agents": (20, 1.0),
    "agents.create_agent": (5, 1.0),
    "agents.get_agent": (20, 1.0),
    "agents.delete_agent": (5, 1.0),
    "agents.update_agent": (5, 1.0),
    "agents.logout_agent": (5, 1.0),
    "channels.list_channels": (20, 1.0),
    "channels.get_channel": (20, 1.0),
    "channels.update_channel": (5, 1.0),
    "chats.list_chats": (10, 1.0),
    "chats.get_chat": (20, 1.0),
    "chats.update_chat": (10, 1.0),
    "messages.list_messages": (10, 1.0),
    "messages.send_messages": (50, 1.0),
    "messages.trigger_intent": (50, 1.0),
    "contacts.list_contacts": (10, 1.0),
    "contacts.create_contact": (5, 1.0),
    "contacts.get_contact": (20, 1.0),
    "contacts.delete_contact": (5, 1.0),
    "webhooks.list_webhooks": (20, 1.0),
    "webhooks.create_webhook": (5, 1.0),
    "webhooks.get_webhook": (20, 1.0),
    "webhooks.delete_webhook": (5, 1.0),
    "webhooks.update_webhook": (5, 1.0),
    "notifications.send_notification": (20, 1.0),
    "notifications.list_notification_results": (3, 60.0),
    "notifications.get_notification_result": (20, 1.0),
    "ecommerce_catalogs.list_catalogs": (20, 1.0),
    "ecommerce_catalogs.create_catalog": (5, 1.0),
    "ecommerce_catalogs.list_products": (20, 1.0),
    "ecommerce_catalogs.upsert_products": (2, 1.0),
    "ecommerce_catalogs.get_product": (20, 1.0),
    "ecommerce_catalogs.delete_product": (5, 1.0),
}

class RawClient:
    """Every operation of Client, answering with a RawResponse (status_code, headers, http_response, parse())."""

    agents: AgentsApiWithRawResponse
    channels: ChannelsApiWithRawResponse
    chats: ChatsApiWithRawResponse
    messages: MessagesApiWithRawResponse
    contacts: ContactsApiWithRawResponse
    webhooks: WebhooksApiWithRawResponse
    notifications: NotificationsApiWithRawResponse
    ecommerce_catalogs: EcommerceCatalogsApiWithRawResponse

    def __init__(self, transport: _rt.SyncTransport) -> None: ...

class AsyncRawClient:
    """Every operation of AsyncClient, answering with a RawResponse (status_code, headers, http_response, parse())."""

    agents: AsyncAgentsApiWithRawResponse
    channels: AsyncChannelsApiWithRawResponse
    chats: AsyncChatsApiWithRawResponse
    messages: AsyncMessagesApiWithRawResponse
    contacts: AsyncContactsApiWithRawResponse
    webhooks: AsyncWebhooksApiWithRawResponse
    notifications: AsyncNotificationsApiWithRawResponse
    ecommerce_catalogs: AsyncEcommerceCatalogsApiWithRawResponse

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...

class Client:
    """Chatbot platform API 2.0: one attribute per tag, one method per operation.

    Use as a context manager, or call close() when done. ``with_raw_response`` has the same operations answering with the raw response.
    """

    agents: AgentsApi
    channels: ChannelsApi
    chats: ChatsApi
    messages: MessagesApi
    contacts: ContactsApi
    webhooks: WebhooksApi
    notifications: NotificationsApi
    ecommerce_catalogs: EcommerceCatalogsApi
    with_raw_response: RawClient

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_factor: float = 0.5,
        max_retry_wait: float = 60.0,
        throttle: bool = False,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        proxy: str | httpx.Proxy | None = None,
        transport: httpx.BaseTransport | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        """Create a client; nothing is sent until an operation is called.

        Args:
            access_token: sent as the access-token header (access-token security scheme).
            base_url: the server to call; the spec's first server by default.
            timeout: seconds before a request is abandoned.
            max_retries: how many times a call is retried after a 429, a 5xx or a failed connection (see the README).
            backoff_factor: seconds before the first retry when no Retry-After is given; doubles each time, with jitter.
            max_retry_wait: the longest wait (Retry-After or throttle) the client sleeps; a longer one raises RateLimitError at once.
            throttle: wait before calls that would exceed an operation's documented rate limit.
            headers: extra headers sent with every request.
            http_client: an httpx client to use instead of creating one (base_url, timeout, proxy, transport and event_hooks are then its own); it is never closed by this client.
            proxy: passed to the httpx client this client creates.
            transport: passed to the httpx client this client creates.
            event_hooks: passed to the httpx client this client creates.
        """
        ...

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with these settings that shares this client's connections and credentials."""
        ...

    def set_credentials(
        self,
        access_token: str | None = None,
    ) -> None:
        """Replace the given credentials on this client (and its with_options copies); None keeps one."""
        ...

    def close(self) -> None:
        """Close the connections this client opened (an http_client passed in is left open)."""
        ...

    def __enter__(self) -> Self: ...
    def __exit__(self, *exc_info: object) -> None: ...

class AsyncClient:
    """Chatbot platform API 2.0 (async): one attribute per tag, one method per operation.

    Use as an async context manager, or call aclose() when done. ``with_raw_response`` has the same operations answering with the raw response.
    """

    agents: AsyncAgentsApi
    channels: AsyncChannelsApi
    chats: AsyncChatsApi
    messages: AsyncMessagesApi
    contacts: AsyncContactsApi
    webhooks: AsyncWebhooksApi
    notifications: AsyncNotificationsApi
    ecommerce_catalogs: AsyncEcommerceCatalogsApi
    with_raw_response: AsyncRawClient

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_factor: float = 0.5,
        max_retry_wait: float = 60.0,
        throttle: bool = False,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        proxy: str | httpx.Proxy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        event_hooks: Mapping[str, list[Callable[..., Any]]] | None = None,
    ) -> None:
        """Create a client; nothing is sent until an operation is called.

        Args:
            access_token: sent as the access-token header (access-token security scheme).
            base_url: the server to call; the spec's first server by default.
            timeout: seconds before a request is abandoned.
            max_retries: how many times a call is retried after a 429, a 5xx or a failed connection (see the README).
            backoff_factor: seconds before the first retry when no Retry-After is given; doubles each time, with jitter.
            max_retry_wait: the longest wait (Retry-After or throttle) the client sleeps; a longer one raises RateLimitError at once.
            throttle: wait before calls that would exceed an operation's documented rate limit.
            headers: extra headers sent with every request.
            http_client: an httpx client to use instead of creating one (base_url, timeout, proxy, transport and event_hooks are then its own); it is never closed by this client.
            proxy: passed to the httpx client this client creates.
            transport: passed to the httpx client this client creates.
            event_hooks: passed to the httpx client this client creates.
        """
        ...

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy with these settings that shares this client's connections and credentials."""
        ...

    def set_credentials(
        self,
        access_token: str | None = None,
    ) -> None:
        """Replace the given credentials on this client (and its with_options copies); None keeps one."""
        ...

    async def aclose(self) -> None:
        """Close the connections this client opened (an http_client passed in is left open)."""
        ...

    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc_info: object) -> None: ...
