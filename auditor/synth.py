"""Synthetic data builders: photos with known metadata and platform exports with planted items.

Used by the sample-data script, the demo, the benchmarks and the tests, so every one of them
builds the same shapes the same way. Everything here is invented: no real person's data.
Output is deterministic for the same arguments (fixed pixels, no clocks, no randomness unless a
seeded `random.Random` is passed in).
"""

from __future__ import annotations

import io
import json
import math
import os
import random
import zipfile
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, date, datetime, timedelta, timezone
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import piexif
from PIL import Image

from auditor.models import Audience, Item, ItemKind, Platform, Position

Rational = tuple[int, int]


def to_dms(value: float, sec_den: int = 100) -> tuple[Rational, Rational, Rational]:
    """Decimal degrees -> EXIF (deg, min, sec) rationals, seconds with `sec_den` precision."""
    v = abs(value)
    deg = int(v)
    minutes_f = (v - deg) * 60
    minutes = int(minutes_f)
    sec = round((minutes_f - minutes) * 60 * sec_den)
    if sec >= 60 * sec_den:
        sec -= 60 * sec_den
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    return (deg, 1), (minutes, 1), (sec, sec_den)


def gps_ifd(lat: float | None, lon: float | None, **raw: Any) -> dict[int, Any]:
    """A GPS IFD for piexif. Pass raw=... (GPSLatitude=..., GPSLatitudeRef=...) to plant odd forms."""
    g: dict[int, Any] = {}
    if lat is not None and lon is not None:
        g[piexif.GPSIFD.GPSLatitudeRef] = b"S" if lat < 0 else b"N"
        g[piexif.GPSIFD.GPSLatitude] = to_dms(lat)
        g[piexif.GPSIFD.GPSLongitudeRef] = b"W" if lon < 0 else b"E"
        g[piexif.GPSIFD.GPSLongitude] = to_dms(lon)
    names = {
        "GPSLatitudeRef": piexif.GPSIFD.GPSLatitudeRef,
        "GPSLatitude": piexif.GPSIFD.GPSLatitude,
        "GPSLongitudeRef": piexif.GPSIFD.GPSLongitudeRef,
        "GPSLongitude": piexif.GPSIFD.GPSLongitude,
        "GPSVersionID": piexif.GPSIFD.GPSVersionID,
    }
    for k, v in raw.items():
        if v is None:
            g.pop(names[k], None)
        else:
            g[names[k]] = v
    return g


def exif_bytes(
    lat: float | None = None,
    lon: float | None = None,
    taken: datetime | None = None,
    offset: str | None = None,
    make: str = "Examplephone",
    model: str = "X1",
    artist: str | None = None,
    serial: str | None = None,
    gps: dict[int, Any] | None = None,
    orientation: int | None = None,
) -> bytes:
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: make.encode(), piexif.ImageIFD.Model: model.encode()}
    if artist:
        zeroth[piexif.ImageIFD.Artist] = artist.encode()
    if orientation:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    ex: dict[int, Any] = {}
    if taken:
        ex[piexif.ExifIFD.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
    if offset:
        ex[piexif.ExifIFD.OffsetTimeOriginal] = offset.encode()
    if serial:
        ex[piexif.ExifIFD.BodySerialNumber] = serial.encode()
    g = gps if gps is not None else gps_ifd(lat, lon)
    return piexif.dump({"0th": zeroth, "Exif": ex, "GPS": g, "1st": {}, "thumbnail": None})


def image_bytes(
    fmt: str = "JPEG",
    size: tuple[int, int] = (64, 48),
    color: tuple[int, int, int] = (90, 120, 160),
    exif: bytes | None = None,
    **save: Any,
) -> bytes:
    """A small solid image in `fmt` (JPEG, PNG, WEBP, TIFF, HEIF) with the given EXIF block."""
    img = Image.new("RGB", size, color)
    # a little structure so JPEG pixels are not trivially uniform
    for x in range(0, size[0], 8):
        img.putpixel((x, x % size[1]), (255, 255, 255))
    buf = io.BytesIO()
    if fmt.upper() in ("HEIF", "HEIC"):
        import pillow_heif

        pillow_heif.register_heif_opener()
        fmt = "HEIF"
    kwargs = dict(save)
    if exif is not None:
        kwargs["exif"] = exif
    if fmt.upper() == "JPEG":
        kwargs.setdefault("quality", 85)
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def photo(
    lat: float | None = None, lon: float | None = None, taken: datetime | None = None, fmt: str = "JPEG", **exif_kw: Any
) -> bytes:
    return image_bytes(fmt, exif=exif_bytes(lat, lon, taken, **exif_kw))


# ---- X / Twitter archive ----------------------------------------------------------------------


def ytd(name: str, records: list[Any], part: int = 0) -> str:
    return f"window.YTD.{name}.part{part} = " + json.dumps(records, indent=2, ensure_ascii=False)


def tweet(
    tid: str,
    text: str,
    created: datetime,
    geo: tuple[float, float] | None = None,
    wrap: bool = True,
    mentions: list[str] | None = None,
) -> dict[str, Any]:
    t: dict[str, Any] = {
        "id_str": tid,
        "id": tid,
        "created_at": created.strftime("%a %b %d %H:%M:%S +0000 %Y"),
        "full_text": text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"),
        "favorite_count": "0",
        "retweet_count": "0",
        "lang": "en",
        "entities": {
            "hashtags": [],
            "symbols": [],
            "urls": [],
            "user_mentions": [{"screen_name": m, "name": m, "id_str": "0", "indices": ["0", "1"]} for m in (mentions or [])],
        },
    }
    if geo:
        t["geo"] = {"type": "Point", "coordinates": [str(geo[0]), str(geo[1])]}
        t["coordinates"] = {"type": "Point", "coordinates": [str(geo[1]), str(geo[0])]}
    return {"tweet": t} if wrap else t


def twitter_archive(
    root: Path,
    tweets: list[dict[str, Any]],
    account: dict[str, Any],
    profile: dict[str, Any] | None = None,
    email_changes: list[dict[str, Any]] | None = None,
    parts: int = 1,
    legacy_name: bool = False,
) -> dict[str, str]:
    """Write an X archive's data/ files under root (a folder); returns {relative path: text}."""
    files: dict[str, str] = {}
    base = "tweet" if legacy_name else "tweets"
    per = max(1, -(-len(tweets) // parts))
    for i in range(parts):
        chunk = tweets[i * per : (i + 1) * per]
        name = f"data/{base}.js" if i == 0 else f"data/{base}-part{i}.js"
        files[name] = ytd(base, chunk, i)
    files["data/account.js"] = ytd("account", [{"account": account}])
    if profile is not None:
        files["data/profile.js"] = ytd("profile", [{"profile": profile}])
    if email_changes is not None:
        files["data/email-address-change.js"] = ytd("email_address_change", email_changes)
    files["data/manifest.js"] = 'window.__THAR_CONFIG = {"userInfo": {"userName": "%s"}}' % account.get("username", "")
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return files


def zip_folder(folder: Path, dest: Path, prefix: str = "") -> Path:
    """Zip a folder deterministically (sorted names, fixed timestamps)."""
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for dirpath, dirnames, filenames in os.walk(folder):
            dirnames.sort()
            for name in sorted(filenames):
                full = Path(dirpath) / name
                rel = full.relative_to(folder).as_posix()
                info = zipfile.ZipInfo(f"{prefix}{rel}", date_time=(2026, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, full.read_bytes())
    return dest


def frac(x: float, den: int = 1_000_000) -> Rational:
    f = Fraction(x).limit_denominator(den)
    return f.numerator, f.denominator


# ---- routines (pattern of life) ---------------------------------------------------------------
#
# A person's days as places and hours, sampled into positioned, timed Items the way a camera
# roll ("photos": a few shots while awake) or a phone's location history ("history": a fix every
# half hour, asleep or not) would record them. Used by the inference tests and the benchmark.

LatLon = tuple[float, float]


@dataclass
class Routine:
    home: LatLon
    work: LatLon
    pattern: str = "office"  # office (Mon-Fri 08:30-17:00) | night (Mon-Fri 21:00-07:00) | roster (D D N N off x4)
    start: date = date(2025, 3, 3)
    weeks: int = 8
    gym: LatLon | None = None  # Mon/Wed/Fri, at a fixed time that fits the shift pattern
    move: tuple[date, LatLon] | None = None  # from that day on, home is the new place
    holidays: list[tuple[date, date, LatLon]] = dc_field(default_factory=list)
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
    raise ValueError(f"unknown pattern {r.pattern!r}")


def _on_holiday(r: Routine, d: date) -> LatLon | None:
    return next((p for a, b, p in r.holidays if a <= d <= b), None)


def _plan(r: Routine, d: date, rng: random.Random) -> list[tuple[float, float, LatLon, bool]]:
    """The day as (from hour, to hour, place, awake) segments covering 0-24 local time."""
    away = _on_holiday(r, d)
    if away is not None:
        return [(0, 8, away, False), (8, 23, away, True), (23, 24, away, False)]
    home = r.move[1] if r.move and d >= r.move[0] else r.home
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
            spot = _offset(home, rng.uniform(2000, 15000), rng)
            segs += [(day_from, 10, home, True), (10.5, 12.5, spot, True), (13, end, home, True)]
        else:
            segs.append((day_from, end, home, True))
        segs += [(21.0, 24, work, True)] if today == "night" else [(23.0, 24, home, False)]
    return segs


def _offset(p: LatLon, dist_m: float, rng: random.Random) -> LatLon:
    ang = rng.uniform(0, 2 * math.pi)
    dy, dx = dist_m * math.cos(ang), dist_m * math.sin(ang)
    return p[0] + dy / 111_320, p[1] + dx / (111_320 * math.cos(math.radians(p[0])))


def _jitter(r: Routine, p: LatLon, rng: random.Random) -> LatLon:
    if r.outliers and rng.random() < r.outliers:
        return _offset(p, rng.uniform(300, 2000), rng)
    return _offset(p, abs(rng.gauss(0, r.jitter_m)), rng)


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
