"""auditor.rules.orgstaff: a portfolio or a Title Case name that the words around it make the employer."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.engine import active_rules, run_rules
from auditor.models import Item, ItemKind, Platform
from auditor.rules.orgstaff import court_party, court_staff, staff_named


def _dep(text: str, profile) -> list[str]:
    item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t", text=text)
    return [f.why for f in run_rules([item], active_rules(profile), profile) if f.code == "DEP101"]


@pytest.mark.parametrize(
    ("profile_name", "text", "term"),
    [
        ("aps", "I'm at Health now and the new branch head is lovely", "Health"),
        ("aps", "Second week at Attorney-General's, my desk is by the lifts on level 4", "Attorney-General's"),
        ("aps", "Yet another restructure at Health, our section renamed twice", "Health"),
        ("aps", "Defence civvy perks: a lanyard and a 40 minute walk to the gate", "Defence"),
        ("aps", "Finance wants us to trim another 3% by June", "Finance"),
        ("aps", "As a Treasury policy officer I'll just say the costing was rushed", "Treasury"),
        ("tas", "Working on the new literacy plan at Education, can't say more yet", "Education"),
        ("qld", "From inside Justice: nobody consulted the registries before the rollout", "Justice"),
        ("vic", "Middle management at Health keeps growing and the wards stay short", "Health"),
    ],
)
def test_staff_name_their_portfolio(profile_name, text, term):
    hits = staff_named(text, load_profile(profile_name))
    assert [h[0] for h in hits] == [term]
    assert any(f'"{term}"' in why for why in _dep(text, load_profile(profile_name)))


@pytest.mark.parametrize(
    ("profile_name", "text"),
    [
        ("aps", "I'm at Risdon visiting my brother"),
        ("aps", "I'm on hold with Finance about the invoice"),
        ("vic", "I'm at the Treasury Place office all week"),
        ("aps", "Treasury modelling is on the news again tonight"),
        ("aps", "Reading what Finance announced in the budget"),
        ("tas", "Day 3 at Health waiting on my claim to be processed"),
    ],
)
def test_no_staff_cue_no_hit(profile_name, text):
    assert staff_named(text, load_profile(profile_name)) == []


def test_a_fictional_agency_is_named_from_its_own_profile(tmp_path):
    # an organisation that is none of the five: its own names, former name, acronym and portfolio
    f = tmp_path / "tidewater.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "tidewater"\n'
        "[organisation]\n"
        'names = ["Tidewater Regional Water Authority", "Department of Catchments and Tidewater"]\n'
        'former_names = ["Tidewater Rivers Commission"]\n'
        'acronyms = ["TRWA"]\n',
        encoding="utf-8",
    )
    prof = load_profile(str(f))
    assert _dep("Nine years at the Tidewater Regional Water Authority this week", prof)
    assert _dep("Back when it was the Tidewater Rivers Commission we had a real budget. Still here.", prof)
    # the portfolio of its "Department of ..." name, by a staff cue only
    assert _dep("Another restructure at Catchments, third this year", prof)
    assert not _dep("Catchments are full after the rain", prof)
    # its public is no employee: a customer's call, its website
    assert not _dep("Rang the TRWA to ask about my water bill", prof)
    assert not _dep("The Tidewater Regional Water Authority website is down again", prof)


def test_a_work_site_by_the_first_word_of_its_name_after_a_stretch_of_work(tmp_path):
    # a fictional agency with one work site; "Quarrenbrook" is no gazetteer place
    f = tmp_path / "tidewater.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "tidewater"\n'
        "[organisation]\n"
        'names = ["Tidewater Regional Water Authority"]\n'
        "[places]\n"
        'work_sites = ["Quarrenbrook Treatment Plant"]\n',
        encoding="utf-8",
    )
    prof = load_profile(str(f))
    for text in (
        "Did eleven years at Quarrenbrook, the night alarms still wake me",
        "Work at Quarrenbrook. Can't say much about the spill yet",
        "Former Quarrenbrook operator, and the chlorine dosing was always a worry",
        "First week at Quarrenbrook done, the filter beds are huge",
    ):
        assert [h[0] for h in staff_named(text, prof)] == ["Quarrenbrook"], text
    # the whole rule, on a text the first stage lets through ("roster"), and on one only the site's
    # first word sends to the rules (`landmarks.site_first_words` is a first-stage key)
    assert _dep("Eleven years at Quarrenbrook and the roster never changed", prof)
    assert _dep("Did eleven years at Quarrenbrook", prof)
    for text in (
        "Quarrenbrook and I are off on the road trip tomorrow",  # a name, no work
        "My housemate worked at Quarrenbrook for years",  # someone else's work there
        "Dad's been at Quarrenbrook all week on the tour",  # a relative there
        "Took the kids past Quarrenbrook on the way to the beach",  # no stretch of work
    ):
        assert staff_named(text, prof) == [], text


@pytest.mark.parametrize(
    ("profile_name", "text", "court"),
    [
        ("tas", "Magistrates Court clerk here: 90 matters on the list and one magistrate", "Magistrates Court"),
        ("tas", "Day 2 at the Supreme Court as an associate, the robes are warmer than they look", "Supreme Court"),
        ("qld", "Registry Officer, Magistrates Court Beenleigh · ph (07) 5550 4410", "Magistrates Court Beenleigh"),
        ("vic", "Court Officer @ County Court, views my own", "County Court"),
        ("qld", "Hi it's Jo from the Yarrabah court registry, your hearing has moved to 10am", "Yarrabah court registry"),
    ],
)
def test_a_court_of_its_own_beside_a_court_role(profile_name, text, court):
    profile = load_profile(profile_name)
    assert [h[0] for h in court_staff(text, profile)] == [court]
    assert any(f'"{court}"' in why for why in _dep(text, profile))


def test_a_court_role_names_no_employer_for_a_relative_a_party_or_a_profile_without_courts(tmp_path):
    tas = load_profile("tas")
    assert court_staff("Mum's a clerk at the Devonport court, she's seen it all", tas) == []
    assert court_staff("Supreme Court associate asked me to wait outside, my trial starts Monday", tas) == []
    assert court_staff("Magistrates Court clerk here", load_profile("aps")) == []  # its profile has no court
    # an organisation that is none of the five, with a court of its own by its own name
    f = tmp_path / "tidewater.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "tidewater"\n'
        "[organisation]\n"
        'names = ["Tidewater Regional Water Authority", "Tidewater Water Court"]\n',
        encoding="utf-8",
    )
    prof = load_profile(str(f))
    assert [h[0] for h in court_staff("Water Court registrar here, nine appeals listed today", prof)] == ["Water Court"]
    assert court_staff("Magistrates Court clerk here", prof) == []


@pytest.mark.parametrize(
    ("profile_name", "text"),
    [
        ("dibp", "Nine years in the Department and I've now lived through five restructures"),
        ("aps", "I work in the Department and no, I can't tell you when your claim will be looked at"),
        ("tas", "Working for the Department is writing a brief nobody reads, then rewriting it"),
        ("vic", "Handed in my resignation from the department today after 12 years"),
        ("qld", "Staff briefing: another restructure of the department, third in four years"),
        ("tas", "Hard hats on for the bridge site tour, a big project for the department"),
    ],
)
def test_the_bare_department_after_the_writers_stretch_or_work_in_it(profile_name, text):
    profile = load_profile(profile_name)
    assert [h[0].casefold() for h in staff_named(text, profile)] == ["the department"]
    assert _dep(text, profile)


def test_the_bare_department_is_no_employer_for_someone_else_a_longer_name_or_a_profile_without_one(tmp_path):
    tas = load_profile("tas")
    assert staff_named("Happy retirement to Denise, 30 years with the department", tas) == []
    assert staff_named("Mum did her last ceremony tonight, 25 years with the department", tas) == []
    assert staff_named("The department store had a sale on", tas) == []
    assert staff_named("Love how the department announced another logo", tas) == []  # no stretch, no work
    # an organisation whose names hold no "Department ..." is no department
    f = tmp_path / "tidewater.toml"
    f.write_text(
        '[profile]\nextends = "_base"\nname = "tidewater"\n[organisation]\nnames = ["Tidewater Regional Water Authority"]\n',
        encoding="utf-8",
    )
    assert staff_named("Nine years in the Department and counting", load_profile(str(f))) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prosecuting three FVIO matters at Sunshine Magistrates' Court today",
        "All day at Beenleigh Magistrates Court waiting to give evidence on a DV job",
        "Court day at Melbourne Magistrates' Court so the defence could ask for an adjournment #prosecutorlife",
        "Spent today at the Launceston Magistrates Court for a family violence order. My client's matter got adjourned",
    ],
)
def test_a_party_to_a_courts_matters_is_not_its_staff(text):
    assert court_party(text, "Magistrates Court")


def test_court_party_needs_a_court_and_a_party():
    assert not court_party("Registry officer at Sunshine Magistrates' Court, 14 years in", "Sunshine Magistrates' Court")
    assert not court_party("waiting to give evidence at the station", "Police Station")
