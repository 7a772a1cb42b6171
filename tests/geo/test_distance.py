"""auditor.geo.distance: the one great-circle distance, in metres and kilometres."""

from __future__ import annotations

import math
import random

import pytest

from auditor.geo.distance import EARTH_M, distance_from, distance_km, distance_m

POINTS = [
    (-27.39421, 153.06112),  # Brisbane
    (-33.8688, 151.2093),  # Sydney
    (51.5074, -0.1278),  # London
    (0.0, 179.9),
    (89.9, 45.0),
]


def test_distance_km_sydney_to_melbourne_is_haversine_km():
    assert abs(distance_km(-33.8688, 151.2093, -37.8136, 144.9631) - 713) < 10


@pytest.mark.parametrize("lat,lon", POINTS)
def test_distance_m_is_zero_from_a_point_to_itself(lat, lon):
    assert distance_m(lat, lon, lat, lon) == 0.0


@pytest.mark.parametrize("a", POINTS)
@pytest.mark.parametrize("b", POINTS)
def test_distance_m_is_symmetric(a, b):
    assert distance_m(*a, *b) == pytest.approx(distance_m(*b, *a), rel=1e-12, abs=1e-6)


def test_distance_m_pole_to_equator_is_within_half_a_percent_of_the_ellipsoid():
    # the meridian quadrant of the WGS 84 ellipsoid is 10 001 965.7 m; the sphere is within 0.5 %
    quadrant = 10_001_965.7
    assert abs(distance_m(90.0, 0.0, 0.0, 0.0) - quadrant) / quadrant < 0.005
    assert distance_m(90.0, 0.0, 0.0, 0.0) == pytest.approx(math.pi / 2 * EARTH_M)


def test_distance_m_antipodes_is_half_the_circumference():
    # rounding may push the haversine term just above 1; the result must still be finite
    assert distance_m(-27.5, 153.0, 27.5, -27.0) == pytest.approx(math.pi * EARTH_M)


def test_distance_m_across_the_antimeridian_is_short():
    assert distance_m(0.0, 179.9, 0.0, -179.9) == pytest.approx(math.radians(0.2) * EARTH_M)


@pytest.mark.parametrize("a", POINTS)
@pytest.mark.parametrize("b", POINTS)
def test_distance_km_is_metres_over_1000(a, b):
    assert distance_km(*a, *b) == distance_m(*a, *b) / 1000.0


def test_distance_from_a_fixed_point_is_bit_for_bit_distance_m() -> None:
    rng = random.Random(18)
    for _ in range(200):
        lat, lon = rng.uniform(-89, 89), rng.uniform(-180, 180)
        to = distance_from(lat, lon)
        for _ in range(50):
            la, lo = lat + rng.gauss(0, 0.01), lon + rng.gauss(0, 0.01)
            if rng.random() < 0.1:
                la, lo = rng.uniform(-90, 90), rng.uniform(-180, 180)
            assert to(la, lo) == distance_m(lat, lon, la, lo)
