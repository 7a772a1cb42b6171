"""auditor.rules.operations: OPS101 to OPS104, agency activity, systems, rosters and accounts of work."""

from __future__ import annotations

from auditor.models import Audience, Item, ItemKind, Platform, Severity
from auditor.rules.operations import RULES, operation_terms, work_account

BY_CODE = {r.code: r for r in RULES}


def _check(code: str, text: str, profile, audience: Audience = Audience.PUBLIC):
    kind = ItemKind.MESSAGE if audience == Audience.PRIVATE else ItemKind.POST
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, audience=audience)
    return [(m.key, m.severity, m.confidence, m.why) for m in BY_CODE[code].check(item, profile)]


def test_operations_rules():
    assert [r.code for r in RULES] == ["OPS101", "OPS102", "OPS103", "OPS104"]


def test_operation_terms_from_an_insider(dibp):
    terms = operation_terms("Massive day, our team found 30kg of meth hidden in tiles", dibp)
    assert [m.group(0) for m in terms] == ["meth", "hidden in"]
    lizards = "Caught a bloke with 20 live lizards taped to his legs at Melbourne Airport"
    assert [m.group(0) for m in operation_terms(lizards, dibp)] == ["Caught"]  # from signals, no listed term


def test_operation_terms_leave_out_travellers_patients_and_the_news(dibp):
    assert operation_terms("Customs seized my nonna's salami at the airport", dibp) == []
    assert operation_terms("my son had three seizures this week, neuro appointment is on Monday", dibp) == []
    assert operation_terms("Police seized 500kg of cocaine off the coast according to the news", dibp) == []


def test_operation_terms_weak_term_needs_a_second_signal(dibp):
    assert operation_terms("we're doing the raid on the warehouse at 5am Thursday", dibp) == []
    secret = "we're doing the raid on the warehouse at 5am Thursday, don't tell anyone"
    assert [m.group(0) for m in operation_terms(secret, dibp)] == ["raid"]


def test_work_account_needs_activity_frame_and_detail(dibp):
    m, why = work_account("Spent my whole shift on the x-ray bench at the mail centre, screened 2000 parcels", dibp)
    assert m.group(0) == "x-ray"
    assert why == 'activity "x-ray" with work frame "whole shift" and detail "2"'
    assert work_account("Processing all the holiday photos, 2000 of them", dibp) is None
    assert work_account("the airport security line at 6am is a nightmare, they pulled my bag", dibp) is None


def test_ops101_activity_and_reach(dibp):
    text = "we pulled 2kg out of a suitcase off the Bangkok flight this morning"
    [(key, sev, conf, why)] = _check("OPS101", text, dibp)
    assert (key, sev, conf) == ("activity", Severity.HIGH, 0.75)
    assert 'enforcement action "we pulled"' in why
    assert _check("OPS101", text, dibp, Audience.PRIVATE)[0][1] == Severity.MEDIUM
    assert _check("OPS101", "We seized the moment and booked the trip", dibp) == []


def test_ops102_systems_clearances_and_screening_rates(dibp):
    assert _check("OPS102", "TRIPS has been down since 7, we're processing pax manually", dibp)[0][0] == "system"
    assert _check("OPS102", "Just passed my NV1 clearance", dibp)[0][:2] == ("clearance", Severity.MEDIUM)
    assert _check("OPS102", "we only x-ray about 5% of containers", dibp)[0][0] == "screening-rate"
    assert _check("OPS102", "Our system crashed again at the supermarket, the tills are down", dibp) == []


def test_ops103_roster_at_a_work_site(dibp):
    [(key, _sev, _conf, why)] = _check("OPS103", "new roster has the wharf team on 4 on 4 off from Monday", dibp)
    assert key == "roster" and 'work site word "wharf"' in why
    assert _check("OPS103", "My shift pattern at the hospital is 4 on 4 off", dibp) == []


def test_ops104_account_of_work_unless_ops101_reports_it(dibp):
    text = "Spent my whole shift on the x-ray bench at the mail centre, screened 2000 parcels"
    assert _check("OPS104", text, dibp)[0][:3] == ("work-account", Severity.MEDIUM, 0.6)
    assert _check("OPS104", "we seized 30kg today", dibp) == []  # OPS101 already reports it


def test_runner_as_a_hobby_is_not_operational(dibp):
    ops101 = next(r for r in RULES if r.code == "OPS101")
    bio = "Runner, coffee snob. Day job with the Australian Border Force, views my own."
    item = Item(platform=Platform.MASTODON, kind=ItemKind.PROFILE_FIELD, path="actor.json", text=bio, field="bio")
    assert list(ops101.check(item, dibp)) == []
    post = Item(
        platform=Platform.TWITTER, kind=ItemKind.POST, path="p", text="our team caught a runner at the port, 2kg in his bag"
    )
    assert [m.key for m in ops101.check(post, dibp)] == ["activity"]


def test_shift_at_a_profile_site_is_workplace_detail(dibp):
    ops103 = next(r for r in RULES if r.code == "OPS103")

    def run(text):
        item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="p", text=text)
        return [(m.key, m.severity) for m in ops103.check(item, dibp)]

    assert run("Night shift at the airport again") == [("shift-at-site", Severity.MEDIUM)]
    assert run("Night shift at the hospital again") == []  # not one of the dibp profile's sites
    assert run("new roster has the wharf team on 4 on 4 off") == [("roster", Severity.HIGH)]


def test_ops102_the_system_said_broken_or_met_by_a_customer_is_no_work_system(dibp):
    assert _check("OPS102", "Ten years in visas and I can tell you the system is broken from top to bottom", dibp) == []
    assert _check("OPS102", "Went in to renew my passport and the system was down, so back on Friday", dibp) == []
    assert _check("OPS102", "the system has been down since 7 and we're processing every passenger by hand", dibp)


def test_ops103_message_says_what_the_plain_reading_tells(dibp):
    def message(text: str) -> list[str]:
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
        return [m.message for m in BY_CODE["OPS103"].check(item, dibp)]

    assert message("Sarge has put me on earlies at the cargo terminal from Monday") == ["Post says who is rostered where or when"]
    assert message("Three code blacks in the compound this week, the sarge is fuming") == [
        "Post reveals incidents or resources of a workplace"
    ]


_REGULATOR = """[profile]
extends = "_base"
name = "levies"
title = "Australian Levies Office (an invented Commonwealth regulator)"

[organisation]
names = ["Australian Levies Office", "Levies Office"]
acronyms = ["ALO"]

[operations]
terms = ["levy audit", "garnishee notice"]
weak_terms = ["audit"]
systems = ["LevyNet"]
system_problems = ["down", "outage"]
"""


def _regulator_ops_codes(tmp_path):
    """The invented regulator's profile, and the operational-detail codes the whole rule set gives a post."""
    from auditor.config import load_profile  # lazy: only these tests load a profile from a file
    from auditor.engine import active_rules, run_rules

    f = tmp_path / "levies.toml"
    f.write_text(_REGULATOR, encoding="utf-8")
    prof = load_profile(str(f))
    rules = active_rules(prof)

    def ops_codes(text: str) -> set[str]:
        item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t", text=text, audience=Audience.PUBLIC)
        return {x.code for x in run_rules([item], rules, prof) if str(x.category) == "operational_detail"}

    return ops_codes


def test_a_regulator_no_profile_was_tuned_on_is_read_from_the_generic_machinery(tmp_path):
    """A Commonwealth agency's desk work (debts raised, objections reviewed, letters by the thousand, its system
    down with the work stopped) reads as
    operational detail from the generic patterns alone, for a profile with none of these words; its
    customers' side and everyday figures do not."""
    ops_codes = _regulator_ops_codes(tmp_path)
    for text in (
        "we raised 40 debts yesterday off the new data match, the phones will melt on Monday",
        "I reviewed 14 objections today and allowed only 2",
        "Debt team sent out 8,000 letters this morning, brace for the calls",
    ):
        assert "OPS103" in ops_codes(text), text
    # its own system named down, with what that did to the work and no first person
    assert "OPS102" in ops_codes("LevyNet was down for half the day so nobody could finalise a single assessment")
    assert not ops_codes("LevyNet was down again when I went to pay, on hold for an hour")
    for text in (
        "Got my levy assessment today and it's wrong again, on hold for an hour",
        "Sent 300 letters to Santa with the kids' class today",
    ):
        assert not ops_codes(text), text


def test_a_regulators_month_of_work_and_its_customers_relatives_from_the_generic_machinery(tmp_path):
    """The same invented regulator: a team's quarter of work in figures and a desk's tally read as operational
    detail from the generic patterns; a relative's business with its portal does not (opsround7)."""
    ops_codes = _regulator_ops_codes(tmp_path)
    assert "OPS103" in ops_codes("Our review team finalised 9,400 objections last quarter with four people gone")
    assert "OPS103" in ops_codes("Hit 110 calls today on the levy line, new record")
    assert not ops_codes("Is the levy portal down again? Can't log in to check my dad's account")


def test_a_private_jobs_own_rosters_and_systems_are_no_operation_of_the_organisation():
    from auditor.config import load_profile
    from auditor.rules.learned import RULES as LEARNED
    from auditor.rules.operations import private_work

    aps, qld = load_profile("aps"), load_profile("qld")
    assert _check("OPS103", "Our bank's call centre roster is cooked. 9 days straight and the system went down twice.", aps) == []
    ops105 = next(r for r in LEARNED if r.code == "OPS105")
    text = "Nursing at a private hospital is brutal this month. Short staffed every night and the agency nurses get double"
    assert not list(ops105.check(Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text), qld))
    # ... but a regulator's visit to a private business is the organisation's work, and so is a text naming it
    assert not private_work("3 new fire ant nests on a building site in Ripley this morning, block quarantined", qld)
    assert not private_work("Queensland Health audit at a private hospital today, 14 breaches", qld)


def test_a_shows_reruns_a_cars_parts_a_toy_and_a_school_tell_no_operation():
    from auditor.config import load_profile
    from auditor.engine import active_rules, run_rules
    from auditor.models import Item, ItemKind, Platform

    def ops(text: str) -> bool:
        profile = load_profile("dibp")
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="t", text=text)
        return any(f.category == "operational_detail" for f in run_rules([item], active_rules(profile), profile))

    assert not ops("Watching Border Security reruns and the bloke with 3kg of undeclared squid is my spirit animal")
    assert not ops("front brake caliper seized again, third time this year")
    assert not ops("patrol boat model kit DONE. 3 months of tiny decals")
    assert not ops("Detained after school for talking in class, my 12yo is devastated lol")
    assert ops("we seized 3kg of undeclared meth at the mail centre this morning")


def test_the_publics_side_of_the_work_is_no_operation():
    from auditor.config import load_profile
    from auditor.models import Item, ItemKind, Platform
    from auditor.rules.operations import RULES

    qld = load_profile("qld")

    def fires(text: str) -> bool:
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="x", text=text)
        return any(True for r in RULES for _ in r.check(item, qld))

    assert not fires("Ramped in ED with my dad for 5 hours last night, the paramedics were angels")
    assert fires("Ramped outside the RBWH for 5 hours with a patient, we're 6 crews short")
