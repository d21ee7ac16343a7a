from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Contact,
    ContactRequest,
    ContactsPage,
    IdResponse,
)

class ContactsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> ContactsPage: ...
    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> Iterator[Contact]: ...
    def create_contact(
        self,
        body: ContactRequest,
    ) -> IdResponse: ...
    def get_contact(
        self,
        contact_id: str,
    ) -> Contact: ...
    def delete_contact(
        self,
        contact_id: str,
    ) -> None: ...

class AsyncContactsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> ContactsPage: ...
    def iter_list_contacts(
        self,
        *,
        channel_id: str | None = None,
        opt_in: bool | None = None,
    ) -> AsyncIterator[Contact]: ...
    async def create_contact(
        self,
        body: ContactRequest,
    ) -> IdResponse: ...
    async def get_contact(
        self,
        contact_id: str,
    ) -> Contact: ...
    async def delete_contact(
        self,
        contact_id: str,
    ) -> None: ...
