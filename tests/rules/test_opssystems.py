"""auditor.rules.opssystems: work systems and site security told in plain words, for OPS102."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.rules.opssystems import generic_failure, site_security, system_down


@pytest.fixture(scope="module")
def vic():
    return load_profile("vic")


@pytest.fixture(scope="module")
def aps():
    return load_profile("aps")


def test_outages_named_or_counted(vic, aps):
    down = system_down("Day 2 of the network outage, we're doing every admission on paper", vic)
    assert down is not None and down[0].group(0) == "network outage"
    assert system_down("CRIMS is down again, write the warrants up by hand", vic) is not None
    assert system_down("The new booking portal crashed 3 times before lunch, customers lined up to the door", aps) is not None
    assert system_down("NBN is down again, can't work from home", aps) is None


def test_site_security_and_a_gym(aps):
    assert site_security("fyi the swipe on the level 3 side door is dead again, anyone can walk in", aps) is not None
    assert site_security("Gym swipe card's dead again, stood outside the door for ten minutes", aps) is None


def test_generic_failure_of_the_system():
    assert generic_failure("honestly the system is broken", "broken")
    assert generic_failure("Went to renew my licence and the system was down", "down")
    assert not generic_failure("the system has been down since 7, we're doing it by hand", "down")


def test_a_system_met_by_a_relatives_business_or_a_traveller_is_the_customers():
    from auditor.rules.opssystems import customer_met

    assert customer_met("Is the portal down? Can't log in to check my daughter's claim")
    assert customer_met("The eGates were all down when we landed, an hour in the queue")
    assert not customer_met("The case system was down all morning, nobody could open a file")
