"""Synthetic data builders: photos with known metadata and platform exports with planted items.

Used by the sample-data script, the demo, the benchmarks and the tests, so every one of them
builds the same shapes the same way. Everything here is invented: no real person's data.
Output is deterministic for the same arguments (fixed pixels, no clocks, no randomness unless a
seeded `random.Random` is passed in).
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import piexif
from PIL import Image

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


# ---- a phone camera folder with a daily routine ---------------------------------------------


def routine_shots(
    start: datetime,
    days: int,
    home: tuple[float, float],
    work: tuple[float, float],
    gym: tuple[float, float] | None = None,
    seed: int = 0,
) -> list[tuple[datetime, tuple[float, float], str]]:
    """(time taken, position, place label) for a routine: evenings at home every day, lunchtime
    at work on weekdays, early mornings at the gym on Monday, Wednesday and Friday.

    Positions jitter by up to ~15 m and times by up to 40 minutes, from a `random.Random(seed)`,
    so the same arguments always give the same shots.
    """
    import random
    from datetime import timedelta

    rng = random.Random(seed)
    shots: list[tuple[datetime, tuple[float, float], str]] = []
    for day in range(days):
        d = (start + timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
        plan: list[tuple[int, tuple[float, float], str]] = []
        if gym is not None and d.weekday() in (0, 2, 4):
            plan.append((6, gym, "gym"))
        if d.weekday() < 5:
            plan.append((12, work, "work"))
        plan.append((20, home, "home"))
        for hour, (lat, lon), label in plan:
            when = d + timedelta(hours=hour, minutes=rng.randrange(0, 40), seconds=rng.randrange(0, 60))
            jitter = (rng.uniform(-0.00012, 0.00012), rng.uniform(-0.00012, 0.00012))
            shots.append((when, (round(lat + jitter[0], 6), round(lon + jitter[1], 6)), label))
    return shots


def camera_folder(
    dest: Path,
    shots: list[tuple[datetime, tuple[float, float], str]],
    offset: str = "+10:00",
    make: str = "Examplephone",
    model: str = "X1",
) -> list[Path]:
    """Write one small JPEG per shot, named like a phone does (IMG_YYYYMMDD_HHMMSS.jpg)."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for when, (lat, lon), _label in shots:
        path = dest / f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
        path.write_bytes(photo(lat, lon, when, offset=offset, make=make, model=model))
        written.append(path)
    return written


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


# ---- shared: write a {relative path: content} map as a folder or zips --------------------------


def _as_bytes(content: Any) -> bytes:
    if isinstance(content, bytes):
        return content
    if isinstance(content, str):
        return content.encode("utf-8")
    return json.dumps(content, indent=1, ensure_ascii=False).encode("utf-8")


def write_files(root: Path, files: dict[str, Any]) -> Path:
    """Write files (bytes, text, or JSON-able values) under root; returns root."""
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(_as_bytes(content))
    return root


def zip_files(files: dict[str, Any], dest: Path) -> Path:
    """Write files into one zip, deterministically (sorted names, fixed timestamps)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in sorted(files):
            info = zipfile.ZipInfo(rel, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, _as_bytes(files[rel]))
    return dest


def split_zips(files: dict[str, Any], folder: Path, stem: str, parts: list[list[str]]) -> list[Path]:
    """A split set ``<stem>-001.zip``, ``-002.zip``...: part i holds the paths in parts[i]
    (files not listed go into the last part), the way Google Takeout splits an export."""
    listed = {p for part in parts for p in part}
    out = []
    for i, names in enumerate(parts):
        chunk = {n: files[n] for n in names}
        if i == len(parts) - 1:
            chunk.update({n: c for n, c in files.items() if n not in listed})
        out.append(zip_files(chunk, folder / f"{stem}-{i + 1:03d}.zip"))
    return out


# ---- LinkedIn data export (CSV) ------------------------------------------------------------------

LINKEDIN_HEADERS = {
    "Profile": [
        "First Name",
        "Last Name",
        "Maiden Name",
        "Address",
        "Birth Date",
        "Headline",
        "Summary",
        "Industry",
        "Zip Code",
        "Geo Location",
        "Twitter Handles",
        "Websites",
        "Instant Messengers",
    ],
    "Positions": ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"],
    "Email Addresses": ["Email Address", "Confirmed", "Primary", "Updated On"],
    "PhoneNumbers": ["Extension", "Number", "Type"],
    "Shares": ["Date", "ShareLink", "ShareCommentary", "SharedUrl", "MediaUrl", "Visibility"],
    "Comments": ["Date", "Link", "Message"],
    "Connections": ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
    "Reactions": ["Date", "Type", "Link"],
}
LINKEDIN_NOTES = (
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. '
    "You will only see email addresses for connections who have allowed their connections to see or download "
    'their email address."\n\n'
)


def linkedin_csv(
    header: list[str], rows: list[dict[str, str]], preamble: str = "", bom: bool = False, crlf: bool = False
) -> bytes:
    """One LinkedIn CSV, quoted the way LinkedIn quotes (only where needed)."""
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for row in rows:
        w.writerow([row.get(h, "") for h in header])
    text = (preamble.replace("\n", "\r\n") if crlf else preamble) + buf.getvalue()
    return (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")


def linkedin_export(
    tables: dict[str, list[dict[str, str]]],
    member_id: str | None = None,
    wrapper: str = "",
    bom: bool = False,
    crlf: bool = False,
) -> dict[str, bytes]:
    """{relative path: bytes} of a LinkedIn export. `tables` maps a file stem (keys of
    LINKEDIN_HEADERS) to rows; Shares/Comments/Reactions take the member-id suffix when
    given (Complete exports); Connections gets its Notes preamble; a one-line
    LearningCoachMessages.csv is always included."""
    files: dict[str, bytes] = {}
    prefix = f"{wrapper}/" if wrapper else ""
    for stem, rows in tables.items():
        name = f"{stem}_{member_id}.csv" if member_id and stem in ("Shares", "Comments", "Reactions") else f"{stem}.csv"
        pre = LINKEDIN_NOTES if stem == "Connections" else ""
        files[prefix + name] = linkedin_csv(LINKEDIN_HEADERS[stem], rows, preamble=pre, bom=bom, crlf=crlf)
    files[prefix + "LearningCoachMessages.csv"] = b"No conversations found\n"
    return files


# ---- Google Takeout ------------------------------------------------------------------------------


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


# ---- TikTok ------------------------------------------------------------------------------------------


def tiktok_user_data(
    generation: str,
    profile: dict[str, str],
    posts: list[dict[str, Any]] | None = None,
    deleted: list[dict[str, Any]] | None = None,
    comments: list[dict[str, Any]] | None = None,
    chats: dict[str, list[dict[str, str]]] | None = None,
    watched: list[dict[str, str]] | None = None,
) -> dict[str, Any]:
    """A TikTok user_data JSON in one of three section-name generations: "2022" (Profile ->
    Profile Information, Video -> Videos), "2024" (Profile -> Profile Info, Post -> Posts) and
    "2026" ("Profile And Settings", "Your Activity", dates with " UTC")."""
    if generation == "2022":
        prof = {"Profile": {"Profile Information": {"ProfileMap": profile}}}
        vids = {"Video": {"Videos": {"VideoList": list(posts or [])}}}
        act = {"Activity": {"Video Browsing History": {"VideoList": list(watched or [])}}}
        dm = {"Direct Messages": {"Chat History": {"ChatHistory": chats or {}}}}
    elif generation == "2024":
        prof = {"Profile": {"Profile Info": {"ProfileMap": profile}}}
        vids = {"Post": {"Posts": {"VideoList": list(posts or [])}, "Recently Deleted Posts": {"PostList": list(deleted or [])}}}
        act = {"Your Activity": {"Watch History": {"VideoList": list(watched or [])}}}
        dm = {"Direct Message": {"Direct Messages": {"ChatHistory": chats or {}}}}
    else:
        prof = {"Profile And Settings": {"Profile Info": {"ProfileMap": profile}}}
        vids = {"Post": {"Posts": {"VideoList": list(posts or [])}, "Recently Deleted Posts": {"PostList": list(deleted or [])}}}
        act = {"Your Activity": {"Watch History": {"VideoList": list(watched or [])}}}
        dm = {"Direct Message": {"Chat History": {"ChatHistory": chats or {}}}}
    return {**prof, **act, **vids, "Comment": {"Comments": {"CommentsList": list(comments or [])}}, **dm}


def tiktok_date(when: datetime, utc_suffix: bool) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S") + (" UTC" if utc_suffix else "")
