"""The changelog handed to the docs target through ``GenerateSettings.changelog``.

One entry per pair of successive readable exports, newest first, each change with its level,
operation, message, pointer and rule, and both texts of a description change. Every string comes
from the spec or from diff messages, so renderers escape it like any other spec text. The texts are
read from the exports as the history's walk read them (the same loader, the same ``$ref`` policy),
each export at most once per changelog.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator import pointer as jp
from generator.diff import Change
from generator.history.store import Export
from generator.history.timeline import Step, Timeline
from generator.load import LoadError, load
from generator.render.docs.changelog import ChangeLine, ChangelogEntry
from generator.rules.change_rules import DESCRIPTION_CHANGES

ExportData = Callable[[Export], Any]


def _export_data(allow_external_refs: bool) -> ExportData:
    """Each export's parsed data (None when it cannot be read), read once."""
    read: dict[Export, Any] = {}

    def data(export: Export) -> Any:
        if export not in read:
            try:
                read[export] = load(str(export.path), allow_external_refs).data
            except LoadError:
                read[export] = None
        return read[export]

    return data


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


def _before_after(step: Step, change: Change, data: ExportData) -> tuple[str, str]:
    """Both texts of a description change, so readers can compare them; empty otherwise."""
    pointer = change.pointer
    if change.rule_id not in DESCRIPTION_CHANGES or step.previous is None or not pointer:
        return "", ""
    old, new = data(step.previous), data(step.export)
    before, after = _text_at(old, _counterpart(old, new, pointer)), _text_at(new, pointer)
    if before is None or after is None or before == after:
        return "", ""
    return before, after


def _entry(step: Step, data: ExportData) -> ChangelogEntry:
    assert step.report is not None and step.previous is not None
    changes = tuple(
        ChangeLine(
            change.level.value,
            change.operation,
            change.message,
            change.pointer,
            change.rule_id,
            *_before_after(step, change, data),
        )
        for change in step.report.changes
    )
    return ChangelogEntry(
        step.version,
        step.previous.file,
        step.export.file,
        step.report.semver,
        changes,
        step.export.date,
    )


def changelog(timeline: Timeline, allow_external_refs: bool = False) -> tuple[ChangelogEntry, ...]:
    """Entries for every step that has a diff against an earlier export, newest first."""
    data = _export_data(allow_external_refs)
    return tuple(
        _entry(step, data)
        for step in reversed(timeline.steps)
        if step.report is not None and step.previous is not None
    )
