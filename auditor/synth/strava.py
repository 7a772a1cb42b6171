"""Strava bulk exports: activities.csv, profile and bikes, and activity tracks as GPX, TCX or FIT,
optionally gzipped.

Track bytes come from here (GPX, TCX) and from `auditor.synth.fit` (FIT); files are written
only under the folder given, through `auditor.synth.files`. Deterministic (gzip with a fixed
mtime); invented content only.
"""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from auditor.synth.files import csv_text, write_files
from auditor.synth.fit import write_fit

TrackPoint = tuple[float, float, datetime]


def gpx_bytes(points: list[TrackPoint], name: str = "Morning Run") -> bytes:
    pts = "\n".join(
        f'      <trkpt lat="{la:.7f}" lon="{lo:.7f}"><ele>10.0</ele><time>{t.strftime("%Y-%m-%dT%H:%M:%SZ")}</time></trkpt>'
        for la, lo, t in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx creator="Example" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f"  <trk><name>{name}</name><type>9</type><trkseg>\n{pts}\n  </trkseg></trk>\n</gpx>\n"
    ).encode()


def tcx_bytes(points: list[TrackPoint]) -> bytes:
    pts = "\n".join(
        f"<Trackpoint><Time>{t.strftime('%Y-%m-%dT%H:%M:%S.000Z')}</Time><Position><LatitudeDegrees>{la:.7f}</LatitudeDegrees>"
        f"<LongitudeDegrees>{lo:.7f}</LongitudeDegrees></Position><DistanceMeters>0.0</DistanceMeters></Trackpoint>"
        for la, lo, t in points
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
        f'<Activities><Activity Sport="Biking"><Id>{points[0][2].strftime("%Y-%m-%dT%H:%M:%SZ") if points else ""}</Id>'
        f"<Lap><Track>\n{pts}\n</Track></Lap></Activity></Activities></TrainingCenterDatabase>\n"
    ).encode()


def track_line(start: tuple[float, float], end: tuple[float, float], begin: datetime, n: int = 20) -> list[TrackPoint]:
    """n points on a straight line from start to end, one every 10 s from `begin`."""

    return [
        (
            start[0] + (end[0] - start[0]) * i / max(n - 1, 1),
            start[1] + (end[1] - start[1]) * i / max(n - 1, 1),
            begin + timedelta(seconds=10 * i),
        )
        for i in range(n)
    ]


def strava_export(
    root: Path, activities: list[dict[str, Any]], profile_email: str = "runner@example.com", profile_bio: str = ""
) -> None:
    """Strava bulk export. Each activity: id, name, description, type, date, points, fmt
    ("gpx" | "tcx" | "fit" | None), gz (bool)."""
    header = [
        "Activity ID",
        "Activity Date",
        "Activity Name",
        "Activity Type",
        "Activity Description",
        "Elapsed Time",
        "Distance",
        "Filename",
        "Distance",
    ]
    rows = []
    files: dict[str, str | bytes] = {
        "profile.csv": csv_text(
            ["Athlete ID", "Email Address", "First Name", "Last Name", "Description", "City", "State", "Country"],
            [["1", profile_email, "Alex", "Example", profile_bio, "Canberra", "ACT", "Australia"]],
        ),
        "bikes.csv": csv_text(["Bike Name", "Bike Brand"], [["Commuter", "Example"]]),
    }
    for a in activities:
        fmt = a.get("fmt")
        fname = ""
        if fmt:
            data = {"gpx": gpx_bytes, "tcx": tcx_bytes, "fit": write_fit}[fmt](a["points"])
            fname = f"activities/{a['id']}.{fmt}"
            if a.get("gz"):
                # fixed mtime so the bytes are deterministic
                data = gzip.compress(data, mtime=0)
                fname += ".gz"
            files[fname] = data
        when: datetime = a["date"]
        rows.append(
            [
                a["id"],
                when.strftime("%b %d, %Y, %I:%M:%S %p").replace(" 0", " "),
                a.get("name", ""),
                a.get("type", "Run"),
                a.get("description", ""),
                "1800",
                "5.0",
                fname,
                "5000.0",
            ]
        )
    files["activities.csv"] = csv_text(header, rows)
    write_files(root, files)
