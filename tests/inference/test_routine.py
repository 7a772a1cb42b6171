"""auditor.inference.routine: the routine generator is deterministic for a seed and follows its plan."""

from __future__ import annotations

import random
from datetime import date

from auditor.geo.distance import distance_m
from auditor.inference.routine import Routine, displace, routine_items

HOME, WORK = (-33.95231, 151.13702), (-33.93990, 151.17530)


def test_routine_items_are_deterministic_for_a_seed():
    r = Routine(home=HOME, work=WORK, start=date(2025, 3, 3), weeks=2)
    a = routine_items(r, random.Random(1))
    assert a == routine_items(r, random.Random(1))
    assert a != routine_items(r, random.Random(2))


def test_displace_moves_by_the_distance_asked():
    p = displace(HOME, 1000.0, random.Random(3))
    assert abs(distance_m(*HOME, *p) - 1000.0) < 5.0
