"""Markdown escaping for untrusted spec text: it may format, but never break a page or become HTML.

Spec descriptions are CommonMark, so prose keeps its emphasis, lists, code and links; what must not
survive is raw HTML (``<`` becomes ``&lt;``), attribute lists (``{`` is escaped), unsafe link targets,
unterminated code fences that would swallow the rest of a page, and, in table cells, newlines and
pipes that would end the row.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol, TypeGuard

from generator.render.environment import template_filter
from generator.render.escape import layout_text, markdown_text

# Returns the target to use for a link, or None to keep only the link text.
LinkRewriter = Callable[[str], str | None]

_BREAK_TAG = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_FENCE_OPEN = re.compile(r"^(`{3,}|~{3,})(.*)$")
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\\\n]|\\.)*)\]\(\s*([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]*\")?\s*\)"
)
_REFERENCE_DEFINITION = re.compile(r"^(\s{0,3})\[(?=[^\]\n]*\]:)", re.MULTILINE)
_ESCAPED_SPECIAL = re.compile(r"\\(?=[{}<|`\[\]])")
_ATX_HEADING = re.compile(r"^ {0,3}#{1,6}(.*)$")
_SETEXT_UNDERLINE = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_FENCE_INFO = re.compile(r"[^A-Za-z0-9_+.-]")
# A line that starts, inside any quotes and list items, with ``!!!`` (admonition), ``???`` (details)
# or ``===`` (content tab): the site's extensions would make it a block of their own.
_EXTENSION_BLOCK = re.compile(r"^((?:[ \t>]|(?:[-*+]|\d+[.)])[ \t])*)([!?=])(?=\2\2)")
_ENTITY = {"!": "&#33;", "?": "&#63;", "=": "&#61;"}
_NOT_ID = re.compile(r"[^A-Za-z0-9_-]")
# One line of words and plain punctuation, starting with a letter and ending without a space: no
# Markdown syntax, nothing to escape or tame, so prose and cell give it back as written.
_PLAIN = re.compile(r"[A-Za-z](?:[A-Za-z0-9 ,.;:'\"()/?!%@]*[A-Za-z0-9,.;:'\"()/?!%@])?")


def _escape_plain(text: str) -> str:
    """Text outside code and links: keep Markdown emphasis, neutralise HTML and attribute lists."""
    text = _ESCAPED_SPECIAL.sub(r"\\\\", text)
    text = text.replace("<", "&lt;").replace("{", "\\{").replace("}", "\\}")
    # Brackets left here are not part of a link this module checked; escaped, no link can form.
    text = text.replace("[", "\\[").replace("]", "\\]").replace("#", "\\#")
    return _escape_stray_backticks(text)


def _escape_stray_backticks(text: str) -> str:
    return text.replace("`", "\\`")


def _inline(text: str, link: LinkRewriter | None) -> str:
    """Escape one block of inline text, keeping well-formed single-line code spans as they are."""
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        if "\n" in match.group(0):
            continue
        out.append(_links(text[position : match.start()], link))
        out.append(match.group(0))
        position = match.end()
    out.append(_links(text[position:], link))
    return "".join(out)


def _links(text: str, link: LinkRewriter | None) -> str:
    out: list[str] = []
    position = 0
    for match in _LINK.finditer(text):
        bang, label, target = match.group(1), match.group(2), match.group(3)
        out.append(_escape_plain(text[position : match.start()]))
        rewritten = link(target) if link is not None else _default_link(target)
        label_text = _escape_plain(label)
        if rewritten is None or bang:
            # Images from spec text are shown as their alt text: nothing is fetched from a spec's URL.
            out.append(label_text if rewritten is None or not bang else f"[{label_text}]({rewritten})")
        else:
            out.append(f"[{label_text}]({rewritten})")
        position = match.end()
    out.append(_escape_plain(text[position:]))
    return "".join(out)


def _default_link(target: str) -> str | None:
    return target if is_safe_external(target) else None


def is_safe_external(target: str) -> bool:
    lowered = target.lower()
    return lowered.startswith(("https://", "http://", "mailto:"))


def _split_fences(text: str) -> list[tuple[str | None, str, list[str]]]:
    """Blocks of ``(None, "", lines)`` for prose and ``(fence, info, lines)`` for fenced code."""
    blocks: list[tuple[str | None, str, list[str]]] = []
    prose: list[str] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        opening = _FENCE_OPEN.match(lines[index])
        if opening is None or (opening.group(1)[0] == "`" and "`" in opening.group(2)):
            prose.append(lines[index])
            index += 1
            continue
        if prose:
            blocks.append((None, "", prose))
            prose = []
        fence = opening.group(1)
        body: list[str] = []
        index += 1
        while index < len(lines):
            stripped = lines[index].strip()
            if stripped.startswith(fence[0] * len(fence)) and set(stripped) == {fence[0]}:
                index += 1
                break
            body.append(lines[index])
            index += 1
        blocks.append((fence, _FENCE_INFO.sub("", opening.group(2).strip().split(" ")[0]), body))
    if prose:
        blocks.append((None, "", prose))
    return blocks


def _bold_heading(match: re.Match[str]) -> str:
    content = match.group(1).strip().rstrip("#").strip()
    return f"**{content}**" if content else ""


def _inert_marker(match: re.Match[str]) -> str:
    return match.group(1) + _ENTITY[match.group(2)]


def _tame_blocks(lines: list[str]) -> list[str]:
    """A list needs a blank line before it in Python-Markdown; spec text often omits it.

    Headings in spec text become bold lines: they would otherwise enter the page outline and take
    ids that the page's own sections use. Admonition, details and tab markers are shown as written.
    """
    out: list[str] = []
    for raw in lines:
        line = _ATX_HEADING.sub(_bold_heading, raw)
        line = _EXTENSION_BLOCK.sub(_inert_marker, line)
        if _SETEXT_UNDERLINE.match(line):
            # Shown as written: as an underline it would make the line above a heading.
            line = line.replace("=", "&#61;").replace("-", "&#45;")
        previous = out[-1] if out else ""
        starts_list = _LIST_ITEM.match(line) is not None and _LIST_ITEM.match(previous) is None
        if starts_list and previous.strip() and not previous.startswith((" ", "\t")):
            out.append("")
        out.append(line)
    return out


def _blocks(text: str | None) -> list[tuple[str | None, str, list[str]]]:
    """``text`` as plain and fenced runs of lines (none for no text), ``<br>`` and line ends as newlines."""
    if not text:
        return []
    text = layout_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    return _split_fences(_BREAK_TAG.sub("\n", text))


def is_plain(text: str | None) -> TypeGuard[str]:
    """Whether ``text`` is one line that prose and cell give back unchanged (no syntax in it)."""
    return text is not None and _PLAIN.fullmatch(text) is not None


class Rendering(Protocol):
    def __call__(self, text: str | None, link: LinkRewriter | None = None) -> str: ...


def _plain_as_written(full: Rendering) -> Rendering:
    """``full``, except that a plain text (``is_plain``) is given back at once, without its passes."""

    def render(text: str | None, link: LinkRewriter | None = None) -> str:
        return text if is_plain(text) else full(text, link)

    return render


def markdown_blocks(text: str | None, link: LinkRewriter | None = None) -> str:
    """``prose`` for any text: blocks tamed, links checked, everything else escaped."""
    parts: list[str] = []
    for fence, info, lines in _blocks(text):
        if fence is None:
            chunk = _REFERENCE_DEFINITION.sub(r"\1\\[", "\n".join(_tame_blocks(lines)))
            paragraphs = re.split(r"(\n[ \t]*\n)", chunk)
            parts.append("".join(p if p.strip() == "" else _inline(p, link) for p in paragraphs))
        else:
            parts.append(fenced("\n".join(lines), info))
    return "\n".join(part.strip("\n") for part in parts if part.strip()).strip()


def markdown_cell(text: str | None, link: LinkRewriter | None = None) -> str:
    """``cell`` for any text: lines joined, lists marked, links checked, pipes escaped."""
    pieces: list[str] = []
    for fence, _info, lines in _blocks(text):
        if fence is not None:
            pieces.append(code(" ".join(line.strip() for line in lines if line.strip())))
            continue
        for line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            marker = _LIST_ITEM.match(stripped)
            if marker is not None:
                stripped = "• " + stripped[marker.end() :]
            pieces.append(stripped.lstrip("#> ").strip() or stripped)
    return _escape_cell_pipes(_inline(" ".join(pieces), link)) if pieces else ""


def _escape_cell_pipes(text: str) -> str:
    """Pipes outside code spans end a cell, so they are escaped; inside code the table keeps them."""
    out: list[str] = []
    position = 0
    for match in _CODE_SPAN.finditer(text):
        out.append(text[position : match.start()].replace("|", "\\|"))
        out.append(match.group(0))
        position = match.end()
    out.append(text[position:].replace("|", "\\|"))
    return "".join(out)


@template_filter("md_text")
def text(value: object) -> str:
    """Literal text on one line: every Markdown character escaped, so it shows exactly as written."""
    return markdown_text(value if value is not None else "")


@template_filter("md_code")
def code(value: object) -> str:
    """An inline code span that holds any text, backticks and pipes included."""
    if type(value) is str and value.isalnum():  # a plain name ("Pet", "S12"): nothing to lay out
        return f"`{value}`"
    content = " ".join(layout_text(str(value if value is not None else "")).split())
    if not content:
        return ""
    if "`" not in content:
        return f"`{content}`"
    longest = max((len(run) for run in re.findall(r"`+", content)), default=0)
    ticks = "`" * (longest + 1)
    padded = f" {content} " if content.startswith("`") or content.endswith("`") else content
    return f"{ticks}{padded}{ticks}"


@template_filter("md_fence")
def fenced(body: str, info: str = "") -> str:
    """A fenced code block whose fence is longer than any backtick run inside it."""
    body = layout_text(body.replace("\r\n", "\n").replace("\r", "\n")).rstrip("\n")
    longest = max((len(run) for run in re.findall(r"`{3,}", body)), default=2)
    fence = "`" * (longest + 1)
    return f"{fence}{_FENCE_INFO.sub('', info)}\n{body}\n{fence}"


@template_filter("md_anchor")
def anchor(name: str) -> str:
    """An explicit heading id for the attr_list extension; only safe id characters get through."""
    cleaned = name if name.isalnum() and name.isascii() else _NOT_ID.sub("-", name)
    return "{#" + cleaned + "}"


# A description as Markdown blocks, safe to place between other blocks of a page.
prose = template_filter("md_prose")(_plain_as_written(markdown_blocks))
# A description flattened into one table cell: nothing dropped, no row broken.
cell = template_filter("md_cell")(_plain_as_written(markdown_cell))
