"""The `stats -o summary.html` page in real headless Chromium: it renders its bars, no request
leaves the page, and no cell below the minimum appears.

Uses Debian's /usr/bin/chromium through Playwright's Python package, launched with the flags of
the HTML-report browser test; skipped cleanly when either is missing.
"""

from __future__ import annotations

import os

import pytest

from auditor.teams.present import render_html
from tests.reporters.test_html_browser import ARGS, CHROMIUM
from tests.teams.test_present import campaign

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) not installed")
pytestmark = [
    pytest.mark.chromium,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]


def test_present_summary_html_renders_offline_without_small_cells(tmp_path):
    summary = campaign()
    summary["by_category"]["uniform"] = {"reports": 3, "findings": 3}  # hand-edited: must not be drawn
    path = tmp_path / "summary.html"
    path.write_text(render_html(summary), encoding="utf-8")
    url = path.as_uri()
    requests: list[str] = []
    violations: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context()
        context.on("request", lambda r: requests.append(r.url))
        context.route("**/*", lambda route: route.continue_() if route.request.url == url else route.abort())
        page = context.new_page()
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(url)
        cells = page.locator("tr.cell")
        drawn = [
            (c.get_attribute("data-dim"), c.get_attribute("data-cell"), int(c.get_attribute("data-volunteers")))
            for c in cells.all()
        ]
        # the stylesheet applied (its CSP hash is right): bars have their colour and a width
        fill = page.evaluate("getComputedStyle(document.querySelector('rect.fill')).fill")
        width = page.evaluate("document.querySelector('tr[data-cell=geotag] rect.fill').getBoundingClientRect().width")
        track = page.evaluate("document.querySelector('tr[data-cell=geotag] rect.track').getBoundingClientRect().width")
        text = page.inner_text("body")
        browser.close()
    assert requests == [url]
    assert violations == []
    assert fill == "rgb(47, 111, 159)"
    assert track > 0 and abs(width - track) < 1  # 12 of 12 volunteers: a full bar
    expected = {(d, c, v["reports"]) for d in ("by_category", "by_platform") for c, v in summary[d].items() if d}
    expected.discard(("by_category", "uniform", 3))
    assert {x for x in drawn if x[0] in ("by_category", "by_platform")} == expected
    assert drawn and all(v >= summary["min_cell"] for _d, _c, v in drawn)
    assert "Uniform" not in text and "12 of 12 (100%)" in text
