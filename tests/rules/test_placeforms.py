"""auditor.rules.placeforms: places by their form, work sites by a first word, the smaller towns."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.placeforms import form_places, site_stems


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Coffee on Lonsdale St before work", "Lonsdale St"),
        ("Stuck on the Gateway Motorway again", "Gateway Motorway"),
        ("CSIRO's Black Mountain at dawn", "Black Mountain"),
        ("Walked up Cunningham's Gap", "Cunningham's Gap"),
        ("Clean-up crew along Bulimba Creek", "Bulimba Creek"),
        ("Assembly ran long at Tallowood Primary", "Tallowood Primary"),
        ("Fish and chips on Sunnyvale Jetty", "Sunnyvale Jetty"),
        ("open day at HMAS Kuttabul", "HMAS Kuttabul"),
        ("Hiring at Bayside P-12 this term", "Bayside P-12"),
    ],
)
def test_form_places_name_a_street_road_or_landmark(text, name):
    assert [n for n, _a, _b in form_places(text)] == [name]


@pytest.mark.parametrize(
    "text", ["we all love Sesame Street", "the Gender Pay Gap report", "a quiet day", "Rewatching Dawson's Creek"]
)
def test_form_places_leave_shows_and_everyday_phrases(text):
    assert form_places(text) == []


def test_site_stems_read_a_work_site_by_its_first_word():
    tas = load_profile("tas")
    assert [n for n, _a, _b in site_stems("Six years at Ashley and counting", tas)] == ["Ashley Youth Detention Centre"]
    assert site_stems("a text from Ashley", tas) == []
    assert site_stems("Ashley Grant said hi", tas) == []


def test_site_stems_read_a_site_by_a_part_of_it_or_its_closing():
    tas, qld = load_profile("tas"), load_profile("qld")
    for text, profile, site in (
        ("Mersey ED was chaos all night", tas, "Mersey Community Hospital"),
        ("on Risdon reception till six", tas, "Risdon Prison"),
        ("another double for Ashley staff", tas, "Ashley Youth Detention Centre"),
        ("they promised to close Ashley by next winter", tas, "Ashley Youth Detention Centre"),
        ("nobody believes Ashley's closure date now", tas, "Ashley Youth Detention Centre"),
        ("can someone cover my Sunday at PA ED", qld, "PA Hospital"),
    ):
        assert [n for n, _a, _b in site_stems(text, profile)] == [site], text
    # a person of the name, and a word that starts many names, stay out
    for text, profile in (
        ("Ashley reckons the footy was rubbish", tas),
        ("Ashley's new car is red", tas),
        ("Royal staff at the wedding", tas),
    ):
        assert site_stems(text, profile) == [], text


def test_a_base_barracks_and_a_hospital_or_school_by_its_town_and_kind():
    from auditor.rules.placeforms import form_places

    names = lambda t: [n for n, _s, _e in form_places(t)]  # noqa: E731
    assert names("6 weeks at RAAF Edinburgh and my pass still won't scan") == ["RAAF Edinburgh"]
    assert names("site walk at RAAF Base Edinburgh today") == ["RAAF Base Edinburgh"]
    assert names("escorted in at Victoria Barracks again") == ["Victoria Barracks"]
    assert names("Mum's 40 years at Nambour General, retired today") == ["Nambour General"]
    assert names("pride lanyards finally approved at Monash Children's") == ["Monash Children's"]
    assert names("the Attorney General said the laws start Monday") == []
    assert names("Surgeon General warning on the packet") == []


def test_a_show_watched_is_no_place_by_its_form():
    from auditor.rules.placeforms import form_places

    assert form_places("Watching Hospital on BBC, the NHS queues make ours look great") == []
    assert [n for n, _s, _e in form_places("Rewatching Logan Hospital's old ads")] == ["Logan Hospital"]
