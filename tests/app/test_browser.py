"""`auditor app` end to end in headless Chromium: start, choose the sample export, scan, tick an
item, strip photos to a new folder, check a draft, compare, save, close; with no request leaving
127.0.0.1, a wrong token or a foreign Origin refused, and axe-core finding no WCAG 2.1 AA
violation in the app or the report inside it.

Runs the real `python -m auditor app --no-browser` process. Uses Debian's /usr/bin/chromium
through Playwright (no browser download); skipped cleanly when either is missing.
Set UPDATE_SCREENSHOT=1 to refresh docs/app.png (the README's screenshot) from this test.
"""

from __future__ import annotations

import json
import os
import shutil
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from PIL import Image

from auditor.media.reader import read_media
from tests.reporters.test_html_browser import ARGS, CHROMIUM
from tests.support.a11y import violations
from tests.support.app_process import REPO, start_app

sync_api = pytest.importorskip("playwright.sync_api", reason="playwright (Python package) not installed")
pytestmark = [
    pytest.mark.chromium,
    pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} not installed"),
]
SCREENSHOT = REPO / "docs" / "app.png"


def _status(url: str, headers: dict[str, str] | None = None, data: bytes | None = None) -> int:
    req = urllib.request.Request(url, headers=headers or {}, data=data, method="POST" if data is not None else "GET")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(req, timeout=10) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_app_browser_end_to_end(tmp_path: Path) -> None:
    sample = tmp_path / "exports"
    shutil.copytree(REPO / "sample_data", sample)  # the officer's downloads (never written to)
    before = sorted(p.relative_to(sample).as_posix() for p in sample.rglob("*"))
    app = start_app(tmp_path / "state", "--idle", "20")
    try:
        # another site, a rebinding page or a guessed token get nothing
        assert _status(app.url) == 200
        assert _status(f"{app.base}/api/state?token=wrong") == 403
        assert _status(f"{app.base}/api/state?token={app.token}", {"Origin": "https://evil.example"}) == 403
        assert _status(f"{app.base}/api/state?token={app.token}", {"Host": f"evil.example:{app.port}"}) == 403
        assert _status(f"{app.base}/api/scan?token={app.token}", {"Origin": "https://evil.example"}, b"{}") == 403
        assert _status(f"{app.base}/api/scan?token={app.token}", {}, b"{}") == 403  # a POST must say where it comes from

        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            context = browser.new_context(accept_downloads=True, viewport={"width": 1000, "height": 900})
            requested: list[str] = []
            context.on("request", lambda r: requested.append(r.url))
            context.route(
                "**/*", lambda route: route.continue_() if route.request.url.startswith(app.base + "/") else route.abort()
            )
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(app.url)
            page.wait_for_selector("html[data-ready='1']")
            assert "Nothing is uploaded anywhere" in page.inner_text("header")
            assert violations(page) == []  # the empty page

            # choose the sample export by its path, then scan
            page.fill("#path", str(sample))
            page.click("#add")
            page.wait_for_selector(f"#inputs li:has-text('{sample.name}')")
            page.click("#scan")
            page.wait_for_selector("html[data-report='1']", timeout=120_000)
            assert "Scan finished" in page.inner_text("#scan-msg")
            assert page.locator("#exports li").count() >= 10  # one line per export read
            report = page.frame_locator("#report")
            n_lines = report.locator("li.line").count()
            assert n_lines > 50

            # tick an item: kept by the app, and there again after a reload
            box = report.locator("input.tick-box").first
            fp = box.get_attribute("data-fp")
            box.check()
            page.wait_for_function(
                "fp => fetch('/api/ticks', {headers: {'X-Auditor-Token': new URLSearchParams(location.search).get('token')}})"
                ".then(r => r.json()).then(t => !!t[fp])",
                arg=fp,
            )
            assert json.loads((tmp_path / "state" / "ticks.json").read_text()) == {fp: True}
            page.reload()
            page.wait_for_selector("html[data-report='1']", timeout=60_000)
            assert page.frame_locator("#report").locator(f"input.tick-box[data-fp='{fp}']").is_checked()
            assert page.frame_locator("#report").locator("#done-count").inner_text() == "1"

            # GPS-free copies into a new folder
            clean = tmp_path / "clean"
            page.fill("#strip-out", str(clean))
            page.click("#strip")
            page.wait_for_selector("#strip-msg:has-text('Done')", timeout=60_000)
            copies = sorted(clean.rglob("*.jpg"))
            assert copies, page.inner_text("#strip-msg")
            originals_with_gps = 0
            for c in copies:
                with open(c, "rb") as fh:
                    assert read_media(fh).gps is None, c
                with open(sample / c.relative_to(clean), "rb") as fh:
                    originals_with_gps += read_media(fh).gps is not None
            assert originals_with_gps > 0  # the copies lost a GPS the originals had

            # a draft post
            page.fill("#draft", "Night shift at the Border Force office again")
            page.click("#check")
            page.wait_for_selector("#check-msg:has-text('Reconsider')")
            assert page.locator("#check-list li").count() >= 1
            page.fill("#draft", "Lovely day at the beach")
            page.click("#check")
            page.wait_for_selector("#check-msg:has-text('OK to post')")

            # compare with last time: nothing earlier, then a second scan of the same export
            page.click("#compare")
            page.wait_for_selector("#compare-msg:has-text('no earlier scan')")
            page.click("#scan")
            page.wait_for_selector("html[data-report='1']", timeout=120_000)
            assert "Scan finished" in page.inner_text("#scan-msg")
            page.click("#compare")
            page.wait_for_selector("#compare-msg:has-text('since last time')")
            assert "0 fixed, 0 new" in page.inner_text("#compare-msg"), page.inner_text("#compare-list")

            # save the report
            with page.expect_download() as dl:
                page.click("#save")
            saved = tmp_path / "saved.html"
            dl.value.save_as(saved)
            assert "Social media exposure checklist" in saved.read_text(encoding="utf-8")

            # accessible with everything on show, the report inside it too (one item ticked)
            page.wait_for_selector("html[data-report='1']")
            assert violations(page) == []
            assert violations(page, "#report") == []
            shot = SCREENSHOT if os.environ.get("UPDATE_SCREENSHOT") else tmp_path / "app.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.evaluate("window.scrollTo(0, document.getElementById('h-scan').offsetTop - 10)")
            page.screenshot(path=str(shot))
            with Image.open(shot) as img:  # a small palette PNG for the README
                img.convert("RGB").quantize(colors=64).save(shot, optimize=True)
            assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

            # closing the tab stops the app: its goodbye beacon, or at the latest the missing heartbeats
            # (--idle); the route is lifted first so the beacon is not held in this test's handler
            context.unroute("**/*")
            page.close(run_before_unload=True)
            assert app.proc.wait(60) == 0
            context.close()
            browser.close()
        assert errors == []
        assert requested and all(u.startswith(app.base + "/") for u in requested), [
            u for u in requested if not u.startswith(app.base)
        ]
        assert sorted(p.relative_to(sample).as_posix() for p in sample.rglob("*")) == before  # nothing written into the input
        assert "app stopped" in (app.proc.stderr.read() if app.proc.stderr else "")
    finally:
        app.stop()


def test_app_browser_drop_a_zip_then_stop(tmp_path: Path) -> None:
    # a zip chosen in the page is copied into the app's own temporary folder, listed, removable;
    # the Stop button ends the process cleanly
    export = tmp_path / "twitter.zip"
    shutil.make_archive(str(export.with_suffix("")), "zip", REPO / "sample_data", "twitter-2025-06-01-archive")
    app = start_app(tmp_path / "state")
    try:
        with sync_api.sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            context = browser.new_context()
            requested: list[str] = []
            context.on("request", lambda r: requested.append(r.url))
            page = context.new_page()
            page.goto(app.url)
            page.wait_for_selector("html[data-ready='1']")
            # every control can be reached with the keyboard alone, in reading order
            reached = []
            for _ in range(20):
                page.keyboard.press("Tab")
                reached.append(page.evaluate("document.activeElement.id"))
                if reached[-1] == "quit":
                    break
            assert reached == ["path", "add", "browse", "files", "quit"], reached  # Scan is disabled until something is chosen
            page.set_input_files("#files", str(export))
            page.wait_for_selector("#inputs li:has-text('twitter.zip')")
            temp = Path(page.evaluate("document.querySelector('#inputs li').firstChild.textContent").strip())
            assert temp.read_bytes() == export.read_bytes() and temp.parent.name.startswith("auditor-app-")
            assert not page.is_disabled("#scan")
            page.get_by_role("button", name=f"Remove {temp}").click()
            page.wait_for_selector("#none-chosen:visible")
            assert page.is_disabled("#scan")
            page.click("#quit")
            page.wait_for_selector("#quit-msg:has-text('stopped')")
            assert app.proc.wait(20) == 0
            browser.close()
        assert not temp.parent.exists()  # the copy went with the app
        assert all(u.startswith(app.base + "/") for u in requested)
    finally:
        app.stop()
