"""Sensitive sites from the organisation profile, and which positions fall inside or near them.

A profile lists its sites as ``[[sites]]`` tables (name, kind, lat, lon, radius_m): airports,
seaports, mail and cargo centres, detention and training facilities, offices. A position
inside a site's radius, or within `NEAR_M` of its edge, is named with the site. The profile is
data; this module reads nothing else and decides nothing about severity.

`SiteIndex` answers the same question for millions of positions: the sites are put on a
coarse grid once, so each position is compared with the one or two sites whose box covers its
cell instead of every site of the profile; and `SiteIndex.site_of` decides a whole fine cell
(`FINE_DEG`, about 100 m) at once where every position in it has the same answer (deep inside
one site, or far from all), measuring only positions in cells that straddle an edge.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from auditor.config import Profile
from auditor.geo.distance import EARTH_M, distance_m

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
        self.reach_m = reach_m
        self._decided: dict[tuple[int, int], object] = {}  # fine cell -> `site_of`'s answer there, or MIXED
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

    def site_of(self, lat: float, lon: float) -> tuple[Site, bool] | None:
        """`at(lat, lon)`'s site and whether the position is inside it (for an index built with
        the default reach), decided once per fine cell where all its positions share the answer."""
        key = (math.floor(lat / FINE_DEG), math.floor(lon / FINE_DEG))
        got = self._decided.get(key, _UNSEEN)
        if got is _UNSEEN:
            box = cell_box(key)
            got = self._decided[key] = _decide_at([self.sites[i] for i in self.around(box)], box, NEAR_M)
        if got is not MIXED:
            return got  # type: ignore[return-value]
        hit = self.at(lat, lon, NEAR_M)
        return (hit.site, hit.inside) if hit is not None else None

    def sites_of(self, lats: Iterable[float], lons: Iterable[float]) -> list[tuple[Site, bool] | None]:
        """`site_of` of many positions, in order (a fine cell's answer looked up once per run of
        positions in it)."""
        out: list[tuple[Site, bool] | None] = []
        append, floor, decided, site_of = out.append, math.floor, self._decided, self.site_of
        last: tuple[int, int] | None = None
        got: object = MIXED
        for lat, lon in zip(lats, lons, strict=True):
            key = (floor(lat / FINE_DEG), floor(lon / FINE_DEG))  # `fine_cell`
            if key != last:
                last, got = key, decided.get(key, _UNSEEN)
                if got is _UNSEEN:
                    site_of(lat, lon)  # decides the cell
                    got = decided[key]
            append(got if got is not MIXED else site_of(lat, lon))  # type: ignore[arg-type]
        return out

    def around(self, box: CellBox) -> list[int]:
        """Indices (in profile order) of every site any position of a fine cell might be within
        reach of: those listed in the grid cells its corners fall in (a superset)."""
        rows = range(math.floor(box.lat_lo / GRID_DEG), math.floor(box.lat_hi / GRID_DEG) + 1)
        cols = range(math.floor(box.lon_lo / GRID_DEG), math.floor(box.lon_hi / GRID_DEG) + 1)
        return sorted({i for a in rows for b in cols for i in self.cells.get((a, b), ())})

    def at(self, lat: float, lon: float, near_m: float = NEAR_M) -> SiteHit | None:
        """`site_at` over the indexed sites (`near_m` at most the index's `reach_m`)."""
        got = self.cells.get((math.floor(lat / GRID_DEG), math.floor(lon / GRID_DEG)))
        return site_at(lat, lon, [self.sites[i] for i in got], near_m) if got else None


FINE_DEG = 0.001  # about 110 m: a cell decided at once where it can be (`cell_box`)
_EDGE = 1e-9  # degrees added around a fine cell, for positions that floor() puts on its edge


def fine_cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / FINE_DEG), math.floor(lon / FINE_DEG)


@dataclass(frozen=True, slots=True)
class CellBox:
    """A fine cell's bounds in degrees, its centre, and `bound_m`: no position in the cell is
    farther than that from the centre (along the meridian, then along the parallel, plus 1 m
    for rounding), so a distance from the centre decides the whole cell when it is more than
    `bound_m` from a threshold."""

    lat_lo: float
    lat_hi: float
    lon_lo: float
    lon_hi: float
    lat: float
    lon: float
    bound_m: float

    def lat_within(self, centre: float, half: float) -> bool:
        """Every position of the cell has abs(lat - centre) <= half."""
        return self.lat_lo >= centre - half and self.lat_hi <= centre + half

    def lon_within(self, centre: float, half: float) -> bool:
        return self.lon_lo >= centre - half and self.lon_hi <= centre + half

    def lat_beyond(self, centre: float, half: float) -> bool:
        """Every position of the cell has abs(lat - centre) > half."""
        return self.lat_lo > centre + half or self.lat_hi < centre - half

    def lon_beyond(self, centre: float, half: float) -> bool:
        return self.lon_lo > centre + half or self.lon_hi < centre - half


def cell_box(key: tuple[int, int]) -> CellBox:
    i, j = key
    lat_lo, lat_hi = i * FINE_DEG - _EDGE, (i + 1) * FINE_DEG + _EDGE
    lon_lo, lon_hi = j * FINE_DEG - _EDGE, (j + 1) * FINE_DEG + _EDGE
    widest = 1.0 if lat_lo <= 0 <= lat_hi else math.cos(math.radians(min(abs(lat_lo), abs(lat_hi))))
    half = math.radians(FINE_DEG / 2 + _EDGE)
    bound = EARTH_M * (half + half * widest) + 1.0
    return CellBox(lat_lo, lat_hi, lon_lo, lon_hi, (i + 0.5) * FINE_DEG, (j + 0.5) * FINE_DEG, bound)


MIXED = object()  # a fine cell whose positions need measuring one by one
_UNSEEN = object()


def _decide_at(sites: list[Site], box: CellBox, near_m: float) -> object:
    """`site_at`'s answer for every position of a cell, as (site, inside), None, or MIXED."""
    possible = []
    for s in sites:
        d = distance_m(box.lat, box.lon, s.lat, s.lon)
        if d - box.bound_m <= s.radius_m + near_m:
            possible.append((s, d))
    if not possible:
        return None  # beyond every site's reach from anywhere in the cell
    if len(possible) == 1:
        s, d = possible[0]
        # site_at skips sites more than 0.5 / 0.6 degrees away before measuring
        if d + box.bound_m <= s.radius_m and box.lat_within(s.lat, 0.5) and box.lon_within(s.lon, 0.6):
            return (s, True)
    return MIXED
