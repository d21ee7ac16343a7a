"""Servers added or removed."""

from __future__ import annotations

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.rules.change_rules import (
    SERVER_ADDED,
    SERVER_REMOVED,
)


def check_document(context: DiffContext) -> None:
    old = [server.url for server in context.base.servers]
    new = [server.url for server in context.revision.servers]
    for index, url in enumerate(old):
        if url not in new:
            context.add(SERVER_REMOVED, jp.join("/servers", index), url=url)
    for index, url in enumerate(new):
        if url not in old:
            context.add(SERVER_ADDED, jp.join("/servers", index), url=url)
