"""An offline gazetteer of Australian places: names, kinds and approximate positions.

Reads the package data file ``auditor/data/places_au.csv`` (columns ``name,kind,state,lat,lon``;
built by ``scripts/build_gazetteer.py`` from GeoNames plus a curated list of airports, ports,
mail centres, facilities, offices and venues). Used by the location rules (names) and by
inference (positions). Loading is lazy and cached; this module never opens a network
connection and never writes anything.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from auditor.geo.distance import distance_km


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    kind: str  # city, suburb, town, state, airport, seaport, mail_centre, detention, office, venue, ...
    state: str  # NSW, VIC, QLD, WA, SA, TAS, NT, ACT ("" if unknown)
    lat: float
    lon: float


@lru_cache(maxsize=1)
def load_places() -> tuple[Place, ...]:
    """Every place in the bundled gazetteer, sorted by name."""
    text = resources.files("auditor.data").joinpath("places_au.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return tuple(Place(r["name"], r["kind"], r["state"], float(r["lat"]), float(r["lon"])) for r in rows)


@lru_cache(maxsize=1)
def by_name() -> dict[str, Place]:
    """Places keyed by case-folded name."""
    return {p.name.casefold(): p for p in load_places()}


def lookup(name: str) -> Place | None:
    return by_name().get(" ".join(name.split()).casefold())


@lru_cache(maxsize=4096)
def _nearest(lat: float, lon: float, kinds: frozenset[str] | None) -> tuple[Place, float] | None:
    best: tuple[Place, float] | None = None
    for p in load_places():
        if kinds is not None and p.kind not in kinds:
            continue
        d = distance_km(lat, lon, p.lat, p.lon)
        if best is None or d < best[1]:
            best = (p, d)
    return best


def nearest(lat: float, lon: float, kinds: set[str] | frozenset[str] | None = None) -> tuple[Place, float] | None:
    """The closest place (optionally of the given kinds) and its distance in km; cached.

    Positions are rounded to about 100 m before the lookup so nearby queries share the cache.
    """
    return _nearest(round(lat, 3), round(lon, 3), frozenset(kinds) if kinds is not None else None)
