from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    Contact,
    ContactRequest,
    ContactsPage,
    ErrorResponse,
    IdResponse,
)

class ListContactsBadRequestError(BadRequestError):
    """ContactsApi.list_contacts answered 400; body is the error the spec documents."""

    body: ErrorResponse

class CreateContactBadRequestError(BadRequestError):
    """ContactsApi.create_contact answered 400; body is the error the spec documents."""

    body: ErrorResponse

class GetContactNotFoundError(NotFoundError):
    """ContactsApi.get_contact answered 404; body is the error the spec documents."""

    body: ErrorResponse

class DeleteContactNotFoundError(NotFoundError):
    """ContactsApi.delete_contact answered 404; body is the error the spec documents."""

    body: ErrorResponse

class ContactsApi:
    """Operations tagged 'contacts'. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactsPage:
        """List contacts

        Contacts known on a channel.

        GET /contacts
        Rate limit: 10 requests per 1.0 seconds.


        Args:
            channel_id: Only contacts of this channel.
            opt_in: Only contacts who agreed (`true`) or did not (`false`).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            ListContactsBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Contact]:
        """Every item of every page of list_contacts, following nextPage until it is missing or null."""
        ...

    def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Create a contact

        Registers a contact on a channel before they write first.

        POST /contacts
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            CreateContactBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Contact:
        """Get a contact

        One contact by identifier.

        GET /contacts/{contactId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            contact_id: Contact identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetContactNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a contact

        Forgets the contact and their chats.

        DELETE /contacts/{contactId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            contact_id: Contact identifier.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            DeleteContactNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

class AsyncContactsApi:
    """Operations tagged 'contacts'. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ContactsPage:
        """Async form of ContactsApi.list_contacts (same arguments and result)."""
        ...

    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Contact]:
        """Every item of every page of list_contacts, following nextPage until it is missing or null."""
        ...

    async def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of ContactsApi.create_contact (same arguments and result)."""
        ...

    async def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Contact:
        """Async form of ContactsApi.get_contact (same arguments and result)."""
        ...

    async def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of ContactsApi.delete_contact (same arguments and result)."""
        ...

class ContactsApiWithRawResponse:
    """Operations tagged 'contacts', each answer as a RawResponse. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ContactsPage]:
        """The answer of ContactsApi.list_contacts as it came; parse() gives the result."""
        ...

    def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of ContactsApi.create_contact as it came; parse() gives the result."""
        ...

    def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Contact]:
        """The answer of ContactsApi.get_contact as it came; parse() gives the result."""
        ...

    def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ContactsApi.delete_contact as it came; parse() gives the result."""
        ...

class AsyncContactsApiWithRawResponse:
    """Operations tagged 'contacts', each answer as a RawResponse. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ContactsPage]:
        """The answer of ContactsApi.list_contacts as it came; parse() gives the result."""
        ...

    async def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of ContactsApi.create_contact as it came; parse() gives the result."""
        ...

    async def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Contact]:
        """The answer of ContactsApi.get_contact as it came; parse() gives the result."""
        ...

    async def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ContactsApi.delete_contact as it came; parse() gives the result."""
        ...
