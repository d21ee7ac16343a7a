"""Operations tagged 'webhooks', sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    IdResponse,
    Webhook,
    WebhookRequest,
    WebhooksPage,
    WebhookUpdate,
)

_OP_WEBHOOKS_LIST_WEBHOOKS = _rt.Operation(
    "webhooks.list_webhooks",
    "GET",
    "/webhooks",
    responses={
        200: _rt.Model(WebhooksPage),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_WEBHOOKS_CREATE_WEBHOOK = _rt.Operation(
    "webhooks.create_webhook",
    "POST",
    "/webhooks",
    body=_rt.Model(WebhookRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        201: _rt.Model(IdResponse),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_WEBHOOKS_GET_WEBHOOK = _rt.Operation(
    "webhooks.get_webhook",
    "GET",
    "/webhooks/{webhookId}",
    params=(_rt.Param("webhookId", "path", _rt.STR),),
    responses={
        200: _rt.Model(Webhook),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_WEBHOOKS_DELETE_WEBHOOK = _rt.Operation(
    "webhooks.delete_webhook",
    "DELETE",
    "/webhooks/{webhookId}",
    params=(_rt.Param("webhookId", "path", _rt.STR),),
    responses={
        204: None,
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_WEBHOOKS_UPDATE_WEBHOOK = _rt.Operation(
    "webhooks.update_webhook",
    "PATCH",
    "/webhooks/{webhookId}",
    params=(_rt.Param("webhookId", "path", _rt.STR),),
    body=_rt.Model(WebhookUpdate),
    media_type="application/json",
    body_kind="json",
    responses={
        204: None,
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)


class WebhooksApi:
    """Operations tagged 'webhooks'. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_webhooks(
        self,
    ) -> WebhooksPage:
        """List webhooks

        Every webhook of the account.

        GET /webhooks
        Rate limit: 20 requests per 1.0 seconds.
        """
        result: WebhooksPage = self._transport.call(_OP_WEBHOOKS_LIST_WEBHOOKS, ())
        return result

    def iter_list_webhooks(
        self,
    ) -> Iterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        return self._transport.paginate(_OP_WEBHOOKS_LIST_WEBHOOKS, (), _rt.Model(Webhook))

    def create_webhook(
        self,
        body: WebhookRequest,
    ) -> IdResponse:
        """Create a webhook

        Registers an address for the given events.

        POST /webhooks
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            body: The request body (application/json).
        """
        result: IdResponse = self._transport.call(_OP_WEBHOOKS_CREATE_WEBHOOK, (), body)
        return result

    def get_webhook(
        self,
        webhook_id: str,
    ) -> Webhook:
        """Get a webhook

        One webhook by identifier.

        GET /webhooks/{webhookId}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            webhook_id: Webhook identifier.
        """
        result: Webhook = self._transport.call(_OP_WEBHOOKS_GET_WEBHOOK, (webhook_id,))
        return result

    def delete_webhook(
        self,
        webhook_id: str,
    ) -> None:
        """Delete a webhook

        Stops sending events to this address.

        DELETE /webhooks/{webhookId}
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            webhook_id: Webhook identifier.
        """
        self._transport.call(_OP_WEBHOOKS_DELETE_WEBHOOK, (webhook_id,))

    def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
    ) -> None:
        """Update a webhook

        Changes the address, the events or pauses the webhook.

        PATCH /webhooks/{webhookId}
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            webhook_id: Webhook identifier.
            body: The request body (application/json).
        """
        self._transport.call(_OP_WEBHOOKS_UPDATE_WEBHOOK, (webhook_id,), body)


class AsyncWebhooksApi:
    """Operations tagged 'webhooks'. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_webhooks(
        self,
    ) -> WebhooksPage:
        """Async form of WebhooksApi.list_webhooks (same arguments and result)."""
        result: WebhooksPage = await self._transport.call(_OP_WEBHOOKS_LIST_WEBHOOKS, ())
        return result

    def iter_list_webhooks(
        self,
    ) -> AsyncIterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        return self._transport.paginate(_OP_WEBHOOKS_LIST_WEBHOOKS, (), _rt.Model(Webhook))

    async def create_webhook(
        self,
        body: WebhookRequest,
    ) -> IdResponse:
        """Async form of WebhooksApi.create_webhook (same arguments and result)."""
        result: IdResponse = await self._transport.call(_OP_WEBHOOKS_CREATE_WEBHOOK, (), body)
        return result

    async def get_webhook(
        self,
        webhook_id: str,
    ) -> Webhook:
        """Async form of WebhooksApi.get_webhook (same arguments and result)."""
        result: Webhook = await self._transport.call(_OP_WEBHOOKS_GET_WEBHOOK, (webhook_id,))
        return result

    async def delete_webhook(
        self,
        webhook_id: str,
    ) -> None:
        """Async form of WebhooksApi.delete_webhook (same arguments and result)."""
        await self._transport.call(_OP_WEBHOOKS_DELETE_WEBHOOK, (webhook_id,))

    async def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
    ) -> None:
        """Async form of WebhooksApi.update_webhook (same arguments and result)."""
        await self._transport.call(_OP_WEBHOOKS_UPDATE_WEBHOOK, (webhook_id,), body)
