from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    IdResponse,
    Webhook,
    WebhookRequest,
    WebhooksPage,
    WebhookUpdate,
)

class WebhooksApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_webhooks(
        self,
    ) -> WebhooksPage: ...
    def iter_list_webhooks(
        self,
    ) -> Iterator[Webhook]: ...
    def create_webhook(
        self,
        body: WebhookRequest,
    ) -> IdResponse: ...
    def get_webhook(
        self,
        webhook_id: str,
    ) -> Webhook: ...
    def delete_webhook(
        self,
        webhook_id: str,
    ) -> None: ...
    def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
    ) -> None: ...

class AsyncWebhooksApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_webhooks(
        self,
    ) -> WebhooksPage: ...
    def iter_list_webhooks(
        self,
    ) -> AsyncIterator[Webhook]: ...
    async def create_webhook(
        self,
        body: WebhookRequest,
    ) -> IdResponse: ...
    async def get_webhook(
        self,
        webhook_id: str,
    ) -> Webhook: ...
    async def delete_webhook(
        self,
        webhook_id: str,
    ) -> None: ...
    async def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
    ) -> None: ...
