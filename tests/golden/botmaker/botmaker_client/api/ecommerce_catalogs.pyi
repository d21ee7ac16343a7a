from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    Catalog,
    CatalogRequest,
    CatalogsPage,
    ErrorResponse,
    IdResponse,
    JobResponse,
    Product,
    ProductsPage,
    ProductsRequest,
)

class CreateCatalogBadRequestError(BadRequestError):
    """EcommerceCatalogsApi.create_catalog answered 400; body is the error the spec documents."""

    body: ErrorResponse

class ListProductsNotFoundError(NotFoundError):
    """EcommerceCatalogsApi.list_products answered 404; body is the error the spec documents."""

    body: ErrorResponse

class UpsertProductsBadRequestError(BadRequestError):
    """EcommerceCatalogsApi.upsert_products answered 400; body is the error the spec documents."""

    body: ErrorResponse

class UpsertProductsNotFoundError(NotFoundError):
    """EcommerceCatalogsApi.upsert_products answered 404; body is the error the spec documents."""

    body: ErrorResponse

class GetProductNotFoundError(NotFoundError):
    """EcommerceCatalogsApi.get_product answered 404; body is the error the spec documents."""

    body: ErrorResponse

class DeleteProductNotFoundError(NotFoundError):
    """EcommerceCatalogsApi.delete_product answered 404; body is the error the spec documents."""

    body: ErrorResponse

class EcommerceCatalogsApi:
    """Operations tagged 'ecommerce_catalogs'. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> CatalogsPage:
        """List catalogs

        The account's product catalogs.

        GET /ecommerce/catalogs
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.
        """
        ...

    def iter_list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        ...

    def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Create a catalog

        Creates an empty catalog.

        POST /ecommerce/catalogs
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            CreateCatalogBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        ...

    def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ProductsPage:
        """List products

        Products of a catalog, optionally matching a search text.

        GET /ecommerce/catalogs/{catalogId}/products
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            catalog_id: Catalog identifier.
            q: Words to look for in product names and descriptions.
            page_size: Products per page.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            ListProductsNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Product]:
        """Every item of every page of list_products, following nextPage until it is missing or null."""
        ...

    def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Add or replace products

        Creates the products whose SKU is new and replaces the others.

        POST /ecommerce/catalogs/{catalogId}/products
        Rate limit: 2 requests per 1.0 seconds.


        Args:
            catalog_id: Catalog identifier.
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            UpsertProductsBadRequestError: on 400, with ``body`` read as ErrorResponse.
            UpsertProductsNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def get_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Product:
        """Get a product

        One product by SKU.

        GET /ecommerce/catalogs/{catalogId}/products/{sku}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            catalog_id: Catalog identifier.
            sku: Stock keeping unit of the product.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetProductNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

    def delete_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Delete a product

        Removes the product from the catalog.

        DELETE /ecommerce/catalogs/{catalogId}/products/{sku}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            catalog_id: Catalog identifier.
            sku: Stock keeping unit of the product.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            DeleteProductNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        ...

class AsyncEcommerceCatalogsApi:
    """Operations tagged 'ecommerce_catalogs'. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> CatalogsPage:
        """Async form of EcommerceCatalogsApi.list_catalogs (same arguments and result)."""
        ...

    def iter_list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        ...

    async def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of EcommerceCatalogsApi.create_catalog (same arguments and result)."""
        ...

    async def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> ProductsPage:
        """Async form of EcommerceCatalogsApi.list_products (same arguments and result)."""
        ...

    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Product]:
        """Every item of every page of list_products, following nextPage until it is missing or null."""
        ...

    async def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> JobResponse:
        """Async form of EcommerceCatalogsApi.upsert_products (same arguments and result)."""
        ...

    async def get_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Product:
        """Async form of EcommerceCatalogsApi.get_product (same arguments and result)."""
        ...

    async def delete_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of EcommerceCatalogsApi.delete_product (same arguments and result)."""
        ...

class EcommerceCatalogsApiWithRawResponse:
    """Operations tagged 'ecommerce_catalogs', each answer as a RawResponse. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[CatalogsPage]:
        """The answer of EcommerceCatalogsApi.list_catalogs as it came; parse() gives the result."""
        ...

    def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of EcommerceCatalogsApi.create_catalog as it came; parse() gives the result."""
        ...

    def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ProductsPage]:
        """The answer of EcommerceCatalogsApi.list_products as it came; parse() gives the result."""
        ...

    def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of EcommerceCatalogsApi.upsert_products as it came; parse() gives the result."""
        ...

    def get_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Product]:
        """The answer of EcommerceCatalogsApi.get_product as it came; parse() gives the result."""
        ...

    def delete_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of EcommerceCatalogsApi.delete_product as it came; parse() gives the result."""
        ...

class AsyncEcommerceCatalogsApiWithRawResponse:
    """Operations tagged 'ecommerce_catalogs', each answer as a RawResponse. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[CatalogsPage]:
        """The answer of EcommerceCatalogsApi.list_catalogs as it came; parse() gives the result."""
        ...

    async def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of EcommerceCatalogsApi.create_catalog as it came; parse() gives the result."""
        ...

    async def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[ProductsPage]:
        """The answer of EcommerceCatalogsApi.list_products as it came; parse() gives the result."""
        ...

    async def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[JobResponse]:
        """The answer of EcommerceCatalogsApi.upsert_products as it came; parse() gives the result."""
        ...

    async def get_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Product]:
        """The answer of EcommerceCatalogsApi.get_product as it came; parse() gives the result."""
        ...

    async def delete_product(
        self,
        catalog_id: str,
        sku: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of EcommerceCatalogsApi.delete_product as it came; parse() gives the result."""
        ...
