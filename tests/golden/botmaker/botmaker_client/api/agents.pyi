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

class AgentsApi:
    """Operations tagged 'agents'. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
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
        ...

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
        ...

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
        ...

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
        ...

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
        ...

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
        ...

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
        ...

class AsyncAgentsApi:
    """Operations tagged 'agents'. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
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
        ...

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
        ...

    async def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> IdResponse:
        """Async form of AgentsApi.create_agent (same arguments and result)."""
        ...

    async def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> Agent:
        """Async form of AgentsApi.get_agent (same arguments and result)."""
        ...

    async def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of AgentsApi.delete_agent (same arguments and result)."""
        ...

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
        ...

    async def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> None:
        """Async form of AgentsApi.logout_agent (same arguments and result)."""
        ...

class AgentsApiWithRawResponse:
    """Operations tagged 'agents', each answer as a RawResponse. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.SyncTransport) -> None: ...
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
        ...

    def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of AgentsApi.create_agent as it came; parse() gives the result."""
        ...

    def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Agent]:
        """The answer of AgentsApi.get_agent as it came; parse() gives the result."""
        ...

    def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.delete_agent as it came; parse() gives the result."""
        ...

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
        ...

    def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.logout_agent as it came; parse() gives the result."""
        ...

class AsyncAgentsApiWithRawResponse:
    """Operations tagged 'agents', each answer as a RawResponse. People who answer chats on behalf of the business."""

    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
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
        ...

    async def create_agent(
        self,
        body: AgentRequest,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[IdResponse]:
        """The answer of AgentsApi.create_agent as it came; parse() gives the result."""
        ...

    async def get_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[Agent]:
        """The answer of AgentsApi.get_agent as it came; parse() gives the result."""
        ...

    async def delete_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.delete_agent as it came; parse() gives the result."""
        ...

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
        ...

    async def logout_agent(
        self,
        agent_id: str,
        *,
        timeout: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, str] | None = None,
    ) -> _rt.RawResponse[None]:
        """The answer of AgentsApi.logout_agent as it came; parse() gives the result."""
        ...
