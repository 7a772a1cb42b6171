"""auditor.rules.landmarks: the smaller towns, and landmarks by the first word of their name."""

from __future__ import annotations

import csv
import io
from importlib import resources

import pytest

from auditor.rules.landmarks import landmark_stems, minor_places, stem_words


def test_minor_places_flag_names_that_need_a_place_cue():
    minor = minor_places()
    assert len(minor) > 1000
    assert minor["Bright"] is True and minor["Clyde"] is True


def test_minor_places_read_as_a_csv_reader_reads_the_file():
    text = resources.files("auditor.data").joinpath("places_minor_au.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) > 1000 and all(len(r) == 5 and None not in r for r in rows)  # five plain fields a line
    assert minor_places() == {r["name"]: r["common"] == "1" for r in rows}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Two days walking the Overland with my brother", "Overland Track"),
        ("lunch break up at Cradle, fog everywhere", "Cradle Mountain"),
        ("two crews for the entire Huon this weekend", "Huon Valley"),
        ("new desk at 120 Lonsdale, the lifts are a joke", "Lonsdale Street"),
        ("queue of trucks on the Calder again", "Calder Freeway"),
    ],
)
def test_landmark_stems_read_a_landmark_by_its_first_word(text, name):
    assert [n for n, _a, _b in landmark_stems(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Cradle hut was full",  # no "the" or place preposition before it
        "Overland Express timetable",  # another capitalised word follows: another name
        "Bought a Huon pine board",  # the timber, not the valley
        "at the Christmas party",  # an everyday word never starts one
        "ring 120 Cradle",  # a house number only before a street's name
        "#overland vibes",
    ],
)
def test_landmark_stems_leave_other_uses_of_the_word(text):
    assert landmark_stems(text) == []


def test_stem_words_are_capitalised_words_no_place_or_given_name_holds():
    words = stem_words()
    assert {"Overland", "Cradle", "Huon", "Lonsdale"} <= words
    assert not words & {"Great", "Christmas", "North", "Southern", "Gold"}


def test_minor_places_hold_three_letter_towns_that_need_a_place_cue():
    # "Moe", "Ayr", "Rye": towns the GeoNames list holds; too short to count without a cue
    minor = minor_places()
    assert minor["Moe"] is True and minor["Ayr"] is True and minor["Rye"] is True
