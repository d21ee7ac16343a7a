"""``--format json``: the machine-readable diff report."""

from __future__ import annotations

import json

from generator.diff.change import DiffReport
from generator.render.escape import json_inert
from generator.report.diff_formats import Presentation


def _value(value: object) -> str:
    return json_inert(json.dumps(value, ensure_ascii=False))


def render(report: DiffReport, presentation: Presentation) -> str:
    """One change per line: readable, diffable, and written by the fast (C) JSON encoder."""
    changes = _value(
        [
            {
                "id": change.rule_id,
                "level": change.level.value,
                "operation": change.operation,
                "pointer": change.pointer,
                "message": change.message,
                "fingerprint": change.fingerprint,
            }
            for change in report.changes
        ]
    )
    # Inside an encoded string every quote is escaped, so this only ever splits between changes.
    body = changes.replace('}, {"id": ', '},\n    {"id": ').replace("[{", "[\n    {", 1)
    if report.changes:
        body = body[:-1] + "\n  ]"
    return (
        "{\n"
        f'  "base": {_value(presentation.base)},\n'
        f'  "revision": {_value(presentation.revision)},\n'
        f'  "changes": {body},\n'
        f'  "summary": {_value(report.summary)},\n'
        f'  "semver": {_value(report.semver)}\n'
        "}\n"
    )
