"""axe-core in a Playwright page: WCAG 2.1 A and AA violations, as short readable strings.

The vendored `tests/support/axe/axe.min.js` (see its README) is evaluated in the page through
Playwright (the DevTools protocol, which the page's Content-Security-Policy does not govern),
so the page is checked exactly as served, its CSP on.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

AXE = Path(__file__).resolve().parent / "axe" / "axe.min.js"
AXE_SHA256 = "29348999450cdf2849a8e70b7912fc2da85a849da39c0d0d5394f51d4a9ed95c"
WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source() -> str:
    data = AXE.read_bytes()
    assert hashlib.sha256(data).hexdigest() == AXE_SHA256, "tests/support/axe/axe.min.js is not the vendored file"
    return data.decode("utf-8")


def violations(page, frame_selector: str | None = None) -> list[str]:
    """Every WCAG 2.1 A/AA violation axe finds in the page (or in one of its frames)."""
    frame = page.query_selector(frame_selector).content_frame() if frame_selector else page
    if not frame.evaluate("() => typeof window.axe === 'object'"):
        frame.evaluate("() => {\n" + axe_source() + "\n}")
    result = frame.evaluate(
        "async (tags) => await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'] })",
        WCAG21_AA,
    )
    out = []
    for v in result["violations"]:
        nodes = "; ".join(
            f"{' '.join(n['target'][:1]) if isinstance(n['target'], list) else n['target']}" for n in v["nodes"][:5]
        )
        out.append(f"{v['id']} ({v['impact']}): {v['help']} -> {nodes}")
    return out
