"""Operations tagged 'contacts', sync and async."""

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


_OP_CONTACTS_LIST_CONTACTS = _rt.Operation(
    "contacts.list_contacts",
    "GET",
    "/contacts",
    params=(
        _rt.Param("channelId", "query", _rt.STR),
        _rt.Param("optIn", "query", _rt.BOOL),
    ),
    responses={
        200: _rt.Model(ContactsPage),
    },
    errors={
        400: (_rt.Model(ErrorResponse), ListContactsBadRequestError),
    },
    security=("access-token",),
    rate_limit=(10, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_CONTACTS_CREATE_CONTACT = _rt.Operation(
    "contacts.create_contact",
    "POST",
    "/contacts",
    body=_rt.Model(ContactRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        201: _rt.Model(IdResponse),
    },
    errors={
        400: (_rt.Model(ErrorResponse), CreateContactBadRequestError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_CONTACTS_GET_CONTACT = _rt.Operation(
    "contacts.get_contact",
    "GET",
    "/contacts/{contactId}",
    params=(_rt.Param("contactId", "path", _rt.STR),),
    responses={
        200: _rt.Model(Contact),
    },
    errors={
        404: (_rt.Model(ErrorResponse), GetContactNotFoundError),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_CONTACTS_DELETE_CONTACT = _rt.Operation(
    "contacts.delete_contact",
    "DELETE",
    "/contacts/{contactId}",
    params=(_rt.Param("contactId", "path", _rt.STR),),
    responses={
        204: None,
    },
    errors={
        404: (_rt.Model(ErrorResponse), DeleteContactNotFoundError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)


class ContactsApi:
    """Operations tagged 'contacts'. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

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
        result: ContactsPage = self._transport.call(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Contact),
        )

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
        result: IdResponse = self._transport.call(
            _rt.Call(
                _OP_CONTACTS_CREATE_CONTACT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: Contact = self._transport.call(
            _rt.Call(
                _OP_CONTACTS_GET_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        self._transport.call(
            _rt.Call(
                _OP_CONTACTS_DELETE_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncContactsApi:
    """Operations tagged 'contacts'. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

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
        result: ContactsPage = await self._transport.call(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Contact),
        )

    async def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of ContactsApi.create_contact (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _rt.Call(
                _OP_CONTACTS_CREATE_CONTACT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Contact:
        """Async form of ContactsApi.get_contact (same arguments and result)."""
        result: Contact = await self._transport.call(
            _rt.Call(
                _OP_CONTACTS_GET_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of ContactsApi.delete_contact (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_CONTACTS_DELETE_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class ContactsApiWithRawResponse:
    """Operations tagged 'contacts', each answer as a RawResponse. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

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
        return self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of ContactsApi.create_contact as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_CREATE_CONTACT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Contact]:
        """The answer of ContactsApi.get_contact as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_GET_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ContactsApi.delete_contact as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_DELETE_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncContactsApiWithRawResponse:
    """Operations tagged 'contacts', each answer as a RawResponse. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

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
        return await self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_LIST_CONTACTS,
                (channel_id, opt_in),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def create_contact(
        self,
        body: ContactRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of ContactsApi.create_contact as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_CREATE_CONTACT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Contact]:
        """The answer of ContactsApi.get_contact as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_GET_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def delete_contact(
        self,
        contact_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of ContactsApi.delete_contact as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_CONTACTS_DELETE_CONTACT,
                (contact_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
