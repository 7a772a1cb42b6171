"""Routines: a person's days as places and hours, sampled into positioned, timed Items.

The pattern-of-life rules' examples (`auditor.inference.rules`), the inference tests, the
benchmark and the demo persona all draw their positions from here, the way a camera roll
("photos": a few shots while awake) or a phone's location history ("history": a fix every
half hour, asleep or not) would record them. Deterministic for a seeded `random.Random`;
pure: it builds Items in memory and never writes a file.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from auditor.models import Audience, Item, ItemKind, Platform, Position

LatLon = tuple[float, float]


@dataclass
class Routine:
    home: LatLon
    work: LatLon
    # office (Mon-Fri 08:30-17:00) | night (Mon-Fri 21:00-07:00) | roster (12-hour D D N N off x4) |
    # rotating (7 days, 7 nights, 7 off, weekends included) | weekend (12-hour days Fri, Sat, Sun)
    pattern: str = "office"
    start: date = date(2025, 3, 3)
    weeks: int = 8
    gym: LatLon | None = None  # Mon/Wed/Fri, at a fixed time that fits the shift pattern
    move: tuple[date, LatLon] | None = None  # from that day on, home is the new place
    holidays: list[tuple[date, date, LatLon]] = dc_field(default_factory=list)
    airport: LatLon | None = None  # a holiday starts and ends with a couple of hours here (a traveller)
    work_spread_m: float = 0.0  # on shift, positions anywhere within this far of `work` (walking a large site)
    outings: float = 0.3  # share of days with a one-off visit somewhere near home
    jitter_m: float = 20.0
    outliers: float = 0.0  # share of positions thrown 300-2000 m off
    rate: float = 0.25  # photos per awake hour ("photos" mode)
    mode: str = "photos"  # photos | history
    every_min: int = 30  # history mode: one fix every this many minutes
    zone: str = "Australia/Sydney"
    time_style: str = "offset"  # offset (EXIF with OffsetTimeOriginal) | naive (EXIF without) | utc (platform)


@dataclass
class Persona:
    routine: Routine
    items: list[Item]
    homes: list[LatLon]
    work: LatLon


def _shift(r: Routine, d: date) -> str | None:
    if r.pattern == "office":
        return "office" if d.weekday() < 5 else None
    if r.pattern == "night":
        return "night" if d.weekday() < 5 else None
    if r.pattern == "roster":
        return ("day", "day", "night", "night", None, None, None, None)[(d - r.start).days % 8]
    if r.pattern == "rotating":
        return ("day", "night", None)[(d - r.start).days // 7 % 3]
    if r.pattern == "weekend":
        return "day" if d.weekday() >= 4 else None
    raise ValueError(f"unknown pattern {r.pattern!r}")


def _on_holiday(r: Routine, d: date) -> LatLon | None:
    return next((p for a, b, p in r.holidays if a <= d <= b), None)


def _plan(r: Routine, d: date, rng: random.Random) -> list[tuple[float, float, LatLon, bool]]:
    """The day as (from hour, to hour, place, awake) segments covering 0-24 local time."""
    away = _on_holiday(r, d)
    home = r.move[1] if r.move and d >= r.move[0] else r.home
    if away is not None:
        first = next(a for a, b, p in r.holidays if a <= d <= b) == d
        last = next(b for a, b, p in r.holidays if a <= d <= b) == d
        if r.airport and first:  # out through the airport in the morning
            return [(0, 5, home, False), (5.5, 7.5, r.airport, True), (9, 23, away, True), (23, 24, away, False)]
        if r.airport and last:  # back through it in the afternoon
            return [
                (0, 8, away, False),
                (8, 14, away, True),
                (16, 17.2, r.airport, True),
                (18, 23, home, True),
                (23, 24, home, False),
            ]
        return [(0, 8, away, False), (8, 23, away, True), (23, 24, away, False)]
    work, gym = r.work, r.gym
    today, before = _shift(r, d), _shift(r, d - timedelta(days=1))
    after_night = before == "night" and _on_holiday(r, d - timedelta(days=1)) is None
    segs: list[tuple[float, float, LatLon, bool]] = []
    if after_night:
        segs += [(0, 7, work, True), (7.5, 14.5, home, False)]
        day_from = 14.5
    else:
        segs.append((0, 5 if today == "day" else 6.5, home, False))
        day_from = 5 if today == "day" else 6.5
    mwf = d.weekday() in (0, 2, 4)
    if today == "office":
        if gym and mwf:
            segs[-1] = (0, 5.75, home, False)
            segs += [(6.0, 7.0, gym, True)]
        segs += [(7.2, 7.75, home, True), (8.5, 17.0, work, True), (17.75, 23.0, home, True), (23.0, 24, home, False)]
    elif today == "day":
        segs += [(day_from, 5.4, home, True), (6.0, 18.0, work, True), (18.75, 22.5, home, True), (22.5, 24, home, False)]
    else:
        end = 20.25 if today == "night" else 23.0
        if gym and mwf and day_from < 16:
            segs += [(day_from, 15.75, home, True), (16.0, 17.0, gym, True), (17.5, end, home, True)]
        elif rng.random() < r.outings and day_from < 14:
            spot = displace(home, rng.uniform(2000, 15000), rng)
            segs += [(day_from, 10, home, True), (10.5, 12.5, spot, True), (13, end, home, True)]
        else:
            segs.append((day_from, end, home, True))
        segs += [(21.0, 24, work, True)] if today == "night" else [(23.0, 24, home, False)]
    return segs


def displace(p: LatLon, dist_m: float, rng: random.Random) -> LatLon:
    ang = rng.uniform(0, 2 * math.pi)
    dy, dx = dist_m * math.cos(ang), dist_m * math.sin(ang)
    return p[0] + dy / 111_320, p[1] + dx / (111_320 * math.cos(math.radians(p[0])))


def _jitter(r: Routine, p: LatLon, rng: random.Random) -> LatLon:
    if r.work_spread_m and p == r.work:  # about a large site: anywhere on it, evenly
        p = displace(p, r.work_spread_m * math.sqrt(rng.random()), rng)
    if r.outliers and rng.random() < r.outliers:
        return displace(p, rng.uniform(300, 2000), rng)
    return displace(p, abs(rng.gauss(0, r.jitter_m)), rng)


def routine_items(r: Routine, rng: random.Random) -> Persona:
    """Positioned, timed Items sampled from a routine (deterministic for a seeded rng)."""
    tz = ZoneInfo(r.zone)
    items: list[Item] = []
    for n_day in range(r.weeks * 7):
        d = r.start + timedelta(days=n_day)
        midnight = datetime(d.year, d.month, d.day, tzinfo=tz)
        for a, b, place, awake in _plan(r, d, rng):
            if r.mode == "history":
                times = [a + k * r.every_min / 60 for k in range(int((b - a) * 60 / r.every_min) + 1) if rng.random() > 0.1]
            elif awake:
                times, h = [], a + rng.expovariate(r.rate)
                while h < b:
                    times.append(h)
                    h += rng.expovariate(r.rate)
            else:
                times = []
            for h in times:
                # wall-clock arithmetic in the zone, like a phone's clock
                local = (midnight + timedelta(hours=h)).replace(tzinfo=None).replace(tzinfo=tz)
                items.append(_routine_item(r, len(items), local, _jitter(r, place, rng)))
    homes = [r.home] + ([r.move[1]] if r.move else [])
    return Persona(r, items, homes, r.work)


def _routine_item(r: Routine, n: int, local: datetime, pos: LatLon) -> Item:
    if r.time_style == "offset":
        ts = local.replace(tzinfo=timezone(local.utcoffset() or timedelta(0)))
    elif r.time_style == "naive":
        ts = local.replace(tzinfo=None)
    else:
        ts = local.astimezone(UTC)
    if r.mode == "history":
        return Item(
            platform=Platform.GOOGLE,
            kind=ItemKind.LOCATION_RECORD,
            path="Takeout/Location History/Records.json",
            item_id=f"rec-{n}",
            timestamp=ts,
            position=Position(pos[0], pos[1], source="records.json"),
            audience=Audience.PRIVATE,
        )
    return Item(
        platform=Platform.PHOTOS,
        kind=ItemKind.PHOTO,
        path=f"camera_roll/IMG_{n:05d}.jpg",
        export_path=f"IMG_{n:05d}.jpg",
        timestamp=ts,
        position=Position(pos[0], pos[1], source="exif"),
        audience=Audience.PRIVATE,
        extra={"offset_known": r.time_style == "offset"},
    )
