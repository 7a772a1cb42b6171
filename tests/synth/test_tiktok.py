"""auditor.synth.tiktok: user_data JSON in each section-name generation."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from auditor.synth.tiktok import tiktok_date, tiktok_user_data


@pytest.mark.parametrize(
    ("generation", "profile_section"),
    [("2022", "Profile"), ("2024", "Profile"), ("2026", "Profile And Settings")],
)
def test_tiktok_user_data_sections(generation, profile_section):
    d = json.loads(json.dumps(tiktok_user_data(generation, {"userName": "alex"}, posts=[{"Date": "x"}])))
    assert profile_section in d
    assert "Comment" in d


def test_tiktok_date():
    assert tiktok_date(datetime(2024, 5, 1, 9, 30), True) == "2024-05-01 09:30:00 UTC"
    assert tiktok_date(datetime(2024, 5, 1, 9, 30), False) == "2024-05-01 09:30:00"
