"""auditor.rules.opsplain: operational detail told in plain words (staffing, volumes, outages)."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.opsplain import VOLUME, other_workplace, plain_operations
from auditor.rules.opssystems import site_security, system_down
from auditor.rules.orgwords import WORKLOAD


@pytest.fixture(scope="module")
def aps():
    return load_profile("aps")


@pytest.fixture(scope="module")
def vic():
    return load_profile("vic")


@pytest.fixture(scope="module")
def qld():
    return load_profile("qld")


def _kind(text: str, profile) -> str | None:
    hit = plain_operations(text, profile)
    return None if hit is None else hit[1]


def test_plain_operations_staff_on_duty(aps):
    assert _kind("Overnight at the regional office, 2 of us on till 6am", aps) == "staff on duty"
    assert _kind("Nine call-takers on for the whole of the north tonight", aps) == "staff on duty"
    assert _kind("The intake was 14 and we're staffed for 7. Good luck to us.", aps) == "staff on duty"
    assert _kind("Two of us went to the footy on Saturday", aps) is None
    assert _kind("Hearings ran till 8pm, one interpreter in the whole building", aps) == "staff on duty"
    assert _kind("after-hours callout in Logan and I'm the only one on call", aps) == "staff on duty"


def test_plain_operations_staff_cut(aps):
    assert _kind("we're down 5 officers on lates and nobody's said a word", aps) == "staff cut"
    assert _kind("Branch news: 45 non-ongoing contracts won't be renewed in July", aps) == "staff cut"
    assert _kind("Four of us doing the work of nine since the restructure", aps) == "staff cut"
    assert _kind("I lost 5 kilos since March", aps) is None


def test_plain_operations_volumes_and_queues(vic):
    assert _kind("2,100 calls in the queue at 9am and it's only Monday", vic) == "volume of work"
    assert _kind("Registry had 260 matters listed across three courtrooms", vic) == "volume of work"
    assert _kind("we're sitting on an 8 month backlog of reviews", vic) == "volume of work"
    assert _kind("Bed board at 7: 38 waiting for a bed upstairs", vic) == "volume of work"
    assert _kind("took 3 calls from mum today about the wedding", vic) is None
    assert _kind("Day 35 waiting for my visa", vic) is None


def test_other_workplace_depends_on_the_profile(dibp, vic):
    # a hospital is another employer's under dibp, the state's own under vic
    text = "hospital system's been down since 2 and we're charting on paper"
    assert other_workplace(text, dibp)
    assert not other_workplace(text, vic)
    assert other_workplace("3 of us on at the café for the brunch rush", vic)
    assert plain_operations("3 of us on at the café for the brunch rush", vic) is None


def test_system_down_needs_an_effect_on_the_work_and_no_consumer(vic, qld):
    hit = system_down("the client records system fell over at 10, nobody can open a file", vic)
    assert hit is not None and [m.group(0) for m in hit] == ["system fell over", "client"]
    assert system_down("the new system fell over at 10", vic) is None  # no effect on the work
    assert system_down("Bank app's been down all day and I can't pay rent", vic) is None
    assert system_down("Went to renew my licence and the system was down, no one could help", qld) is None


def test_plain_operations_audits_and_shift_cover(vic):
    assert _kind("the claims audit kicks off Monday, have your files ready", vic) == "audit"
    assert _kind("VAGO audit team is here till Thursday", vic) == "audit"
    assert _kind("Building audit found a leak in the roof", vic) is None
    assert _kind("thanks for taking my Sunday late on 7 North, owe you", vic) == "shift cover"
    assert _kind("thanks for taking my Sunday late at Bunnings, owe you", vic) is None  # another employer's shift
    assert _kind("thanks for taking my Sunday late, owe you", vic) is None  # no where


def test_system_down_in_other_words(vic):
    hit = system_down("Anyone else getting logged out of the new HR system? Staff can't save a thing", vic)
    assert hit is not None and hit[0].group(0) == "logged out of the new HR system"
    hit = system_down("the new records system won't let me sign off the files", vic)
    assert hit is not None and hit[0].group(0).endswith("won't let me")


def test_site_security_needs_a_control_where_it_stands_and_its_state(aps):
    hit = site_security("cameras in the visits room have been out since Friday, two officers minimum now", aps)
    assert hit is not None and hit.group(0) == "cameras"
    assert site_security("someone keeps propping the fire door on 6 open", aps) is not None
    assert site_security("cameras in the visits room", aps) is None  # no state or gap
    assert site_security("my new camera is broken", aps) is None  # no site
    assert site_security("bag checks at the stadium entrance took forever", aps) is None  # the crowd's side


def test_plain_operations_overtime_and_leave(aps):
    assert _kind("Pulled my 5th double this fortnight, they keep saying recruitment is coming", aps) == "overtime or leave"
    assert _kind("Whole branch told no leave until after the budget", aps) == "overtime or leave"
    assert _kind("Took leave for the school holidays, bliss", aps) is None


def test_plain_operations_incidents_and_court_lists(vic, qld):
    assert _kind("11 code greys last week and management's answer is a poster", vic) == "incidents or vehicles off the road"
    assert _kind("Two assaults on staff at the unit this week", vic) == "incidents or vehicles off the road"
    assert _kind("We're on Code Yellow, if you're a nurse reading this we need you", vic) == "incidents or vehicles off the road"
    assert _kind("our district has 6 cars and 4 of them are off the road", qld) == "incidents or vehicles off the road"
    assert _kind("TASCAT list tomorrow is 31 residential tenancy matters", vic) == "volume of work"
    assert _kind("Two assaults in the last episode of the crime show", vic) is None


def test_volume_quotes_a_figure_with_thousands_separators_whole():
    # "4,300 files" is quoted whole, not as "300 files"
    m = VOLUME.search("the backlog will be cleared by June, 4,300 files in the queue")
    assert m is not None and m.group(0).startswith("4,300")
    w = WORKLOAD.search("we've got 1,250 referrals unallocated")
    assert w is not None and w.group(0).startswith("1,250")


# ---- seventh round (opsround2): who is rostered, staff in figures, incidents again, outages named ----


@pytest.fixture(scope="module")
def tas():
    return load_profile("tas")


@pytest.fixture(scope="module")
def dibp():
    return load_profile("dibp")


def test_who_is_rostered_on_what(tas, vic):
    assert _kind("The sergeant's put me on earlies at Moonah from Tuesday, anyone want to swap", tas) == "who is rostered on what"
    assert _kind("You're on the 0700-1500 at the Bell Bay wharf, shout if that's a problem", tas) == "who is rostered on what"
    assert _kind("I'm on the Bass Hwy checkpoint Thurs and Sat, you've got the Midland", tas) == "who is rostered on what"
    assert _kind("Relieving at the Smithton station till the end of the month, send help", tas) == "who is rostered on what"
    assert _kind("you're on the roster for Friday at the Devonport counter, I checked", vic) == "who is rostered on what"
    # another employer's roster, a canteen's, a swap of a holiday
    assert _kind("My manager at the café put me on lates again, third week running", tas) is None
    assert _kind("You're on the roster for the netball canteen, sorry I forgot to tell you", vic) is None


def test_the_teams_on_call_phone(tas, dibp):
    assert (
        _kind("I've got the on-call mobile till Friday, 0400 000 000, only for the Kingston kids", tas) == "on call for the team"
    )
    assert _kind("the duty phone's with me this weekend if anything blows up at the depot", dibp) == "on call for the team"
    assert _kind("Is the vet's after-hours phone answered on weekends?", dibp) is None


def test_staff_short_off_sick_beds_closed_and_freezes(vic, aps):
    assert _kind("Ward 3 is four nurses short tonight and there's a MET call already", vic) == "staff short or in figures"
    assert (
        _kind("They're closing 10 beds on our ward over summer because there's nobody to roster", vic)
        == "staff short or in figures"
    )
    assert _kind("Nine out sick on our floor, the phones are ringing out", aps) == "staff short or in figures"
    assert _kind("we're already three down and it's only Tuesday", aps) == "staff short or in figures"
    assert _kind("A hiring freeze at our regional office for 14 months now, lovely", aps) == "staff short or in figures"
    assert _kind("Bought 2 beds for the kids' rooms, the flat's coming together", aps) is None
    # a freeze argued as a policy, with no place or period of the writer's own
    assert _kind("Speaking as a public servant, the hiring freeze is bad policy", aps) is None


def test_staff_in_figures(vic, aps):
    assert _kind("Our section went from 30 staff to 18 since July, same workload", aps) == "staff short or in figures"
    assert _kind("11 of 16 positions filled on our floor and they want more output", aps) == "staff short or in figures"
    assert _kind("Nights this week are 1:9 again on our ward, management says it's fine", vic) == "staff short or in figures"
    assert _kind("Only one aide for all of them in the unit again", vic) == "staff on duty"
    assert _kind("My weight went from 90 to 82 this year!", aps) is None


def test_incidents_again_and_codes(vic, dibp):
    assert _kind("Another lighter found in a cell on B wing, second this week", vic) == "incidents again within a period"
    assert _kind("Code grey on 2C and security took twenty minutes", vic) == "incidents or vehicles off the road"
    assert _kind("Count's out by two in the west unit, nobody moves till it's right", vic) == "incidents or vehicles off the road"
    assert _kind("abused five times on the counter today and it's not even lunch", dibp) == "incidents or vehicles off the road"
    assert _kind("Kids got sick again, second time this month", vic) is None
    # a hospital's code is another employer's where the profile runs no hospital
    assert _kind("code blue on 4A again, third one today", dibp) is None


def test_more_volumes_of_work(vic, aps):
    assert _kind("Booked 38 drivers at the checkpoint this morning", vic) == "volume of work"
    assert _kind("we've cleared 1,200 claims since Monday and the queue hasn't moved", aps) == "volume of work"
    assert _kind("Got 27 families on my caseload now, was 15 in March", vic) == "volume of work"
    assert _kind("Booked 12 tickets for the concert, who's in", vic) is None
    assert _kind("did 20 job applications this week, nothing back yet", aps) is None


def test_court_work_in_plain_words(tas, vic):
    assert _kind("Can someone grab tomorrow's court list for me, the sergeant wants it by 8", tas) == "court work"
    assert (
        _kind("Registry chaos today, the Devlin matter got bumped again and the family waited all morning", vic) == "court work"
    )
    assert _kind("Two jurors discharged this morning in the trial I'm clerking, back to day one", vic) == "court work"
    assert _kind("The magistrate adjourned the whole list till 2pm, our registry is drowning", vic) == "court work"
    # a party's own matter, and a name that is no party's
    assert _kind("Court date for my speeding fine is in March, wish me luck", vic) is None
    assert _kind("Watching the Netflix doco about the trial tonight", vic) is None


def test_a_roster_run_of_days_and_a_team_losing_staff():
    from auditor.rules.opsplain import ROSTERED, STAFF_CUT

    assert ROSTERED.search("the roster has me on six nights straight again") is not None
    assert ROSTERED.search("the roster's got us on 4 days in a row") is not None
    assert ROSTERED.search("Six nights straight of rain, the roster of dog walks is a mess") is None
    assert STAFF_CUT.search("our office loses another 6 contractors on Friday") is not None


def test_volumes_sat_on_or_in_one_night_and_counts_wrong(aps, vic):
    assert _kind("We're sitting on about 600 open wage complaints in my region", aps) == "volume of work"
    assert _kind("we had 14 missing-from-care reports in one night across the south", vic) == "volume of work"
    assert _kind("we counted 1,912 ballots at our booth", aps) == "volume of work"
    assert _kind("the visa backlog is still sitting near 900k", aps) == "volume of work"
    assert _kind("We're running on 60% staffing tonight", vic) == "staff short or in figures"
    assert _kind("they're 2 down after the review, don't say I told you", vic) == "staff short or in figures"
    assert _kind("Sitting on 3 new episodes of my show, no spoilers", vic) is None
    assert _kind("12 mosquito bites in one night, camping is great", vic) is None


def test_a_site_locked_down(vic, qld):
    assert _kind("The west unit's been locked down since Monday after the fight in the yard", vic) == "a site locked down"
    assert _kind("we've had the boys locked in their rooms most of the week, no staff", qld) == "a site locked down"
    assert _kind("muster moved to 0600 and expect lockdowns in the afternoon all week", qld) == "a site locked down"
    # a city's or a pandemic's lockdown is no site's
    assert _kind("Melbourne's been locked down since Tuesday, again", vic) is None
    assert _kind("Remember when we were in lockdown for months during covid", vic) is None


def test_an_ambulance_or_an_icu_is_another_workplace_where_the_profile_runs_none(dibp, vic):
    assert other_workplace("Ambo shift: 9 jobs, 2 chest pains and a cat up a tree", dibp)
    assert other_workplace("Night shift in the ICU again, two codes before midnight", dibp)
    assert not other_workplace("Ambo shift: 9 jobs, 2 chest pains and a cat up a tree", vic)


def test_posts_held_empty_counted(vic, aps):
    # a count of vacancies or unfilled posts, and full-time posts short or down
    assert _kind("The org chart looks lovely. Shame about the 11 vacancies we've carried since May", aps) == (
        "staff short or in figures"
    )
    assert _kind("My school's had three unfilled positions since Term 1", vic) == "staff short or in figures"
    assert _kind("can't fill 25 nursing vacancies on our floor and they want a new wing", vic) == "staff short or in figures"
    assert _kind("Our depot's been 3 FTE short since winter", aps) == "staff short or in figures"
    assert _kind("answered 900 queries last month with 2 EFT down", aps) == "staff short or in figures"
    # a hiring post, and vacancies that are not counted
    assert _kind("We have 2 vacancies for casual baristas, apply within!", vic) is None
    assert _kind("Our cafe has 3 vacancies available now, DM us", vic) is None
    assert _kind("Any vacancies at your place? Asking for my cousin", aps) is None


def test_a_backlog_or_a_queue_counted_or_growing(aps, vic):
    assert _kind("the queue for our visa stream went from 12k to 19k since the new portal", aps) == "volume of work"
    assert _kind("we're sitting on a 40k permit backlog and they want a new dashboard", aps) == "volume of work"
    assert _kind("Then a backlog of 2,500 unprocessed forms we're meant to clear by Friday", vic) == "volume of work"
    assert _kind("our waitlist has gone up to 340 since March", vic) == "volume of work"
    # everyday backlogs, too few to be a workplace's
    assert _kind("my reading backlog went from 5 to 12 books over winter", aps) is None
    assert _kind("my laundry backlog of 3 loads is judging me", aps) is None
    assert _kind("we finally cleared the backlog of 2023 receipts for the tax man", aps) is None  # a year


def test_staff_cut_by_role_or_level(aps, vic):
    assert _kind("Another savings measure: our intake team loses 4 practitioners", vic) == "staff cut"
    assert _kind("Our section merged with policy and we cut six APS4s. Efficiency!", aps) == "staff cut"
    assert _kind("Our school lost 1.5 FTE of aides this year", vic) == "staff cut"
    assert _kind("Our footy team lost 5 players to the Magpies", vic) is None
