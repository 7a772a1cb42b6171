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
