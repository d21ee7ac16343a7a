"""The Client and AsyncClient: authentication, base URL, retries and one attribute per tag."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx

from . import _runtime as _rt
from .api.agents import AgentsApi, AsyncAgentsApi
from .api.channels import AsyncChannelsApi, ChannelsApi
from .api.chats import AsyncChatsApi, ChatsApi
from .api.contacts import AsyncContactsApi, ContactsApi
from .api.ecommerce_catalogs import AsyncEcommerceCatalogsApi, EcommerceCatalogsApi
from .api.messages import AsyncMessagesApi, MessagesApi
from .api.notifications import AsyncNotificationsApi, NotificationsApi
from .api.webhooks import AsyncWebhooksApi, WebhooksApi

DEFAULT_BASE_URL = "https://api.botmaker.com/v2.0"

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


class Client:
    """Chatbot platform API 2.0: one attribute per tag, one method per operation.

    Use as a context manager, or call close() when done.
    """

    agents: AgentsApi
    channels: ChannelsApi
    chats: ChatsApi
    messages: MessagesApi
    contacts: ContactsApi
    webhooks: WebhooksApi
    notifications: NotificationsApi
    ecommerce_catalogs: EcommerceCatalogsApi

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_factor: float = 0.5,
        throttle: bool = False,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client; nothing is sent until an operation is called.

        Args:
            access_token: sent as the access-token header (access-token security scheme).
            base_url: the server to call; the spec's first server by default.
            timeout: seconds before a request is abandoned.
            max_retries: how many times a 429 answer is retried (waiting as Retry-After says).
            backoff_factor: seconds before the first retry when no Retry-After is given; doubles each time.
            throttle: wait before calls that would exceed an operation's documented rate limit.
            headers: extra headers sent with every request.
            http_client: an httpx client to use instead of creating one (base_url and timeout are then its own).
        """
        self._http = http_client or httpx.Client(
            base_url=base_url,
            timeout=timeout,
            headers={"User-Agent": _rt.USER_AGENT, **(headers or {})},
        )
        credentials: dict[str, _rt.Credential] = {}
        if access_token is not None:
            credentials["access-token"] = _rt.Credential(
                "header",
                "access-token",
                access_token,
                "",
            )
        self._transport = _rt.SyncTransport(
            self._http, credentials, max_retries, backoff_factor, throttle
        )
        self.agents = AgentsApi(self._transport)
        self.channels = ChannelsApi(self._transport)
        self.chats = ChatsApi(self._transport)
        self.messages = MessagesApi(self._transport)
        self.contacts = ContactsApi(self._transport)
        self.webhooks = WebhooksApi(self._transport)
        self.notifications = NotificationsApi(self._transport)
        self.ecommerce_catalogs = EcommerceCatalogsApi(self._transport)

    def close(self) -> None:
        """Close the connections this client opened."""
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncClient:
    """Chatbot platform API 2.0 (async): one attribute per tag, one method per operation.

    Use as an async context manager, or call aclose() when done.
    """

    agents: AsyncAgentsApi
    channels: AsyncChannelsApi
    chats: AsyncChatsApi
    messages: AsyncMessagesApi
    contacts: AsyncContactsApi
    webhooks: AsyncWebhooksApi
    notifications: AsyncNotificationsApi
    ecommerce_catalogs: AsyncEcommerceCatalogsApi

    def __init__(
        self,
        access_token: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: float = 30.0,
        max_retries: int = 3,
        backoff_factor: float = 0.5,
        throttle: bool = False,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client; nothing is sent until an operation is called.

        Args:
            access_token: sent as the access-token header (access-token security scheme).
            base_url: the server to call; the spec's first server by default.
            timeout: seconds before a request is abandoned.
            max_retries: how many times a 429 answer is retried (waiting as Retry-After says).
            backoff_factor: seconds before the first retry when no Retry-After is given; doubles each time.
            throttle: wait before calls that would exceed an operation's documented rate limit.
            headers: extra headers sent with every request.
            http_client: an httpx client to use instead of creating one (base_url and timeout are then its own).
        """
        self._http = http_client or httpx.AsyncClient(
            base_url=base_url,
            timeout=timeout,
            headers={"User-Agent": _rt.USER_AGENT, **(headers or {})},
        )
        credentials: dict[str, _rt.Credential] = {}
        if access_token is not None:
            credentials["access-token"] = _rt.Credential(
                "header",
                "access-token",
                access_token,
                "",
            )
        self._transport = _rt.AsyncTransport(
            self._http, credentials, max_retries, backoff_factor, throttle
        )
        self.agents = AsyncAgentsApi(self._transport)
        self.channels = AsyncChannelsApi(self._transport)
        self.chats = AsyncChatsApi(self._transport)
        self.messages = AsyncMessagesApi(self._transport)
        self.contacts = AsyncContactsApi(self._transport)
        self.webhooks = AsyncWebhooksApi(self._transport)
        self.notifications = AsyncNotificationsApi(self._transport)
        self.ecommerce_catalogs = AsyncEcommerceCatalogsApi(self._transport)

    async def aclose(self) -> None:
        """Close the connections this client opened."""
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
