#!/usr/bin/env python3
"""Build sample_data/: the synthetic demo persona, with one export for every supported platform.

The persona (an invented Border Force officer, see `auditor.demo`) is the same one
`auditor demo` builds: X, Facebook, Instagram, LinkedIn, Google Takeout, TikTok, Mastodon,
Reddit, WhatsApp, Snapchat and Strava exports, plus a phone camera folder with a four-week
home / work / gym routine. Everything is invented.

Run from the repo root: python scripts/make_sample_data.py  (rewrites sample_data/; the output
is deterministic, so a clean re-run leaves git status unchanged).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's auditor, not another installed one

from auditor.demo import build_persona  # noqa: E402

SAMPLE = ROOT / "sample_data"


def main() -> None:
    if SAMPLE.exists():
        shutil.rmtree(SAMPLE)
    files = build_persona(SAMPLE)
    (SAMPLE / "README.md").write_text(
        "# Sample data (synthetic)\n\n"
        "The demo persona built by `scripts/make_sample_data.py` (the same as `auditor demo`): one export\n"
        "for every supported platform and a phone camera folder. No real person's data.\n"
        "Scan it with `auditor scan sample_data`; rebuild it with `python scripts/make_sample_data.py`.\n",
        encoding="utf-8",
    )
    print(f"wrote {len(files) + 1} files under {SAMPLE}")


if __name__ == "__main__":
    main()
