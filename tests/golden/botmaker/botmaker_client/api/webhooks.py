"""Operations tagged 'webhooks', sync and async."""

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
    errors={
        400: (_rt.Model(ErrorResponse), CreateWebhookBadRequestError),
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
    errors={
        404: (_rt.Model(ErrorResponse), GetWebhookNotFoundError),
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
    errors={
        404: (_rt.Model(ErrorResponse), DeleteWebhookNotFoundError),
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
    errors={
        400: (_rt.Model(ErrorResponse), UpdateWebhookBadRequestError),
        404: (_rt.Model(ErrorResponse), UpdateWebhookNotFoundError),
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
        result: WebhooksPage = self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Webhook),
        )

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
        result: IdResponse = self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_CREATE_WEBHOOK,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: Webhook = self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_GET_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_DELETE_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_UPDATE_WEBHOOK,
                (webhook_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncWebhooksApi:
    """Operations tagged 'webhooks'. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> WebhooksPage:
        """Async form of WebhooksApi.list_webhooks (same arguments and result)."""
        result: WebhooksPage = await self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Webhook]:
        """Every item of every page of list_webhooks, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Webhook),
        )

    async def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of WebhooksApi.create_webhook (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_CREATE_WEBHOOK,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Webhook:
        """Async form of WebhooksApi.get_webhook (same arguments and result)."""
        result: Webhook = await self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_GET_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of WebhooksApi.delete_webhook (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_DELETE_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        await self._transport.call(
            _rt.Call(
                _OP_WEBHOOKS_UPDATE_WEBHOOK,
                (webhook_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class WebhooksApiWithRawResponse:
    """Operations tagged 'webhooks', each answer as a RawResponse. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[WebhooksPage]:
        """The answer of WebhooksApi.list_webhooks as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of WebhooksApi.create_webhook as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_CREATE_WEBHOOK,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Webhook]:
        """The answer of WebhooksApi.get_webhook as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_GET_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.delete_webhook as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_DELETE_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_UPDATE_WEBHOOK,
                (webhook_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncWebhooksApiWithRawResponse:
    """Operations tagged 'webhooks', each answer as a RawResponse. Addresses that receive event notifications."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_webhooks(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[WebhooksPage]:
        """The answer of WebhooksApi.list_webhooks as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_LIST_WEBHOOKS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def create_webhook(
        self,
        body: WebhookRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of WebhooksApi.create_webhook as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_CREATE_WEBHOOK,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Webhook]:
        """The answer of WebhooksApi.get_webhook as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_GET_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def delete_webhook(
        self,
        webhook_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of WebhooksApi.delete_webhook as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_DELETE_WEBHOOK,
                (webhook_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_WEBHOOKS_UPDATE_WEBHOOK,
                (webhook_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
