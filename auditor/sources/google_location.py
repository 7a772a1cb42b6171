"""Google location data -> location Items: Takeout Location History (``Records.json`` and the
old ``Location History.json``), Semantic Location History (``YYYY/YYYY_MONTH.json``), the
on-device Timeline export (``Timeline.json``, Android and iOS shapes) and ``locationInfos``
in My Activity.

Every function here takes already-opened data (a parsed JSON value or a binary stream) and
yields Items; none of them finds files or decides what is risky (`auditor.sources.google`
finds the files, rules and inference judge the positions). All positions go through
`valid_position`, so ``0,0`` and out-of-range values never become Items with a position.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import IO, Any
from urllib.parse import parse_qs, unquote, urlparse

from auditor.models import NO_TIME, Audience, Item, ItemKind, Platform, Points, Position, utc_us, valid_position

_LATLNG = re.compile(r"(-?\d+(?:\.\d+)?)\s*°?\s*,\s*(-?\d+(?:\.\d+)?)\s*°?")
_MAPS_AT = re.compile(r"/maps/(?:[^@]*/)?@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)")


def iso_time(value: Any) -> datetime | None:
    """An ISO-8601 time (``Z`` or offset) as aware UTC; None when absent or unparseable."""
    if not isinstance(value, str) or not value:
        return None
    try:
        dt = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_EXACT_MS = 2**42  # within this many ms of 1970 (1830 to 2109) a float of seconds rounds to the same microsecond


def ms_time(value: Any) -> datetime | None:
    """Epoch milliseconds (int or string) as aware UTC."""
    try:
        ms = int(value)
        if -_EXACT_MS < ms < _EXACT_MS:
            return _EPOCH + timedelta(milliseconds=ms)  # exact, and cheaper than fromtimestamp
        return datetime.fromtimestamp(ms / 1000, tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _e7(lat: Any, lon: Any) -> tuple[float, float] | None:
    try:
        la, lo = int(lat), int(lon)
    except (TypeError, ValueError, OverflowError):  # 1e999 parses as infinity
        return None
    # Old exports wrote some E7 values as unsigned 32-bit: undo the wrap-around.
    if la > 900_000_000:
        la -= 2**32
    if lo > 1_800_000_000:
        lo -= 2**32
    la_f, lo_f = la / 1e7, lo / 1e7
    return (la_f, lo_f) if valid_position(la_f, lo_f) else None


def parse_latlng(value: Any) -> tuple[float, float] | None:
    """``"-33.86°, 151.20°"``, ``"geo:-33.86,151.20"`` or ``{"latLng": ...}`` -> (lat, lon)."""
    if isinstance(value, dict):
        value = value.get("latLng") or value.get("LatLng") or value.get("point")
    if not isinstance(value, str):
        return None
    m = _LATLNG.search(value.removeprefix("geo:"))
    if not m:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    return (lat, lon) if valid_position(lat, lon) else None


def place_label(semantic_type: Any) -> str | None:
    """Normalise TYPE_WORK / INFERRED_WORK / WORK / Work -> "work" (and the same for home)."""
    s = str(semantic_type or "").upper()
    if "WORK" in s:
        return "work"
    if "HOME" in s:
        return "home"
    return None


def _item(
    path: str, latlon: tuple[float, float] | None, source: str, when: datetime | None, text: str = "", **extra: Any
) -> Item:
    st = extra.get("semantic_type")
    if st and "place_label" not in extra:
        extra["place_label"] = place_label(st)
    accuracy = extra.pop("accuracy_m", None)
    try:
        accuracy = float(accuracy) if accuracy is not None else None
    except (TypeError, ValueError):
        accuracy = None
    pos = Position(latlon[0], latlon[1], source=source, accuracy_m=accuracy) if latlon else None
    return Item(
        platform=Platform.GOOGLE,
        kind=ItemKind.LOCATION_RECORD,
        path=path,
        text=text,
        timestamp=when,
        position=pos,
        audience=Audience.PRIVATE,
        extra={k: v for k, v in extra.items() if v is not None},
    )


# ---- Records.json / Location History.json -------------------------------------------------


def record_item(loc: Any, path: str) -> Item | None:
    """One entry of ``locations[]``; None when it has no usable position."""
    if not isinstance(loc, dict):
        return None
    latlon = _e7(loc.get("latitudeE7"), loc.get("longitudeE7"))
    if latlon is None:
        return None
    when = ms_time(loc["timestampMs"]) if "timestampMs" in loc else iso_time(loc.get("timestamp"))
    # what `_item` makes of these fields, written out: a history holds millions of records
    accuracy = loc.get("accuracy")
    try:
        accuracy = float(accuracy) if accuracy is not None else None
    except (TypeError, ValueError):
        accuracy = None
    extra = {}
    if (tag := loc.get("deviceTag")) is not None:
        extra["device_tag"] = tag
    if (signal := loc.get("source")) is not None:
        extra["signal_source"] = signal
    return Item(
        platform=Platform.GOOGLE,
        kind=ItemKind.LOCATION_RECORD,
        path=path,
        timestamp=when,
        position=Position(latlon[0], latlon[1], "records.json", accuracy),
        audience=Audience.PRIVATE,
        extra=extra,
    )


def records(data: Any, path: str) -> Iterator[Item]:
    for loc in data.get("locations") or []:
        item = record_item(loc, path)
        if item is not None:
            yield item


def records_stream(fh: IO[bytes], path: str) -> Iterator[Item]:
    """Stream ``locations[]`` from a Records.json too large to load at once.

    Uses ijson (a maintained incremental JSON parser with a C backend) rather than a hand
    written tokenizer; its errors propagate so the caller can record a malformed file.
    """
    import ijson  # lazy: only exports over the streaming threshold need the incremental parser (~20 ms)

    for loc in ijson.items(fh, "locations.item", use_float=True):
        item = record_item(loc, path)
        if item is not None:
            yield item


POINTS_BATCH = 8192  # records per `Points` batch


def _ms_us(value: Any) -> int:
    """`ms_time(value)` as microseconds since 1970 (NO_TIME for None), without the datetime."""
    try:
        ms = int(value)
    except (TypeError, ValueError, OverflowError):
        return NO_TIME
    if -_EXACT_MS < ms < _EXACT_MS:
        return ms * 1000
    when = ms_time(value)
    return NO_TIME if when is None else utc_us(when)


def records_points(fh: IO[bytes], path: str, export_path: str | None = None) -> Iterator[Points]:
    """`records_stream` as `Points` batches of `POINTS_BATCH` records: point for point the same
    records, positions, times, accuracies and extra facts as its Items (`Points.items()`)."""
    import ijson  # lazy: only exports over the streaming threshold need the incremental parser (~20 ms)

    batch = Points(Platform.GOOGLE, path, "records.json", export_path)
    lats, lons, accs, times, extras = batch.lat, batch.lon, batch.accuracy, batch.time_us, batch.extras
    try:
        for loc in ijson.items(fh, "locations.item", use_float=True):
            if not isinstance(loc, dict):
                continue
            la, lo = loc.get("latitudeE7"), loc.get("longitudeE7")
            if la.__class__ is int and lo.__class__ is int:  # `_e7` written out for the usual record
                if la > 900_000_000:
                    la -= 2**32
                if lo > 1_800_000_000:
                    lo -= 2**32
                lat, lon = la / 1e7, lo / 1e7
                if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0) or (lat == 0.0 and lon == 0.0):
                    continue  # `valid_position`: out of range, or the "no fix" placeholder
            else:
                latlon = _e7(la, lo)
                if latlon is None:
                    continue
                lat, lon = latlon
            if "timestampMs" in loc:
                try:
                    ms = int(loc["timestampMs"])
                except (TypeError, ValueError, OverflowError):
                    us = NO_TIME
                else:
                    us = ms * 1000 if -_EXACT_MS < ms < _EXACT_MS else _ms_us(ms)
            else:
                when = iso_time(loc.get("timestamp"))
                us = NO_TIME if when is None else utc_us(when)
            accuracy = loc.get("accuracy")  # as record_item reads it
            try:
                accuracy = float(accuracy) if accuracy is not None else None
            except (TypeError, ValueError):
                accuracy = None
            extra = None
            if (tag := loc.get("deviceTag")) is not None:
                extra = {"device_tag": tag}
            if (signal := loc.get("source")) is not None:
                extra = (extra or {}) | {"signal_source": signal}
            lats.append(lat)
            lons.append(lon)
            accs.append(accuracy)
            times.append(us)
            extras.append(extra)
            if len(accs) >= POINTS_BATCH:
                yield batch
                batch = Points(Platform.GOOGLE, path, "records.json", export_path)
                lats, lons, accs, times, extras = batch.lat, batch.lon, batch.accuracy, batch.time_us, batch.extras
    except BaseException as exc:  # noqa: BLE001 - re-raised: a broken record, the per-file budget's stop
        if accs and not isinstance(exc, GeneratorExit):
            yield batch  # the records read before it are kept, as the Items of `records_stream` are
        raise
    if accs:
        yield batch


# ---- Semantic Location History ---------------------------------------------------------------


def _duration(obj: dict[str, Any]) -> tuple[datetime | None, datetime | None]:
    d = obj.get("duration") or {}
    start = iso_time(d.get("startTimestamp")) or (ms_time(d["startTimestampMs"]) if "startTimestampMs" in d else None)
    end = iso_time(d.get("endTimestamp")) or (ms_time(d["endTimestampMs"]) if "endTimestampMs" in d else None)
    return start, end


def _iso(dt: datetime | None) -> str | None:
    return dt.isoformat() if dt else None


def semantic(data: Any, path: str) -> Iterator[Item]:
    for obj in data.get("timelineObjects") or []:
        if not isinstance(obj, dict):
            continue
        if isinstance(obj.get("placeVisit"), dict):
            yield from _place_visit(obj["placeVisit"], path)
        if isinstance(obj.get("activitySegment"), dict):
            yield from _activity_segment(obj["activitySegment"], path)


def _place_visit(pv: dict[str, Any], path: str) -> Iterator[Item]:
    # a visit without a location object still has a centre point below
    loc = pv.get("location") if isinstance(pv.get("location"), dict) else {}
    # the place's own coordinates when known, else the visit's centre point
    latlon = _e7(loc.get("latitudeE7"), loc.get("longitudeE7")) or _e7(pv.get("centerLatE7"), pv.get("centerLngE7"))
    start, end = _duration(pv)
    place_id = loc.get("placeId")
    candidates = [c for c in pv.get("otherCandidateLocations") or [] if isinstance(c, dict)]
    st = loc.get("semanticType")
    # the home/work label may sit on the candidate entry for the same placeId instead
    if not st:
        st = next((c.get("semanticType") for c in candidates if c.get("placeId") == place_id and c.get("semanticType")), None)
    name, address = str(loc.get("name") or ""), str(loc.get("address") or "")
    yield _item(
        path,
        latlon,
        "semantic.placeVisit",
        start,
        ", ".join(x for x in (name, address.replace("\n", ", ")) if x),
        semantic_type=st,
        place_name=name or None,
        address=address or None,
        place_id=place_id,
        end=_iso(end),
        visit=True,
    )
    # A candidate place Google labelled home/work is itself a statement about where you live or work.
    for c in candidates:
        cst = c.get("semanticType")
        # only labelled candidates matter, and the visited place itself was already yielded above
        if not place_label(cst) or (place_id and c.get("placeId") == place_id):
            continue
        cname, caddr = str(c.get("name") or ""), str(c.get("address") or "")
        yield _item(
            path,
            _e7(c.get("latitudeE7"), c.get("longitudeE7")),
            "semantic.candidate",
            start,
            ", ".join(x for x in (cname, caddr.replace("\n", ", ")) if x),
            semantic_type=cst,
            place_name=cname or None,
            address=caddr or None,
            place_id=c.get("placeId"),
            end=_iso(end),
            candidate=True,
        )


def _activity_segment(seg: dict[str, Any], path: str) -> Iterator[Item]:
    start, end = _duration(seg)
    act = seg.get("activityType")
    for key, when, which in (("startLocation", start, "start"), ("endLocation", end, "end")):
        loc = seg.get(key)
        if not isinstance(loc, dict):
            continue
        latlon = _e7(loc.get("latitudeE7"), loc.get("longitudeE7"))
        if latlon:
            yield _item(path, latlon, "semantic.activitySegment", when, activity_type=act, segment=which)


# ---- on-device Timeline export -------------------------------------------------------------------


def timeline(data: Any, path: str) -> Iterator[Item]:
    """Android ``{"semanticSegments", "rawSignals", "userLocationProfile"}`` or the iOS list."""
    segments = data if isinstance(data, list) else data.get("semanticSegments") or []
    for seg in segments:
        if isinstance(seg, dict):
            yield from _segment(seg, path)
    if isinstance(data, dict):
        for sig in data.get("rawSignals") or []:
            pos = sig.get("position") if isinstance(sig, dict) else None
            if not isinstance(pos, dict):
                continue
            latlon = parse_latlng(pos.get("LatLng") or pos.get("latLng"))
            if latlon:
                yield _item(
                    path,
                    latlon,
                    "timeline.rawSignal",
                    iso_time(pos.get("timestamp")),
                    accuracy_m=pos.get("accuracyMeters"),
                    signal_source=pos.get("source"),
                )
        profile = data.get("userLocationProfile") or {}
        for fp in profile.get("frequentPlaces") or [] if isinstance(profile, dict) else []:
            if not isinstance(fp, dict):
                continue
            latlon = parse_latlng(fp.get("placeLocation"))
            if latlon:
                yield _item(
                    path, latlon, "timeline.frequentPlace", None, semantic_type=fp.get("label"), place_id=fp.get("placeId")
                )


def _segment(seg: dict[str, Any], path: str) -> Iterator[Item]:
    start, end = iso_time(seg.get("startTime")), iso_time(seg.get("endTime"))
    visit = seg.get("visit")
    if isinstance(visit, dict):
        top = visit.get("topCandidate") or {}
        latlon = parse_latlng(top.get("placeLocation"))
        if latlon:
            yield _item(
                path,
                latlon,
                "timeline.visit",
                start,
                semantic_type=top.get("semanticType"),
                place_id=top.get("placeId") or top.get("placeID"),
                probability=top.get("probability"),
                end=_iso(end),
                visit=True,
            )
    activity = seg.get("activity")
    if isinstance(activity, dict):
        top = activity.get("topCandidate") or {}
        for key, when in (("start", start), ("end", end)):
            latlon = parse_latlng(activity.get(key))
            if latlon:
                yield _item(path, latlon, "timeline.activity", when, activity_type=top.get("type"), segment=key)
    for p in seg.get("timelinePath") or []:
        if not isinstance(p, dict):
            continue
        latlon = parse_latlng(p.get("point"))
        if not latlon:
            continue
        when = iso_time(p.get("time"))
        if when is None and start is not None and "durationMinutesOffsetFromStartTime" in p:
            try:
                when = start + timedelta(minutes=float(p["durationMinutesOffsetFromStartTime"]))
            except (TypeError, ValueError, OverflowError):
                when = None
        yield _item(path, latlon, "timeline.path", when)


# ---- My Activity -------------------------------------------------------------------------------


def _center(url: Any) -> tuple[float, float] | None:
    if not isinstance(url, str):
        return None
    query = parse_qs(urlparse(url).query)
    for c in query.get("center", []):
        latlon = parse_latlng(unquote(c))
        if latlon:
            return latlon
    m = _MAPS_AT.search(url)
    if m and valid_position(m.group(1), m.group(2)):
        return float(m.group(1)), float(m.group(2))
    return None


def my_activity(data: Any, path: str) -> Iterator[Item]:
    for rec in data:
        if not isinstance(rec, dict):
            continue
        when = iso_time(rec.get("time"))
        title = str(rec.get("title") or "")
        for li in rec.get("locationInfos") or []:
            if not isinstance(li, dict):
                continue
            latlon = _center(li.get("url"))
            if latlon:
                src = str(li.get("source") or "")
                label = "home" if "(Home)" in src else "work" if "(Work)" in src else None
                yield _item(
                    path,
                    latlon,
                    "myactivity.locationInfos",
                    when,
                    title,
                    product=rec.get("header"),
                    location_source=src or None,
                    place_label=label,
                )
        latlon = _center(rec.get("titleUrl")) if "/maps" in str(rec.get("titleUrl") or "") else None
        if latlon:
            yield _item(path, latlon, "myactivity.maps", when, title, product=rec.get("header"))


# ---- Maps: labeled places, saved places and reviews (GeoJSON FeatureCollections) -------------


def _first(d: Any, *keys: str) -> Any:
    if not isinstance(d, dict):
        return None
    for k in keys:
        if d.get(k) not in (None, ""):
            return d[k]
    return None


def maps_places(data: Any, path: str) -> Iterator[Item]:
    """Google Maps "My labeled places" (``Labeled places.json``), "Saved Places.json" and
    "Reviews.json": GeoJSON features with [lon, lat] points, a name or label, an address, and
    for a review its text and time. A label such as "Home" or "Work" is kept as the place label."""
    for feat in data.get("features") or []:
        if not isinstance(feat, dict):
            continue
        props = feat.get("properties") if isinstance(feat.get("properties"), dict) else {}
        loc = _first(props, "Location", "location") or {}
        geo = (feat.get("geometry") or {}).get("coordinates") if isinstance(feat.get("geometry"), dict) else None
        latlon = None
        if isinstance(geo, list) and len(geo) >= 2:
            latlon = _e7(geo[1], geo[0]) if any(abs(float(x)) > 1000 for x in geo[:2] if isinstance(x, int | float)) else None
            if latlon is None:
                try:
                    lat, lon = float(geo[1]), float(geo[0])
                    latlon = (lat, lon) if valid_position(lat, lon) else None
                except (TypeError, ValueError):
                    latlon = None
        coords = _first(loc, "Geo Coordinates", "geo_coordinates")
        if latlon is None and isinstance(coords, dict):
            try:
                lat, lon = float(coords.get("Latitude")), float(coords.get("Longitude"))
                latlon = (lat, lon) if valid_position(lat, lon) else None
            except (TypeError, ValueError):
                latlon = None
        name = _first(props, "name", "Title") or _first(loc, "Business Name", "name") or ""
        address = _first(props, "address") or _first(loc, "Address", "address") or ""
        review = _first(props, "Review Comment", "review_text_published", "review_text")
        when = iso_time(_first(props, "Published", "date", "Updated"))
        label = place_label(str(name).upper()) if name else None
        text = "\n".join(str(x) for x in (review, name, address) if x)
        if latlon is None and not text:
            continue
        item = _item(
            path,
            latlon,
            "google maps",
            when,
            text,
            place_name=str(name) or None,
            address=str(address) or None,
            place_label=label,
            maps_review=True if review else None,
            url=_first(props, "Google Maps URL", "google_maps_url"),
        )
        if review:
            item.kind, item.audience = ItemKind.POST, Audience.PUBLIC  # a review is published under the account's name
        yield item
