"""``--format json``: the machine-readable diff report, per operation (``changes``) and per cause."""

from __future__ import annotations

import json
from typing import Any

from generator.diff.change import DiffReport
from generator.render.escape import json_inert
from generator.report.diff_presentation import Presentation


def _value(value: object) -> str:
    return json_inert(json.dumps(value, ensure_ascii=False))


def _rows(records: list[dict[str, Any]]) -> str:
    """One record per line: readable, diffable, and written by one call of the fast (C) JSON encoder."""
    if not records:
        return "[]"
    text = _value(records)
    # Inside an encoded string every quote is escaped, so this only ever splits between records.
    first_key = _value(next(iter(records[0])))
    return "[\n    " + text[1:-1].replace("}, {" + first_key, "},\n    {" + first_key) + "\n  ]"


def render(report: DiffReport, presentation: Presentation) -> str:
    changes = [
        {
            "id": change.rule_id,
            "level": change.level.value,
            "operation": change.operation,
            "pointer": change.pointer,
            "message": change.message,
            "fingerprint": change.fingerprint,
            "cause": change.cause,
        }
        for change in report.changes
    ]
    causes = [
        {
            "id": cause.rule_id,
            "level": cause.level.value,
            "pointer": cause.pointer,
            "message": cause.message,
            "fingerprint": cause.id,
            "operations": [{"operation": operation, "where": where} for operation, where in cause.reaches],
        }
        for cause in report.causes
    ]
    return (
        "{\n"
        f'  "base": {_value(presentation.base)},\n'
        f'  "revision": {_value(presentation.revision)},\n'
        f'  "changes": {_rows(changes)},\n'
        f'  "causes": {_rows(causes)},\n'
        f'  "summary": {_value(report.summary)},\n'
        f'  "causes_summary": {_value(report.cause_summary)},\n'
        f'  "operations_affected": {report.operations_affected},\n'
        f'  "semver": {_value(report.semver)}\n'
        "}\n"
    )
