from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Catalog,
    CatalogRequest,
    CatalogsPage,
    IdResponse,
    JobResponse,
    Product,
    ProductsPage,
    ProductsRequest,
)

class EcommerceCatalogsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_catalogs(
        self,
    ) -> CatalogsPage: ...
    def iter_list_catalogs(
        self,
    ) -> Iterator[Catalog]: ...
    def create_catalog(
        self,
        body: CatalogRequest,
    ) -> IdResponse: ...
    def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> ProductsPage: ...
    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[Product]: ...
    def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
    ) -> JobResponse: ...
    def get_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> Product: ...
    def delete_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> None: ...

class AsyncEcommerceCatalogsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_catalogs(
        self,
    ) -> CatalogsPage: ...
    def iter_list_catalogs(
        self,
    ) -> AsyncIterator[Catalog]: ...
    async def create_catalog(
        self,
        body: CatalogRequest,
    ) -> IdResponse: ...
    async def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> ProductsPage: ...
    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[Product]: ...
    async def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
    ) -> JobResponse: ...
    async def get_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> Product: ...
    async def delete_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> None: ...
