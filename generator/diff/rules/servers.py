"""Servers added or removed."""

from __future__ import annotations

from generator import pointer as jp
from generator.diff.context import DiffContext
from generator.diff.rule import ADD, INF, REMOVE, WRN, Rule

RULES = (
    Rule("server-added", INF, ADD, "server {url} added"),
    Rule("server-removed", WRN, REMOVE, "server {url} removed"),
)


def check_document(context: DiffContext) -> None:
    old = [server.url for server in context.base.servers]
    new = [server.url for server in context.revision.servers]
    for index, url in enumerate(old):
        if url not in new:
            context.add("server-removed", jp.join("/servers", index), url=url)
    for index, url in enumerate(new):
        if url not in old:
            context.add("server-added", jp.join("/servers", index), url=url)
