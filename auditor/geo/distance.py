"""The one distance function of the package: great-circle (haversine) distance on a sphere.

Everything that compares positions (clusters, sites, localities, the gazetteer, the demo)
uses this, so "within 25 m" means the same thing everywhere. The mean Earth radius is
accurate to about 0.5 % against the ellipsoid, far finer than the tens of metres that the
inference works at.
"""

from __future__ import annotations

import math
from collections.abc import Callable

EARTH_M = 6_371_008.8  # mean Earth radius (IUGG), metres


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two positions in degrees, in metres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    # min() guards asin against rounding just above 1 for antipodal points
    return 2 * EARTH_M * math.asin(min(1.0, math.sqrt(a)))


def distance_from(lat1: float, lon1: float) -> Callable[[float, float], float]:
    """`distance_m` from one fixed position, as a function of the other: the same arithmetic in
    the same order (so the same results to the last bit), with the fixed point's terms worked
    out once, for measuring many positions against one centre."""
    p1 = math.radians(lat1)
    c1 = math.cos(p1)
    radians, sin, cos, asin, sqrt = math.radians, math.sin, math.cos, math.asin, math.sqrt

    def to(lat2: float, lon2: float) -> float:
        p2 = radians(lat2)
        dp, dl = p2 - p1, radians(lon2 - lon1)
        a = sin(dp / 2) ** 2 + c1 * cos(p2) * sin(dl / 2) ** 2
        return 2 * EARTH_M * asin(min(1.0, sqrt(a)))

    return to


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The same distance in kilometres."""
    return distance_m(lat1, lon1, lat2, lon2) / 1000.0
