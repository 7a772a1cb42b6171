"""Local capture times: own offset kept, naive times placed in the zone at the position, UTC converted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from auditor.inference.timezones import local_time, utc_offset_text, zone_at, zone_name
from auditor.models import Item, ItemKind, Platform, Position

SYDNEY = Position(-33.95, 151.14)
PERTH = Position(-31.95, 115.86)


def _item(ts, pos=SYDNEY, offset_known=False) -> Item:  # type: ignore[no-untyped-def]
    return Item(Platform.PHOTOS, ItemKind.PHOTO, "x.jpg", timestamp=ts, position=pos, extra={"offset_known": offset_known})


def test_zone_at_names_australian_zones():
    assert zone_name(zone_at(-33.95, 151.14)) == "Australia/Sydney"
    assert zone_name(zone_at(-31.95, 115.86)) == "Australia/Perth"
    assert zone_name(zone_at(-12.46, 130.84)) == "Australia/Darwin"


def test_local_time_keeps_exif_offset():
    ts = datetime(2025, 4, 1, 21, 15, tzinfo=timezone(timedelta(hours=8)))
    got = local_time(_item(ts, pos=SYDNEY, offset_known=True))
    assert got == ts and got.hour == 21 and utc_offset_text(got) == "+08:00"


def test_local_time_places_naive_time_in_zone_with_daylight_saving():
    summer = local_time(_item(datetime(2025, 1, 15, 21, 0)))
    winter = local_time(_item(datetime(2025, 7, 15, 21, 0)))
    assert summer.hour == 21 and utc_offset_text(summer) == "+11:00"
    assert winter.hour == 21 and utc_offset_text(winter) == "+10:00"
    assert utc_offset_text(local_time(_item(datetime(2025, 1, 15, 21, 0), pos=PERTH))) == "+08:00"


def test_local_time_converts_platform_utc_to_zone_at_position():
    got = local_time(_item(datetime(2025, 3, 15, 21, 10, tzinfo=UTC)))
    assert (got.date().isoformat(), got.hour, got.minute) == ("2025-03-16", 8, 10)
    perth = local_time(_item(datetime(2025, 3, 15, 21, 10, tzinfo=UTC), pos=PERTH))
    assert (perth.date().isoformat(), perth.hour) == ("2025-03-16", 5)


def test_local_time_without_time_or_position():
    assert local_time(_item(None)) is None
    assert local_time(_item(datetime(2025, 1, 1, 12, 0), pos=None)) is None


def test_zone_at_open_ocean_still_gives_a_zone():
    tz = zone_at(-40.0, 100.0)
    assert datetime(2025, 1, 1, tzinfo=tz).utcoffset() is not None


def test_local_time_ignores_unset_camera_clocks():
    assert local_time(_item(datetime(1, 1, 1, 0, 0))) is None
    assert local_time(_item(datetime(1970, 1, 1, 0, 0, tzinfo=UTC))) is None
    assert local_time(_item(datetime(9999, 12, 31, 23, 59))) is None


def _points(n: int, seed: int):  # type: ignore[no-untyped-def]
    """Points around zones with DST (Lord Howe's half hour too), times near the transitions of
    several years (whole seconds, milliseconds, microseconds), none, and out of range."""
    import random

    from auditor.models import NO_TIME, Points, utc_us

    rng = random.Random(seed)
    p = Points(Platform.GOOGLE, "Records.json", "records.json")
    places = [(-33.87, 151.2), (-31.55, 159.08), (40.7, -74.0), (51.5, -0.1), (-43.5, 172.6), (-31.95, 115.86)]
    for _ in range(n):
        la, lo = rng.choice(places)
        r = rng.random()
        if r < 0.03:
            us = NO_TIME
        elif r < 0.06:
            us = rng.randint(-(10**15), 10**17)  # before 1990, after 2100
        else:
            day = datetime(rng.choice([2020, 2021, 2038, 2100]), rng.choice([3, 4, 9, 10, 11]), rng.randint(1, 8), tzinfo=UTC)
            frac = rng.choice([0, rng.randint(0, 999_999), rng.randint(0, 999) * 1000])
            us = utc_us(day) + rng.randint(0, 86_400) * 1_000_000 + frac
        p.lat.append(la + rng.uniform(-0.4, 0.4))
        p.lon.append(lo + rng.uniform(-0.4, 0.4))
        p.accuracy.append(rng.choice([None, 20.0, 900.0]))
        p.time_us.append(us)
        p.extras.append(None)
    return p


def test_local_times_of_a_batch_are_local_time_of_each_item():
    from auditor.inference.timezones import local_times

    p = _points(6000, 3)
    fast = local_times(p.lat, p.lon, p.time_us)
    slow = [local_time(it) for it in p.items()]
    assert sum(t is None for t in slow) > 100 and any(t is not None and t.fold for t in slow)  # the cases are there
    for a, b in zip(fast, slow, strict=True):
        assert a == b and (a is None or (a.tzinfo is b.tzinfo and a.fold == b.fold and a.isoformat() == b.isoformat()))
