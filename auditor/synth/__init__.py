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
import random
import re
import zipfile
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from html import escape as html_escape
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
    data_types: dict[str, Any] = {}
    for rel in files:
        m = re.match(r"window\.YTD\.(\w+)\.part(\d+)", files[rel])
        if m:
            data_types.setdefault(m.group(1), {"files": []})["files"].append(
                {"fileName": rel, "globalName": f"YTD.{m.group(1)}.part{m.group(2)}", "count": "1"}
            )
    manifest = {"userInfo": {"userName": account.get("username", "")}, "dataTypes": data_types}
    files["data/manifest.js"] = "window.__THAR_CONFIG = " + json.dumps(manifest, indent=2)
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


# ---- Meta exports (Facebook, Instagram) -------------------------------------------------------
#
# Planted content is described with the small dataclasses below; `facebook_export` and
# `instagram_export` write it in the file layout and JSON shape of one layout generation, with
# Meta's mojibake (every UTF-8 byte written as its own \u00XX escape).


def meta_mangle(obj: Any) -> Any:
    """Recursively turn strings (and keys) into Meta's mojibake: UTF-8 bytes as Latin-1 code points."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_mangle(v) for v in obj]
    if isinstance(obj, dict):
        return {meta_mangle(k): meta_mangle(v) for k, v in obj.items()}
    return obj


def meta_dumps(obj: Any) -> str:
    return json.dumps(meta_mangle(obj), indent=2, ensure_ascii=True)


@dataclass
class MetaMedia:
    uri: str
    lat: float | None = None
    lon: float | None = None
    description: str = ""  # FB media description / IG per-media title
    timestamp: int = 1_600_000_000


@dataclass
class MetaPlace:
    name: str
    lat: float | None = None
    lon: float | None = None
    timestamp: int = 1_600_000_000


@dataclass
class MetaPost:
    text: str
    timestamp: int
    tags: list[str] = dc_field(default_factory=list)
    media: list[MetaMedia] = dc_field(default_factory=list)
    place: MetaPlace | None = None
    title: str = ""


@dataclass
class MetaThread:
    title: str
    participants: list[str]
    messages: list[tuple[str, int, str]]  # (sender, timestamp_ms, text), newest first
    folder: str = "thread_1000000001"


@dataclass
class FacebookContent:
    name: str = "Alex Example"
    emails: list[str] = dc_field(default_factory=list)
    previous_emails: list[str] = dc_field(default_factory=list)
    work: list[dict[str, str]] = dc_field(default_factory=list)  # {employer, title, location}
    current_city: str = ""
    hometown: str = ""
    phones: list[str] = dc_field(default_factory=list)
    websites: list[str] = dc_field(default_factory=list)
    family: list[str] = dc_field(default_factory=list)
    posts: list[MetaPost] = dc_field(default_factory=list)
    comments: list[tuple[str, int]] = dc_field(default_factory=list)
    group_comments: list[tuple[str, int, str]] = dc_field(default_factory=list)  # (text, ts, group)
    events: list[tuple[str, int, MetaPlace]] = dc_field(default_factory=list)
    places_created: list[MetaPlace] = dc_field(default_factory=list)
    location_history: list[MetaPlace] = dc_field(default_factory=list)
    last_location: MetaPlace | None = None
    threads: list[MetaThread] = dc_field(default_factory=list)


FB_GENERATIONS = ("2018", "classic", "2022", "2024", "2025")

_FB_PATHS = {
    "2018": {
        "profile": "profile_information/profile_information.json",
        "posts": "posts/your_posts.json",
        "comments": "comments/comments.json",
        "messages": "messages/inbox",
        "places": "your_places/places_you've_created.json",
        "history": "location/location_history.json",
        "events": "events/your_events.json",
        "groups": "groups/your_comments_in_groups.json",
        "last": None,
        "friends": "friends/friends.json",
    },
    "classic": {
        "profile": "profile_information/profile_information.json",
        "posts": "posts/your_posts_1.json",
        "comments": "comments_and_reactions/comments.json",
        "messages": "messages/inbox",
        "places": "your_places/places_you've_created.json",
        "history": "location/location_history.json",
        "events": "events/your_events.json",
        "groups": "groups/your_comments_in_groups.json",
        "last": None,
        "friends": "friends_and_followers/friends.json",
    },
    "2022": {
        "profile": "personal_information/profile_information/profile_information.json",
        "posts": "your_activity_across_facebook/posts/your_posts__check_ins__photos_and_videos_1.json",
        "comments": "your_activity_across_facebook/comments_and_reactions/comments.json",
        "messages": "your_activity_across_facebook/messages/inbox",
        "places": "your_activity_across_facebook/your_places/places_you've_created.json",
        "history": "logged_information/location/location_history.json",
        "events": "your_activity_across_facebook/events/your_events.json",
        "groups": "your_activity_across_facebook/groups/your_comments_in_groups.json",
        "last": "logged_information/location/last_location.json",
        "friends": "connections/friends/your_friends.json",
    },
}
_FB_PATHS["2024"] = {
    k: (v.replace("your_activity_across_facebook", "your_facebook_activity") if v else v) for k, v in _FB_PATHS["2022"].items()
}
_FB_PATHS["2025"] = dict(_FB_PATHS["2024"])


def _fb_media(m: MetaMedia, exif_shape: str) -> dict[str, Any]:
    meta: dict[str, Any] = {"upload_ip": "192.0.2.10", "taken_timestamp": m.timestamp}
    if m.lat is not None and m.lon is not None:
        meta.update(latitude=m.lat, longitude=m.lon)
    block_key = "video_metadata" if m.uri.endswith(".mp4") else "photo_metadata"
    block = {"exif_data": [meta]} if exif_shape == "list" else meta
    out: dict[str, Any] = {"uri": m.uri, "creation_timestamp": m.timestamp, "media_metadata": {block_key: block}}
    if m.description:
        out["description"] = m.description
    return out


def _coord(p: MetaPlace) -> dict[str, Any]:
    d: dict[str, Any] = {"name": p.name}
    if p.lat is not None and p.lon is not None:
        d["coordinate"] = {"latitude": p.lat, "longitude": p.lon}
    return d


def _fb_post(p: MetaPost, tags_shape: str, exif_shape: str) -> dict[str, Any]:
    d: dict[str, Any] = {"timestamp": p.timestamp, "data": [{"post": p.text}] if p.text else [{"update_timestamp": p.timestamp}]}
    if p.title:
        d["title"] = p.title
    if p.tags:
        d["tags"] = [{"name": t} for t in p.tags] if tags_shape == "objects" else list(p.tags)
    att = [{"media": _fb_media(m, exif_shape)} for m in p.media]
    if p.place:
        att.append({"place": {**_coord(p.place), "address": "1 Example Street", "url": "https://example.com/place"}})
    if att:
        d["attachments"] = [{"data": att}]
    return d


def _fb_label_post(p: MetaPost, exif_shape: str, fbid: int) -> dict[str, Any]:
    lv: list[dict[str, Any]] = []
    if p.text:
        lv.append({"label": "Text", "value": p.text})
    if p.title:
        lv.append({"label": "Title", "value": p.title})
    if p.tags:
        lv.append({"label": "Tags", "dict": [{"label": "Name", "value": t} for t in p.tags]})
    if p.place:
        lv.append({"label": "Place", "value": p.place.name})
        if p.place.lat is not None:
            lv.append({"label": "Coordinates", "value": f"{p.place.lat}, {p.place.lon}"})
    d: dict[str, Any] = {"timestamp": p.timestamp, "label_values": lv, "fbid": str(fbid)}
    if p.media:
        d["media"] = [_fb_media(m, exif_shape) for m in p.media]
    return d


def _thread_json(t: MetaThread) -> dict[str, Any]:
    return {
        "participants": [{"name": n} for n in t.participants],
        "messages": [
            {"sender_name": s, "timestamp_ms": ts, "content": text, "type": "Generic", "is_unsent": False}
            for s, ts, text in t.messages
        ],
        "title": t.title,
        "is_still_participant": True,
        "thread_type": "Regular",
        "thread_path": f"inbox/{t.folder}",
    }


def _html_page(title: str, sections: list[tuple[str, str, list[tuple[str, str]], str]]) -> str:
    """A Meta 2023+ HTML page: one section._a6-g per (h2, body text, label/value rows, footer time)."""
    parts = [f"<html><head><meta charset='utf-8'><title>{html_escape(title)}</title></head><body><div class='_a706'>"]
    for h2, body, rows, when in sections:
        table = "".join(
            f"<tr><td class='_a6_q'>{html_escape(a)}</td><td class='_a6_r'>{html_escape(b)}</td></tr>" for a, b in rows
        )
        parts.append(
            f"<section class='_a6-g'><h2 class='_a6-h'>{html_escape(h2)}</h2><div class='_a6-p'>"
            f"{'<div>' + html_escape(body) + '</div>' if body else ''}{'<table>' + table + '</table>' if table else ''}</div>"
            f"<footer class='_a6-o'><div class='_a72d'>{html_escape(when)}</div></footer></section>"
        )
    parts.append("</div></body></html>")
    return "".join(parts)


def html_when(ts: int) -> str:
    """Meta's HTML footer time ("Jun 04, 2025 6:46:10 pm"), rendered in UTC."""
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%b %d, %Y ") + f"{int(dt.strftime('%I'))}:{dt.strftime('%M:%S')} " + dt.strftime("%p").lower()


def _write_files(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, content in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            p.write_bytes(content)
        else:
            p.write_text(content, encoding="utf-8")


def _media_files(files: dict[str, str | bytes], media: list[MetaMedia]) -> None:
    for m in media:
        if not m.uri.endswith(".mp4"):  # videos are referenced only: no small valid MP4 builder here
            files[m.uri] = image_bytes()


def facebook_export(
    root: Path,
    content: FacebookContent,
    generation: str = "2024",
    tags_shape: str = "objects",
    exif_shape: str = "list",
    html: bool = False,
) -> dict[str, str | bytes]:
    """Write a Facebook DYI export of one layout generation under root; returns {path: content}.

    generation: "2018" (top-level `profile`, string tags), "classic" (<=2021), "2022", "2024",
    "2025" (posts as label_values records, a bare object when there is exactly one).
    tags_shape: "objects" ([{name}]) or "strings"; exif_shape: "list" (exif_data[0]) or "flat".
    html=True writes the HTML variant (profile, posts, comments, messages) instead of JSON.
    """
    paths = _FB_PATHS[generation]
    if generation == "2018":
        tags_shape = "strings"
    files: dict[str, str | bytes] = {}
    c = content
    prof: dict[str, Any] = {
        "name": {"full_name": c.name, "first_name": c.name.split()[0], "middle_name": "", "last_name": c.name.split()[-1]},
        "emails": {
            "emails": list(c.emails),
            "previous_emails": list(c.previous_emails),
            "pending_emails": [],
            "ad_account_emails": [],
        },
        "registration_timestamp": 1_200_000_000,
        "profile_uri": "https://www.facebook.com/alex.example",
    }
    if c.current_city:
        prof["current_city"] = {"name": c.current_city, "timestamp": 0}
    if c.hometown:
        prof["hometown"] = {"name": c.hometown, "timestamp": 0}
    if c.phones:
        prof["phone_numbers"] = [{"phone_type": "Mobil", "phone_number": p, "verified": True} for p in c.phones]
    if c.websites:
        prof["websites"] = [{"address": w} for w in c.websites]
    if c.family:
        prof["family_members"] = [{"name": n, "relation": "Fætter", "timestamp": 1_400_000_000} for n in c.family]
    if c.work:
        prof["work_experiences"] = [{**w, "start_timestamp": 1_500_000_000, "timestamp": 1_500_000_000} for w in c.work]
    ts_last = 0
    if html:
        rows = [("Name", c.name)] + [("Email", e) for e in c.emails] + [("Phone number", p) for p in c.phones]
        rows += [("Employer", w["employer"]) for w in c.work if w.get("employer")]
        if c.current_city:
            rows.append(("Current city", c.current_city))
        files[paths["profile"][:-5] + ".html"] = _html_page(
            "Profile information", [("Profile information", "", rows, html_when(1_600_000_000))]
        )
        files[paths["posts"][:-5] + ".html"] = _html_page(
            "Your posts", [(p.title or c.name, p.text, [], html_when(p.timestamp)) for p in c.posts if p.text]
        )
        if c.comments:
            files[paths["comments"][:-5] + ".html"] = _html_page(
                "Comments", [("Comment", t, [], html_when(ts)) for t, ts in c.comments]
            )
        for t in c.threads:
            files[f"{paths['messages']}/{t.folder}/message_1.html"] = _html_page(
                t.title, [(s, text, [], html_when(ts // 1000)) for s, ts, text in t.messages]
            )
        _write_files(root, files)
        return files
    files[paths["profile"]] = meta_dumps({"profile" if generation == "2018" else "profile_v2": prof})
    if generation == "2025":
        recs = [_fb_label_post(p, exif_shape, 100_000_000_000_000 + i) for i, p in enumerate(c.posts)]
        files[paths["posts"]] = meta_dumps(recs[0] if len(recs) == 1 else recs)
    else:
        files[paths["posts"]] = meta_dumps([_fb_post(p, tags_shape, exif_shape) for p in c.posts])
    for p in c.posts:
        _media_files(files, p.media)
        ts_last = max(ts_last, p.timestamp)
    if c.comments:
        key = "comments" if generation == "2018" else "comments_v2"
        files[paths["comments"]] = meta_dumps(
            {
                key: [
                    {
                        "timestamp": ts,
                        "data": [{"comment": {"timestamp": ts, "comment": t, "author": c.name}}],
                        "title": f"{c.name} commented on Sam Sample's post.",
                    }
                    for t, ts in c.comments
                ]
            }
        )
    if c.group_comments:
        files[paths["groups"]] = meta_dumps(
            {
                "group_comments_v2": [
                    {
                        "timestamp": ts,
                        "data": [{"comment": {"timestamp": ts, "comment": t, "author": c.name, "group": g}}],
                        "title": f"{c.name} commented on a post in {g}.",
                    }
                    for t, ts, g in c.group_comments
                ]
            }
        )
    if c.events:
        files[paths["events"]] = meta_dumps(
            {
                "your_events_v2": [
                    {
                        "name": n,
                        "start_timestamp": ts,
                        "end_timestamp": ts + 3600,
                        "place": _coord(pl),
                        "description": "",
                        "create_timestamp": ts - 86400,
                    }
                    for n, ts, pl in c.events
                ]
            }
        )
    if c.places_created:
        files[paths["places"]] = meta_dumps(
            {
                "your_places_v2": [
                    {
                        **_coord(p),
                        "address": "1 Example Street",
                        "url": "https://www.facebook.com/1",
                        "creation_timestamp": p.timestamp,
                    }
                    for p in c.places_created
                ]
            }
        )
    if c.location_history:
        files[paths["history"]] = meta_dumps(
            {"location_history_v2": [{**_coord(p), "creation_timestamp": p.timestamp} for p in c.location_history]}
        )
    if c.last_location and paths["last"]:
        ll = c.last_location
        files[paths["last"]] = meta_dumps({"last_location_v2": {**_coord(ll), "time": ll.timestamp}})
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.json"] = meta_dumps(_thread_json(t))
    files[paths["friends"]] = meta_dumps({"friends_v2": [{"name": "Sam Sample", "timestamp": 1_500_000_000}]})
    _write_files(root, files)
    return files


# ---- Instagram -----------------------------------------------------------------------------------


@dataclass
class InstagramContent:
    username: str = "alex_example"
    name: str = "Alex Example"
    email: str = ""
    phone: str = ""
    bio: str = ""
    city: str = ""
    inferred_city: str = ""
    business_email: str = ""
    signup_email: str = ""
    possible_emails: list[str] = dc_field(default_factory=list)
    posts: list[MetaPost] = dc_field(default_factory=list)  # text = caption; media[].description = per-media title
    reels: list[MetaPost] = dc_field(default_factory=list)
    stories: list[MetaPost] = dc_field(default_factory=list)  # one media each
    comments: list[tuple[str, int, str]] = dc_field(default_factory=list)  # (text, ts, media owner)
    threads: list[MetaThread] = dc_field(default_factory=list)


IG_GENERATIONS = ("2021", "2023", "2024", "2025")

_IG_KEYS = {
    "en": {
        "email": "Email",
        "phone": "Phone Number",
        "username": "Username",
        "name": "Name",
        "bio": "Bio",
        "city": "City Name",
        "comment": "Comment",
        "owner": "Media Owner",
        "time": "Time",
    },
    "fr": {
        "email": "Adresse e-mail",
        "phone": "Numéro de téléphone",
        "username": "Nom d'utilisateur",
        "name": "Nom",
        "bio": "Biographie",
        "city": "Nom de la ville",
        "comment": "Commentaire",
        "owner": "Propriétaire du contenu",
        "time": "Heure",
    },
}


def _ig_paths(generation: str) -> dict[str, str]:
    if generation == "2021":
        return {
            "personal": "account_information/personal_information.json",
            "based_in": "information_about_you/account_based_in.json",
            "professional": "account_information/professional_information.json",
            "signup": "login_and_account_creation/signup_information.json",
            "possible": "information_about_you/possible_emails.json",
            "posts": "content/posts_1.json",
            "reels": "content/reels.json",
            "stories": "content/stories.json",
            "comments": "comments/post_comments.json",
            "messages": "messages/inbox",
            "followers": "followers_and_following/followers_1.json",
        }
    act = "your_instagram_activity/content" if generation == "2023" else "your_instagram_activity/media"
    personal = (
        "personal_information/personal_information.json"
        if generation == "2023"
        else "personal_information/personal_information/personal_information.json"
    )
    return {
        "personal": personal,
        "based_in": "personal_information/information_about_you/profile_based_in.json",
        "professional": personal.replace("personal_information.json", "professional_information.json"),
        "signup": "security_and_login_information/login_and_account_creation/signup_information.json",
        "possible": "personal_information/information_about_you/possible_emails.json",
        "posts": f"{act}/posts_1.json",
        "reels": f"{act}/reels.json",
        "stories": f"{act}/stories.json",
        "comments": "your_instagram_activity/comments/post_comments_1.json",
        "messages": "your_instagram_activity/messages/inbox",
        "followers": "connections/followers_and_following/followers_1.json",
    }


def _ig_records(key: str, fields: dict[str, str]) -> dict[str, Any]:
    """An Instagram information file holding one string_map_data record under `key`."""
    return {key: [{"title": "", "media_map_data": {}, "string_map_data": _smd(**fields)}]}


def _smd(**pairs: Any) -> dict[str, Any]:
    return {k: {"href": "", "value": v, "timestamp": 0} for k, v in pairs.items() if v}


def _ig_media(m: MetaMedia, exif_shape: str) -> dict[str, Any]:
    d = _fb_media(m, exif_shape)
    d.pop("description", None)
    d["title"] = m.description
    return d


def _ig_post(p: MetaPost, exif_shape: str) -> dict[str, Any]:
    media = [_ig_media(m, exif_shape) for m in p.media]
    if len(media) == 1:  # single media: the caption is the media's title
        media[0]["title"] = p.text
        media[0]["creation_timestamp"] = p.timestamp
        return {"media": media}
    return {"media": media, "title": p.text, "creation_timestamp": p.timestamp}


def instagram_export(
    root: Path,
    content: InstagramContent,
    generation: str = "2024",
    exif_shape: str = "list",
    language: str = "en",
    html: bool = False,
) -> dict[str, str | bytes]:
    """Write an Instagram export of one layout generation under root; returns {path: content}.

    generation: "2021" (content/, old comments shape), "2023", "2024", "2025" (profile_based_in
    as one bare label_values record). language "fr" writes localised string_map_data keys.
    html=True writes the HTML variant (personal information, posts, messages) instead of JSON.
    """
    paths = _ig_paths(generation)
    k = _IG_KEYS[language]
    c = content
    files: dict[str, str | bytes] = {}
    if html:
        rows = [
            (k["username"], c.username),
            (k["name"], c.name),
            (k["email"], c.email),
            (k["phone"], c.phone),
            (k["bio"], c.bio),
            (k["city"], c.city),
        ]
        files[paths["personal"][:-5] + ".html"] = _html_page(
            "Personal information", [("User Information", "", [r for r in rows if r[1]], html_when(1_600_000_000))]
        )
        files[paths["posts"][:-5] + ".html"] = _html_page(
            "Posts", [("", p.text, [], html_when(p.timestamp)) for p in c.posts if p.text]
        )
        for t in c.threads:
            files[f"{paths['messages']}/{t.folder}/message_1.html"] = _html_page(
                t.title, [(s, text, [], html_when(ts // 1000)) for s, ts, text in t.messages]
            )
        _write_files(root, files)
        return files
    files[paths["personal"]] = meta_dumps(
        {
            "profile_user": [
                {
                    "title": "User Information",
                    "media_map_data": {
                        "Profile Photo": {
                            "uri": "media/other/1000000_n_17900000000000001.jpg",
                            "creation_timestamp": 1_527_000_000,
                            "title": "",
                        }
                    },
                    "string_map_data": _smd(
                        **{
                            k["email"]: c.email,
                            k["phone"]: c.phone,
                            k["username"]: c.username,
                            k["name"]: c.name,
                            k["bio"]: c.bio,
                            k["city"]: c.city,
                            "Private Account": "False",
                        }
                    ),
                }
            ]
        }
    )
    if c.inferred_city:
        if generation == "2025":
            files[paths["based_in"]] = meta_dumps(
                {"timestamp": 1_700_000_000, "media": [], "label_values": [{"label": k["city"], "value": c.inferred_city}]}
            )
        else:
            files[paths["based_in"]] = meta_dumps(
                {
                    "inferred_data_primary_location": [
                        {"title": "", "media_map_data": {}, "string_map_data": _smd(**{k["city"]: c.inferred_city})}
                    ]
                }
            )
    if c.business_email:
        files[paths["professional"]] = meta_dumps(
            _ig_records("profile_business", {k["email"]: c.business_email, "Category": "Public servant"})
        )
    if c.signup_email:
        files[paths["signup"]] = meta_dumps(
            _ig_records("account_history_registration_info", {k["email"]: c.signup_email, "IP Address": "192.0.2.1"})
        )
    if c.possible_emails:
        files[paths["possible"]] = meta_dumps(
            {
                "inferred_emails": [
                    {"title": "", "media_list_data": [], "string_list_data": [{"value": e} for e in c.possible_emails]}
                ]
            }
        )
    files[paths["posts"]] = meta_dumps([_ig_post(p, exif_shape) for p in c.posts])
    if c.reels:
        files[paths["reels"]] = meta_dumps({"ig_reels_media": [_ig_post(p, exif_shape) for p in c.reels]})
    if c.stories:
        files[paths["stories"]] = meta_dumps(
            {
                "ig_stories": [
                    {**_ig_media(s.media[0], exif_shape), "title": s.text, "creation_timestamp": s.timestamp} for s in c.stories
                ]
            }
        )
    for p in c.posts + c.reels + c.stories:
        _media_files(files, p.media)
    if c.comments:
        if generation == "2021":
            files[paths["comments"]] = meta_dumps(
                {
                    "comments_media_comments": [
                        {"title": owner, "string_list_data": [{"href": "", "value": t, "timestamp": ts}]}
                        for t, ts, owner in c.comments
                    ]
                }
            )
        else:
            files[paths["comments"]] = meta_dumps(
                [
                    {
                        "media_list_data": [{"uri": ""}],
                        "string_map_data": {
                            k["comment"]: {"value": t},
                            k["owner"]: {"value": owner},
                            k["time"]: {"timestamp": ts},
                        },
                    }
                    for t, ts, owner in c.comments
                ]
            )
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.json"] = meta_dumps(_thread_json(t))
    files[paths["followers"]] = meta_dumps(
        [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [{"href": "https://www.instagram.com/sam", "value": "sam", "timestamp": 1_600_000_000}],
            }
        ]
    )
    _write_files(root, files)
    return files


# ---- metadata containers built by hand (XMP packets, extra JPEG/PNG segments, MP4/MOV) ---------


def xmp_dm(value: float, pos: str, neg: str) -> str:
    """Decimal degrees -> XMP's "DDD,MM.mmmmmmK" GPS form."""
    v = abs(value)
    deg = int(v)
    return f"{deg},{(v - deg) * 60:.6f}{neg if value < 0 else pos}"


def xmp_packet(
    lat: float | None = None,
    lon: float | None = None,
    creator: str | None = None,
    serial: str | None = None,
    taken: str | None = None,
    element_form: bool = False,
    raw_lat: str | None = None,
    raw_lon: str | None = None,
) -> bytes:
    """An XMP packet; GPS in exif:GPSLatitude/GPSLongitude as attributes or (element_form) elements."""
    props: dict[str, str] = {}
    if lat is not None and lon is not None:
        props["exif:GPSLatitude"] = xmp_dm(lat, "N", "S")
        props["exif:GPSLongitude"] = xmp_dm(lon, "E", "W")
    if raw_lat is not None:
        props["exif:GPSLatitude"] = raw_lat
    if raw_lon is not None:
        props["exif:GPSLongitude"] = raw_lon
    if serial:
        props["aux:SerialNumber"] = serial
    if taken:
        props["exif:DateTimeOriginal"] = taken
    if element_form:
        attrs = ""
        body = "".join(f"\n   <{k}>{v}</{k}>" for k, v in props.items())
    else:
        attrs = "".join(f'\n    {k}="{v}"' for k, v in props.items())
        body = ""
    if creator:
        body += f"\n   <dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n    xmlns:exif="http://ns.adobe.com/exif/1.0/"\n'
        '    xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"\n    xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f"{attrs}>{body}\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n" + " " * 200 + '\n<?xpacket end="w"?>'
    ).encode("utf-8")


def jpeg_insert(jpeg: bytes, *segments: tuple[int, bytes]) -> bytes:
    """Insert (marker, body) segments right after SOI (and before any existing ones)."""
    import struct

    out = [jpeg[:2]]
    for marker, body in segments:
        out.append(bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body)
    out.append(jpeg[2:])
    return b"".join(out)


def jpeg_exif_segment(exif: bytes) -> tuple[int, bytes]:
    return 0xE1, exif if exif.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + exif


def jpeg_xmp_segment(xmp: bytes) -> tuple[int, bytes]:
    return 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp


def png_chunk(ctype: bytes, body: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def png_insert(png: bytes, *chunks: bytes) -> bytes:
    """Insert ready-made chunks right after IHDR."""
    ihdr_end = 8 + 8 + 13 + 4
    return png[:ihdr_end] + b"".join(chunks) + png[ihdr_end:]


def png_raw_profile_exif(exif: bytes, compressed: bool = True) -> bytes:
    """ImageMagick's text-chunk form of EXIF: "Raw profile type exif" with hex data."""
    import zlib

    raw = exif if exif.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + exif
    hexdata = raw.hex()
    lines = "\n".join(hexdata[i : i + 72] for i in range(0, len(hexdata), 72))
    text = f"\nexif\n{len(raw):8d}\n{lines}\n".encode("ascii")
    key = b"Raw profile type exif\x00"
    if compressed:
        return png_chunk(b"zTXt", key + b"\x00" + zlib.compress(text))
    return png_chunk(b"tEXt", key + text)


def png_xmp_itxt(xmp: bytes, compressed: bool = False) -> bytes:
    import zlib

    body = zlib.compress(xmp) if compressed else xmp
    return png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00" + (b"\x01\x00" if compressed else b"\x00\x00") + b"\x00\x00" + body)


def iso6709(lat: float, lon: float, alt: float | None = None) -> str:
    s = f"{lat:+08.4f}{lon:+09.4f}"
    if alt is not None:
        s += f"{alt:+.3f}"
    return s + "/"


def _box(btype: bytes, payload: bytes) -> bytes:
    import struct

    return struct.pack(">I", 8 + len(payload)) + btype + payload


def mp4_bytes(
    xyz: str | None = None,
    keys: dict[str, str] | None = None,
    brand: bytes = b"isom",
    mdat: bytes = b"\x00" * 64,
    xmp: bytes | None = None,
    mdat_first: bool = False,
) -> bytes:
    """A minimal MP4/MOV/3GP: ftyp, moov(mvhd, udta/©xyz, meta keys/ilst, XMP uuid), mdat.

    `xyz` is the ISO 6709 string stored in udta/©xyz (what Android and older iPhones write);
    `keys` are QuickTime mdta keys (e.g. com.apple.quicktime.location.ISO6709) with UTF-8 values.
    """
    import struct

    ftyp = _box(b"ftyp", brand + struct.pack(">I", 0) + brand + b"isom")
    mvhd = _box(
        b"mvhd",
        bytes(4)  # version 0, flags
        + struct.pack(">IIII", 3_800_000_000, 3_800_000_000, 1000, 1000)
        + struct.pack(">IH", 0x00010000, 0x0100)
        + bytes(10)
        + struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
        + bytes(24)
        + struct.pack(">I", 2),
    )
    parts = [mvhd]
    if xyz is not None:
        s = xyz.encode("utf-8")
        parts.append(_box(b"udta", _box(b"\xa9xyz", struct.pack(">HH", len(s), 0x15C7) + s)))
    if keys:
        kb = b"".join(_box(b"mdta", k.encode("utf-8")) for k in keys)
        keys_box = _box(b"keys", bytes(4) + struct.pack(">I", len(keys)) + kb)
        items = b"".join(
            _box(struct.pack(">I", i + 1), _box(b"data", struct.pack(">II", 1, 0) + v.encode("utf-8")))
            for i, v in enumerate(keys.values())
        )
        hdlr = _box(b"hdlr", bytes(8) + b"mdta" + bytes(12) + b"\x00")
        parts.append(_box(b"meta", hdlr + keys_box + _box(b"ilst", items)))
    moov = _box(b"moov", b"".join(parts))
    mdat_box = _box(b"mdat", mdat)
    # XMP sits in a top-level uuid box, where ExifTool (and Adobe's tools) put it
    uuid = _box(b"uuid", bytes.fromhex("be7acfcb97a942e89c71999491e3afac") + xmp) if xmp is not None else b""
    return ftyp + (mdat_box + moov if mdat_first else moov + mdat_box) + uuid


def tiff_bytes(exif: bytes, camera_serial: str | None = None, dng: bool = False, size: tuple[int, int] = (16, 16)) -> bytes:
    """A TIFF (or, with dng=True, a file carrying DNGVersion) with the EXIF block's tags and IFDs."""
    img = Image.new("RGB", size, (40, 80, 120))
    ex = Image.Exif()
    ex.load(exif)
    if dng:
        ex[50706] = b"\x01\x04\x00\x00"  # DNGVersion
    if camera_serial:
        ex[50735] = camera_serial  # CameraSerialNumber (DNG)
    buf = io.BytesIO()
    img.save(buf, "TIFF", exif=ex)
    return buf.getvalue()


ZOO_POSITIONS: dict[str, tuple[float, float]] = {
    "camera/IMG_0001.jpg": (-35.308056, 149.124444),
    "camera/IMG_0002.heic": (-34.928500, 138.600700),
    "camera/IMG_0003.avif": (-19.259000, 146.816900),
    "camera/scan.tif": (-33.946111, 151.177222),
    "camera/raw.dng": (-12.463400, 130.845600),
    "edits/export.png": (-27.469800, 153.025100),
    "edits/magick.png": (-31.950500, 115.860500),
    "edits/lightroom.png": (-42.882100, 147.327200),
    "edits/web.webp": (-37.813600, 144.963100),
    "edits/xmp_only.jpg": (-23.698000, 133.880700),
    "edits/sidecar.jpg.xmp": (-16.918600, 145.778100),
    "video/android.mp4": (-33.868800, 151.209300),
    "video/iphone.mov": (-35.280900, 149.130000),
    "video/old.3gp": (-32.926700, 151.781700),
}


def media_zoo(
    root: Path, taken: datetime = datetime(2024, 5, 1, 9, 30), artist: str = "Pat Example"
) -> dict[str, tuple[float, float]]:
    """Write one file of every supported container, each with a known position; returns {relative path: (lat, lon)}."""

    def ex(lat: float, lon: float) -> bytes:
        return exif_bytes(lat, lon, taken, offset="+10:00", artist=artist, serial="BODY-0042", orientation=6)

    for rel, (lat, lon) in ZOO_POSITIONS.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        name = p.name
        if name.endswith(".jpg") and "xmp_only" not in name:
            data = image_bytes("JPEG", exif=ex(lat, lon))
        elif name.endswith(".heic"):
            data = image_bytes("HEIF", exif=ex(lat, lon))
        elif name.endswith(".avif"):
            data = image_bytes("AVIF", exif=ex(lat, lon))
        elif name.endswith(".tif"):
            data = tiff_bytes(ex(lat, lon))
        elif name.endswith(".dng"):
            data = tiff_bytes(ex(lat, lon), camera_serial="DNG-SER-7", dng=True)
        elif name == "export.png":
            data = image_bytes("PNG", exif=ex(lat, lon))
        elif name == "magick.png":
            data = png_insert(image_bytes("PNG"), png_raw_profile_exif(ex(lat, lon)))
        elif name == "lightroom.png":
            data = png_insert(image_bytes("PNG"), png_xmp_itxt(xmp_packet(lat, lon, creator=artist), compressed=True))
        elif name.endswith(".webp"):
            data = image_bytes("WEBP", exif=ex(lat, lon), xmp=xmp_packet(lat, lon))
        elif name == "xmp_only.jpg":
            data = jpeg_insert(image_bytes("JPEG"), jpeg_xmp_segment(xmp_packet(lat, lon, creator=artist, serial="XMP-SER-1")))
        elif name.endswith(".xmp"):
            data = xmp_packet(lat, lon, creator=artist)
        elif name.endswith(".mov"):
            data = mp4_bytes(
                keys={
                    "com.apple.quicktime.location.ISO6709": iso6709(lat, lon, 12.0),
                    "com.apple.quicktime.creationdate": taken.strftime("%Y-%m-%dT%H:%M:%S+1000"),
                    "com.apple.quicktime.author": artist,
                },
                brand=b"qt  ",
            )
        else:
            data = mp4_bytes(xyz=iso6709(lat, lon), brand=b"3gp4" if name.endswith(".3gp") else b"isom")
        p.write_bytes(data)
    return dict(ZOO_POSITIONS)


def sign_image(lines: list[str], size: tuple[int, int] = (900, 300), fmt: str = "JPEG", exif: bytes | None = None) -> bytes:
    """A photo-like image showing lines of text (a sign, badge or screen) for OCR tests."""
    from PIL import ImageDraw, ImageFont

    img = Image.new("RGB", size, (236, 234, 226))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=max(18, size[1] // (len(lines) * 3 + 1)))
    y = size[1] // (len(lines) * 2 + 2)
    for line in lines:
        draw.text((size[0] // 24, y), line, fill=(12, 24, 70), font=font)
        y += size[1] // (len(lines) + 1)
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": 92} if fmt == "JPEG" else {}
    if exif is not None:
        kwargs["exif"] = exif
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def qr_image(text: str, fmt: str = "PNG", border_px: int = 40) -> bytes:
    """A photo-sized image with a QR code encoding `text` (e.g. a boarding pass's BCBP string)."""
    import qrcode

    code = qrcode.make(text, box_size=6).get_image().convert("RGB")
    img = Image.new("RGB", (code.size[0] + 2 * border_px, code.size[1] + 2 * border_px), (250, 250, 250))
    img.paste(code, (border_px, border_px))
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()


# ---- Mastodon, Reddit, WhatsApp, Snapchat, Strava; extra X files -------------------------------

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def _write_files(root: Path, files: dict[str, str | bytes]) -> dict[str, str | bytes]:
    for rel, data in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            p.write_bytes(data)
        else:
            p.write_text(data, encoding="utf-8")
    return files


def twitter_files(root: Path, files: dict[str, tuple[str, list[Any]]], part: int = 0) -> None:
    """Write extra X archive files: {relative path: (YTD name, records)}."""
    _write_files(root, {rel: ytd(name, records, part) for rel, (name, records) in files.items()})


def mastodon_note(
    nid: str,
    html_content: str,
    published: datetime,
    mentions: list[str] | None = None,
    alt_texts: list[str] | None = None,
    visibility: str = "public",
    actor: str = "https://mastodon.example/users/alex_example",
    summary: str | None = None,
) -> dict[str, Any]:
    url = f"https://mastodon.example/@alex_example/{nid}"
    to = {
        "public": [AS_PUBLIC],
        "followers": [f"{actor}/followers"],
        "direct": [f"https://mastodon.example/users/{(mentions or ['x@y'])[0].split('@')[1]}"],
    }[visibility]
    cc = [f"{actor}/followers"] if visibility == "public" else []
    obj: dict[str, Any] = {
        "id": f"{actor}/statuses/{nid}",
        "type": "Note",
        "summary": summary,
        "inReplyTo": None,
        "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "url": url,
        "attributedTo": actor,
        "to": to,
        "cc": cc,
        "content": html_content,
        "contentMap": {"en": html_content},
        "attachment": [
            {
                "type": "Document",
                "mediaType": "image/jpeg",
                "url": f"/mastodonexample/media_attachments/files/109/000/000/000/000/{i:03d}/original/0123456789abcdef.jpeg",
                "name": alt,
            }
            for i, alt in enumerate(alt_texts or [])
        ],
        "tag": [{"type": "Mention", "href": f"https://{m.split('@')[-1]}/@{m.split('@')[1]}", "name": m} for m in mentions or []],
    }
    return {
        "id": f"{actor}/statuses/{nid}/activity",
        "type": "Create",
        "actor": actor,
        "published": obj["published"],
        "to": to,
        "cc": cc,
        "object": obj,
    }


def mastodon_archive(
    root: Path, actor: dict[str, Any], activities: list[dict[str, Any]], media: dict[str, bytes] | None = None
) -> None:
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(activities),
        "orderedItems": activities,
    }
    files: dict[str, str | bytes] = {
        "actor.json": json.dumps(actor, indent=2, ensure_ascii=False),
        "outbox.json": json.dumps(outbox, indent=2, ensure_ascii=False),
        "likes.json": json.dumps({"type": "OrderedCollection", "orderedItems": ["https://other.example/@x/1"]}),
        "bookmarks.json": json.dumps({"type": "OrderedCollection", "orderedItems": []}),
    }
    files.update(media or {})
    _write_files(root, files)


def csv_text(header: list[str], rows: list[list[Any]]) -> str:
    import csv as _csv

    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    return buf.getvalue()


def reddit_export(
    root: Path,
    posts: list[dict[str, str]],
    comments: list[dict[str, str]],
    messages: list[dict[str, str]] | None = None,
    phone: str | None = None,
    old_gildings: bool = False,
) -> None:
    """Reddit's CSV export. Row dicts use the column names; missing columns are blank."""
    post_cols = ["id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url", "body"]
    com_cols = ["id", "permalink", "date", "ip", "subreddit", "gildings", "link", "parent", "body", "media"]
    if old_gildings:
        com_cols = [
            "id",
            "permalink",
            "date",
            "ip",
            "subreddit",
            "gildings_silver",
            "gildings_supergold",
            "link",
            "parent",
            "body",
            "media",
        ]
    msg_cols = ["id", "permalink", "thread_id", "date", "ip", "from", "to", "subject", "body"]
    files: dict[str, str | bytes] = {
        "posts.csv": csv_text(post_cols, [[r.get(c, "") for c in post_cols] for r in posts]),
        "comments.csv": csv_text(com_cols, [[r.get(c, "") for c in com_cols] for r in comments]),
        "ip_logs.csv": csv_text(["date", "ip"], [["2024-01-01 00:00:00 UTC", "192.0.2.1"]]),
        "checkfile.csv": csv_text(["filename", "sha256"], [["posts.csv", "0" * 64]]),
        "subscribed_subreddits.csv": csv_text(["subreddit"], [["example"]]),
    }
    if messages is not None:
        files["messages.csv"] = csv_text(msg_cols, [[r.get(c, "") for c in msg_cols] for r in messages])
    if phone is not None:
        files["linked_phone_number.csv"] = csv_text(["phone_number"], [[phone]])
    _write_files(root, files)


def whatsapp_line(when: datetime, author: str | None, text: str, style: str = "android") -> str:
    """One WhatsApp export line in a phone locale's style; author None gives a system message."""
    d, m, y, yy = when.day, when.month, when.year, when.year % 100
    H, M, S = when.hour, when.minute, when.second
    h12 = H % 12 or 12
    ap = "AM" if H < 12 else "PM"
    if style == "android":  # en-AU/en-GB: 23/06/2018, 13:55 - Alex: hi
        prefix = f"{d:02d}/{m:02d}/{y}, {H:02d}:{M:02d} - "
    elif style == "android_us":  # en-US, U+202F before AM/PM: 6/23/18, 1:55 PM - Alex: hi
        prefix = f"{m}/{d}/{yy:02d}, {h12}:{M:02d}\u202f{ap} - "
    elif style == "android_es":  # NBSP inside "p. m."
        prefix = f"{d}/{m}/{y} {h12}:{M:02d}\xa0{ap[0].lower()}.\xa0m. - "
    elif style == "ios":  # [23.06.18, 13:55:07] Alex: hi
        prefix = f"[{d:02d}.{m:02d}.{yy:02d}, {H:02d}:{M:02d}:{S:02d}] "
    elif style == "ios_us":  # [6/23/18, 1:55:07 PM] Alex: hi
        prefix = f"[{m}/{d}/{yy:02d}, {h12}:{M:02d}:{S:02d}\u202f{ap}] "
    elif style == "finnish":  # 23.6.2018 klo 13.55.07 - Alex: hi
        prefix = f"{d}.{m}.{y} klo {H}.{M:02d}.{S:02d} - "
    else:
        raise ValueError(style)
    if style.startswith("ios") and text.startswith("<attached"):
        prefix = "\u200e" + prefix
    return f"{prefix}{author}: {text}" if author is not None else f"{prefix}{text}"


def whatsapp_chat(messages: list[tuple[datetime, str | None, str]], style: str = "android") -> str:
    """A chat export: the encryption notice, then each (time, author, text) in the given style."""
    first = messages[0][0] if messages else datetime(2024, 1, 1)
    notice = (
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them."
    )
    lines = [whatsapp_line(first, None, notice, style)]
    lines += [whatsapp_line(w, a, t, style) for w, a, t in messages]
    return ("\r\n" if style.startswith("android") else "\n").join(lines) + "\n"


def snapchat_export(
    root: Path,
    memories: list[dict[str, Any]] | None = None,
    location_history: dict[str, Any] | None = None,
    account: dict[str, Any] | None = None,
    chats: dict[str, Any] | None = None,
) -> None:
    files: dict[str, str | bytes] = {"index.html": "<html></html>", "html/account.html": "<html></html>"}
    if memories is not None:
        files["json/memories_history.json"] = json.dumps({"Saved Media": memories}, indent=2)
    if location_history is not None:
        files["json/location_history.json"] = json.dumps(location_history, indent=2, ensure_ascii=False)
    if account is not None:
        files["json/account.json"] = json.dumps(account, indent=2)
    if chats is not None:
        files["json/chat_history.json"] = json.dumps(chats, indent=2)
    files["json/friends.json"] = json.dumps({"Friends": []})
    _write_files(root, files)


def snapchat_memory(when: datetime, lat: float | None, lon: float | None, media_type: str = "Image") -> dict[str, Any]:
    loc = f"Latitude, Longitude: {lat:.6f}, {lon:.6f}" if lat is not None and lon is not None else "Latitude, Longitude: 0.0, 0.0"
    return {
        "Date": when.strftime("%Y-%m-%d %H:%M:%S UTC"),
        "Media Type": media_type,
        "Download Link": "https://app.snapchat.com/dmd/memories?uid=0&sid=0&mid=0&ts=0&sig=0",
        "Location": loc,
    }


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
    import gzip as _gzip

    from auditor.sources.fit import write_fit

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
                data = _gzip.compress(data, mtime=0)
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
    _write_files(root, files)


def twitter_grailbird(root: Path, tweets: list[dict[str, Any]], user: dict[str, Any]) -> None:
    """A pre-2018 ("Grailbird") X archive: data/js/tweets/YYYY_MM.js per month, user_details.js,
    the viewer's own scripts, and tweets.csv. Tweets are unwrapped API-style dicts."""
    by_month: dict[str, list[dict[str, Any]]] = {}
    for t in tweets:
        when = datetime.strptime(t["created_at"], "%Y-%m-%d %H:%M:%S %z")
        by_month.setdefault(f"{when.year}_{when.month:02d}", []).append(t)
    files: dict[str, str | bytes] = {
        f"data/js/tweets/{m}.js": f"Grailbird.data.tweets_{m} = \n" + json.dumps(ts, indent=1) for m, ts in by_month.items()
    }
    files["data/js/user_details.js"] = "var user_details =  " + json.dumps(user, indent=1)
    files["data/js/payload_details.js"] = "var payload_details =  " + json.dumps({"tweets": len(tweets)})
    files["js/application.js"] = "(function(){ /* archive viewer */ })();"
    files["lib/jquery.min.js"] = "/* library */"
    files["index.html"] = "<html></html>"
    files["tweets.csv"] = csv_text(["tweet_id", "timestamp", "text"], [[t["id_str"], t["created_at"], t["text"]] for t in tweets])
    _write_files(root, files)


# Routines (a person's days sampled into positioned Items) live beside the inference they feed.
from auditor.inference.routine import LatLon, Persona, Routine, displace, routine_items  # noqa: E402, F401
