"""Google Takeout records: Google Photos JSON sidecars and Location History (Records.json,
Semantic Location History place visits and activity segments, the on-device Timeline's
coordinate strings).

Returns JSON-able values; the caller places them in a Takeout layout and writes them
(`auditor.synth.files`). Deterministic; invented content only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


def photo_sidecar(
    title: str,
    taken: datetime,
    geo: tuple[float, float] | None = None,
    geo_exif: tuple[float, float] | None = None,
    people: tuple[str, ...] = (),
    description: str = "",
    photo_id: str = "AF1QipExample000",
) -> dict[str, Any]:
    """A Google Photos JSON sidecar; absent positions are written as Google does (0.0, 0.0)."""

    def geo_block(p: tuple[float, float] | None) -> dict[str, float]:
        lat, lon = p if p else (0.0, 0.0)
        return {"latitude": lat, "longitude": lon, "altitude": 0.0, "latitudeSpan": 0.0, "longitudeSpan": 0.0}

    ts = str(int(taken.timestamp()))
    d: dict[str, Any] = {
        "title": title,
        "description": description,
        "imageViews": "3",
        "creationTime": {"timestamp": str(int(taken.timestamp()) + 3600), "formatted": "localised, ignore"},
        "photoTakenTime": {"timestamp": ts, "formatted": "1 janv. 2020, 11:00:00 UTC"},
        "geoData": geo_block(geo),
        "geoDataExif": geo_block(geo_exif),
        "url": f"https://photos.google.com/photo/{photo_id}",
        "googlePhotosOrigin": {"mobileUpload": {"deviceFolder": {"localFolderName": ""}, "deviceType": "ANDROID_PHONE"}},
    }
    if people:
        d["people"] = [{"name": p} for p in people]
    return d


def e7(x: float) -> int:
    return round(x * 1e7)


def records_json(points: list[tuple[float, float, datetime]], iso: bool = False) -> dict[str, Any]:
    """Location History Records.json: E7 coordinates, `timestampMs` (old) or ISO `timestamp`."""
    locs = []
    for lat, lon, when in points:
        loc: dict[str, Any] = {"latitudeE7": e7(lat), "longitudeE7": e7(lon), "accuracy": 20}
        if iso:
            loc["timestamp"] = when.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            loc["source"] = "WIFI"
            loc["deviceTag"] = 12345
        else:
            loc["timestampMs"] = str(int(when.timestamp() * 1000))
        locs.append(loc)
    return {"locations": locs}


def place_visit(
    lat: float,
    lon: float,
    start: datetime,
    end: datetime,
    name: str,
    address: str = "",
    semantic_type: str | None = None,
    candidates: list[dict[str, Any]] | None = None,
    ms: bool = False,
) -> dict[str, Any]:
    loc: dict[str, Any] = {
        "latitudeE7": e7(lat),
        "longitudeE7": e7(lon),
        "placeId": f"ChIJ{abs(e7(lat))}",
        "name": name,
        "address": address,
        "locationConfidence": 80.0,
    }
    if semantic_type:
        loc["semanticType"] = semantic_type
    dur = (
        {"startTimestampMs": str(int(start.timestamp() * 1000)), "endTimestampMs": str(int(end.timestamp() * 1000))}
        if ms
        else {"startTimestamp": start.strftime("%Y-%m-%dT%H:%M:%SZ"), "endTimestamp": end.strftime("%Y-%m-%dT%H:%M:%SZ")}
    )
    return {
        "placeVisit": {
            "location": loc,
            "duration": dur,
            "placeConfidence": "HIGH_CONFIDENCE",
            "otherCandidateLocations": candidates or [],
        }
    }


def candidate(lat: float, lon: float, semantic_type: str, name: str = "", place_id: str = "ChIJcandidate") -> dict[str, Any]:
    return {
        "latitudeE7": e7(lat),
        "longitudeE7": e7(lon),
        "placeId": place_id,
        "semanticType": semantic_type,
        "name": name,
        "locationConfidence": 10.0,
    }


def activity_segment(a: tuple[float, float], b: tuple[float, float], start: datetime, end: datetime) -> dict[str, Any]:
    return {
        "activitySegment": {
            "startLocation": {"latitudeE7": e7(a[0]), "longitudeE7": e7(a[1])},
            "endLocation": {"latitudeE7": e7(b[0]), "longitudeE7": e7(b[1])},
            "duration": {
                "startTimestamp": start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "endTimestamp": end.strftime("%Y-%m-%dT%H:%M:%SZ"),
            },
            "distance": 1200,
            "activityType": "IN_PASSENGER_VEHICLE",
        }
    }


def deg(lat: float, lon: float) -> str:
    """The on-device Timeline's coordinate string: ``"-33.868800°, 151.209300°"``."""
    return f"{lat:.6f}°, {lon:.6f}°"
