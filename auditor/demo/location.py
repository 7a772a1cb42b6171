"""The demo persona's location exports: the phone camera folder (four weeks of home / work /
gym routine, via auditor.synth), Google Takeout (Photos sidecar, Location History), Snapchat,
Strava (GPX loops from the front door) and a WhatsApp chat with a shared location.

Written directly in each platform's current layout (see EXPORT_FORMATS.md). Deterministic;
invented content only. Writes only under the folder it is given; must not read the clock, the
network or any real export, and must not import the scanner (sources, rules, engine).
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from auditor import synth
from auditor.demo.persona import (
    COLLEAGUES,
    DAYS,
    FIRST,
    GYM,
    HOME,
    LAST,
    NAME,
    START,
    WORK,
    WORK_EMAIL,
    to_csv,
    to_json,
    ts,
    utc,
    write,
)

# ---- camera folder (auditor.synth builders) -------------------------------------


def camera(root: Path) -> None:
    shots = synth.routine_shots(START, DAYS, HOME, WORK, GYM, seed=8)
    synth.camera_folder(root / "camera_roll", shots, offset="+10:00", make="Examplephone", model="X1")


# ---- Google Takeout: Photos sidecar and Location History --------------------------------------


def google(root: Path) -> None:
    base = "takeout-20250601T000000Z-001/Takeout"
    write(root, f"{base}/archive_browser.html", "<html><body>Takeout (synthetic demo)</body></html>\n")
    bbq = START + timedelta(days=12, hours=17, minutes=30)
    photo = f"{base}/Google Photos/Photos from 2025/IMG_{bbq:%Y%m%d_%H%M%S}.jpg"
    write(root, photo, synth.photo(HOME[0], HOME[1], bbq, offset="+10:00", make="Examplephone", model="X1"))
    sidecar = {
        "title": Path(photo).name,
        "description": "Shift crew BBQ at ours",
        "imageViews": "4",
        "photoTakenTime": {"timestamp": str(ts(bbq)), "formatted": ""},
        "creationTime": {"timestamp": str(ts(bbq) + 60), "formatted": ""},
        "geoData": {"latitude": HOME[0], "longitude": HOME[1], "altitude": 12.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0},
        "geoDataExif": {"latitude": HOME[0], "longitude": HOME[1], "altitude": 12.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0},
        "people": [{"name": n} for n in COLLEAGUES],
        "url": "https://photos.google.com/photo/AF1QipDemo0000000081",
        "googlePhotosOrigin": {"mobileUpload": {"deviceFolder": {"localFolderName": ""}, "deviceType": "ANDROID_PHONE"}},
    }
    write(root, photo + ".supplemental-metadata.json", to_json(sidecar))
    records = []
    for day in range(0, 14):
        d = START + timedelta(days=day)
        for hour, (lat, lon) in ((7, HOME), (10, WORK), (15, WORK), (22, HOME)):
            if d.weekday() >= 5 and (lat, lon) == WORK:
                continue
            t = utc(d.replace(hour=hour))
            records.append(
                {
                    "latitudeE7": round(lat * 1e7),
                    "longitudeE7": round(lon * 1e7),
                    "accuracy": 12,
                    "source": "GPS",
                    "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                }
            )
    write(root, f"{base}/Location History (Timeline)/Records.json", to_json({"locations": records}))

    def visit(place: tuple[float, float], name: str, kind: str, start: datetime, end: datetime) -> dict[str, Any]:
        return {
            "placeVisit": {
                "location": {
                    "latitudeE7": round(place[0] * 1e7),
                    "longitudeE7": round(place[1] * 1e7),
                    "placeId": f"ChIJdemo{kind}",
                    "address": name,
                    "name": name,
                    "semanticType": kind,
                    "locationConfidence": 97.5,
                },
                "duration": {
                    "startTimestamp": utc(start).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "endTimestamp": utc(end).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                },
                "placeConfidence": "HIGH_CONFIDENCE",
            }
        }

    objs = []
    for day in range(0, 5):
        d = START + timedelta(days=day)
        objs.append(visit(WORK, "Brisbane Airport International Terminal", "TYPE_WORK", d.replace(hour=6), d.replace(hour=14)))
        objs.append(visit(HOME, "Home", "TYPE_HOME", d.replace(hour=15), d.replace(hour=23)))
    write(
        root,
        f"{base}/Location History (Timeline)/Semantic Location History/2025/2025_MAY.json",
        to_json({"timelineObjects": objs}),
    )


# ---- Snapchat, Strava, WhatsApp --------------------------------------------------------------


def whatsapp(root: Path) -> None:
    d = START + timedelta(days=8)
    lines = [
        f"{d:%d/%m/%Y}, 04:58 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        f"{d:%d/%m/%Y}, 05:02 - {FIRST}: Running 5 late, save me a spot at the terminal",
        f"{d:%d/%m/%Y}, 05:03 - {COLLEAGUES[1]}: no worries, we're at gate 81 briefing",
        f"{d:%d/%m/%Y}, 21:40 - {FIRST}: location: https://maps.google.com/?q={HOME[0]:.5f},{HOME[1]:.5f}",
        f"{d:%d/%m/%Y}, 21:41 - {FIRST}: BBQ at mine Saturday, uniforms optional haha",
    ]
    write(root, "whatsapp/WhatsApp Chat with BNE Shift Crew.txt", "\n".join(lines) + "\n")


def snapchat(root: Path) -> None:
    base = "snapchat-mydata-2025-06-01/json"
    when = utc(START + timedelta(days=11, hours=7))
    memories = {
        "Saved Media": [
            {
                "Date": f"{when:%Y-%m-%d %H:%M:%S} UTC",
                "Media Type": "Image",
                "Download Link": "https://app.snapchat.com/dmd/memories?uid=demo&sid=demo&mid=demo81&ts=0&sig=demo",
                "Location": f"Latitude, Longitude: {WORK[0]:.6f}, {WORK[1]:.6f}",
            }
        ]
    }
    locations = {
        "Frequent Locations": [
            {"City": "Brisbane", "Region": "Queensland", "Postal Code": "4000"},
        ],
        "Home, School & Work": {
            "inferredHome": f"lat {HOME[0]:.5f} ± 20 meters, long {HOME[1]:.5f} ± 20 meters",
            "inferredWork": f"lat {WORK[0]:.5f} ± 20 meters, long {WORK[1]:.5f} ± 20 meters",
        },
        "Location History": [[f"{when:%Y/%m/%d %H:%M:%S} UTC", f"{HOME[0]:.6f}, {HOME[1]:.6f}"]],
    }
    account = {"Basic Information": {"Username": "morganq.bne", "Name": NAME, "Creation Date": "2016-04-02 10:00:00 UTC"}}
    write(root, f"{base}/memories_history.json", to_json(memories))
    write(root, f"{base}/location_history.json", to_json(locations))
    write(root, f"{base}/account.json", to_json(account))


def _gpx(name: str, start: datetime, points: list[tuple[float, float]]) -> str:
    trkpts = "\n".join(
        f'   <trkpt lat="{lat:.6f}" lon="{lon:.6f}"><time>{utc(start + timedelta(minutes=2 * i)):%Y-%m-%dT%H:%M:%SZ}</time></trkpt>'
        for i, (lat, lon) in enumerate(points)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx creator="StravaGPX" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f" <metadata><time>{utc(start):%Y-%m-%dT%H:%M:%SZ}</time></metadata>\n"
        f" <trk>\n  <name>{name}</name>\n  <type>running</type>\n  <trkseg>\n{trkpts}\n  </trkseg>\n </trk>\n</gpx>\n"
    )


def strava(root: Path) -> None:
    base = "strava_export_81000008"
    rows = []
    for i, day in enumerate((1, 3, 8, 10, 15)):
        start = START + timedelta(days=day, hours=17, minutes=45)
        aid = f"1400000000{i}"
        # a loop that starts and ends at the front door: the classic fitness-app leak
        pts = [
            (HOME[0] + 0.004 * math.sin(2 * math.pi * k / 12), HOME[1] + 0.004 * (1 - math.cos(2 * math.pi * k / 12)))
            for k in range(13)
        ]
        write(root, f"{base}/activities/{aid}.gpx", _gpx("Evening Run", start, pts))
        u = utc(start)
        rows.append(
            [
                aid,
                f"{u:%b} {u.day}, {u:%Y}, {u.hour % 12 or 12}:{u:%M:%S %p}",
                "Evening Run" if i else "Post-shift run, airport to home",
                "Run",
                "",
                "1620",
                "5.02",
                f"activities/{aid}.gpx",
            ]
        )
    write(
        root,
        f"{base}/activities.csv",
        to_csv(
            [
                "Activity ID",
                "Activity Date",
                "Activity Name",
                "Activity Type",
                "Activity Description",
                "Elapsed Time",
                "Distance",
                "Filename",
            ],
            rows,
        ),
    )
    write(
        root,
        f"{base}/profile.csv",
        to_csv(
            ["Athlete ID", "Email Address", "First Name", "Last Name", "Sex", "Description", "City", "State", "Country"],
            [["81000008", WORK_EMAIL, FIRST, LAST, "", "ABF BNE running club", "Brisbane", "Queensland", "Australia"]],
        ),
    )
