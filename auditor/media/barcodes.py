"""Barcodes and QR codes in photos (boarding passes, ID badges, tickets) via zxing-cpp.

Works on an image already decoded (and bounded) by `auditor.media.ocr.load_image`. zxing-cpp
is optional: `available()` says whether it is importable. Returns (format, text) pairs; it
never decides what is risky.
"""

from __future__ import annotations

from typing import Any

MAX_CODES = 16


def available() -> bool:
    try:
        import zxingcpp  # noqa: F401  # lazy: optional dependency (the vision extra); absent is a normal answer
    except ImportError:
        return False
    return True


def read_codes(im: Any) -> list[tuple[str, str]]:
    import zxingcpp  # lazy: optional dependency (the vision extra), imported only when codes are read

    out: list[tuple[str, str]] = []
    try:
        found = zxingcpp.read_barcodes(im)
    except (ValueError, RuntimeError):
        return out
    for b in found[:MAX_CODES]:
        text = (b.text or "").strip()
        if text:
            out.append((str(b.format), text[:2000]))
    return out
