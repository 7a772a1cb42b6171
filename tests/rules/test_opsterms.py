"""auditor.rules.opsterms: the profile's operational terms as OPS101 and OPS104 read them."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.opsterms import (
    activity,
    contact_line,
    farewell,
    operation_terms,
    role_line,
    view_from_post,
    work_account,
)


@pytest.fixture(scope="module")
def dibp():
    return load_profile("dibp")


@pytest.fixture(scope="module")
def aps():
    return load_profile("aps")


def test_an_insiders_seizure_is_activity_and_the_news_is_not(dibp):
    assert operation_terms("we seized 20 kilos of ice in that shipment today", dibp)
    assert not operation_terms("Saw it on the news, police seized 20 kilos of ice", dibp)


def test_the_news_named_only_as_what_has_not_told_it_is_no_exclusion(dibp):
    # the writer sets their own account against the news
    assert activity("Don't believe what you read in the news, we seized 20 kilos at the wharf today", dibp)
    assert activity("not a word on the news about the three boats we intercepted this week", dibp)


def test_a_games_raid_is_no_operation(dibp):
    assert not activity("Raid tonight at 8, bring a healer and pots", dibp)
    assert activity("we're doing the raid on the warehouse at 5am Thursday, don't tell anyone", dibp)


def test_a_policy_after_one_more_word_is_comment_not_an_operation(aps):
    assert not activity("As a Centrelink officer I think the debt recovery targets for this year are cruel", aps)


def test_work_account(dibp):
    hit = work_account("Spent my whole shift on the x-ray bench at the mail centre, screened 2000 parcels", dibp)
    assert hit is not None
    assert work_account("Processing all the holiday photos, 2000 of them", dibp) is None


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Compliance officer with 8 years in visa cancellations and removals, previously with the department.", True),
        ("Senior Case Officer, Services Australia — Debt Recovery. Ph (02) 6155 0000", True),
        ("Clinical Nurse Specialist, Royal Hobart Hospital. Ward desk (03) 6166 0000 for referrals.", True),
        # an account of work, the first person or a day: no bio
        ("Border Force officer, found 2kg of meth in a suitcase at the airport", False),
        ("Compliance officer with 8 years in, and today I did my last removal", False),
        ("Case officer here, my desk has 40 cancellations waiting", False),
    ],
)
def test_role_line_is_a_bio_or_signature(text, bio):
    assert role_line(text) is bio


@pytest.mark.parametrize(
    ("text", "view"),
    [
        # an opinion lent weight by the writer's post, nothing of the work told
        ("As a park ranger I can tell you the new camping permit rules will never work", True),
        ("Speaking as a court registrar, the new e-filing rules will help nobody", True),
        ("As an EL1 in grants I think the new guidelines are a mistake", True),
        ("After 12 yrs on the buses I can tell you the new timetable is a joke", True),
        # a figure, staffing, files or an order received comes with it: an account of the work
        ("As a ranger I can tell you 3 of our 5 huts have been shut since March", False),
        ("Speaking as a youth worker, we aren't staffed for the new bail laws", False),
        ("As a registrar I can tell you we're told to close files before they're heard", False),
        ("Speaking as a planner, the new zoning rules will double our backlog", False),
        # no view from one's post at all
        ("The new camping permit rules will never work", False),
    ],
)
def test_view_from_post_is_an_opinion_with_no_detail_of_the_work(text, view):
    assert view_from_post(text) is view


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # a number or an address to be reached on, nothing of the work it is about
        ("Hi it's Sam from the Mackay depot, ring me back on 07 4900 0000, that's my desk", True),
        ("Out of office until 9 Mar. For urgent matters call the duty officer on 0400 000 111", True),
        ("I'm on the parks enquiries line 1300 0 0 0 1 2 3 if anyone needs a hand", True),
        ("reply to me at j.doe@parks.example.gov.au, not my personal email", True),
        # the number spaced around a dash, or partly said in words
        ("Hi it's Tam from the Wagga permits office, call me back on 6 9 0 0 - 1 2 3 4? that's my desk", True),
        ("ring the permits line, that's us - 1300 four 0 0 nine one two, ask for the licensing team", True),
        ("call the duty line, that's us: 6 2 0 0 five 1 1 7", True),
        # said in words with a comma between its groups, or "get me at work on"
        ("Ring me on my desk phone if the mobile drops out, it's five five five zero, six one two four", True),
        ("Hey it's Cass, you can get me at work on oh-two nine nine, one two three four. Mornings best", True),
        # the work number given instead of one's own, a phone or a counter to ring
        ("Over the long weekend use the on-call phone 0400 000 222, not my personal", True),
        ("If the depot rings, my work mobile is 0400 000 333, not the house phone", True),
        ("Ring the Orange reception line 6300 0000 ext 14 between 9 and 5", True),
        # what the call is about: a case, a swap, an incident, a figure of the work
        ("ring me back on 07 4900 0000 re the Smith matter", False),
        ("can you swap my Sat late? text me on 0400 000 111", False),
        ("we finished the review of 140 permits, contact me on 07 4900 0000 with questions", False),
        ("you can get me at work on 07 4900 0000, I'm at the depot all week doing audits", False),
        ("two trucks still held at the weighbridge, ring me on 0400 one 1 1 two two two if you're waiting", False),
        ("the phones at the Orange office are down, use the duty mobile 0400 000 444 till they're fixed", False),
        ("email the updated rota to depot.south@parks.example.gov.au, not my personal gmail", False),
        # no number or address to be reached on
        ("ring me back when you can, that's my desk phone", False),
    ],
)
def test_contact_line_gives_a_number_with_nothing_of_the_work(text, contact):
    assert contact_line(text) is contact


def test_role_line_names_a_field_not_an_operation():
    p = load_profile("dibp")
    assert not activity("Compliance officer with 8 years in visa cancellations and removals, previously with DIBP.", p)
    assert activity("Compliance officer, 2 removals done today at Villawood", p)


@pytest.mark.parametrize(
    ("text", "profile", "fires"),
    [
        # a term that names a role, a team or a line, someone's unit in brackets, a medical arrest
        ("Big thanks to the triage nurse who stitched my thumb at 2am", "vic", False),
        ("For veterans it's our line 1800 000 000, ask for the Cairns processing team", "aps", False),
        ("team photo! Jo (payments), Kev (debt recovery), me and our director", "aps", False),
        ("So proud of my grad, calm as anything on that cardiac arrest job today", "tas", False),
        # ... but one's own team by its work, and an arrest by police, are still operations
        ("Finished my last shift in the visa cancellation team, 400 files later", "dibp", True),
        ("we made the arrest at 4am after the search of the house", "vic", True),
    ],
)
def test_a_term_that_names_a_role_is_no_operation(text, profile, fires):
    p = load_profile(profile)
    assert bool(activity(text, p) or work_account(text, p)) is fires, text


@pytest.mark.parametrize(
    ("text", "bye"),
    [
        ("After 12 years I'm signing off from the Bendigo registry. Thanks to the whole counter team!", True),
        ("Farewell Dot, 30 years on the weighbridge and she trained half the inspectors we have. Enjoy it!", True),
        # the systems the person kept going are work told; no thanks, no farewell
        ("Farewell Raj, 20 years keeping the permit system alive, thanks for everything", False),
        ("Last day of the audit tomorrow, 40 files to go", False),
        ("Thanks for covering my shift on the weighbridge", False),
    ],
)
def test_farewell_is_thanks_with_no_system(text, bye):
    assert farewell(text) is bye


def test_a_line_signed_off_views_my_own_is_a_bio():
    p = load_profile("dibp")
    assert role_line("Formerly Customs, now ABF. Cargo targeting and import permits. Views my own.")
    assert not activity("Formerly Customs, now ABF. Cargo targeting and import permits, fraud referrals. Views my own.", p)
    # the first person or a time besides the disclaimer: an account, whatever the sign-off
    assert not role_line("Our team found 30kg of meth in the tiles. Views my own")
    assert not role_line("Fraud referrals all day today, views my own")


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        # a switchboard or a reception to go through, and whom to ask for
        ("Switchboard (03) 5555 0100 then ask for the licensing team, I'm on till 5", True),
        ("Reception's 5555 0188 if you need the Geelong office, ask for the permits desk", True),
        ("switch is 5555 0120, ask for ext 3310 and they'll put you through to me", True),
        ("Ring the depot on 5555 0144 and ask for Bev", True),
        # ... but what the call is about is still the work: someone released, a swap
        ("Ring the station on 5555 0160 and ask for the duty sergeant, they'll tell you if he's been released", False),
        ("ask for Dimi on 5555 0170 about a shift swap for the 28th", False),
        # no number: a request, not a contact line
        ("Couldn't ask for a better crew to spend Christmas on shift with", False),
    ],
)
def test_contact_line_through_a_switchboard(text, contact):
    assert contact_line(text) is contact


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        # a bare title and where, every word after the role a name
        ("Detention Officer at Northgate Immigration Centre", True),
        ("Senior Ranger, Parks Service - Cradle Valley", True),
        ("Licensing Officer at the Levies Office · Port Adelaide", True),
        # a word of its own said, a sentence after it, a time: not a title line
        ("Border Force officer at Mascot found 2kg in a suitcase", False),
        ("Detention Officer at Northgate. Found A Blade In B Block", False),
        ("Ward clerk at a hospital here, same deal with the uniform", False),
        ("Duty Officer at Northgate Immigration Centre tonight", False),
    ],
)
def test_role_line_a_bare_title_and_where(text, bio):
    assert role_line(text) is bio


def test_a_search_and_rescue_team_or_a_search_engine_is_no_search():
    from auditor.config import load_profile
    from auditor.rules.opsterms import activity

    tas = load_profile("tas")
    assert activity("#TasPol Search and Rescue training on kunanyi today, cold hands", tas) == []
    assert activity("my search history is a crime scene", tas) == []
    assert activity("cell search at Risdon turned up 3 phones today", tas)


def test_a_place_named_after_the_work_is_no_activity():
    import re

    from auditor.rules.opsterms import names_a_role

    for text, term in (
        ("me and my work wife in the Adelaide Airport arrivals hall at 3am", "arrivals"),
        ("Our team at the Sydney cargo exam facility is doing Movember", "exam"),
    ):
        assert names_a_role(text, re.search(term, text)), text
    text = "processed 40 arrivals at 3am, two referred"
    assert not names_a_role(text, re.search("arrivals", text))
