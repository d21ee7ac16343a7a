"""``--format junit``: one test case per rule; a rule fails when it found changes at ``--fail-on``.

The suite's ``system-out`` holds the summary; each case lists its causes, with the operations reached.
"""

from __future__ import annotations

from xml.etree import ElementTree as ET

from generator.diff.change import DiffReport
from generator.diff.rules import registry
from generator.render.escape import xml_text
from generator.report.diff_digest import Entry, entries, reached
from generator.report.diff_presentation import Presentation, summary_line

OPERATIONS_SHOWN = 10


def _line(entry: Entry) -> str:
    operations = reached(entry, OPERATIONS_SHOWN) or "(document)"
    return xml_text(f"{entry.level.value}: {entry.message} ({entry.pointer}) in {operations}")


def render(report: DiffReport, presentation: Presentation) -> str:
    by_rule: dict[str, list[Entry]] = {}
    for entry in entries(report):
        for rule in entry.rules:
            by_rule.setdefault(rule, []).append(entry)
    rules = sorted(registry().rules)
    threshold = presentation.fail_on
    failed = [
        rule
        for rule in rules
        if threshold is not None and any(e.level.rank >= threshold.rank for e in by_rule.get(rule, []))
    ]
    suite = ET.Element(
        "testsuite",
        name=xml_text(f"specgen diff {presentation.base} -> {presentation.revision}"),
        tests=str(len(rules)),
        failures=str(len(failed)),
        errors="0",
        skipped="0",
    )
    ET.SubElement(suite, "system-out").text = summary_line(report)
    for rule in rules:
        case = ET.SubElement(suite, "testcase", classname="specgen.diff", name=rule)
        found = by_rule.get(rule, [])
        note = registry().rules[rule].note
        text = "\n".join([*(_line(entry) for entry in found), *([f"note: {note}"] if found and note else [])])
        if rule in failed:
            failure = ET.SubElement(
                case, "failure", message=f"{len(found)} change(s)", type=found[0].level.value
            )
            failure.text = text
        elif found:
            ET.SubElement(case, "system-out").text = text
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, encoding="unicode") + "\n"
