"""The real export's site, built by MkDocs (strict) and by Zensical, read in headless Chromium at 1400 px
and at 390 px (a phone).

Every page is loaded once and measured at both widths (the window is resized between the two, and the
next page starts at the width the last one ended at). At 1400 px: no table wider than the content column
(with every fold opened), height under 25,000 px, a copy button on every code block, the palette toggle.
At 390 px: no horizontal page scroll and nothing reaching past the screen's edge outside a box that
scrolls within it (wide tables scroll in their own box), a copy button on every code block. Search finds
an operation by its summary first; on a phone the navigation drawer leads to a tag page. Each engine's
site is built once and one browser serves all; its changelog is that of the example history in specs/
(a breaking change, added, changed and folded documentation sections). Screenshots of the index, a tag
page and the changelog (and the tag page at 390 px) go to build/docs-screenshots/ for review.
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

from generator.history.changelog_entries import changelog
from generator.history.store import History
from generator.history.timeline import walk_exports
from generator.render.writer import write_tree
from tests.docs.browser import CHROMIUM_FLAGS, chromium
from tests.docs.helpers import docs_for, document_from

pytestmark = pytest.mark.slow

PROJECT = Path(__file__).resolve().parent.parent.parent
SCREENSHOTS = PROJECT / "build" / "docs-screenshots"
DESK = (1400, 1000)
PHONE = (390, 844)
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
# Code blocks and their copy buttons (Material's, or Zensical's in a code block's nav bar).
COPY_BUTTONS = """
const blocks = document.querySelectorAll('.md-content pre > code').length;
const buttons = document.querySelectorAll('.md-content pre > .md-code__button, .md-content pre > button.md-clipboard, .md-content .md-code__nav .md-code__button[data-md-type="copy"]').length;
"""
# The folds a page was loaded with: opened for a measure, closed again after it, so the other width's
# measure of the same page finds them as loaded.
OPEN_FOLDS = """
const folded = [...document.querySelectorAll('details:not([open])')];
"""
# Measured in the page at 1400 px: its height with folds closed, then every fold opened and every table
# checked.
MEASURE = (
    OPEN_FOLDS
    + """
const height = document.documentElement.scrollHeight;
folded.forEach(d => { d.open = true; });
const column = document.querySelector('.md-content__inner');
const limit = column ? column.clientWidth : 0;
const wide = [];
document.querySelectorAll('.md-content table').forEach(t => {
  if (t.scrollWidth > limit + 1) { wide.push([t.scrollWidth, t.innerText.slice(0, 80)]); }
});
const palette = document.querySelector('[data-md-component="palette"]') !== null;
"""
    + COPY_BUTTONS
    + """
folded.forEach(d => { d.open = false; });
return {height: height, limit: limit, wide: wide, blocks: blocks, buttons: buttons, palette: palette};
"""
)
# At phone width, with every fold open: the page's own width, and content reaching past the screen's
# right edge outside a box that scrolls within the screen (the theme clips the rest: unreachable).
PHONE_MEASURE = (
    OPEN_FOLDS
    + """
folded.forEach(d => { d.open = true; });
const viewport = document.documentElement.clientWidth;
const content = document.querySelector('.md-content');
const scrolls = e => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
const loose = [];
content.querySelectorAll('*').forEach(e => {
  if (e.getBoundingClientRect().right <= viewport + 1 || e.getClientRects().length === 0) { return; }
  for (let up = e.parentElement; up && up !== content; up = up.parentElement) {
    if (scrolls(up) && up.getBoundingClientRect().right <= viewport + 1) { return; }
  }
  loose.push(e.tagName + ' ' + (e.innerText || '').slice(0, 60));
});
const page = document.documentElement.scrollWidth;
"""
    + COPY_BUTTONS
    + """
folded.forEach(d => { d.open = false; });
return {page: page, viewport: viewport, loose: loose, blocks: blocks, buttons: buttons};
"""
)
# A measure run once the page has been laid out and painted at the window's size: after a resize, the
# theme's resize and media-query listeners run before the next frame, so two frames on it has settled.
AFTER_LAYOUT = """
const done = arguments[arguments.length - 1];
requestAnimationFrame(() => requestAnimationFrame(() => done((() => {%s})())));
"""


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *_: Any) -> None:
        pass


@pytest.fixture(scope="module")
def site_tree(real_export: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("browser-site")
    # The changelog page shows every kind of section: the example history's three releases.
    entries = changelog(walk_exports(History(PROJECT / "specs", "botmaker").exports()))
    write_tree(docs_for(document_from(real_export), mkdocs_config=True, changelog=entries).files, folder)
    return folder


@pytest.fixture(scope="module", params=sorted(ENGINES))
def served(
    request: pytest.FixtureRequest, site_tree: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, Path, str]]:
    """(engine, built site, address it is served at), once per engine for every test here."""
    engine = str(request.param)
    site = build(site_tree, engine, tmp_path_factory.mktemp(engine) / "tree")
    server, base = serve(site)
    try:
        yield engine, site, base
    finally:
        server.shutdown()


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
    for flag in (
        *CHROMIUM_FLAGS,
        "--headless=new",
        f"--window-size={DESK[0]},{DESK[1]}",
        "--hide-scrollbars",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(
        service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options
    )
    driver.set_page_load_timeout(120)
    driver.set_script_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def serve(site: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def site_pages(site: Path) -> list[str]:
    return sorted(path.relative_to(site).parent.as_posix() for path in site.rglob("index.html"))


def page_url(base: str, page: str) -> str:
    return f"{base}/{'' if page == '.' else page + '/'}"


def measured(browser: webdriver.Chrome, measure: str) -> dict[str, Any]:
    """What ``measure`` finds once the page is laid out at the window's present size."""
    found: dict[str, Any] = browser.execute_async_script(AFTER_LAYOUT % measure)
    return found


def desk_problems(page: str, found: dict[str, Any]) -> list[str]:
    problems = []
    if found["height"] >= MAX_HEIGHT:
        problems.append(f"{page}: {found['height']} px tall")
    if found["wide"]:
        problems.append(f"{page}: tables wider than {found['limit']} px: {found['wide'][:3]}")
    if not found["palette"]:
        problems.append(f"{page}: no palette toggle")
    return problems + copy_button_problems(page, found)


def phone_problems(page: str, found: dict[str, Any]) -> list[str]:
    assert 380 <= found["viewport"] <= PHONE[0], found["viewport"]
    problems = []
    if found["page"] > found["viewport"]:
        problems.append(f"{page}: scrolls sideways ({found['page']} px in {found['viewport']} px)")
    if found["loose"]:
        problems.append(f"{page}: past the screen's edge, not in a scrolling box: {found['loose'][:2]}")
    return problems + copy_button_problems(page, found)


def copy_button_problems(page: str, found: dict[str, Any]) -> list[str]:
    if found["buttons"] < found["blocks"]:
        return [f"{page}: {found['blocks']} code blocks, {found['buttons']} copy buttons"]
    return []


# Each width's window size, measure and reading of what the measure found.
CHECKS = {DESK: (MEASURE, desk_problems), PHONE: (PHONE_MEASURE, phone_problems)}


def test_every_page_reads_at_both_widths(served: tuple[str, Path, str], browser: webdriver.Chrome) -> None:
    engine, site, base = served
    pages = site_pages(site)
    assert len(pages) >= 29 + 189
    problems = []
    heights: dict[str, int] = {}
    widths = [DESK, PHONE]
    try:
        for page in pages:
            browser.get(page_url(base, page))
            for size in widths:
                browser.set_window_size(*size)
                measure, read = CHECKS[size]
                found = measured(browser, measure)
                if "height" in found:
                    heights[page] = found["height"]
                problems += read(page, found)
            widths.reverse()
    finally:
        browser.set_window_size(*DESK)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for name, page in (("index", ""), ("tag-chats", "tags/chats/"), ("changelog", "changelog/")):
        browser.get(f"{base}/{page}")
        browser.save_screenshot(str(SCREENSHOTS / f"{engine}-{name}.png"))
        assert (SCREENSHOTS / f"{engine}-{name}.png").stat().st_size > 20_000
    for summary, page, anchor in SEARCHES:
        first = urlsplit(search_first_result(browser, base, summary))
        if not (first.path.endswith(page) and first.fragment == anchor):
            problems.append(f"search {summary!r}: first result {first.geturl()}")
    assert problems == [], "\n".join(problems[:40])
    tallest = max(heights.items(), key=lambda item: item[1])
    assert len(heights) == len(pages) and 0 < tallest[1] < MAX_HEIGHT, tallest


WIDE_BLOCK = """
const block = document.createElement('div');
block.style.minWidth = '1500px';
block.textContent = 'wide';
document.querySelector('.md-content__inner').appendChild(block);
"""
# A link to a tag page shown in the open navigation drawer, or null.
SHOWN_TAG_LINK = """
return [...document.querySelectorAll('.md-nav--primary a[href*="tags/"]')].find(a => {
  const box = a.getBoundingClientRect();
  const seen = a.checkVisibility({visibilityProperty: true, opacityProperty: true}) && a.innerText.trim();
  return seen && box.left >= 0 && box.right <= window.innerWidth && box.top < window.innerHeight;
}) || null;
"""

# The drawer is open and no transition runs: what is in view now stays in view.
DRAWER_SETTLED = """
const box = document.querySelector('.md-nav--primary').getBoundingClientRect();
return box.left >= 0 && box.width > 0 && document.getAnimations().length === 0;
"""


def test_the_site_reads_on_a_phone(served: tuple[str, Path, str], browser: webdriver.Chrome) -> None:
    engine, _, base = served
    browser.set_window_size(*PHONE)
    try:
        browser.get(f"{base}/tags/chats/")
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        browser.save_screenshot(str(SCREENSHOTS / f"{engine}-phone-tag-chats.png"))
        assert (SCREENSHOTS / f"{engine}-phone-tag-chats.png").stat().st_size > 10_000
        assert phone_problems("tags/chats", measured(browser, PHONE_MEASURE)) == []
        # The measure sees content past the edge when there is some: a wide block added to the page.
        browser.execute_script(WIDE_BLOCK)
        assert measured(browser, PHONE_MEASURE)["loose"] == ["DIV wide"]
        assert tag_page_through_the_drawer(browser, base).startswith(f"{base}/tags/")
    finally:
        browser.set_window_size(*DESK)


def tag_page_through_the_drawer(browser: webdriver.Chrome, base: str) -> str:
    """Open the navigation drawer from the header button, open the operations section when its
    links are folded away, follow the first tag link shown, and give the address reached."""
    browser.get(f"{base}/")
    browser.find_element(By.CSS_SELECTOR, "label.md-header__button[for='__drawer']").click()
    wait = WebDriverWait(browser, 20)
    wait.until(lambda driver: driver.find_element(By.CSS_SELECTOR, ".md-nav--primary").is_displayed())
    wait.until(lambda driver: driver.execute_script(DRAWER_SETTLED))  # not still sliding in
    if browser.execute_script(SHOWN_TAG_LINK) is None:
        sections = browser.find_elements(By.CSS_SELECTOR, ".md-nav--primary label.md-nav__link")
        label = next(
            label for label in sections if label.get_attribute("textContent").strip() == "Operations"
        )
        label.click()
    wait.until(lambda driver: driver.execute_script(SHOWN_TAG_LINK)).click()
    wait.until(lambda driver: "/tags/" in driver.current_url)
    return str(browser.current_url)


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
        # keys typed while Material's search is still starting up can be lost: type again until the
        # box holds the whole query, and only then read the results
        for _ in range(5):
            box.send_keys(query)
            if box.get_attribute("value") == query:
                break
            box.clear()
        assert box.get_attribute("value") == query, box.get_attribute("value")
    else:
        browser.find_element(By.CSS_SELECTOR, "button.md-search__button").click()
        box = WebDriverWait(browser, 30).until(lambda driver: driver.switch_to.active_element)
        box.send_keys(query)
    found = WebDriverWait(browser, 60).until(lambda driver: driver.execute_script(FIRST_RESULT))
    return str(found)
