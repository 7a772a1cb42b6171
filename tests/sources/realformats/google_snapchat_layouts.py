"""Generators of Google Takeout Maps and Snapchat snap-map layouts, with invented content.

- Google Takeout ``Maps/My labeled places/Labeled places.json`` and
  ``Maps (your places)/Reviews.json``: GeoJSON FeatureCollections with [lon, lat] points, a
  label (``Home``) or a review with its place; an empty Takeout file beside them (Takeout
  writes empty files for products with no data). Paths as schackartk/google_mapper
  (`README.md`, `IDE_google_mapper.R`) reads them: ``Takeout/Maps (your places)/Reviews.json``
  and ``Takeout/Maps/My labeled places/Labeled places.json``; features with ``[lon, lat]``
  points and ``name``/``address`` properties as other Takeout tools' tests show them.
- Snapchat ``json/snap_map_places_history.json``: ``{"Snap Map Places History": [{Date, Place,
  Place Location, Share Type}]}``: the file name as the Passive Data Kit Snapchat importer
  routes it, the keys as a Snapchat "My Data" viewer reads them (the code search did not name
  those repositories).
"""

from __future__ import annotations

import json
from pathlib import Path


def takeout_maps(folder: Path) -> dict[str, int]:
    maps = folder / "Takeout" / "Maps" / "My labeled places"
    maps.mkdir(parents=True)
    labeled = {
        "type": "FeatureCollection",
        "features": [
            {
                "geometry": {"coordinates": [149.1010, -35.2501], "type": "Point"},
                "properties": {"address": "1 Example St", "name": "Home"},
                "type": "Feature",
            },
            {
                "geometry": {"coordinates": [149.1240, -35.3080], "type": "Point"},
                "properties": {"address": "2 Sample Ave", "name": "Work"},
                "type": "Feature",
            },
        ],
    }
    (maps / "Labeled places.json").write_text(json.dumps(labeled), encoding="utf-8")
    places = folder / "Takeout" / "Maps (your places)"
    places.mkdir(parents=True)
    reviews = {
        "type": "FeatureCollection",
        "features": [
            {
                "geometry": {"coordinates": [149.13, -35.28], "type": "Point"},
                "properties": {
                    "Google Maps URL": "http://maps.google.com/?cid=1",
                    "Location": {
                        "Address": "3 Example Rd",
                        "Business Name": "Example Cafe",
                        "Geo Coordinates": {"Latitude": "-35.28", "Longitude": "149.13"},
                    },
                    "Published": "2023-05-01T10:00:00Z",
                    "Review Comment": "Great coffee before my shift at the depot",
                    "Star Rating": 5,
                },
                "type": "Feature",
            }
        ],
    }
    (places / "Reviews.json").write_text(json.dumps(reviews), encoding="utf-8")
    (folder / "Takeout" / "Maps" / "Empty product.json").write_bytes(b"")
    (folder / "Takeout" / "archive_browser.html").write_text("<html></html>", encoding="utf-8")
    return {"labeled": 2, "reviews": 1}


def snap_map(folder: Path) -> dict[str, int]:
    j = folder / "json"
    j.mkdir(parents=True)
    (j / "snap_map_places_history.json").write_text(
        json.dumps(
            {
                "Snap Map Places History": [
                    {
                        "Date": "2024-01-02 10:00:00 UTC",
                        "Place": "Example Harbour",
                        "Place Location": "Canberra, Australia",
                        "Share Type": "Story Post",
                    },
                    {
                        "Date": "2024-01-03 10:00:00 UTC",
                        "Place": "Sample Park",
                        "Place Location": "Latitude, Longitude: -35.30, 149.12",
                        "Share Type": "Spotlight",
                    },
                ]
            }
        ),
        encoding="utf-8",
    )
    return {"places": 2}


def snap_location_history_2024(folder: Path) -> dict[str, int]:
    """The 2024 ``json/location_history.json`` (seen in ar705-y/at, json/location_history.json):
    "Daily Top Locations" and "Top Locations Per Six-Day Period" are lists of lists of one-key
    ``{"Date: DAY UTC": "lat A ± N meters, long B ± N meters"}`` dicts, "Businesses and places you
    may have visited" holds ``inferredVisitationList``, a list of [place, city] name pairs, and
    "Home & Work" may hold empty strings. Invented content, Canberra positions."""
    j = folder / "json"
    j.mkdir(parents=True, exist_ok=True)
    day = lambda d, lat, lon: {f"Date: 2024-09-0{d} UTC": f"lat {lat} ± 16.29 meters, long {lon} ± 16.29 meters"}  # noqa: E731
    data = {
        "Frequent Locations": [{"City": "Canberra", "Country": "AU", "Region": "ACT"}],
        "Latest Location": [{"City": "Canberra", "Country": "AU", "Region": "ACT"}],
        "Home & Work": {"inferredWork": "", "userProvidedHome": "", "userProvidedWork": "", "inferredHome": ""},
        "Daily Top Locations": [
            [day(5, -35.281, 149.128), day(5, -35.308, 149.124)],
            [day(6, -35.281, 149.128)],
        ],
        "Top Locations Per Six-Day Period": [[day(2, -35.281, 149.128), day(2, -35.2383, 149.066)]],
        "Location History": [["2024-09-06 05:52:03 UTC", "-35.281, 149.128"]],
        "Businesses and places you may have visited": {
            "inferredVisitationList": [["Example Lakeside Cafe", "Canberra"], ["Sample Bridge", "Queanbeyan"]],
            "businessList": [],
        },
        "Actiomoji information from places you may have visited": [],
        "Areas you may have visited in the last two years": [
            {"Time": "2024-08-01 10:00:00 UTC", "City": "Canberra", "Region": "ACT", "Postal Code": "2600"}
        ],
    }
    (j / "location_history.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    # positions: daily 3 + six-day 2 + history 1; places by name: frequent, latest, 2 visited, 1 area
    return {"positions": 6, "named": 5}
