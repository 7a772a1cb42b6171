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
import re
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
    from datetime import timedelta

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
