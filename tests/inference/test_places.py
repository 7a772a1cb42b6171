"""The offline gazetteer names cluster centres and never guesses far from any locality."""

from __future__ import annotations

from auditor.geo.distance import distance_m
from auditor.inference.places import localities, nearest, place_name


def test_localities_load_from_package_data():
    locs = localities()
    assert len(locs) > 300
    assert all(-45 < loc.lat < -9 and 95 < loc.lon < 160 for loc in locs)
    assert {loc.state for loc in locs} >= {"NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT"}


def test_place_name_names_nearest_suburb():
    assert place_name(-33.95231, 151.13702) == "Rockdale NSW"
    assert place_name(-35.2390, 149.0650) == "Belconnen ACT"


def test_place_name_says_near_or_nothing_when_far():
    loc, d = nearest(-34.10, 150.95)
    assert d > 4000
    assert place_name(-34.10, 150.95).startswith("near ")
    assert place_name(-40.0, 100.0) is None  # open ocean


def test_haversine_known_distance():
    # Sydney to Melbourne city centres: about 714 km
    assert 700_000 < distance_m(-33.8688, 151.2093, -37.8136, 144.9631) < 730_000
