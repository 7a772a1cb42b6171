"""Tests for auditor.rules.attirecues: the cues that make work wear said indirectly a uniform."""

from __future__ import annotations

import re

import pytest

from auditor.rules.attirecues import PASS_IN_USE, exclusion, kit_list

_EXCLUDE = re.compile(r"\b(?:school|Coles|footy)\b", re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kids in their school uniform for the first day", "school"),
        # a comparison is not the setting; the place one's own work wear was seen is no exclusion
        ("Inspection in dress uniform at muster, lined up like a school photo", None),
        ("Ducked into Coles in my greens after shift", None),
        # an exclusion inside the garment's own words still applies
        ("wore my old school uniform to the 90s party", "school"),
    ],
)
def test_exclusion(text: str, word: str | None) -> None:
    got = exclusion(text, _EXCLUDE)
    assert (got.group(0).casefold() if got else None) == word


def test_kit_list_needs_a_uniform_piece_and_not_colours_only() -> None:
    text = "Blues pressed, boots shined, lanyard on"
    assert kit_list(text, text.casefold()) is not None
    for text in ("Hi-vis, hard hat and steel caps for the site", "Navy blues and greens for the living room"):
        assert kit_list(text, text.casefold()) is None


def test_pass_in_use() -> None:
    assert PASS_IN_USE.search("Pass won't scan at the side door again, can someone swipe me in") is not None
    assert PASS_IN_USE.search("My bus pass won't scan again") is None


def test_years_of_service_told_by_the_work_wear_and_ones_badge_number() -> None:
    from auditor.rules.attirecues import SERVICE_WORN

    for text in (
        "Farewell cake today, 27 years of polishing these boots",
        "Eighteen years in the greens and the night shifts never got easier",
        "Badge number 3319 off for a fortnight",
        "Handed in my badge number today, so long",
    ):
        assert SERVICE_WORN.search(text), text
    for text in (
        "Ten years in the Blue Mountains and I still get lost on the trails",
        "Six years in the navy before I went to uni",
        "What's your badge number on the running app?",
    ):
        assert SERVICE_WORN.search(text) is None, text
