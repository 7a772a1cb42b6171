"""auditor.rules.placeforms: places by their form, work sites by a first word, the smaller towns."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.placeforms import form_places, minor_places, site_stems


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coffee on Lonsdale St before work", "Lonsdale St"),
        ("Stuck on the Gateway Motorway again", "Gateway Motorway"),
        ("CSIRO's Black Mountain at dawn", "Black Mountain"),
        ("Walked up Cunningham's Gap", "Cunningham's Gap"),
    ],
)
def test_form_places_name_a_street_road_or_landmark(text, name):
    assert [n for n, _a, _b in form_places(text)] == [name]


@pytest.mark.parametrize("text", ["we all love Sesame Street", "the Gender Pay Gap report", "a quiet day"])
def test_form_places_leave_shows_and_everyday_phrases(text):
    assert form_places(text) == []


def test_site_stems_read_a_work_site_by_its_first_word():
    tas = load_profile("tas")
    assert [n for n, _a, _b in site_stems("Six years at Ashley and counting", tas)] == ["Ashley Youth Detention Centre"]
    assert site_stems("a text from Ashley", tas) == []
    assert site_stems("Ashley Grant said hi", tas) == []


def test_minor_places_flag_names_that_need_a_place_cue():
    minor = minor_places()
    assert len(minor) > 1000
    assert minor["Bright"] is True and minor["Clyde"] is True


def test_minor_places_read_as_a_csv_reader_reads_the_file():
    import csv
    import io
    from importlib import resources

    text = resources.files("auditor.data").joinpath("places_minor_au.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) > 1000 and all(len(r) == 5 and None not in r for r in rows)  # five plain fields a line
    assert minor_places() == {r["name"]: r["common"] == "1" for r in rows}
