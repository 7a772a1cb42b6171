"""The app page: its policy pins exactly its own style and script, and it says nothing leaves."""

from __future__ import annotations

import base64
import hashlib
import re

from auditor.app.page import CSP, CSS, JS, render_page


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


def test_page_csp_pins_the_inline_style_and_script() -> None:
    page = render_page()
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert styles == [CSS] and scripts == [JS]
    assert f"'{_sha(CSS)}'" in CSP and f"'{_sha(JS)}'" in CSP
    assert "default-src 'none'" in CSP and "connect-src 'self'" in CSP and "frame-ancestors 'none'" in CSP
    assert "unsafe-inline" not in CSP and "unsafe-eval" not in CSP


def test_page_says_nothing_is_uploaded_and_has_every_button() -> None:
    page = render_page()
    assert "Nothing is uploaded anywhere" in page
    for button in ("add", "browse", "scan", "strip", "check", "compare", "save", "save-json", "quit"):
        assert f'id="{button}"' in page
    # every text field has a label, so a screen reader names it
    for field in re.findall(r'<(?:input|textarea)[^>]*id="([^"]+)"', page):
        assert f'for="{field}"' in page, field


def test_page_never_names_another_host() -> None:
    page = render_page()
    assert not re.search(r"(?:src|href)=\"(?!#)", page)  # links and frames are set by the script, same origin
    assert "http://" not in page and "https://" not in page
