"""The HTML report of the sample (`auditor scan sample_data -f html`) is accessible: axe-core finds
no WCAG 2.1 A/AA violation, before or after ticking, and the checklist works from the keyboard
alone (Tab to a tick box, Space ticks it, Space again unticks it).

Headless Chromium through Playwright, as tests/reporters/test_html_browser.py; axe-core is the
vendored copy in tests/support/axe.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import SAMPLE
from tests.reporters.test_html_browser import ARGS, CHROMIUM
from tests.support.a11y import violations
from tests.support.cli import run_cli

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) not installed")
pytestmark = [
    pytest.mark.chromium,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]


@pytest.fixture(scope="module")
def sample_report(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("report") / "report.html"
    r = run_cli("scan", str(SAMPLE), "-f", "html", "-o", str(out), "-q")
    assert r.returncode == 0, r.stderr
    return out


@pytest.fixture()
def page(sample_report: Path):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        context = browser.new_context()
        page = context.new_page()
        page.goto(sample_report.as_uri())
        page.wait_for_selector("html[data-ready='1']")
        yield page
        browser.close()


def test_html_a11y_sample_report_has_no_wcag21_aa_violation(page) -> None:
    assert violations(page) == []
    page.check("input.tick-box >> nth=0")
    page.check("input.tick-box >> nth=3")  # ticked lines keep their contrast
    page.select_option("#f-severity", "high")
    assert violations(page) == []


def test_html_a11y_checklist_by_keyboard_alone(page) -> None:
    def focused() -> str:
        return page.evaluate("document.activeElement ? (document.activeElement.className || document.activeElement.id) : ''")

    seen = []
    for _ in range(60):  # the filters, the print button, the counts table, then the first tick box
        page.keyboard.press("Tab")
        seen.append(focused())
        if seen[-1] == "tick-box":
            break
    assert seen[-1] == "tick-box", seen
    assert {"f-category", "f-platform", "f-severity", "f-hide-done", "print"} <= set(seen)
    fp = page.evaluate("document.activeElement.dataset.fp")
    page.keyboard.press("Space")
    assert page.is_checked(f"input.tick-box[data-fp='{fp}']")
    assert page.inner_text("#done-count") == "1"
    assert "done" in (page.get_attribute(f"#l-{fp}", "class") or "")
    # a visible focus indicator: the browser's outline is not removed by the report's style
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Space")
    assert not page.is_checked(f"input.tick-box[data-fp='{fp}']")
    assert page.inner_text("#done-count") == "0"
