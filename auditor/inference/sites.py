"""Sensitive sites from the organisation profile, and which positions fall inside or near them.

A profile lists its sites as ``[[sites]]`` tables (name, kind, lat, lon, radius_m): airports,
seaports, mail and cargo centres, detention and training facilities, offices. A position
inside a site's radius, or within `NEAR_M` of its edge, is named with the site. The profile is
data; this module reads nothing else and decides nothing about severity.

`SiteIndex` answers the same question for millions of positions: the sites are put on a
coarse grid once, so each position is compared with the one or two sites whose box covers its
cell instead of every site of the profile.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from auditor.config import Profile
from auditor.geo.distance import distance_m

DEFAULT_RADIUS_M = 500.0
NEAR_M = 500.0  # how far outside a site's edge still counts as "near" it


@dataclass(frozen=True, slots=True)
class Site:
    name: str
    kind: str
    lat: float
    lon: float
    radius_m: float = DEFAULT_RADIUS_M

    @property
    def label(self) -> str:
        return f"{self.name} ({self.kind})" if self.kind else self.name


@dataclass(frozen=True, slots=True)
class SiteHit:
    site: Site
    distance_m: float  # from the site's centre

    @property
    def inside(self) -> bool:
        return self.distance_m <= self.site.radius_m


def load_sites(profile: Profile) -> list[Site]:
    """The profile's sites (config.validate has checked name/lat/lon); bad radii fall back."""
    out = []
    for raw in profile.sites:
        try:
            radius = float(raw.get("radius_m", DEFAULT_RADIUS_M))
        except (TypeError, ValueError):
            radius = DEFAULT_RADIUS_M
        if not radius > 0:
            radius = DEFAULT_RADIUS_M
        out.append(Site(str(raw["name"]), str(raw.get("kind", "")), float(raw["lat"]), float(raw["lon"]), radius))
    return out


def site_at(lat: float, lon: float, sites: list[Site], near_m: float = NEAR_M) -> SiteHit | None:
    """The site a position is inside (or else nearest to, within `near_m` of its edge)."""
    best: SiteHit | None = None
    for s in sites:
        if abs(s.lat - lat) > 0.5 or abs(s.lon - lon) > 0.6:
            continue
        d = distance_m(lat, lon, s.lat, s.lon)
        if d > s.radius_m + near_m:
            continue
        hit = SiteHit(s, d)
        # inside beats near; among equals, the smaller (more specific) site wins
        rank = (not hit.inside, s.radius_m if hit.inside else d - s.radius_m)
        if best is None or rank < (not best.inside, best.site.radius_m if best.inside else best.distance_m - best.site.radius_m):
            best = hit
    return best


GRID_DEG = 0.05  # about 5.5 km: a cell of the site index


def _rank(hit: SiteHit) -> tuple[bool, float]:
    # inside beats near; among equals, the smaller (more specific) site wins
    return (not hit.inside, hit.site.radius_m if hit.inside else hit.distance_m - hit.site.radius_m)


class SiteIndex:
    """The profile's sites on a grid of `GRID_DEG` cells, for lookups over many positions.

    Each site is listed in every cell its reach (radius plus `reach_m`) can touch, with a
    margin, so a cell's list holds every site a position in it could be within reach of; the
    exact tests of `site_at` and `sites_within` then run on that short list, in profile order,
    and give the same answers.
    """

    def __init__(self, sites: list[Site], reach_m: float = NEAR_M) -> None:
        self.sites = sites
        self.cells: dict[tuple[int, int], list[int]] = {}
        for i, s in enumerate(sites):
            dlat = (s.radius_m + reach_m) / 110_000 * 1.05 + 1e-6
            far = min(89.0, abs(s.lat) + dlat)
            dlon = min(360.0, dlat / max(0.01, math.cos(math.radians(far))))
            for a in range(math.floor((s.lat - dlat) / GRID_DEG), math.floor((s.lat + dlat) / GRID_DEG) + 1):
                for b in range(math.floor((s.lon - dlon) / GRID_DEG), math.floor((s.lon + dlon) / GRID_DEG) + 1):
                    self.cells.setdefault((a, b), []).append(i)

    def candidates(self, lat: float, lon: float) -> list[int]:
        """Indices (in profile order) of the sites a position might be within reach of: a superset."""
        return self.cells.get((math.floor(lat / GRID_DEG), math.floor(lon / GRID_DEG)), [])

    def at(self, lat: float, lon: float, near_m: float = NEAR_M) -> SiteHit | None:
        """`site_at` over the indexed sites (`near_m` at most the index's `reach_m`)."""
        got = self.cells.get((math.floor(lat / GRID_DEG), math.floor(lon / GRID_DEG)))
        return site_at(lat, lon, [self.sites[i] for i in got], near_m) if got else None
