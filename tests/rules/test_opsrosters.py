"""auditor.rules.opsrosters: who works when, told in plain words."""

from __future__ import annotations

import pytest

from auditor.rules.opsrosters import NOBODY_HEEDS, ON_CALL, OVERTIME, ROSTERED, ROSTERED_HOURS, SHIFT_COVER


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (SHIFT_COVER, "thanks for covering my late on 5B, owe you one"),
        (ROSTERED, "Sgt Whitlock's put me on nights at Glenorchy from Monday"),
        (ROSTERED_HOURS, "I'm on the 0600 at Kingston station all week"),
        (ON_CALL, "I've got the on-call phone tonight, ring if the unit needs me"),
        (OVERTIME, "my 6th double this month and they want another"),
        # a shift by its letter, someone put down for a post, two people on a line from a time, hours on a ward
        (ROSTERED, "swap my Sat? I'm on B shift at Risdon with Gaz"),
        (ROSTERED, "@tommo put you down for the Sunday van, sorry"),
        (ROSTERED, "Huddle at 8, then Priya & Jo on the intake line from 9"),
        (ROSTERED_HOURS, "Coffee in, 10 hrs on 3C ahead"),
        (ROSTERED, "Dee's off sick so Raj is acting TL this week, ask him"),
        (OVERTIME, "The NUM asked who could stay for a double, 2 of us were already on a double"),
    ],
)
def test_who_works_when(pattern, text):
    assert pattern.search(text) is not None, text


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (SHIFT_COVER, "can you cover my Christmas shift, I'll buy you a drink"),
        (ROSTERED, "Six nights straight of rain, the roster of dog walks is a mess"),
        (ON_CALL, "the after-hours vet's phone line was engaged all night"),
        (OVERTIME, "double the fun this month, two birthdays"),
        (ROSTERED, "put you down for the Saturday sausage sizzle, bring onions"),
        (ROSTERED, "Tom and Jerry on the telly from 8 tonight"),
        (ROSTERED, "ask for me, I'm on day shift this week"),
        (ROSTERED_HOURS, "Only 2 hrs on 4G data before it died"),
        (ROSTERED, "Raj is acting like a boss this week, new car"),
        (OVERTIME, "stayed for a double feature at the drive-in, 3 of us on a double date"),
    ],
)
def test_not_who_works_when(pattern, text):
    assert pattern.search(text) is None, text


@pytest.mark.parametrize(
    ("text", "heeds"),
    [
        # who decides does not listen: a complaint, not a post left unstaffed
        ("nobody at regional office listens to the field staff", True),
        ("No one in management asked the rangers before the huts closed", True),
        ("nobody at the top gives a toss", True),
        # a post left unstaffed
        ("nobody on the front counter till 10 tomorrow", False),
        ("no one at the gate after midnight, the cameras do it all", False),
    ],
)
def test_nobody_heeds_is_who_decides_not_staffing(text, heeds):
    assert (NOBODY_HEEDS.match(text) is not None) is heeds


def test_a_seniors_visit_told_ahead_with_its_time():
    from auditor.rules.opsrosters import SENIOR_VISIT

    assert SENIOR_VISIT.search("shoes like mirrors for the Commissioner's walk-through at the airport tomorrow at 10")
    assert SENIOR_VISIT.search("Mr Khoury (the Regional Commander) is doing a walk-through at 10, lanyards visible")
    assert SENIOR_VISIT.search("lads the brass are coming thru tmrw for inspection. ironed shirts")
    assert not SENIOR_VISIT.search("Wedding planner here, 45 minutes is never enough for a venue walkthrough")
    assert not SENIOR_VISIT.search("Sarah is coming over tomorrow for a tour of the new house")
    assert not SENIOR_VISIT.search("the Minister's visit last year was a joke")  # no time ahead
