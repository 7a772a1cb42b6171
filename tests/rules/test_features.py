"""auditor.rules.features: department terms, the operations lexicon, work sites and elsewhere()."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.features import (
    ROSTER_PATTERNS,
    SHIFT_WORDS,
    WORK_FRAME,
    Ops,
    department_terms,
    elsewhere,
    insider_cue,
    ops,
    org_request,
    shift_at_site,
    work_site,
)


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Ten years with the ABF today", [("ABF", "acronyms", 19, 22)]),
        ("haha my old Customs days", [("Customs", "capitalised", 12, 19)]),
        ("I'm a Customs Officer at the port", [("Customs Officer", "roles", 6, 21)]),
        ("Hey @sam_r_abf you left it", [("@sam_r_abf", "staff_handles", 4, 14)]),
        ("#ABFdogs and #ABFC", [("#ABFdogs", "hashtags", 0, 8)]),
        ("details on www.homeaffairs.gov.au", [("homeaffairs.gov.au", "domains", 15, 33)]),
        ("nine years with Immigration before I retired", [("Immigration", "employer_names", 16, 27)]),
    ],
)
def test_department_terms_with_their_spans(dibp, text, expected):
    hits = department_terms(text, dibp)
    assert hits == expected
    for term, _key, start, end in hits:
        assert text[start:end] == term


def test_department_terms_spelt_out_domain_has_no_span(dibp):
    assert department_terms("email jo at abf dot gov dot au", dibp) == [("abf.gov.au", "domains", 0, 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Customs at Denpasar took an hour",  # a capitalised name at a sentence start
        "The immigration officer at Heathrow asked about my ticket",  # a weak role without an employment cue
        "Mum's on hold to Home Affairs again about dad's parent visa",  # a client of the agency
        "Watching Border Security again tonight",  # an excluded phrase
        "stuck for two hours with Immigration at LAX",  # an employer name without a stretch of work
        "abf is not an acronym here in lower case",
        "",
    ],
)
def test_department_terms_context_drops_the_ambiguous_ones(dibp, text):
    assert department_terms(text, dibp) == []


def test_department_terms_a_job_field_is_enough_for_a_weak_role(dibp):
    assert department_terms("Customs Officer", dibp) == []
    assert department_terms("Customs Officer", dibp, "headline") == [("Customs Officer", "roles", 0, 15)]


def test_ops_is_built_once_per_profile_and_holds_the_lexicon(dibp):
    o = ops(dibp)
    assert isinstance(o, Ops) and ops(dibp) is o
    assert o.terms.search("we seized 30kg").group(0) == "seized"
    assert o.weak.search("the raid at dawn").group(0) == "raid"
    assert o.clearances.search("just passed my NV1").group(0) == "NV1"
    assert o.systems.search("TRIPS is down again").group(0) == "TRIPS"
    assert o.systems.search("road trips down the coast") is None  # an acronym matches only as written
    assert o.sites.search("a long day at the wharf").group(0) == "wharf"


def test_insider_cue_names_why_the_writer_is_inside(dibp):
    assert insider_cue("we seized 30kg", dibp) == 'first person "we"'
    assert insider_cue("a long day at the wharf", dibp) == 'work site "wharf"'
    assert insider_cue("Police seized 500kg of cocaine off the coast", dibp) is None


def test_shift_at_site_needs_a_shift_and_a_work_site(dibp):
    assert shift_at_site("im on earlies at the cargo terminal", dibp) == "on earlies ... cargo terminal"
    assert shift_at_site("on earlies at the hospital", dibp) is None
    assert shift_at_site("the cargo terminal is big", dibp) is None


def test_work_site_is_the_first_site_named(dibp):
    assert work_site("im on earlies at the cargo terminal", dibp) == "cargo terminal"
    assert work_site("on earlies at the hospital", dibp) is None


def test_elsewhere_is_true_for_another_workplace_and_false_for_the_agency(dibp):
    assert elsewhere("Our team smashed trivia night", dibp)
    assert elsewhere("Picked up a double at Bunnings, then a shift at the servo", dibp)
    assert not elsewhere("Our team at the ABF smashed it", dibp)


def test_elsewhere_for_uniforms_also_counts_school_and_sport(dibp):
    text = "Kids in their school uniform"
    assert not elsewhere(text, dibp)
    assert elsewhere(text, dibp, "attire")


def test_shift_roster_and_work_frame_patterns():
    assert ROSTER_PATTERNS.search("new roster has us on 4 on 4 off") is not None
    assert ROSTER_PATTERNS.search("can u cover my shift sat? 0500-1330") is not None
    assert SHIFT_WORDS.search("working the nightie at Tullamarine") is not None
    assert SHIFT_WORDS.search("a shift in perspective") is None
    assert WORK_FRAME.search("my supervisor said") is not None
    assert WORK_FRAME.search("my puppy said") is None


def test_elsewhere_for_colleagues_adds_the_writer_opening_with_their_name():
    qld = load_profile("qld")
    assert elsewhere("Hi it's Lauren from Youth Justice, call me back", qld, "colleagues")
    assert not elsewhere("Hi it's Lauren from Youth Justice, call me back", qld)  # the other families' answer is unchanged
    assert not elsewhere("Lauren from Youth Justice said the unit is full", qld, "colleagues")


def test_org_request_is_a_request_to_the_organisations_own_account():
    qld = load_profile("qld")
    assert org_request("@QldPolice can you do something about the hoons on our street", qld)
    assert org_request("@QldPolice please fix the lights at the station", qld)
    # a colleague's handle asked for something, or the account named without a request
    assert not org_request("@tina_q can you send me the roster", qld)
    assert not org_request("@QldPolice great work at the show today", qld)


def test_department_terms_read_a_bare_portfolio_as_its_staff_name_it():
    tas, aps = load_profile("tas"), load_profile("aps")

    def kinds(text, profile):
        return [(t, k) for t, k, _a, _b in department_terms(text, profile)]

    assert kinds("Nine years in Education and the laptops still don't boot", tas) == [("Education", "employer_names")]
    assert kinds("Someone from Employment just told estimates it's fine", aps) == [("Employment", "employer_names")]
    assert kinds("In Justice we've been told to keep quiet", tas) == [("Justice", "employer_names")]
    # not a sentence's first word alone, a sector, or the word with no one of its staff
    assert kinds("Justice for the kids, that's all we want", tas) == []
    assert kinds("Education is the key, read to your kids", tas) == []
    assert kinds("In Justice League news, the sequel is out", tas) == []


def test_department_terms_a_portfolio_dept_a_stateless_body_staff_words_and_tags():
    from auditor.config import load_profile

    aps, qld, vic = load_profile("aps"), load_profile("qld"), load_profile("vic")

    def found(text, profile):
        return [(t, k) for t, k, _s, _e in department_terms(text, profile)]

    assert found("The Health Dept line on vaping is nothing like what we see", aps) == [("Health Dept", "capitalised")]
    assert found("Nine years at Corrective Services and still no backfill", qld) == [("Corrective Services", "employer_names")]
    # the stateless body needs a stretch of work or a staff word: a customer's "Corrective Services" is not it
    assert found("Saw a Corrective Services van on the highway", qld) == []
    assert found("Defence civvie life: the pass reader is broken again", aps) == [("Defence", "employer_names")]
    assert found("Health staffers got the memo at 4:55 on a Friday", aps) == [("Health", "employer_names")]
    assert found("Health workers deserve better than this", aps) == []
    # a hashtag holding a long name anywhere, a handle holding a one-word nickname
    assert found("Morning tea for the crew #teamcentrelink", aps) == [("#teamcentrelink", "hashtags")]
    assert found("@mick_vicpol_dog see ya at parade", vic) == [("@mick_vicpol_dog", "staff_handles")]
