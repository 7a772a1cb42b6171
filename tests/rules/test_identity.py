"""auditor.rules.identity: DEP101, department identifiers turned into findings."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.identity import RULES

DEP101 = RULES[0]


def _check(text: str, profile, kind: ItemKind = ItemKind.POST, field: str | None = None):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, field=field)
    return list(DEP101.check(item, profile))


def test_identity_rules():
    assert [r.code for r in RULES] == ["DEP101"]


def test_identity_one_finding_per_distinct_term(dibp):
    [m] = _check("Proud to serve with ABF at the airport, ABF forever", dibp)
    assert m.key == "abf" and m.severity == Severity.MEDIUM and m.confidence == 0.85
    assert m.message == 'Post identifies your employer: "ABF"'


def test_identity_profile_field_is_high(dibp):
    [m] = _check("Border Force Officer", dibp, ItemKind.PROFILE_FIELD, "headline")
    assert m.severity == Severity.HIGH
    assert m.message == 'Your Facebook profile (headline) names your employer: "Border Force Officer"'


def test_identity_names_are_more_certain_than_acronyms(dibp):
    [m] = _check("First week done at the Australian Border Force!", dibp)
    assert m.confidence == 0.95


def test_identity_why_calls_a_site_or_part_no_former_name():
    # "Risdon" is one of the prison service's sites in the tas lists, not a former name of anything
    [m] = _check("Only 3 of us on tonight at Risdon and they won't backfill", load_profile("tas"))
    assert "former name" not in m.why and "a name for the organisation or one of its parts" in m.why


def test_identity_negatives(dibp):
    assert _check("j@abf.gov.au", dibp, ItemKind.PROFILE_FIELD, "email") == []  # ACC101's business
    # another person's employer is colleague exposure, not your own identifier
    assert _check("Border Force Officer at Australian Border Force", dibp, ItemKind.PROFILE_FIELD, "connection") == []
    assert _check("Our border collie loves the beach", dibp) == []


def test_identity_why_names_the_kind_of_term_in_plain_words(dibp):
    """issue 16: a why read 'nicknames term "Border Force Officer"'."""
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.identity import TERM_KIND

    assert all("_" not in v and "term" not in v for v in TERM_KIND.values())
    item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t.js", text="Proud Border Force Officer today")
    rule = next(r for r in RULES if r.code == "DEP101")
    whys = [m.why for m in rule.check(item, dibp)]
    assert whys and all(" term " not in w and "nicknames" not in w for w in whys), whys


def test_identity_a_common_title_before_a_given_name_is_that_persons_job():
    aps, tas = load_profile("aps"), load_profile("tas")
    assert _check("Our team leader Priya covered my late shift again", aps) == []
    assert _check("Our ranger Steve found the devils on the highway", tas) == []
    # the writer's own title, with no one named after it, still names the employer
    assert [m.key for m in _check("Proud to be our new Team Leader this year", aps)] == ["team leader"]


def test_identity_a_grade_held_by_someone_else_is_a_colleagues():
    aps, vic, qld = load_profile("aps"), load_profile("vic"), load_profile("qld")
    # a public-service grade is a rank of the whole service: a colleague's names no employer
    assert _check("Our EL2 told us working from home isn't a right", aps) == []
    assert _check("Massive congrats to my EL1 Fiona on the promotion", aps) == []
    assert _check("EL2 Marko B. said the new starters are coming 'soon'", aps) == []
    assert _check("Bazza got his EL2, drinks at the pub Friday", aps) == []
    assert _check("My APS5 manager cancelled the team day again", aps) == []
    assert _check("Our VPS6 wants the brief by three", vic) == []
    assert _check("The new AO6 has already moved the team meeting to 8am", qld) == []
    # ... the writer's own grade still names the employer
    assert [m.key for m in _check("I'm the new EL2 in Budget Policy", aps)] == ["el2"]
    assert [m.key for m in _check("Got my new EL1 role today, cake on Friday", aps)] == ["el1"]
    assert [m.key for m in _check("Eleven years an APS4 and counting", aps)] == ["aps4"]
    assert [m.key for m in _check("VPS5 here, and the return-to-office email landed", vic)] == ["vps5"]


def test_identity_a_show_or_a_game_sharing_the_name_is_no_employer(dibp):
    vic, qld = load_profile("vic"), load_profile("qld")
    # a title or a character: a series, an episode, a game, a channel
    assert _check("Border Force season 2 is on tonight, who's watching?", dibp) == []
    assert _check("Australian Border Force: Ultimate Edition is on Steam now", dibp) == []
    assert _check("The Queensland Health in my new game runs better than the real one", qld) == []
    assert _check("caught the Highway Patrol repeats on Channel 7 again", vic) == []
    # ... but the writer's own work, or a relative's, still names it
    assert _check("Border Force season 2 is on tonight, funny watching it after my shift at Mascot", dibp)
    assert _check("My sister's Border Force and she says the TV series is nothing like the job", dibp)


def test_identity_a_councils_address_under_the_states_domain_is_no_state_agency():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.identity import RULES

    qld = load_profile("qld")
    rule = next(r for r in RULES if r.code == "DEP101")

    def fires(text: str) -> bool:
        return any(True for _ in rule.check(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="x", text=text), qld))

    assert not fires("Email me at work, k.mills@moretonbay.qld.gov.au, and I'll chase your bin collection")
    assert not fires("she works for the council, m.lo@logan.qld.gov.au is her address")
    # an agency's own sub-domain, or no council's work
    assert fires("Email me at work, k.mills@police.qld.gov.au, and I'll chase your bin collection")
    assert fires("my work email is k.mills@csyw.qld.gov.au if the school needs me")


def test_a_public_brand_named_by_its_customer_is_no_employer(monkeypatch):
    import dataclasses

    from auditor.rules import transformer

    aps = load_profile("aps")
    for text in (
        "Child Support took $400 out of my pay without telling me. absolute joke of an agency",
        "PSA the fake Centrelink texts going around look really convincing, don't click the link",
    ):
        assert not _check(text, aps), text
    # the writer's own work there, or the transformer reading staff, keeps it
    for text in (
        "Twelve years at Centrelink this month. Still love the people I sit with",
        "Another morning on the phones at Centrelink. 140 calls waiting before 9am and half our team is off sick",
    ):
        assert _check(text, aps), text
    # ... as does another name of the organisation beside the brand, and a profile without the transformer
    assert _check("Services Australia and Centrelink texts going around look really convincing", aps)
    no_model = dataclasses.replace(
        aps, name="aps-no-model", data={**aps.data, "rules": {**aps.data.get("rules", {}), "text_models": []}}
    )
    monkeypatch.setattr(transformer, "scores", lambda *_a, **_k: (_ for _ in ()).throw(AssertionError("the model ran")))
    assert _check("Child Support took $400 out of my pay without telling me. absolute joke of an agency", no_model)
