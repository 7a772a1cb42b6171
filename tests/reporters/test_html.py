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
    # permalinks (https) and the start-here links to lines of this page; nothing else
    assert hrefs and all(h and (h.startswith("https://") or h.startswith("#l-")) for h in hrefs)
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
    assert "Your own view:" in page and "Positions are exact" in page
    coarse = _page(coarse=True)
    assert "Positions are rounded to suburb level" in coarse and "Your own view:" in coarse
    assert "-33.95239" not in coarse and "-33.95, 151.14 (rounded to about 1 km)" in coarse
    shared = _page(redact=True)
    assert "Redacted for sharing:" in shared and "Positions are rounded to suburb level" in shared


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
    svg = re.search(r"<svg [^>]*class=\"map\" .*?</svg>", page, re.S)
    assert svg
    assert svg.group(0).count('<circle class="pt"') == 3  # two photos and a post
    assert svg.group(0).count('class="pt place"') == 1  # the inferred home
    assert "inferred-home" in svg.group(0)


def test_html_without_findings_still_renders_settings() -> None:
    data = sample_result()
    data["findings"] = []
    page = render(prepare(data))
    assert "for the 0 finding(s)" in page and 'id="map"' not in page and 'id="start"' not in page
    assert "settings:ios-camera-location" in page


def test_html_header_count_is_the_progress_total() -> None:
    page = _page()
    count = re.search(r'<strong id="item-count">(\d+)</strong>', page)
    total = re.search(r'<span id="done-total">(\d+)</span>', page)
    bar = re.search(r'<progress id="done-bar" value="0" max="(\d+)"', page)
    assert count and total and bar
    assert count.group(1) == total.group(1) == bar.group(1) == str(page.count('class="tick-box"'))


def test_html_start_here_links_the_most_severe_action_first() -> None:
    page = _page()
    start = re.search(r'<section id="start">(.*?)</section>', page, re.S)
    assert start
    links = re.findall(r'<a href="#l-([^"]+)">', start.group(1))
    assert links and all(f'id="l-{fp}"' in page for fp in links)  # every action is a line of the checklist
    first = re.search(r'<span class="sev">(\w+)</span>', start.group(1))
    assert first and first.group(1) == "CRITICAL"


def test_html_overview_map_over_australia_counts_every_positioned_finding() -> None:
    data = prepare(sample_result())
    page = render(data)
    svg = re.search(r'<svg [^>]*class="map overview".*?</svg>', page, re.S)
    assert svg and 'class="land"' in svg.group(0) and 'class="border"' in svg.group(0)
    dots = [f for f in data["findings"] if f.get("location") and f["category"] != "pattern_of_life"]
    assert svg.group(0).count('<circle class="pt"') == len(dots)
    assert f'data-positions="{len(dots)}"' in svg.group(0)
