"""The HTML report as text: one file, a CSP that matches its own inline code, everything escaped."""

from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser

from auditor.reporters.html import CSP, render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import HOSTILE_TEXT, sample_result


def _page(**kw) -> str:
    return render(prepare(sample_result(), **kw))


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(page: str) -> list[tuple[str, dict[str, str | None]]]:
    p = _Tags()
    p.feed(page)
    return p.tags


def test_html_csp_allows_exactly_its_own_style_and_script() -> None:
    page = _page()
    styles = re.findall(r"<style>(.*?)</style>", page, re.S)
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(styles) == 1 and len(scripts) == 1
    assert f"style-src '{_sha(styles[0])}'" in CSP
    assert f"script-src '{_sha(scripts[0])}'" in CSP
    assert "default-src 'none'" in CSP and "unsafe-inline" not in CSP
    assert page.count('http-equiv="Content-Security-Policy"') == 1


def test_html_makes_no_external_references() -> None:
    page = _page(show_evidence=True)
    tags = _tags(page)
    for tag, attrs in tags:
        assert tag not in ("img", "iframe", "link", "object", "embed", "base", "form", "audio", "video", "source")
        assert not {"src", "srcset", "action", "formaction", "poster", "background"} & set(attrs), (tag, attrs)
        assert not any(a.startswith("on") for a in attrs), (tag, attrs)
    assert "@import" not in page and "url(" not in page
    hrefs = [a["href"] for t, a in tags if "href" in a]
    assert hrefs and all(h and h.startswith("https://") for h in hrefs)
    assert [t for t, _ in tags].count("script") == 1


def test_html_escapes_every_piece_of_export_text() -> None:
    page = _page(show_evidence=True)
    assert HOSTILE_TEXT not in page
    assert "&lt;script&gt;window.__xss = 1" in page
    assert "&lt;img src=x onerror=" in page
    assert 'href="javascript:' not in page
    assert "javascript:window.__xss=4" in page  # shown as inert text


def test_html_says_it_is_sensitive_and_how_it_was_redacted() -> None:
    page = _page()
    assert "Sensitive document." in page and "<title>SENSITIVE" in page
    assert "Evidence is redacted" in page and "Positions are exact" in page
    coarse = _page(coarse=True, show_evidence=True)
    assert "Positions are rounded to suburb level" in coarse and "Evidence is shown in full" in coarse
    assert "-33.95239" not in coarse and "-33.95000" in coarse


def test_html_has_a_tick_box_per_finding_and_settings_line() -> None:
    data = prepare(sample_result())
    page = render(data)
    for f in data["findings"]:
        assert f'class="tick-box" data-fp="{f["fingerprint"]}"' in page
    assert 'data-fp="settings:ios-camera-location"' in page
    assert 'data-fp="settings:android-camera-location"' in page
    assert 'data-fp="settings:strava"' not in page  # no Strava data in this result


def test_html_map_is_inline_svg_with_points_and_places() -> None:
    page = _page()
    svg = re.search(r"<svg [^>]*class=\"map\".*?</svg>", page, re.S)
    assert svg
    assert svg.group(0).count('<circle class="pt"') == 3  # two photos and a post
    assert svg.group(0).count('class="pt place"') == 1  # the inferred home
    assert "inferred-home" in svg.group(0)


def test_html_without_findings_still_renders_settings() -> None:
    data = sample_result()
    data["findings"] = []
    page = render(prepare(data))
    assert "0 finding(s) to fix" in page and 'id="map"' not in page
    assert "settings:ios-camera-location" in page
