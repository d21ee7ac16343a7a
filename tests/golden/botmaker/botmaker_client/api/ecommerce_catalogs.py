"""Operations tagged 'ecommerce_catalogs', sync and async."""

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
    errors={
        400: (_rt.Model(ErrorResponse), CreateCatalogBadRequestError),
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
    errors={
        404: (_rt.Model(ErrorResponse), ListProductsNotFoundError),
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
    errors={
        400: (_rt.Model(ErrorResponse), UpsertProductsBadRequestError),
        404: (_rt.Model(ErrorResponse), UpsertProductsNotFoundError),
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
    errors={
        404: (_rt.Model(ErrorResponse), GetProductNotFoundError),
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
    errors={
        404: (_rt.Model(ErrorResponse), DeleteProductNotFoundError),
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
        result: CatalogsPage = self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Catalog),
        )

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
        result: IdResponse = self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_CREATE_CATALOG,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: ProductsPage = self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Product),
        )

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
        result: JobResponse = self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS,
                (catalog_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: Product = self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_GET_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncEcommerceCatalogsApi:
    """Operations tagged 'ecommerce_catalogs'. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> CatalogsPage:
        """Async form of EcommerceCatalogsApi.list_catalogs (same arguments and result)."""
        result: CatalogsPage = await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Catalog]:
        """Every item of every page of list_catalogs, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Catalog),
        )

    async def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of EcommerceCatalogsApi.create_catalog (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_CREATE_CATALOG,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: ProductsPage = await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        return self._transport.paginate(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Product),
        )

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
        result: JobResponse = await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS,
                (catalog_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        result: Product = await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_GET_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

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
        await self._transport.call(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class EcommerceCatalogsApiWithRawResponse:
    """Operations tagged 'ecommerce_catalogs', each answer as a RawResponse. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[CatalogsPage]:
        """The answer of EcommerceCatalogsApi.list_catalogs as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of EcommerceCatalogsApi.create_catalog as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_CREATE_CATALOG,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS,
                (catalog_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_GET_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncEcommerceCatalogsApiWithRawResponse:
    """Operations tagged 'ecommerce_catalogs', each answer as a RawResponse. Product catalogs offered in chats."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_catalogs(
        self,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[CatalogsPage]:
        """The answer of EcommerceCatalogsApi.list_catalogs as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_CATALOGS,
                (),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def create_catalog(
        self,
        body: CatalogRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of EcommerceCatalogsApi.create_catalog as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_CREATE_CATALOG,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_LIST_PRODUCTS,
                (catalog_id, q, page_size),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_UPSERT_PRODUCTS,
                (catalog_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_GET_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

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
        return await self._transport.raw(
            _rt.Call(
                _OP_ECOMMERCE_CATALOGS_DELETE_PRODUCT,
                (catalog_id, sku),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
