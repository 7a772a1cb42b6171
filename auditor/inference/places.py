"""Place names for inferred locations, from an offline gazetteer shipped as package data.

`auditor/data/localities_au.csv` (name, state, lat, lon; built by scripts/build_localities.py)
names the nearest locality to a cluster centre: "Rockdale NSW". Nothing here ever calls an
online geocoder; a position far from every listed locality gets no name rather than a guess.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from auditor.geo.distance import distance_m

NAMED_WITHIN_M = 4_000  # "Rockdale NSW": the centre is in or beside that locality
NEAR_WITHIN_M = 30_000  # "near Bunbury WA": outer suburbs and regional towns


@dataclass(frozen=True, slots=True)
class Locality:
    name: str
    state: str
    lat: float
    lon: float

    @property
    def label(self) -> str:
        return f"{self.name} {self.state}".strip()


@lru_cache(maxsize=1)
def localities() -> tuple[Locality, ...]:
    text = resources.files("auditor.data").joinpath("localities_au.csv").read_text(encoding="utf-8")
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        try:
            out.append(Locality(row["name"], row.get("state", ""), float(row["lat"]), float(row["lon"])))
        except (KeyError, TypeError, ValueError):
            continue
    return tuple(out)


def nearest(lat: float, lon: float) -> tuple[Locality, float] | None:
    best: tuple[Locality, float] | None = None
    for loc in localities():
        # cheap box test first: a degree is > 80 km at Australian latitudes
        if abs(loc.lat - lat) > 1.0 or abs(loc.lon - lon) > 1.5:
            continue
        d = distance_m(lat, lon, loc.lat, loc.lon)
        if best is None or d < best[1]:
            best = (loc, d)
    return best


def place_name(lat: float, lon: float) -> str | None:
    """'Rockdale NSW', 'near Bunbury WA' or None when no listed locality is close."""
    hit = nearest(lat, lon)
    if hit is None:
        return None
    loc, d = hit
    if d <= NAMED_WITHIN_M:
        return loc.label
    if d <= NEAR_WITHIN_M:
        return f"near {loc.label}"
    return None
