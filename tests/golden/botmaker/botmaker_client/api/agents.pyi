from collections.abc import AsyncIterator, Iterator

from .. import _runtime as _rt
from ..models import (
    Agent,
    AgentRequest,
    AgentRole,
    AgentsPage,
    AgentUpdate,
    IdResponse,
)

class AgentsApi:
    def __init__(self, transport: _rt.SyncTransport) -> None: ...
    def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | str | None = None,
    ) -> AgentsPage: ...
    def iter_list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | str | None = None,
    ) -> Iterator[Agent]: ...
    def create_agent(
        self,
        body: AgentRequest,
    ) -> IdResponse: ...
    def get_agent(
        self,
        agent_id: str,
    ) -> Agent: ...
    def delete_agent(
        self,
        agent_id: str,
    ) -> None: ...
    def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
    ) -> None: ...
    def logout_agent(
        self,
        agent_id: str,
    ) -> None: ...

class AsyncAgentsApi:
    def __init__(self, transport: _rt.AsyncTransport) -> None: ...
    async def list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | str | None = None,
    ) -> AgentsPage: ...
    def iter_list_agents(
        self,
        *,
        online: bool | None = None,
        role: AgentRole | str | None = None,
    ) -> AsyncIterator[Agent]: ...
    async def create_agent(
        self,
        body: AgentRequest,
    ) -> IdResponse: ...
    async def get_agent(
        self,
        agent_id: str,
    ) -> Agent: ...
    async def delete_agent(
        self,
        agent_id: str,
    ) -> None: ...
    async def update_agent(
        self,
        agent_id: str,
        body: AgentUpdate,
    ) -> None: ...
    async def logout_agent(
        self,
        agent_id: str,
    ) -> None: ...
