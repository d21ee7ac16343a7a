"""``--format json``: the machine-readable diff report, per operation (``changes``) and per cause."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Iterator
from json.encoder import encode_basestring

from generator.diff.change import Cause, DiffReport, Level
from generator.render.escape import json_inert
from generator.report.diff_presentation import Presentation

# A record per line, laid out as json.dumps lays out a dict, each string encoded as it encodes one. A
# change row is its frame (rule, level, pointer and cause: the same for every change of a cause)
# around its operation, message and fingerprint.
_CHANGE_FRAME = ('{"id": %s, "level": %s, "operation": ', ', "pointer": %s, "message": ', ', "cause": %s}')
_CAUSE = '{"id": %s, "level": %s, "pointer": %s, "message": %s, "fingerprint": %s, "operations": [%s]}'
_REACH = '{"operation": %s, "where": %s}'
_LEVELS = {level: encode_basestring(level.value) for level in Level}


def _value(value: object) -> str:
    return json_inert(json.dumps(value, ensure_ascii=False))


def _rows(rows: Iterable[str]) -> str:
    """One record per line: readable and diffable."""
    text = ",\n    ".join(rows)
    return f"[\n    {text}\n  ]" if text else "[]"


def _changes(report: DiffReport, shared: Callable[[str], str]) -> Iterator[str]:
    """The rows of ``changes``, each frame made once."""
    frames: dict[tuple[str, Level, str, str], tuple[str, str, str]] = {}
    head_text, middle_text, tail_text = _CHANGE_FRAME
    for rule_id, level, operation, pointer, message, fingerprint, cause in report.changes:
        frame = frames.get((rule_id, level, pointer, cause))
        if frame is None:
            frame = frames[rule_id, level, pointer, cause] = (
                head_text % (shared(rule_id), _LEVELS[level]),
                middle_text % shared(pointer),
                tail_text % shared(cause),
            )
        head, middle, tail = frame
        yield (
            f"{head}{'null' if operation is None else shared(operation)}{middle}{shared(message)}"
            f', "fingerprint": {encode_basestring(fingerprint)}{tail}'
        )


def _cause(cause: Cause, shared: Callable[[str], str]) -> str:
    reaches = ", ".join(_REACH % (shared(operation), shared(where)) for operation, where in cause.reaches)
    return _CAUSE % (
        encode_basestring(cause.rule_id),
        _LEVELS[cause.level],
        encode_basestring(cause.pointer),
        encode_basestring(cause.message),
        encode_basestring(cause.id),
        reaches,
    )


def render(report: DiffReport, presentation: Presentation) -> str:
    # Rule ids, operations, pointers, messages, causes and paths repeat across thousands of records: each
    # distinct string is encoded once.
    shared = functools.cache(encode_basestring)
    return json_inert(
        "{\n"
        f'  "base": {_value(presentation.base)},\n'
        f'  "revision": {_value(presentation.revision)},\n'
        f'  "changes": {_rows(_changes(report, shared))},\n'
        f'  "causes": {_rows(_cause(cause, shared) for cause in report.causes)},\n'
        f'  "summary": {_value(report.summary)},\n'
        f'  "causes_summary": {_value(report.cause_summary)},\n'
        f'  "operations_affected": {report.operations_affected},\n'
        f'  "semver": {_value(report.semver)}\n'
        "}\n"
    )
