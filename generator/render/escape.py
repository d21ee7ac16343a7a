"""One escaper per output format: spec text in a report or a message is shown, never obeyed.

In a terminal or a CI log a control character moves the cursor, sets the window title or, after a
newline, starts a GitHub workflow command; bidi and zero-width characters make text read as
something it is not. So every format shows *hidden* characters as escapes (``\\x1b``, ``\\u202e``)
and adds what its own syntax needs. Hidden means what Python does not count as printable: controls
(C0, DEL, C1), format characters (bidi, zero-width, BOM), lone surrogates, private-use and
unassigned code points, line and paragraph separators; spaces (category Zs) are shown as they are.
"""

from __future__ import annotations

import json
import re
import unicodedata

# Characters worth a closer look: everything but printable ASCII and printable Latin-1.
_CANDIDATE = re.compile(r"[^ -~\xa1-\xac\xae-\xff]")
# The same inside encoded JSON, whose own layout uses newlines (JSON escapes every other C0 control).
_JSON_CANDIDATE = re.compile(r"[^\n -~\xa1-\xac\xae-\xff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+!|>~])")
_BMP_END = 0x10000


def _is_hidden(char: str) -> bool:
    return not char.isprintable() and unicodedata.category(char) != "Zs"


def _shown(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return _NAMED.get(char, f"\\x{code:02x}")
    return f"\\u{code:04x}" if code < _BMP_END else f"\\U{code:08x}"


def _reveal(match: re.Match[str]) -> str:
    char = match.group()
    return _shown(char) if _is_hidden(char) else char


def _reveal_keeping_line_breaks(match: re.Match[str]) -> str:
    char = match.group()
    return char if char in "\r\n" else _reveal(match)


def _reveal_keeping_layout(match: re.Match[str]) -> str:
    char = match.group()
    return char if char in "\r\n\t" else _reveal(match)


def layout_text(value: object) -> str:
    """Text whose line breaks and tabs stay (Markdown prose, code blocks), every other hidden
    character escaped."""
    text = str(value)
    return text if text.isprintable() else _CANDIDATE.sub(_reveal_keeping_layout, text)


def plain(value: object) -> str:
    """Terminal and log text: one line, every hidden character escaped."""
    text = str(value)
    return text if text.isprintable() else _CANDIDATE.sub(_reveal, text)


def markdown_text(value: object) -> str:
    """Literal Markdown on one line: it opens no HTML, link, code span, emphasis or table cell.

    Any run of whitespace, line breaks included, becomes one space."""
    text = str(value)
    if text.isalnum() and text.isascii():  # a plain name ("Pet", "S12"): nothing to escape
        return text
    flat = " ".join(text.split())
    html_safe = flat.replace("&", "&amp;").replace("<", "&lt;")
    return plain(_MARKDOWN_SPECIAL.sub(r"\\\1", html_safe))


def annotation_data(value: object) -> str:
    """The message of a GitHub Actions workflow command, percent-encoded as the runner decodes it:
    a line break in it cannot end the command and start another."""
    text = str(value)
    if text.isprintable():
        return text.replace("%", "%25")
    text = _CANDIDATE.sub(_reveal_keeping_line_breaks, text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def annotation_property(value: object) -> str:
    """A property value (``file=``, ``title=``) of a workflow command: it cannot end the property list."""
    return annotation_data(value).replace(":", "%3A").replace(",", "%2C")


def xml_text(value: object) -> str:
    """Text or an attribute value for ElementTree, which escapes markup and quotes attributes.

    Every character XML 1.0 forbids (C0 controls, surrogates, U+FFFE, U+FFFF) is hidden, so escaped.
    """
    return plain(value)


def _json_shown(match: re.Match[str]) -> str:
    char = match.group()
    if not _is_hidden(char):
        return char
    code = ord(char)
    if code < _BMP_END:
        return f"\\u{code:04x}"
    code -= _BMP_END
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def yaml_quoted(value: object) -> str:
    """A YAML double-quoted scalar holding exactly ``value``, in printable ASCII.

    Every other character is an escape (``\\x``, ``\\u``, ``\\U``): characters outside the BMP get
    the eight-digit form, because YAML readers take JSON's surrogate-pair escapes as two lone halves.
    """
    return '"' + "".join(_yaml_char(char) for char in str(value)) + '"'


def _yaml_char(char: str) -> str:
    if char in '"\\':
        return "\\" + char
    return char if " " <= char <= "~" else _shown(char)  # \x, \u, \U, \n: YAML escapes too


def json_inert(encoded: str) -> str:
    """Encoded JSON with hidden characters as ``\\u`` escapes: it decodes to the same value, and
    neither a terminal showing it nor UTF-8 encoding it (a lone surrogate) meets them raw."""
    if encoded.isascii() and "\x7f" not in encoded:  # json.dumps escapes every control but DEL
        return encoded
    return _JSON_CANDIDATE.sub(_json_shown, encoded)


def json_document(payload: object) -> str:
    """A JSON report: indented, readable non-ASCII text, hidden characters escaped."""
    return json_inert(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"
