"""Operations tagged 'contacts', sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Contact,
    ContactRequest,
    ContactsPage,
    IdResponse,
)

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
    ) -> ContactsPage:
        """List contacts

        Contacts known on a channel.

        GET /contacts
        Rate limit: 10 requests per 1.0 seconds.

        Args:
            channel_id: Only contacts of this channel.
            opt_in: Only contacts who agreed (`true`) or did not (`false`).
        """
        result: ContactsPage = self._transport.call(
            _OP_CONTACTS_LIST_CONTACTS, (channel_id, opt_in)
        )
        return result

    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> Iterator[Contact]:
        """Every item of every page of list_contacts, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CONTACTS_LIST_CONTACTS, (channel_id, opt_in), _rt.Model(Contact)
        )

    def create_contact(
        self,
        body: ContactRequest,
    ) -> IdResponse:
        """Create a contact

        Registers a contact on a channel before they write first.

        POST /contacts
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            body: The request body (application/json).
        """
        result: IdResponse = self._transport.call(_OP_CONTACTS_CREATE_CONTACT, (), body)
        return result

    def get_contact(
        self,
        contact_id: str,
    ) -> Contact:
        """Get a contact

        One contact by identifier.

        GET /contacts/{contactId}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            contact_id: Contact identifier.
        """
        result: Contact = self._transport.call(_OP_CONTACTS_GET_CONTACT, (contact_id,))
        return result

    def delete_contact(
        self,
        contact_id: str,
    ) -> None:
        """Delete a contact

        Forgets the contact and their chats.

        DELETE /contacts/{contactId}
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            contact_id: Contact identifier.
        """
        self._transport.call(_OP_CONTACTS_DELETE_CONTACT, (contact_id,))


class AsyncContactsApi:
    """Operations tagged 'contacts'. The people the business talks to, one record per channel."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> ContactsPage:
        """Async form of ContactsApi.list_contacts (same arguments and result)."""
        result: ContactsPage = await self._transport.call(
            _OP_CONTACTS_LIST_CONTACTS, (channel_id, opt_in)
        )
        return result

    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> AsyncIterator[Contact]:
        """Every item of every page of list_contacts, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_CONTACTS_LIST_CONTACTS, (channel_id, opt_in), _rt.Model(Contact)
        )

    async def create_contact(
        self,
        body: ContactRequest,
    ) -> IdResponse:
        """Async form of ContactsApi.create_contact (same arguments and result)."""
        result: IdResponse = await self._transport.call(_OP_CONTACTS_CREATE_CONTACT, (), body)
        return result

    async def get_contact(
        self,
        contact_id: str,
    ) -> Contact:
        """Async form of ContactsApi.get_contact (same arguments and result)."""
        result: Contact = await self._transport.call(_OP_CONTACTS_GET_CONTACT, (contact_id,))
        return result

    async def delete_contact(
        self,
        contact_id: str,
    ) -> None:
        """Async form of ContactsApi.delete_contact (same arguments and result)."""
        await self._transport.call(_OP_CONTACTS_DELETE_CONTACT, (contact_id,))
