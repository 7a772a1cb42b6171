"""Local capture times for inference: what the clock on the wall said where the item was made.

Pattern-of-life inference reasons in local time ("at home at 21:00", "gym at 06:00"), so every
timestamp is turned into an aware datetime in the zone where it was taken:

- a capture time that carries its own UTC offset (EXIF OffsetTimeOriginal; a source marks this
  with ``item.extra["offset_known"] = True``) is used as it is;
- a naive capture time (EXIF without an offset) is wall-clock time at the position, so it gets
  the zone at the position;
- an aware time from a platform (UTC) is converted to the zone at the position.

The zone at a position comes from the installed `timezonefinder` polygons (offline, no network);
without it, a fixed offset from the longitude is the fallback. This module never opens a network
connection and never reads the items' files.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from auditor.models import Item, utc_us

MIN_YEAR, MAX_YEAR = 1990, 2100


@lru_cache(maxsize=1)
def _finder():  # type: ignore[no-untyped-def]
    try:
        from timezonefinder import TimezoneFinder  # lazy: heavy optional dependency, loaded on first use
    except ImportError:  # pragma: no cover - the package is a declared dependency
        return None
    return TimezoneFinder()


def _longitude_offset(lon: float) -> timezone:
    hours = max(-12, min(14, round(lon / 15.0)))
    return timezone(timedelta(hours=hours))


@lru_cache(maxsize=4096)
def _zone_for_cell(lat_cell: int, lon_cell: int) -> tzinfo:
    lat, lon = lat_cell / 50.0, lon_cell / 50.0
    finder = _finder()
    name = finder.timezone_at(lat=lat, lng=lon) if finder is not None else None
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return _longitude_offset(lon)


def zone_at(lat: float, lon: float) -> tzinfo:
    """The time zone at a position (cached on a 0.02 degree grid: zone borders are not finer)."""
    return _zone_for_cell(round(lat * 50), round(lon * 50))


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_FIRST_US = utc_us(datetime(MIN_YEAR, 1, 1, tzinfo=UTC))  # times outside these (UTC years) say nothing
_END_US = utc_us(datetime(MAX_YEAR + 1, 1, 1, tzinfo=UTC))


def local_times(lats: Iterable[float], lons: Iterable[float], times_us: Iterable[int]) -> list[datetime | None]:
    """`local_time` of many positioned UTC times at once (`models.Points` columns: microseconds
    since 1970, `NO_TIME` for none): each point's time in the zone at its position, or None."""
    out: list[datetime | None] = []
    append, epoch, us_delta = out.append, _EPOCH, timedelta
    first, end = _FIRST_US, _END_US
    last, zone = None, None
    for lat, lon, us in zip(lats, lons, times_us, strict=True):
        if not first <= us < end:
            append(None)  # NO_TIME, unset clocks and garbage, as in local_time
            continue
        key = (round(lat * 50), round(lon * 50))  # `zone_at`'s cell
        if key != last:
            zone, last = _zone_for_cell(*key), key
        append((epoch + us_delta(microseconds=us)).astimezone(zone))
    return out


def zone_name(tz: tzinfo | None) -> str:
    if tz is None:
        return ""
    return getattr(tz, "key", None) or str(tz)


def local_time(item: Item) -> datetime | None:
    """The item's capture time as an aware datetime in the zone where it was made, or None."""
    ts = item.timestamp
    if ts is None or not (MIN_YEAR <= ts.year <= MAX_YEAR):
        return None  # unset camera clocks (0001, 1970) and garbage say nothing about routine
    pos = item.position
    if ts.tzinfo is not None and ts.utcoffset() is not None:
        if item.extra.get("offset_known"):
            return ts
        if pos is None:
            return ts
        return ts.astimezone(zone_at(pos.lat, pos.lon))
    if pos is None:
        return None
    return ts.replace(tzinfo=zone_at(pos.lat, pos.lon))


def utc_offset_text(dt: datetime) -> str:
    """'+10:00' style offset of an aware datetime."""
    off = dt.utcoffset() or timedelta(0)
    mins = int(off.total_seconds() // 60)
    sign = "-" if mins < 0 else "+"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}:{mins % 60:02d}"
