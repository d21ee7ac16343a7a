"""The real export's site, built by MkDocs (strict) and by Zensical, read in headless Chromium at 1400 px.

Every page: no table wider than the content column (with every fold opened), height under 25,000 px,
a copy button on every code block, the palette toggle. Search finds an operation by its summary first.
Screenshots of the index, a tag page and the changelog go to build/docs-screenshots/ for review.
"""

from __future__ import annotations

import functools
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from generator.render.writer import write_tree
from tests.docs.browser import CHROMIUM_FLAGS, chromium
from tests.docs.helpers import docs_for, document_from
from tests.docs.test_site import CHANGELOG

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = PROJECT / "build" / "docs-screenshots"
WIDTH = 1400
MAX_HEIGHT = 25_000
ENGINES = {
    "mkdocs": [sys.executable, "-m", "mkdocs", "build", "--strict"],
    "zensical": [sys.executable, "-m", "zensical", "build"],
}
SEARCHES = (
    ("Send messages", "/tags/chats-actions/", "send-messages"),
    ("List custom roles", "/tags/roles/", "list-roles"),
    ("Create a custom role", "/tags/roles/", "create-role"),
)
# Measured in the page: its height with folds closed, then every fold opened and every table checked.
MEASURE = """
const height = document.documentElement.scrollHeight;
document.querySelectorAll('details').forEach(d => { d.open = true; });
const column = document.querySelector('.md-content__inner');
const limit = column ? column.clientWidth : 0;
const wide = [];
document.querySelectorAll('.md-content table').forEach(t => {
  if (t.scrollWidth > limit + 1) { wide.push([t.scrollWidth, t.innerText.slice(0, 80)]); }
});
const blocks = document.querySelectorAll('.md-content pre > code').length;
const buttons = document.querySelectorAll('.md-content pre > .md-code__button, .md-content pre > button.md-clipboard, .md-content .md-code__nav .md-code__button[data-md-type="copy"]').length;
const palette = document.querySelector('[data-md-component="palette"]') !== null;
return {height: height, limit: limit, wide: wide, blocks: blocks, buttons: buttons, palette: palette};
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_tree(real_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser-site")
    write_tree(docs_for(document_from(real_export), mkdocs_config=True, changelog=CHANGELOG).files, folder)
    return folder


def build(tree: Path, engine: str, folder: Path) -> Path:
    shutil.copytree(tree, folder)
    result = subprocess.run(
        ENGINES[engine],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": str(folder)},
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-3000:]
    assert "WARNING" not in output and "Error" not in output, output[-3000:]
    return folder / "site"


@pytest.fixture(scope="module")
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = chromium()
    for flag in (*CHROMIUM_FLAGS, "--headless=new", f"--window-size={WIDTH},1000", "--hide-scrollbars"):
        options.add_argument(flag)
    driver = webdriver.Chrome(
        service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options
    )
    driver.set_page_load_timeout(120)
    try:
        yield driver
    finally:
        driver.quit()


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_page_fits_and_has_the_reader_features(
    engine: str, site_tree: Path, browser: webdriver.Chrome, tmp_path: Path
) -> None:
    site = build(site_tree, engine, tmp_path / engine)
    pages = sorted(path.relative_to(site).parent.as_posix() for path in site.rglob("index.html"))
    assert len(pages) >= 29 + 189
    server, base = serve(site)
    problems = []
    tallest = (0, "")
    try:
        for page in pages:
            browser.get(f"{base}/{'' if page == '.' else page + '/'}")
            found = browser.execute_script(MEASURE)
            tallest = max(tallest, (found["height"], page))
            if found["height"] >= MAX_HEIGHT:
                problems.append(f"{page}: {found['height']} px tall")
            if found["wide"]:
                problems.append(f"{page}: tables wider than {found['limit']} px: {found['wide'][:3]}")
            if found["buttons"] < found["blocks"]:
                problems.append(f"{page}: {found['blocks']} code blocks, {found['buttons']} copy buttons")
            if not found["palette"]:
                problems.append(f"{page}: no palette toggle")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        for name, page in (("index", ""), ("tag-chats", "tags/chats/"), ("changelog", "changelog/")):
            browser.get(f"{base}/{page}")
            browser.save_screenshot(str(SCREENSHOTS / f"{engine}-{name}.png"))
            assert (SCREENSHOTS / f"{engine}-{name}.png").stat().st_size > 20_000
        for summary, page, anchor in SEARCHES:
            first = urlsplit(search_first_result(browser, base, summary))
            if not (first.path.endswith(page) and first.fragment == anchor):
                problems.append(f"search {summary!r}: first result {first.geturl()}")
    finally:
        server.shutdown()
    assert problems == [], "\n".join(problems[:40])
    assert tallest[0] < MAX_HEIGHT, tallest


FIRST_RESULT = """
// Material groups results by page: the page first, then its sections (operations) by score.
const group = document.querySelector('.md-search-result__item');
if (group) {
  const links = [...group.querySelectorAll('a')];
  const section = links.find(a => a.href.includes('#'));
  return (section || links[0]).href;
}
for (const host of document.querySelectorAll('*')) {
  const found = host.shadowRoot && host.shadowRoot.querySelector('ol[role=listbox] a');
  if (found) { return found.href; }
}
return null;
"""


def search_first_result(browser: webdriver.Chrome, base: str, query: str) -> str:
    """The address of the first search result for ``query`` typed into the site's search box
    (Material's search form, or Zensical's search dialog)."""
    browser.get(f"{base}/")
    boxes = browser.find_elements(By.CSS_SELECTOR, "input[data-md-component='search-query']")
    if boxes:
        box = boxes[0]
        box.click()
    else:
        browser.find_element(By.CSS_SELECTOR, "button.md-search__button").click()
        box = WebDriverWait(browser, 30).until(lambda driver: driver.switch_to.active_element)
    box.send_keys(query)
    found = WebDriverWait(browser, 60).until(lambda driver: driver.execute_script(FIRST_RESULT))
    return str(found)
