"""Operations tagged 'ecommerce_catalogs', sync and async."""

from __future__ import annotations

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

_OP_ECOMMERCE_CATALOGS_LIST_CATALOGS = _rt.Operation(
    "ecommerce_catalogs.list_catalogs",
    "GET",
    "/ecommerce/catalogs",
    responses={
        200: _rt.Model(CatalogsPage),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_ECOMMERCE_CATALOGS_CREATE_CATALOG = _rt.Operation(
    "ecommerce_catalogs.create_catalog",
    "POST",
    "/ecommerce/catalogs",
    body=_rt.Model(CatalogRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        201: _rt.Model(IdResponse),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS = _rt.Operation(
    "ecommerce_catalogs.list_products",
    "GET",
    "/ecommerce/catalogs/{catalogId}/products",
    params=(
        _rt.Param("catalogId", "path", _rt.STR),
        _rt.Param("q", "query", _rt.STR),
        _rt.Param("pageSize", "query", _rt.INT),
    ),
    responses={
        200: _rt.Model(ProductsPage),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS = _rt.Operation(
    "ecommerce_catalogs.upsert_products",
    "POST",
    "/ecommerce/catalogs/{catalogId}/products",
    params=(_rt.Param("catalogId", "path", _rt.STR),),
    body=_rt.Model(ProductsRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        202: _rt.Model(JobResponse),
    },
    security=("access-token",),
    rate_limit=(2, 1.0),
)
_OP_ECOMMERCE_CATALOGS_GET_PRODUCT = _rt.Operation(
    "ecommerce_catalogs.get_product",
    "GET",
    "/ecommerce/catalogs/{catalogId}/products/{sku}",
    params=(
        _rt.Param("catalogId", "path", _rt.STR),
        _rt.Param("sku", "path", _rt.STR),
    ),
    responses={
        200: _rt.Model(Product),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT = _rt.Operation(
    "ecommerce_catalogs.delete_product",
    "DELETE",
    "/ecommerce/catalogs/{catalogId}/products/{sku}",
    params=(
        _rt.Param("catalogId", "path", _rt.STR),
        _rt.Param("sku", "path", _rt.STR),
    ),
    responses={
        204: None,
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)


class EcommerceCatalogsApi:
    """Operations tagged 'ecommerce_catalogs'. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_catalogs(
        self,
    ) -> CatalogsPage:
        """List catalogs

        The account's product catalogs.

        GET /ecommerce/catalogs
        Rate limit: 20 requests per 1.0 seconds.
        """
        result: CatalogsPage = self._transport.call(_OP_ECOMMERCE_CATALOGS_LIST_CATALOGS, ())
        return result

    def iter_list_catalogs(
        self,
    ) -> Iterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS, (), _rt.Model(Catalog)
        )

    def create_catalog(
        self,
        body: CatalogRequest,
    ) -> IdResponse:
        """Create a catalog

        Creates an empty catalog.

        POST /ecommerce/catalogs
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            body: The request body (application/json).
        """
        result: IdResponse = self._transport.call(_OP_ECOMMERCE_CATALOGS_CREATE_CATALOG, (), body)
        return result

    def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> ProductsPage:
        """List products

        Products of a catalog, optionally matching a search text.

        GET /ecommerce/catalogs/{catalogId}/products
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            catalog_id: Catalog identifier.
            q: Words to look for in product names and descriptions.
            page_size: Products per page.
        """
        result: ProductsPage = self._transport.call(
            _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS, (catalog_id, q, page_size)
        )
        return result

    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> Iterator[Product]:
        """Every item of every page of list_products, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS, (catalog_id, q, page_size), _rt.Model(Product)
        )

    def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
    ) -> JobResponse:
        """Add or replace products

        Creates the products whose SKU is new and replaces the others.

        POST /ecommerce/catalogs/{catalogId}/products
        Rate limit: 2 requests per 1.0 seconds.

        Args:
            catalog_id: Catalog identifier.
            body: The request body (application/json).
        """
        result: JobResponse = self._transport.call(
            _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS, (catalog_id,), body
        )
        return result

    def get_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> Product:
        """Get a product

        One product by SKU.

        GET /ecommerce/catalogs/{catalogId}/products/{sku}
        Rate limit: 20 requests per 1.0 seconds.

        Args:
            catalog_id: Catalog identifier.
            sku: Stock keeping unit of the product.
        """
        result: Product = self._transport.call(
            _OP_ECOMMERCE_CATALOGS_GET_PRODUCT, (catalog_id, sku)
        )
        return result

    def delete_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> None:
        """Delete a product

        Removes the product from the catalog.

        DELETE /ecommerce/catalogs/{catalogId}/products/{sku}
        Rate limit: 5 requests per 1.0 seconds.

        Args:
            catalog_id: Catalog identifier.
            sku: Stock keeping unit of the product.
        """
        self._transport.call(_OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT, (catalog_id, sku))


class AsyncEcommerceCatalogsApi:
    """Operations tagged 'ecommerce_catalogs'. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_catalogs(
        self,
    ) -> CatalogsPage:
        """Async form of EcommerceCatalogsApi.list_catalogs (same arguments and result)."""
        result: CatalogsPage = await self._transport.call(_OP_ECOMMERCE_CATALOGS_LIST_CATALOGS, ())
        return result

    def iter_list_catalogs(
        self,
    ) -> AsyncIterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS, (), _rt.Model(Catalog)
        )

    async def create_catalog(
        self,
        body: CatalogRequest,
    ) -> IdResponse:
        """Async form of EcommerceCatalogsApi.create_catalog (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _OP_ECOMMERCE_CATALOGS_CREATE_CATALOG, (), body
        )
        return result

    async def list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> ProductsPage:
        """Async form of EcommerceCatalogsApi.list_products (same arguments and result)."""
        result: ProductsPage = await self._transport.call(
            _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS, (catalog_id, q, page_size)
        )
        return result

    def iter_list_products(
        self,
        catalog_id: str,
        *,
        q: str | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[Product]:
        """Every item of every page of list_products, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS, (catalog_id, q, page_size), _rt.Model(Product)
        )

    async def upsert_products(
        self,
        catalog_id: str,
        body: ProductsRequest,
    ) -> JobResponse:
        """Async form of EcommerceCatalogsApi.upsert_products (same arguments and result)."""
        result: JobResponse = await self._transport.call(
            _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS, (catalog_id,), body
        )
        return result

    async def get_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> Product:
        """Async form of EcommerceCatalogsApi.get_product (same arguments and result)."""
        result: Product = await self._transport.call(
            _OP_ECOMMERCE_CATALOGS_GET_PRODUCT, (catalog_id, sku)
        )
        return result

    async def delete_product(
        self,
        catalog_id: str,
        sku: str,
    ) -> None:
        """Async form of EcommerceCatalogsApi.delete_product (same arguments and result)."""
        await self._transport.call(_OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT, (catalog_id, sku))
