"""auditor.rules.opsrosters: who works when, told in plain words."""

from __future__ import annotations

import pytest

from auditor.rules.opsrosters import ON_CALL, OVERTIME, ROSTERED, ROSTERED_HOURS, SHIFT_COVER


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (SHIFT_COVER, "thanks for covering my late on 5B, owe you one"),
        (ROSTERED, "Sgt Whitlock's put me on nights at Glenorchy from Monday"),
        (ROSTERED_HOURS, "I'm on the 0600 at Kingston station all week"),
        (ON_CALL, "I've got the on-call phone tonight, ring if the unit needs me"),
        (OVERTIME, "my 6th double this month and they want another"),
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
    ],
)
def test_not_who_works_when(pattern, text):
    assert pattern.search(text) is None, text
