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

from array import array
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


def local_times(lats: array, lons: array, times_us: array) -> list[datetime | None]:
    """`local_time` of many positioned UTC times at once (`models.Points` columns: microseconds
    since 1970, `NO_TIME` for none): each point's time in the zone at its position, or None.

    The zone cells (`zone_at`'s) are worked out for the whole batch at once and the zone looked
    up once per run of points in the same cell; each time is made by `fromtimestamp` from its
    seconds as a float, and made again exactly (as `local_time` does) in the rare case where
    the float did not give back its microsecond."""
    import numpy as np  # lazy: numpy only for a scan with a location history

    n = len(times_us)
    t = np.frombuffer(times_us, dtype=np.int64, count=n)
    la, lo = np.frombuffer(lats, dtype=np.float64, count=n), np.frombuffer(lons, dtype=np.float64, count=n)
    # round() and rint() both round half to even, on the same products: the same cells
    rows, cols = np.rint(la * 50).tolist(), np.rint(lo * 50).tolist()
    seconds = (t / 1e6).tolist()
    micros = (t % 1_000_000).tolist()
    timed = ((t >= _FIRST_US) & (t < _END_US)).tolist()
    out: list[datetime | None] = [None] * n
    at, epoch, us_delta = datetime.fromtimestamp, _EPOCH, timedelta
    last: tuple[float, float] | None = None
    zone: tzinfo | None = None
    for i in range(n):
        if not timed[i]:
            continue  # NO_TIME, unset clocks and garbage, as in local_time
        key = (rows[i], cols[i])
        if key != last:
            zone, last = _zone_for_cell(int(key[0]), int(key[1])), key
        when = at(seconds[i], zone)
        if when.microsecond != micros[i]:
            when = (epoch + us_delta(microseconds=int(t[i]))).astimezone(zone)
        out[i] = when
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
