"""Hostile post text cannot make the rules run for long (no catastrophic regex backtracking).

Each case once took tens of seconds to minutes on 50-120 kB of text; the bound here is loose
(a slow CI machine must not flake) but far below what quadratic or worse behaviour needs.
"""

from __future__ import annotations

import time

import pytest

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules, windows
from auditor.models import Item, ItemKind, Platform

CASES = {
    "hyphens": "-" * 50_000 + "abf.gov.au",
    "dots": "." * 50_000,
    "dot-words": "x dot " * 10_000 + " at " + "y dot " * 10_000,
    "whitespace": " \t" * 30_000 + "abf",
    "at-chain": "a at gov dot b at gov dot " * 4_000,
    "brackets": "[at] [dot] abf " * 8_000,
    "at-signs": "@" * 50_000,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rules_on_hostile_text_finish_quickly(name):
    prof = load_profile("dibp")
    rules = active_rules(prof)
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.COMMENT, path="x", text=CASES[name])
    t = time.perf_counter()
    list(run_rules([item], rules, prof, []))
    assert time.perf_counter() - t < 15


def test_long_text_windows_overlap_and_cover_everything():
    text = "".join(f"{i:05d} " for i in range(5000))  # 30 kB
    item = Item(platform=Platform.REDDIT, kind=ItemKind.POST, path="x", text=text)
    parts = windows(item)
    assert len(parts) > 1 and all(len(p.text) <= 6000 for p in parts)
    assert "".join(p.text for p in parts).count("04999") >= 1
    # every 6-char token appears whole in some window (the overlap keeps neighbours together)
    assert all(any(f"{i:05d} " in p.text for p in parts) for i in range(0, 5000, 97))


def test_long_text_finding_found_once_in_its_window():
    prof = load_profile("dibp")
    text = "lorem ipsum " * 2000 + "Proud to join the Australian Border Force today" + " dolor sit" * 2000
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="x", item_id="1", text=text)
    found = [f for f in run_rules([item], active_rules(prof), prof, []) if f.code == "DEP101"]
    assert found
