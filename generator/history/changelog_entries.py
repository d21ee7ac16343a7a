"""The changelog handed to the docs target through ``GenerateSettings.changelog``.

One entry per pair of successive readable exports, newest first, as plain mappings (``title``,
``base``, ``revision``, ``semver``, ``date``, ``changes``: ``level``, ``operation``, ``message``,
``pointer``, ``rule``, and ``before``/``after`` for a description change), the form the docs renderer accepts. Every string comes from the spec or from diff
messages, so renderers escape it like any other spec text.
"""

from __future__ import annotations

import enum
import functools
from typing import Any

from generator import pointer as jp
from generator.history.store import Export
from generator.history.timeline import Step, Timeline
from generator.load import LoadError, load


def _level_name(level: Any) -> str:
    return str(level.value) if isinstance(level, enum.Enum) else str(level)


@functools.lru_cache(maxsize=8)
def _data(export: Export) -> dict[str, Any] | None:
    try:
        return load(str(export.path)).data
    except LoadError:
        return None


def _text_at(data: Any, pointer: str) -> str | None:
    """The description at a change's pointer (which names the description or the object holding it)."""
    node = jp.resolve(data, pointer)
    if isinstance(node, dict):
        node = node.get("description")
    return node if isinstance(node, str) else None


def _identity(item: Any) -> tuple[str, ...] | None:
    """What names a list item across exports: a parameter's name and place, a server's URL, a name."""
    if isinstance(item, dict):
        for keys in (("name", "in"), ("url",), ("name",)):
            if all(isinstance(item.get(key), str) for key in keys):
                return tuple(item[key] for key in keys)
    return None


def _counterpart(old: Any, new: Any, pointer: str) -> str:
    """The pointer in ``old`` to what ``pointer`` names in ``new``: list items (tags, parameters,
    servers) are found by their identity, since their order may differ between exports."""
    tokens: list[str | int] = []
    for token in jp.split(pointer):
        if isinstance(new, list) and isinstance(old, list) and token.isdigit() and int(token) < len(new):
            item, key = new[int(token)], _identity(new[int(token)])
            same = [index for index, candidate in enumerate(old) if key and _identity(candidate) == key]
            place = same[0] if same else int(token)
            new, old = item, old[place] if place < len(old) else None
            tokens.append(place)
        else:
            new = new.get(token) if isinstance(new, dict) else None
            old = old.get(token) if isinstance(old, dict) else None
            tokens.append(token)
    return jp.from_tokens(tokens)


def _before_after(step: Step, rule: str, pointer: str) -> dict[str, str]:
    """Both texts of a description change, so readers can compare them."""
    if not rule.endswith("description-changed") or step.previous is None or not pointer:
        return {}
    old, new = _data(step.previous), _data(step.export)
    before, after = _text_at(old, _counterpart(old, new, pointer)), _text_at(new, pointer)
    if before is None or after is None or before == after:
        return {}
    return {"before": before, "after": after}


def _entry(step: Step) -> dict[str, Any]:
    assert step.report is not None and step.previous is not None
    return {
        "title": step.version,
        "base": step.previous.file,
        "revision": step.export.file,
        "semver": step.report.semver,
        "date": step.export.date,
        "changes": [
            {
                "level": _level_name(change.level),
                "operation": change.operation,
                "message": change.message,
                "pointer": change.pointer,
                "rule": change.rule_id,
                **_before_after(step, change.rule_id, change.pointer),
            }
            for change in step.report.changes
        ],
    }


def changelog(timeline: Timeline) -> tuple[dict[str, Any], ...]:
    """Entries for every step that has a diff against an earlier export, newest first."""
    return tuple(
        _entry(step)
        for step in reversed(timeline.steps)
        if step.report is not None and step.previous is not None
    )
