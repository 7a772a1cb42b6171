"""auditor.rules.attire: UNI101, a work uniform in a work context."""

from __future__ import annotations

from auditor.models import Audience, Item, ItemKind, Platform, Severity
from auditor.rules.attire import RULES

UNI101 = RULES[0]


def _check(text: str, profile, kind: ItemKind = ItemKind.POST, audience: Audience = Audience.PUBLIC):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, audience=audience)
    return list(UNI101.check(item, profile))


def test_attire_rules():
    assert [r.code for r in RULES] == ["UNI101"]
    assert UNI101.group == "tags"


def test_attire_department_term_is_the_strongest_reason(dibp):
    [m] = _check("Finally got my ABF uniform and epaulettes today", dibp)
    assert m.key == "abf uniform"
    assert 'department term "ABF"' in m.why
    assert (m.severity, m.confidence) == (Severity.HIGH, 0.9)


def test_attire_generic_word_fires_with_work_context(dibp):
    [m] = _check("new lanyard for the night shift at the terminal", dibp)
    assert m.key == "lanyard" and 'work context "night shift"' in m.why
    assert (m.severity, m.confidence) == (Severity.HIGH, 0.8)


def test_attire_strong_term_alone_is_medium(dibp):
    [m] = _check("epaulettes pressed, boots polished", dibp)
    assert m.key == "epaulettes" and "a term specific to work uniforms" in m.why
    assert (m.severity, m.confidence) == (Severity.MEDIUM, 0.75)


def test_attire_garment_after_a_department_term_is_its_uniform(dibp):
    [m] = _check("ironing my ABF shirt", dibp)
    assert "shirt" in m.key and 'department term "ABF"' in m.why


def test_attire_private_message_ranks_lower(dibp):
    [m] = _check("ironing my ABF shirt", dibp, kind=ItemKind.MESSAGE, audience=Audience.PRIVATE)
    assert m.severity == Severity.MEDIUM


def test_attire_negatives(dibp):
    assert _check("Kids in their school uniform for the first day", dibp) == []  # an excluded uniform
    assert _check("As a visa officer, I think the cap on partner visas is terrible policy", dibp) == []  # a limit
    assert _check("headset on, name tag straight, drive-thru shift let's go", dibp) == []
    assert _check("", dibp) == []


def test_a_context_word_inside_the_uniform_term_or_a_shops_department_is_no_context():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.attire import RULES as _R

    dibp = load_profile("dibp")

    def fires(text: str) -> bool:
        return bool(list(_R[0].check(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text), dibp)))

    assert not fires("Need my work pants taken up before Monday")
    assert fires("Need my work pants taken up before Monday's shift")
    assert not fires("Boxing Day sale in the shoe department, 7am start in my black uniform")
    assert not fires("Uniform for the new café job is all black")
    assert fires("New navy polos with the crest for the whole crew")


def test_a_state_whose_hospitals_are_its_own_does_not_exclude_scrubs():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.attire import RULES as _R

    text = "First 12 hour shift in the new scrubs with my name on the lanyard #nurselife"
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
    assert list(_R[0].check(item, load_profile("qld")))
    assert not list(_R[0].check(item, load_profile("dibp")))
