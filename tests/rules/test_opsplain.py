"""auditor.rules.opsplain: operational detail told in plain words (staffing, volumes, outages)."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.opsplain import VOLUME, other_workplace, plain_operations, site_security, system_down
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
