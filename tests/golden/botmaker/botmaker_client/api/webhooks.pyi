from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    ErrorResponse,
    IdResponse,
    Webhook,
    WebhookRequest,
    WebhooksPage,
    WebhookUpdate,
)

class CreateWebhookBadRequestError(BadRequestError):
    """WebhooksApi.create_webhook answered 400; body is the error the spec documents."""

    body: ErrorResponse

class GetWebhookNotFoundError(NotFoundError):
    """WebhooksApi.get_webhook answered 404; body is the error the spec documents."""

    body: ErrorResponse

class DeleteWebhookNotFoundError(NotFoundError):
    """WebhooksApi.delete_webhook answered 404; body is the error the spec documents."""

    body: ErrorResponse

class UpdateWebhookBadRequestError(BadRequestError):
    """WebhooksApi.update_webhook answered 400; body is the error the spec documents."""

    body: ErrorResponse

class UpdateWebhookNotFoundError(NotFoundError):
    """WebhooksApi.update_webhook answered 404; body is the error the spec documents."""

    body: ErrorResponse

class WebhooksApi:
    """Operations tagged 'webhooks'. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> WebhooksPage:
        """List webhooks

        Every webhook of the account.

        GET /webhooks
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.
        """
        ...

    def iter_list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        ...

    def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Create a webhook

        Registers an address for the given events.

        POST /webhooks
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            CreateWebhookBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Webhook:
        """Get a webhook

        One webhook by identifier.

        GET /webhooks/{webhookId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            webhook_id: Webhook identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetWebhookNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a webhook

        Stops sending events to this address.

        DELETE /webhooks/{webhookId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            webhook_id: Webhook identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            DeleteWebhookNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Update a webhook

        Changes the address, the events or pauses the webhook.

        PATCH /webhooks/{webhookId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            webhook_id: Webhook identifier.
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            UpdateWebhookBadRequestError: on 400, with ``body`` read as ErrorResponse.
            UpdateWebhookNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

class AsyncWebhooksApi:
    """Operations tagged 'webhooks'. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> WebhooksPage:
        """Async form of WebhooksApi.list_webhooks (same arguments and result)."""
        ...

    def iter_list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        ...

    async def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of WebhooksApi.create_webhook (same arguments and result)."""
        ...

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Webhook:
        """Async form of WebhooksApi.get_webhook (same arguments and result)."""
        ...

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of WebhooksApi.delete_webhook (same arguments and result)."""
        ...

    async def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of WebhooksApi.update_webhook (same arguments and result)."""
        ...

class WebhooksApiWithRawResponse:
    """Operations tagged 'webhooks', each answer as a RawResponse. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[WebhooksPage]:
        """The answer of WebhooksApi.list_webhooks as it came; parse() gives the result."""
        ...

    def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of WebhooksApi.create_webhook as it came; parse() gives the result."""
        ...

    def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Webhook]:
        """The answer of WebhooksApi.get_webhook as it came; parse() gives the result."""
        ...

    def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.delete_webhook as it came; parse() gives the result."""
        ...

    def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.update_webhook as it came; parse() gives the result."""
        ...

class AsyncWebhooksApiWithRawResponse:
    """Operations tagged 'webhooks', each answer as a RawResponse. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[WebhooksPage]:
        """The answer of WebhooksApi.list_webhooks as it came; parse() gives the result."""
        ...

    async def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of WebhooksApi.create_webhook as it came; parse() gives the result."""
        ...

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Webhook]:
        """The answer of WebhooksApi.get_webhook as it came; parse() gives the result."""
        ...

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.delete_webhook as it came; parse() gives the result."""
        ...

    async def update_webhook(
        self,
        webhook_id: str,
        body: WebhookUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.update_webhook as it came; parse() gives the result."""
        ...
