"""auditor.rules.placewords: people, teams and organisations that share a place's name."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.placewords import is_person, named_thing, state_in_a_name


def _span(text: str, name: str) -> tuple[int, int]:
    i = text.index(name)
    return i, i + len(name)


def test_is_person_reads_people_and_pets_named_after_places():
    text = "Happy 30th to my sister Victoria!"
    assert is_person(text, *_span(text, "Victoria"), "victoria")
    text = "Coffee in Parramatta before work"
    assert not is_person(text, *_span(text, "Parramatta"), "parramatta")


def test_named_thing_reads_teams_results_and_places_abroad():
    for text, name in (
        ("Sydney Swans are cooked", "Sydney"),
        ("Richmond won by 40", "Richmond"),
        ("Brighton, England", "Brighton"),
    ):
        assert named_thing(text, *_span(text, name)), text
    text = "Moving to Geelong next month"
    assert not named_thing(text, *_span(text, "Geelong"))


def test_state_in_a_name_reads_the_state_inside_an_organisations_name():
    vic = load_profile("vic")
    text = "Ambulance Victoria crews were out"
    a, b = _span(text, "Victoria")
    assert state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], vic)
    text = "Road trip around Victoria next month"
    a, b = _span(text, "Victoria")
    assert not state_in_a_name(text, a, text[max(0, a - 30) : a], text[b : b + 40], vic)
