"""Entity markers: a profile's own terms become typed placeholders the text model reads."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.config.profile import Profile
from auditor.rules.markers import MARKERS, mark


def test_markers_replace_each_kind_of_term_for_dibp():
    dibp = load_profile("dibp")
    out = mark("Night shift at Tulla for the ABF, TRIPS down again. Detector Dog Handler of the Marine Unit", dibp)
    assert out == "Night shift at [SITE] for the [ORG], [SYSTEM] down again. [ROLE] of the [UNIT]"


def test_markers_make_two_organisations_read_alike():
    dibp, qld = load_profile("dibp"), load_profile("qld")
    a = mark("another lockdown at Villawood IDC, the ABF told us nothing", dibp)
    b = mark("another lockdown at Arthur Gorrie Correctional Centre, QCS told us nothing", qld)
    assert a.replace("the [ORG]", "[ORG]") == b


def test_markers_keep_acronyms_case_sensitive_and_words_whole():
    qld = load_profile("qld")
    assert mark("CCC hearing", qld) == "[ORG] hearing"
    assert mark("ccc and the TMRX unit", qld) == "ccc and the TMRX unit"  # no acronym inside a longer word


def test_markers_mark_official_domains_with_subdomains():
    dibp = load_profile("dibp")
    out = mark("email jo.b@abf.gov.au or see www.homeaffairs.gov.au, x@nsw.abf.gov.au", dibp)
    assert out == "email jo.b@[DOMAIN] or see [DOMAIN], x@[DOMAIN]"  # a subdomain (www, nsw) is part of it


def test_markers_leave_everyday_system_words_alone():
    dibp = load_profile("dibp")
    assert mark("the system crashed and my password expired", dibp) == "the system crashed and my password expired"


def test_markers_work_for_a_profile_outside_the_five():
    acme = Profile(
        name="acme",
        title="Acme Rail",
        policy_name="",
        data={
            "organisation": {"names": ["Acme Rail Authority"], "acronyms": ["ARA"], "roles": ["Network Controller"]},
            "places": {"work_sites": ["Dunmore Yard"]},
        },
    )
    out = mark("Network Controller at Dunmore Yard for the ARA (Acme Rail Authority)", acme)
    assert out == "[ROLE] at [SITE] for the [ORG] ([ORG])"
    assert set(MARKERS) >= {"[ORG]", "[ROLE]", "[SITE]"}
    assert mark("", acme) == ""
