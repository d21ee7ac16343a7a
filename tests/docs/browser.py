"""Headless Chromium (Debian's ``chromium``) for tests: dump the DOM of a page, take a screenshot."""

from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path

CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian's chromium is needed: `make test` installs it (target `chromium`)"
    return found


def run_chromium(*arguments: str) -> str:
    with tempfile.TemporaryDirectory(prefix="specgen-chromium-") as profile:
        result = subprocess.run(
            [chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *arguments],
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def dump_dom(page: Path) -> str:
    return run_chromium("--dump-dom", page.resolve().as_uri())


def screenshot(page: Path, out: Path, width: int = 1280, height: int = 2000) -> tuple[int, int]:
    run_chromium(f"--screenshot={out}", f"--window-size={width},{height}", page.resolve().as_uri())
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width_found, height_found = struct.unpack(">II", data[16:24])
    return width_found, height_found


class TableAfterHeading(HTMLParser):
    """Rows and cells of the first table after the element with id ``anchor``."""

    def __init__(self, anchor: str) -> None:
        super().__init__()
        self.anchor = anchor
        self.seen_anchor = False
        self.in_table = False
        self.done = False
        self.header: list[str] = []
        self.rows: list[list[str]] = []
        self._in_body = False
        self._cell: list[str] | None = None
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "script":
            self._in_script = True
            self.scripts.append("")
        if dict(attrs).get("id") == self.anchor:
            self.seen_anchor = True
        if self.done or not self.seen_anchor:
            return
        if tag == "table":
            self.in_table = True
        elif self.in_table and tag == "tbody":
            self._in_body = True
        elif self.in_table and tag == "tr" and self._in_body:
            self.rows.append([])
        elif self.in_table and tag in ("td", "th"):
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False
        if not self.in_table or self.done:
            return
        if tag in ("td", "th") and self._cell is not None:
            content = "".join(self._cell).strip()
            (self.rows[-1] if tag == "td" and self.rows else self.header).append(content)
            self._cell = None
        elif tag == "table":
            self.in_table = False
            self.done = True

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data
        if self._cell is not None:
            self._cell.append(data)


def table_after(dom: str, anchor: str) -> TableAfterHeading:
    parser = TableAfterHeading(anchor)
    parser.feed(dom)
    return parser
