"""Operations tagged 'agents', sync and async."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping

from .. import _runtime as _rt
from ..errors import BadRequestError, NotFoundError
from ..models import (
    Agent,
    AgentRequest,
    AgentRole,
    AgentsPage,
    AgentUpdate,
    ErrorResponse,
    IdResponse,
)


class CreateAgentBadRequestError(BadRequestError):
    """AgentsApi.create_agent answered 400; body is the error the spec documents."""

    body: ErrorResponse


class GetAgentNotFoundError(NotFoundError):
    """AgentsApi.get_agent answered 404; body is the error the spec documents."""

    body: ErrorResponse


class DeleteAgentNotFoundError(NotFoundError):
    """AgentsApi.delete_agent answered 404; body is the error the spec documents."""

    body: ErrorResponse


class UpdateAgentBadRequestError(BadRequestError):
    """AgentsApi.update_agent answered 400; body is the error the spec documents."""

    body: ErrorResponse


class UpdateAgentNotFoundError(NotFoundError):
    """AgentsApi.update_agent answered 404; body is the error the spec documents."""

    body: ErrorResponse


class LogoutAgentNotFoundError(NotFoundError):
    """AgentsApi.logout_agent answered 404; body is the error the spec documents."""

    body: ErrorResponse


_OP_AGENTS_LIST_AGENTS = _rt.Operation(
    "agents.list_agents",
    "GET",
    "/agents",
    params=(
        _rt.Param("online", "query", _rt.BOOL),
        _rt.Param("role", "query", _rt.EnumOf(AgentRole)),
    ),
    responses={
        200: _rt.Model(AgentsPage),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
    items="items",
    next_page="nextPage",
)
_OP_AGENTS_CREATE_AGENT = _rt.Operation(
    "agents.create_agent",
    "POST",
    "/agents",
    body=_rt.Model(AgentRequest),
    media_type="application/json",
    body_kind="json",
    responses={
        201: _rt.Model(IdResponse),
    },
    errors={
        400: (_rt.Model(ErrorResponse), CreateAgentBadRequestError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_AGENTS_GET_AGENT = _rt.Operation(
    "agents.get_agent",
    "GET",
    "/agents/{agentId}",
    params=(_rt.Param("agentId", "path", _rt.STR),),
    responses={
        200: _rt.Model(Agent),
    },
    errors={
        404: (_rt.Model(ErrorResponse), GetAgentNotFoundError),
    },
    security=("access-token",),
    rate_limit=(20, 1.0),
)
_OP_AGENTS_DELETE_AGENT = _rt.Operation(
    "agents.delete_agent",
    "DELETE",
    "/agents/{agentId}",
    params=(_rt.Param("agentId", "path", _rt.STR),),
    responses={
        204: None,
    },
    errors={
        404: (_rt.Model(ErrorResponse), DeleteAgentNotFoundError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_AGENTS_UPDATE_AGENT = _rt.Operation(
    "agents.update_agent",
    "PATCH",
    "/agents/{agentId}",
    params=(_rt.Param("agentId", "path", _rt.STR),),
    body=_rt.Model(AgentUpdate),
    media_type="application/json",
    body_kind="json",
    responses={
        204: None,
    },
    errors={
        400: (_rt.Model(ErrorResponse), UpdateAgentBadRequestError),
        404: (_rt.Model(ErrorResponse), UpdateAgentNotFoundError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)
_OP_AGENTS_LOGOUT_AGENT = _rt.Operation(
    "agents.logout_agent",
    "POST",
    "/agents/{agentId}/actions/logout",
    params=(_rt.Param("agentId", "path", _rt.STR),),
    responses={
        204: None,
    },
    errors={
        404: (_rt.Model(ErrorResponse), LogoutAgentNotFoundError),
    },
    security=("access-token",),
    rate_limit=(5, 1.0),
)


class AgentsApi:
    """Operations tagged 'agents'. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AgentsPage:
        """List agents

        Every agent with access to the bot, a page at a time.

        GET /agents
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            online: `true` for agents online now, `false` for the others.
            role: Only agents with this role.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.
        """
        result: AgentsPage = self._transport.call(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Iterator[Agent]:
        """Every item of every page of list_agents, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Agent),
        )

    def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Create an agent

        Invites a new agent by e-mail.

        POST /agents
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            CreateAgentBadRequestError: on 400, with ``body`` read as ErrorResponse.
        """
        result: IdResponse = self._transport.call(
            _rt.Call(
                _OP_AGENTS_CREATE_AGENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Agent:
        """Get an agent

        One agent by identifier or e-mail address.

        GET /agents/{agentId}
        Rate limit: 20 requests per 1.0 seconds.


        Args:
            agent_id: Agent identifier or e-mail address.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            GetAgentNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        result: Agent = self._transport.call(
            _rt.Call(
                _OP_AGENTS_GET_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Remove an agent

        Revokes the agent's access to the bot.

        DELETE /agents/{agentId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            agent_id: Agent identifier or e-mail address.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            DeleteAgentNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        self._transport.call(
            _rt.Call(
                _OP_AGENTS_DELETE_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Update an agent

        Changes the fields given in the body.

        PATCH /agents/{agentId}
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            agent_id: Agent identifier or e-mail address.
            body: The request body (application/json).
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            UpdateAgentBadRequestError: on 400, with ``body`` read as ErrorResponse.
            UpdateAgentNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        self._transport.call(
            _rt.Call(
                _OP_AGENTS_UPDATE_AGENT,
                (agent_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Sign an agent out

        Ends the agent's session; open chats go back to their queue.

        POST /agents/{agentId}/actions/logout
        Rate limit: 5 requests per 1.0 seconds.


        Args:
            agent_id: Agent identifier or e-mail address.
            timeout: seconds for this call instead of the client's timeout.
            extra_headers: headers to add to this call.
            extra_query: query parameters to add to this call.

        Raises:
            LogoutAgentNotFoundError: on 404, with ``body`` read as ErrorResponse.
        """
        self._transport.call(
            _rt.Call(
                _OP_AGENTS_LOGOUT_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncAgentsApi:
    """Operations tagged 'agents'. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AgentsPage:
        """Async form of AgentsApi.list_agents (same arguments and result)."""
        result: AgentsPage = await self._transport.call(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    def iter_list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> AsyncIterator[Agent]:
        """Every item of every page of list_agents, following nextPage until it is missing or null."""
        return self._transport.paginate(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            ),
            _rt.Model(Agent),
        )

    async def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of AgentsApi.create_agent (same arguments and result)."""
        result: IdResponse = await self._transport.call(
            _rt.Call(
                _OP_AGENTS_CREATE_AGENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Agent:
        """Async form of AgentsApi.get_agent (same arguments and result)."""
        result: Agent = await self._transport.call(
            _rt.Call(
                _OP_AGENTS_GET_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
        return result

    async def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of AgentsApi.delete_agent (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_AGENTS_DELETE_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of AgentsApi.update_agent (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_AGENTS_UPDATE_AGENT,
                (agent_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of AgentsApi.logout_agent (same arguments and result)."""
        await self._transport.call(
            _rt.Call(
                _OP_AGENTS_LOGOUT_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AgentsApiWithRawResponse:
    """Operations tagged 'agents', each answer as a RawResponse. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.SyncTransport) -> None:
        self._transport = transport

    def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[AgentsPage]:
        """The answer of AgentsApi.list_agents as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of AgentsApi.create_agent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_CREATE_AGENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Agent]:
        """The answer of AgentsApi.get_agent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_GET_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.delete_agent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_DELETE_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.update_agent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_UPDATE_AGENT,
                (agent_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.logout_agent as it came; parse() gives the result."""
        return self._transport.raw(
            _rt.Call(
                _OP_AGENTS_LOGOUT_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )


class AsyncAgentsApiWithRawResponse:
    """Operations tagged 'agents', each answer as a RawResponse. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.AsyncTransport) -> None:
        self._transport = transport

    async def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | None = None,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[AgentsPage]:
        """The answer of AgentsApi.list_agents as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_LIST_AGENTS,
                (online, role),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of AgentsApi.create_agent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_CREATE_AGENT,
                (),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Agent]:
        """The answer of AgentsApi.get_agent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_GET_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.delete_agent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_DELETE_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.update_agent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_UPDATE_AGENT,
                (agent_id,),
                body,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )

    async def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.logout_agent as it came; parse() gives the result."""
        return await self._transport.raw(
            _rt.Call(
                _OP_AGENTS_LOGOUT_AGENT,
                (agent_id,),
                None,
                _rt.CallOptions(timeout, extra_headers, extra_query),
            )
        )
