# pyright: strict
"""The credentials a client sends, and how they are renewed when the server answers 401.

The spec's refresh operation (a request carrying a refresh token, an answer carrying a new access
token) is described by ``Refresh``. ``CredentialStore`` holds the current values for every copy of
a client (``with_options`` copies share it); its ``version`` lets calls that failed with the same
credentials share one refresh.
"""

from __future__ import annotations

import asyncio
import dataclasses
import threading
from collections.abc import Callable, Mapping
from typing import Any

from .codecs import Record, as_mapping
from .wire import Credential, Operation


@dataclasses.dataclass(frozen=True)
class Refresh:
    """The refresh operation; the answer's ``access_wire`` property becomes ``credential``'s value
    (for security scheme ``scheme``), and ``body_wires`` (the request's properties) are updated from
    answer properties of the same name."""

    operation: Operation
    scheme: str
    credential: Credential
    access_wire: str
    body_wires: tuple[str, ...]


class CredentialStore:
    def __init__(
        self,
        credentials: Mapping[str, Credential],
        refresh: Refresh | None = None,
        refresh_values: Mapping[str, str | None] | None = None,
        on_refreshed: Callable[[Any], object] | None = None,
    ) -> None:
        self._credentials = dict(credentials)
        self.refresh = refresh
        self._refresh_values = {
            key: value for key, value in (refresh_values or {}).items() if value
        }
        self.on_refreshed = on_refreshed
        self.version = 0
        self.thread_lock = threading.Lock()
        self.task_lock = asyncio.Lock()

    def current(self) -> tuple[int, dict[str, Credential]]:
        return self.version, dict(self._credentials)

    def secrets(self) -> list[str]:
        """Every credential value, for keeping them out of logs."""
        return [item.value for item in self._credentials.values()] + list(
            self._refresh_values.values()
        )

    def update(
        self,
        credentials: Mapping[str, Credential],
        refresh_values: Mapping[str, str | None] | None = None,
    ) -> None:
        """Replace the given credentials (and the refresh fields that are not None)."""
        self._credentials.update(credentials)
        self._refresh_values.update(
            {key: value for key, value in (refresh_values or {}).items() if value is not None}
        )
        self.version += 1

    def can_refresh(self, operation: Operation) -> bool:
        refresh = self.refresh
        return (
            refresh is not None
            and operation.name != refresh.operation.name
            and all(wire in self._refresh_values for wire in refresh.body_wires)
        )

    def refresh_body(self) -> dict[str, str]:
        return dict(self._refresh_values)

    def apply(self, answer: object) -> None:
        """Take the new values from the refresh operation's answer (a model or a JSON object)."""
        refresh = self.refresh
        data = as_mapping(answer.to_dict() if isinstance(answer, Record) else answer)
        if refresh is None or data is None:
            raise ValueError("the refresh operation answered without credentials")
        token = data.get(refresh.access_wire)
        if not isinstance(token, str) or not token:
            raise ValueError(f"the refresh operation answered without {refresh.access_wire!r}")
        values = {
            wire: data[wire] for wire in refresh.body_wires if isinstance(data.get(wire), str)
        }
        self.update({refresh.scheme: dataclasses.replace(refresh.credential, value=token)}, values)
