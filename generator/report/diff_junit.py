"""``--format junit``: one test case per rule; a rule fails when it found changes at ``--fail-on``."""

from __future__ import annotations

from xml.etree import ElementTree as ET

from generator.diff.change import Change, DiffReport
from generator.diff.rules import registry
from generator.render.escape import xml_text
from generator.report.diff_formats import Presentation


def render(report: DiffReport, presentation: Presentation) -> str:
    by_rule: dict[str, list[Change]] = {}
    for change in report.changes:
        by_rule.setdefault(change.rule_id, []).append(change)
    rules = sorted(registry().rules)
    threshold = presentation.fail_on
    failed = [
        rule
        for rule in rules
        if threshold is not None and any(c.level.rank >= threshold.rank for c in by_rule.get(rule, []))
    ]
    suite = ET.Element(
        "testsuite",
        name=xml_text(f"specgen diff {presentation.base} -> {presentation.revision}"),
        tests=str(len(rules)),
        failures=str(len(failed)),
        errors="0",
        skipped="0",
    )
    for rule in rules:
        case = ET.SubElement(suite, "testcase", classname="specgen.diff", name=rule)
        changes = by_rule.get(rule, [])
        text = "\n".join(
            xml_text(f"{c.level.value}: {c.operation or '(document)'}: {c.message} ({c.pointer})")
            for c in changes
        )
        if rule in failed:
            failure = ET.SubElement(
                case, "failure", message=f"{len(changes)} change(s)", type=changes[0].level.value
            )
            failure.text = text
        elif changes:
            ET.SubElement(case, "system-out").text = text
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
