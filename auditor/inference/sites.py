"""Sensitive sites from the organisation profile, and which positions fall inside or near them.

A profile lists its sites as ``[[sites]]`` tables (name, kind, lat, lon, radius_m): airports,
seaports, mail and cargo centres, detention and training facilities, offices. A position
inside a site's radius, or within `NEAR_M` of its edge, is named with the site. The profile is
data; this module reads nothing else and decides nothing about severity.
"""

from __future__ import annotations

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
