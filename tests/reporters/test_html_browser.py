"""The HTML report in real headless Chromium: it renders, ticks persist, hostile posts stay inert,
and no request leaves the page.

Uses Debian's /usr/bin/chromium through Playwright's Python package (no browser download).
Skipped cleanly when either is missing. Kept to a few page loads so it stays fast.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from auditor.reporters.html import render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result

CHROMIUM = "/usr/bin/chromium"
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) not installed")
pytestmark = [
    pytest.mark.chromium,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture()
def report(tmp_path: Path) -> tuple[Path, dict]:
    data = prepare(sample_result(), show_evidence=True)  # the raw hostile text reaches the page
    path = tmp_path / "report.html"
    path.write_text(render(data), encoding="utf-8")
    return path, data


class Watch:
    """Records every request, dialog, console message and page error of one browser context."""

    def __init__(self, context, allowed: str) -> None:
        self.requests: list[str] = []  # every request the page created (CSP may block it before it is sent)
        self.routed: list[str] = []  # requests that got past the page's CSP to the network layer
        self.dialogs: list[str] = []
        self.console: list[str] = []
        self.errors: list[str] = []
        self.allowed = allowed
        context.on("request", lambda r: self.requests.append(r.url))
        context.route("**/*", self._route)

    def _route(self, route) -> None:
        self.routed.append(route.request.url)
        if route.request.url == self.allowed:
            route.continue_()
        else:
            route.abort()

    def page(self, context):
        page = context.new_page()
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        return page


def test_html_browser_renders_inert_and_offline(browser, report) -> None:
    path, data = report
    url = path.as_uri()
    context = browser.new_context()
    watch = Watch(context, url)
    page = watch.page(context)
    page.goto(url)
    page.wait_for_selector("html[data-ready='1']")  # the script ran: its CSP hash is right
    n_lines = page.locator("li.line").count()
    assert n_lines == len(data["findings"]) + page.locator("li.line[data-category='settings']").count()
    assert page.locator("li.line[data-category='settings']").count() >= 2
    bg = page.evaluate("getComputedStyle(document.querySelector('.sensitive')).backgroundColor")
    assert bg == "rgb(255, 244, 229)"  # the stylesheet applied: its CSP hash is right
    assert "Sensitive document" in page.inner_text("header")
    assert page.locator("svg.map.overview circle.pt").count() == 3
    # hostile text is shown as text and never runs
    assert "<script>window.__xss = 1" in page.inner_text("#checklist")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#checklist img").count() == 0
    # filters: one platform, then a minimum severity
    page.select_option("#f-platform", "photos")
    shown = page.locator("li.line:not([hidden])")
    assert shown.count() == sum(1 for f in data["findings"] if f["platform"] == "photos")
    assert set(shown.evaluate_all("els => els.map(e => e.dataset.platform)")) == {"photos"}
    assert page.locator("svg.map.overview .pt:not([visibility='hidden'])").count() == 3  # two photos + the inferred home
    page.select_option("#f-platform", "")
    page.select_option("#f-severity", "high")
    assert page.locator("li.line:not([hidden])").count() == sum(
        1 for f in data["findings"] if f["severity"] in ("critical", "high")
    )
    # a CSP backstop: even markup injected after load cannot fetch anything
    page.evaluate("document.body.insertAdjacentHTML('beforeend', '<img src=\"https://example.invalid/x.png\">')")
    page.wait_for_timeout(200)
    # printable: the filter bar is not printed
    page.emulate_media(media="print")
    assert page.evaluate("getComputedStyle(document.querySelector('nav.filters')).display") == "none"
    context.close()
    assert watch.routed == [url], watch.routed  # nothing but the report itself was ever fetched
    assert [r for r in watch.requests if r != url] == ["https://example.invalid/x.png"]
    assert any("Content Security Policy" in m and "example.invalid" in m for m in watch.console), watch.console
    assert watch.dialogs == [] and watch.errors == []
    assert not [m for m in watch.console if "Content Security Policy" in m and "example.invalid" not in m], watch.console


def test_html_browser_ticks_persist_across_reloads(browser, report) -> None:
    path, data = report
    url = path.as_uri()
    context = browser.new_context()
    watch = Watch(context, url)
    page = watch.page(context)
    page.goto(url)
    page.wait_for_selector("html[data-ready='1']")
    fp = data["findings"][0]["fingerprint"]
    box = f"input.tick-box[data-fp='{fp}']"
    page.check(box)
    page.check("input.tick-box[data-fp='settings:ios-camera-location']")
    assert page.inner_text("#done-count") == "2"
    page.reload()
    page.wait_for_selector("html[data-ready='1']")
    assert page.is_checked(box)
    assert "done" in (page.get_attribute(f"#l-{fp}", "class") or "")
    assert page.inner_text("#done-count") == "2"
    assert page.evaluate(f"localStorage.getItem('auditor.done.{fp}')") == "1"
    page.check("#f-hide-done")
    assert page.locator(f"#l-{fp}").is_hidden()
    page.uncheck("#f-hide-done")
    page.uncheck(box)
    page.reload()
    page.wait_for_selector("html[data-ready='1']")
    assert not page.is_checked(box)
    assert page.inner_text("#done-count") == "1"
    context.close()
    assert watch.routed == [url, url, url]  # three loads of the report, nothing else
    assert watch.errors == [] and watch.dialogs == []


SAMPLE_SCAN = Path(__file__).resolve().parent.parent / "golden" / "sample_scan_evidence.json"


@pytest.mark.parametrize("width", [1400, 420])
def test_html_browser_layout_at_desktop_and_phone_width(browser, tmp_path: Path, width: int) -> None:
    """The sample scan's report: no sideways scroll, badges on one line, counts that agree.

    Set AUDITOR_SHOTS=DIR to keep the screenshots (full page) for a look.
    """
    import json as jsonlib  # lazy: only this test reads the saved sample scan

    from auditor.reporters.output import render as render_fmt

    data = jsonlib.loads(SAMPLE_SCAN.read_text(encoding="utf-8"))
    path = tmp_path / "sample.html"
    path.write_text(render_fmt(data, "html"), encoding="utf-8")
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(path.as_uri())
    page.wait_for_selector("html[data-ready='1']")
    shots = os.environ.get("AUDITOR_SHOTS")
    if shots:
        page.screenshot(path=str(Path(shots) / f"report_{width}.png"), full_page=True)
    # no horizontal overflow
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # every rule-code badge on one line
    heights = page.locator("code.rule").evaluate_all("els => els.map(e => [e.getClientRects().length, e.offsetHeight])")
    assert heights and all(n == 1 and h < 24 for n, h in heights), heights[:5]
    # the header count is the progress total is the number of boxes to tick
    count = int(page.inner_text("#item-count"))
    assert count == int(page.inner_text("#done-total")) == page.locator("li.line").count()
    assert page.evaluate("document.getElementById('done-bar').max") == count
    # the overview map: one dot per positioned finding, and its counts add up to them
    positioned = [f for f in data["findings"] if f.get("location") and f["category"] != "pattern_of_life"]
    places = [f for f in data["findings"] if f.get("location") and f["category"] == "pattern_of_life"]
    overview = page.locator("svg.map.overview")
    assert overview.locator("circle.pt").count() == len(positioned)
    assert overview.locator("g.place").count() == len(places)
    counted = overview.locator("text.count").evaluate_all(
        "els => els.map(e => [parseInt(e.textContent.slice(1)), e.getAttribute('data-fps').split(' ').length])"
    )
    lone = len(positioned) - sum(n for _, n in counted)
    assert all(shown == n for shown, n in counted) and lone >= 0
    assert sum(shown for shown, _ in counted) + lone == len(positioned)
    # a category filter leaves no orphan label: every count shown matches its visible dots
    page.select_option("#f-category", "location_mention")
    for label in overview.locator("text.count").all():
        fps = label.get_attribute("data-fps").split(" ")
        visible = sum(
            overview.locator(f"circle.pt[data-fp='{fp}']:not([visibility='hidden'])").count() for fp in dict.fromkeys(fps)
        )
        if visible <= 1:
            assert label.get_attribute("visibility") == "hidden"
        else:
            assert label.inner_text() == f"×{visible}"
    assert all(h.is_hidden() for h in page.locator("section.group[hidden] h2").all())
    if shots:
        page.screenshot(path=str(Path(shots) / f"filtered_{width}.png"))
    context.close()
