"""``--format json``: the machine-readable diff report."""

from __future__ import annotations

import json

from generator.diff.change import DiffReport
from generator.report.diff_formats import Presentation


def render(report: DiffReport, presentation: Presentation) -> str:
    payload = {
        "base": presentation.base,
        "revision": presentation.revision,
        "changes": [
            {
                "id": change.rule_id,
                "level": change.level.value,
                "operation": change.operation,
                "pointer": change.pointer,
                "message": change.message,
                "fingerprint": change.fingerprint,
            }
            for change in report.changes
        ],
        "summary": report.summary,
        "semver": report.semver,
    }
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
