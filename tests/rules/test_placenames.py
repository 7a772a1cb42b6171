"""auditor.rules.placenames: the gazetteer lookup that finds candidate place names in text."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.placenames import address_places, candidates, gazetteer, norm


def _names(text: str, profile: str = "dibp") -> list[str]:
    return [name for name, _a, _b in candidates(text, gazetteer(load_profile(profile)))]


def test_candidates_find_the_longest_name_at_each_word():
    assert _names("Coffee in Parramatta before work") == ["Parramatta"]
    assert "Sydney Airport" in _names("Another early start at Sydney Airport")
    assert _names("Hi fedi, Canberra-ish") == ["Canberra"]
    assert _names("new team lead is ex-Ballarat") == ["Ballarat"]
    assert _names("Had a great weekend at home") == []


def test_candidates_read_a_place_in_a_hashtag():
    assert "Canberra" in _names("Sunset walk by the lake #canberralife")


def test_address_places_reads_a_town_in_an_address_not_a_persons_own():
    g = gazetteer(load_profile("dibp"))
    assert [h[0] for h in address_places("Forms to depot.registry.townsville@courts.example.gov.au", g)] == ["Townsville"]
    assert list(address_places("mail jack.perth@example.com", g)) == []


def test_norm_folds_case_and_apostrophes():
    assert norm("Royal Children’s") == "royal children's"
