"""Each output format's escaper against the injection strings: the result is inert in its format.

The checks use their own notion of a dangerous character (by Unicode category) and real parsers
(ElementTree, json, Python-Markdown, a workflow-command parser written from GitHub's rules).
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import unquote
from xml.etree import ElementTree as ET

import pytest
import yaml
from hypothesis import example, given, settings

from generator.render.escape import (
    annotation_data,
    annotation_property,
    json_document,
    json_inert,
    markdown_text,
    plain,
    xml_text,
    yaml_quoted,
)
from tests.docs.test_markdown import table_cells
from tests.hostile.strategies import INJECTION, SURROGATE, injected_text

_DANGEROUS = {"Cc", "Cf", "Cs", "Zl", "Zp"}
_COMMON = {"deadline": None, "database": None, "max_examples": 150}
ALL = [*INJECTION, SURROGATE]


def dangerous(text: str, allowed: str = "") -> list[str]:
    """Characters a terminal, a log viewer or a reader's eye would act on or not see."""
    return [char for char in text if unicodedata.category(char) in _DANGEROUS and char not in allowed]


def workflow_command(line: str) -> tuple[str, dict[str, str], str]:
    """Parse ``::name key=value,...::message`` the way the Actions runner does, decoding escapes."""
    match = re.fullmatch(r"::([a-z-]+)(?: ([^:]*))?::(.*)", line)
    assert match is not None, line
    properties = {}
    for pair in filter(None, (match.group(2) or "").split(",")):
        key, _, value = pair.partition("=")
        properties[key] = unquote(value)
    return match.group(1), properties, unquote(match.group(3))


@pytest.mark.parametrize("text", ALL)
def test_plain_text_shows_every_hidden_character_on_one_line(text: str) -> None:
    shown = plain(text)
    assert not dangerous(shown) and "\n" not in shown
    assert shown.encode("utf-8")


def test_plain_text_names_what_it_escaped() -> None:
    assert plain("a\x1b]0;t\x07\u202eb\ud800\n\U000e0041") == "a\\x1b]0;t\\x07\\u202eb\\ud800\\n\\U000e0041"
    assert plain("café ünïcödé 名前 🐍 a\u00a0b") == "café ünïcödé 名前 🐍 a\u00a0b"


@given(injected_text())
@settings(**_COMMON)
def test_plain_text_is_always_one_inert_line(text: str) -> None:
    shown = plain(text)
    assert not dangerous(shown)
    assert plain(shown) == shown


@pytest.mark.parametrize("text", ALL)
def test_markdown_text_stays_in_its_table_cell_without_html_or_links(text: str) -> None:
    escaped = markdown_text(text)
    assert not dangerous(escaped)
    html = table_cells(escaped)
    assert html.count("<td>") == 2 and html.count("<tr>") == 2
    tags = set(re.findall(r"</?([a-z]+)", html))
    assert tags <= {"table", "thead", "tbody", "tr", "th", "td"}, tags


@given(injected_text())
@settings(**_COMMON)
def test_markdown_text_never_opens_markup(text: str) -> None:
    escaped = markdown_text(text)
    assert not dangerous(escaped) and "<" not in escaped
    # every backtick, pipe and bracket is escaped, so none opens a code span, a cell or a link
    assert not re.search(r"(?<!\\)[`|\[]", escaped.replace("\\\\", ""))


@pytest.mark.parametrize("text", ALL)
def test_annotations_cannot_be_ended_or_spoofed(text: str) -> None:
    line = (
        f"::error file={annotation_property(text)},title={annotation_property(text)}::{annotation_data(text)}"
    )
    assert "\n" not in line and "\r" not in line and not dangerous(line)
    command, properties, message = workflow_command(line)
    assert command == "error" and set(properties) == {"file", "title"}
    visible = plain(text.replace("\r", "").replace("\n", ""))
    assert message.replace("\r", "").replace("\n", "") == visible
    assert properties["title"].replace("\r", "").replace("\n", "") == visible


@given(injected_text(), injected_text())
@settings(**_COMMON)
def test_an_annotation_is_one_command_whatever_its_text(title: str, message: str) -> None:
    line = f"::warning file=a.yaml,title={annotation_property(title)}::{annotation_data(message)}"
    assert line.splitlines() == [line] and not dangerous(line)
    command, properties, _ = workflow_command(line)
    assert command == "warning" and set(properties) == {"file", "title"}


@given(injected_text())
@settings(**_COMMON)
def test_xml_text_parses_in_text_and_attributes(text: str) -> None:
    element = ET.Element("failure", message=xml_text(text))
    element.text = xml_text(text)
    parsed = ET.fromstring(ET.tostring(element, encoding="unicode"))
    assert parsed.get("message") == xml_text(text) == parsed.text
    assert not dangerous(parsed.text or "")


@given(injected_text())
@example("\n::error file=README.md,line=1::spoofed\x7f")  # all ASCII, and DEL, which json.dumps leaves raw
@settings(**_COMMON)
def test_json_keeps_the_value_and_shows_no_hidden_character(text: str) -> None:
    encoded = json_document({"message": text, "items": [text]})
    assert json.loads(encoded) == {"message": text, "items": [text]}
    assert not dangerous(encoded, allowed="\n")
    assert encoded.encode("utf-8")
    assert json.loads(json_inert(json.dumps(text, ensure_ascii=False))) == text


def test_json_writes_astral_format_characters_as_surrogate_pairs() -> None:
    assert json_inert(json.dumps("\U000e0041", ensure_ascii=False)) == '"\\udb40\\udc41"'


@settings(**_COMMON)
@given(injected_text())
def test_yaml_scalars_read_back_exactly_and_stay_ascii(text: str) -> None:
    quoted = yaml_quoted(text)
    assert quoted.isascii() and quoted.isprintable()
    assert yaml.safe_load(f"title: {quoted}") == {"title": text}


@pytest.mark.parametrize("text", ["\U0001f9e9 Change requests", 'say "hi" \\ \\u0041', "\x85\u2028\x00"])
def test_yaml_scalars_keep_characters_outside_the_bmp_whole(text: str) -> None:
    assert yaml.safe_load(yaml_quoted(text)) == text
