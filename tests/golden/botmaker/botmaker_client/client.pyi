from __future__ import annotations

from collections.abc import Mapping
from typing import Self

import httpx

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
    ) -> None: ...
    def close(self) -> None: ...
    def __enter__(self) -> Self: ...
    def __exit__(self, *exc_info: object) -> None: ...

class AsyncClient:
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
    ) -> None: ...
    async def aclose(self) -> None: ...
    async def __aenter__(self) -> Self: ...
    async def __aexit__(self, *exc_info: object) -> None: ...
