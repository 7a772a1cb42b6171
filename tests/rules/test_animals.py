"""An animal's name is no person: `auditor.rules.animals`."""

import pytest

from auditor.rules.animals import PET_SIGN, animal_named


def _named(text: str, name: str) -> bool:
    start = text.index(name)
    return animal_named(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("good boy Max, found the lot in under a minute", "Max"),
        ("Rex indicated on a suitcase at carousel 4", "Rex"),
        ("Say hi to Pepper 🐶 the newest nose on the dog team", "Pepper"),
        ("Beach patrol 🐎 Duke and me before sunrise", "Duke"),
        ("Passed the detector dog handler course, meet my new partner Ziggy", "Ziggy"),
        # a thing given a name
        ("First aid refresher today, did compressions on a mannequin called Gary", "Gary"),
    ],
)
def test_an_animals_name_by_its_kind_its_deeds_its_emoji_or_a_working_dogs_partner(text, name):
    assert _named(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("So proud of Ranger and his handler Mia 🐕", "Mia"),
        ("Say hi to my new partner Jess, we start on the van Monday", "Jess"),
        ("Coffee with Kylie after the shift, she's a legend", "Kylie"),
    ],
)
def test_a_person_beside_an_animal_is_still_a_person(text, name):
    assert not _named(text, name)


def test_a_pets_sign_after_a_rank():
    assert PET_SIGN.search("Sergeant Biscuit has claimed the couch 🐶")
    assert PET_SIGN.search("Inspector Nibbles is off to the vet")
    assert not PET_SIGN.search("Sergeant Wu has claimed the good desk")
