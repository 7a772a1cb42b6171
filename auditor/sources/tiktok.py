"""TikTok "Download your data" (JSON): profile, own posts, recently deleted posts, comments and
direct messages.

Detection: ``user_data.json`` or ``user_data_tiktok.json`` whose top level has TikTok's
sections. Section names changed between generations (``Profile`` -> ``Profile And Settings``,
``Video``/``Videos`` -> ``Post``/``Posts``, ``Profile Information`` -> ``Profile Info``,
``Direct Messages`` -> ``Chat History``), so sections are found by the record keys they hold
(``ProfileMap``, ``VideoList``, ``PostList``, ``CommentsList``, ``ChatHistory``) and the
names of the sections above them, not by one fixed path. Watch history also uses
``VideoList``; it is told apart by its ``Activity``/``Browsing`` ancestors and not read.

Detection streams the file through a small tokenizer: it reads the top-level section names wherever they are,
so a 2025 export that lists a long ``Ads and data`` section first is still recognised without
loading it. Also read: the ``Autofill`` profile section (phone, email, address), the "most
recent location" record (``LocationData``: a GPS position and a region) and location reviews.

The export holds no media files. This module only turns records into Items; it never decides
what is risky.
"""

from __future__ import annotations

import json
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, json_top_keys, read_text, rel, under
from auditor.tree import Entry, InputTree

# What reading one file (a folder file or a zip member) can raise; never fatal for the scan.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error)

_NAME = re.compile(r"^user_data(?:_tiktok)?\.(json|txt)$", re.IGNORECASE)
# top-level section names of every generation (2020s exports list them alphabetically)
SECTIONS = frozenset(
    {
        "Activity",
        "Your Activity",
        "Ads and data",
        "App Settings",
        "Comment",
        "Direct Message",
        "Direct Messages",
        "Income Plus Wallet Transactions",
        "Location Review",
        "Poi Review",
        "Post",
        "Profile",
        "Profile And Settings",
        "Tiktok Live",
        "TikTok Live",
        "Tiktok Shopping",
        "TikTok Shop",
        "Video",
    }
)
_STRONG = {"Profile", "Profile And Settings", "Video", "Post", "Activity", "Your Activity", "Comment"}
MAX_TOP_KEYS = 64  # a TikTok file has about 15 sections; a file with far more keys is something else
_FLOAT = re.compile(r"[-+]?\d{1,3}\.\d+")
_VIDEO_ID = re.compile(r"/(?:video|v)/(\d{6,})")
_CHAT_WITH = re.compile(r"^\s*Chat\s+History\s+with\s+(.+?):?\s*$", re.IGNORECASE)
_NONE = {"", "none", "n/a", "null", "not set"}
_NOT_OWN = ("activity", "brows", "watch", "favorite", "favourite", "like", "share")

_WHO_CAN_VIEW = {
    "everyone": Audience.PUBLIC,
    "public": Audience.PUBLIC,
    "friends": Audience.LIMITED,
    "followers": Audience.LIMITED,
    "only me": Audience.PRIVATE,
    "only_me": Audience.PRIVATE,
    "self": Audience.PRIVATE,
    "private": Audience.PRIVATE,
}


class TikTokSource:
    platform = Platform.TIKTOK
    name = "TikTok data export"
    FORMATS = (
        {
            "files": "user_data.json, user_data_tiktok.json",
            "generation": "Profile Information / Profile Info / Profile And Settings section names; dates with and without UTC; "
            "2025 files with sections in any order (streamed detection)",
            "reads": "email, phone, bio, username; Autofill phone, email and address; posts (links); recently deleted posts "
            "with caption and location; comments; DMs (private); most recent location (GPS, region); location reviews",
        },
    )
    SKIPS = (
        ("watch history, likes, favourites, shares, searches", "other people's content, not the person's own"),
        ("Ads and data, App Settings, TikTok Shop, Live", "nothing the rules use"),
        ("user_data.txt (TXT variant)", "not understood: request the JSON format"),
    )
    POSITIONS = "most recent location GpsData; deleted posts and location reviews carry place names"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            m = _NAME.match(e.name)
            if not m or e.size == 0:
                continue
            try:
                head = e.read(4096)
            except READ_ERRORS:
                continue
            if m.group(1).lower() == "txt":
                # the TXT variant is detected so coverage shows it as not understood, not silently missed
                if b"Username" in head or b"Profile" in head:
                    roots.add(posixpath.dirname(e.vpath))
            elif head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{") and is_user_data(e):
                roots.add(posixpath.dirname(e.vpath))
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        for e in under(tree, root):
            r = rel(e, root)
            m = _NAME.match(e.name)
            if not m or m.group(1).lower() != "json":
                cov.not_understood.append(r)
                continue
            try:
                data = json.loads(read_text(e))
            except (*READ_ERRORS, UnicodeDecodeError, ValueError, RecursionError) as exc:
                ctx.error(e, f"malformed TikTok JSON: {exc}")
                continue
            if not isinstance(data, dict):
                ctx.error(e, "TikTok user data is not a JSON object")
                continue
            cov.parsed.append(r)
            try:
                for item in read_user_data(data, e):
                    item.export_path = r
                    cov.items += 1
                    yield item
            except (AttributeError, TypeError, KeyError, ValueError) as exc:
                ctx.error(e, f"unexpected shape in TikTok user data: {exc.__class__.__name__}: {exc}")


def _enough(keys: list[str]) -> bool:
    known = set(keys) & SECTIONS
    return bool(known & _STRONG) or len(known) >= 2


def is_user_data(entry: Entry) -> bool:
    """A TikTok user data file: its top level holds TikTok's own section names, in any order."""
    return _enough(json_top_keys(entry, MAX_TOP_KEYS, enough=_enough))


def parse_date(value: Any) -> datetime | None:
    """``2025-04-23 10:26:35`` or ``2025-04-23 10:26:35 UTC`` (TikTok writes UTC)."""
    if not isinstance(value, str):
        return None
    s = value.strip().removesuffix("UTC").strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d"):
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _walk(d: Any, path: tuple[str, ...] = (), depth: int = 0) -> Iterator[tuple[tuple[str, ...], str, Any]]:
    if depth > 4 or not isinstance(d, dict):
        return
    for k, v in d.items():
        yield path, str(k), v
        if isinstance(v, dict):
            yield from _walk(v, (*path, str(k)), depth + 1)


def _get(rec: dict[str, Any], *names: str) -> Any:
    """A record value by any of its names, in any case (old comments use lowercase keys)."""
    for n in names:
        if n in rec:
            return rec[n]
    lowered = {str(k).lower(): v for k, v in rec.items()}
    for n in names:
        if n.lower() in lowered:
            return lowered[n.lower()]
    return None


def _text(value: Any) -> str:
    s = str(value).strip() if value is not None else ""
    return "" if s.lower() in _NONE else s


def read_user_data(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    for path, key, value in _walk(data):
        where = " / ".join(path).lower()
        if key == "ProfileMap" and isinstance(value, dict):
            yield from _profile(value, e)
        elif key == "VideoList" and isinstance(value, list):
            if any(w in where for w in _NOT_OWN):
                continue  # watch history, likes, favourites: not the person's own posts
            yield from _posts(value, e, deleted=False)
        elif key in ("PostList", "DeletedPostList") and isinstance(value, list) and "delet" in where:
            yield from _posts(value, e, deleted=True)
        elif key == "CommentsList" and isinstance(value, list):
            yield from _comments(value, e)
        elif key == "ChatHistory" and isinstance(value, dict | list):
            yield from _chats(value, e)
        elif key in ("Autofill", "Auto Fill") and isinstance(value, dict):
            yield from _autofill(value, e)
        elif key == "LocationData" and isinstance(value, dict):
            yield from _recent_location(value, e)
        elif key == "ReviewsList" and isinstance(value, list):
            yield from _reviews(value, e)


_PROFILE_FIELDS = (
    (("userName",), "username"),
    (("displayName",), "display_name"),
    (("emailAddress", "email"), "email"),
    (("telephoneNumber", "phoneNumber", "phone"), "phone"),
    (("bioDescription",), "bio"),
    (("birthDate",), "birth_date"),
    (("accountRegion",), "region"),
)
_AUTOFILL_FIELDS = (
    (("PhoneNumber",), "phone"),
    (("Email",), "email"),
    (("Address",), "address"),
    (("ZipCode",), "postcode"),
    (("City",), "location"),
)


def _profile(pm: dict[str, Any], e: Entry, fields: tuple = _PROFILE_FIELDS, **extra: Any) -> Iterator[Item]:
    for keys, field in fields:
        v = _text(_get(pm, *keys))
        if v:
            yield Item(
                platform=Platform.TIKTOK,
                kind=ItemKind.PROFILE_FIELD,
                path=e.display,
                text=v,
                field=field,
                audience=Audience.PRIVATE if extra else Audience.PUBLIC,
                extra=dict(extra),
            )


def _autofill(section: dict[str, Any], e: Entry) -> Iterator[Item]:
    """The details TikTok keeps to fill in forms: phone, email and a postal address."""
    yield from _profile(section, e, _AUTOFILL_FIELDS, autofill=True)


def coordinates(value: Any) -> tuple[float, float] | None:
    """``"-35.2809, 149.1300"``, ``"lat: -35.28, lng: 149.13"`` or a [lat, lon] list -> (lat, lon)."""
    if isinstance(value, dict):
        lat, lon = _get(value, "Latitude", "lat"), _get(value, "Longitude", "lng", "lon")
        nums = [lat, lon]
    elif isinstance(value, list | tuple):
        nums = list(value)[:2]
    else:
        nums = _FLOAT.findall(str(value or ""))[:2]
    try:
        lat, lon = float(nums[0]), float(nums[1])
    except (IndexError, TypeError, ValueError):
        return None
    return (lat, lon) if valid_position(lat, lon) and (lat, lon) != (0.0, 0.0) else None


def _recent_location(loc: dict[str, Any], e: Entry) -> Iterator[Item]:
    """TikTok's "most recent location": the device's last GPS fix and the region it was in."""
    where = coordinates(_get(loc, "GpsData", "GPS Data", "Gps"))
    region = _text(_get(loc, "LastRegion", "Region"))
    if where is None and not region:
        return
    yield Item(
        platform=Platform.TIKTOK,
        kind=ItemKind.LOCATION_RECORD if where else ItemKind.PROFILE_FIELD,
        path=e.display,
        text=f"Most recent location: {region}" if region else "",
        field=None if where else "location",
        timestamp=parse_date(_get(loc, "Date")),
        position=Position(where[0], where[1], source="tiktok most recent location") if where else None,
        audience=Audience.PRIVATE,
        extra={"most_recent_location": True, "region": region or None},
    )


def _reviews(records: list[Any], e: Entry) -> Iterator[Item]:
    for rec in records:
        if not isinstance(rec, dict):
            continue
        place = _text(_get(rec, "PlaceName", "Place"))
        review = _text(_get(rec, "ReviewText", "Review"))
        if not (place or review):
            continue
        yield Item(
            platform=Platform.TIKTOK,
            kind=ItemKind.POST,
            path=e.display,
            text="\n".join(x for x in (review, f"Location: {place}" if place else "") if x),
            timestamp=parse_date(_get(rec, "Date")),
            extra={"place_name": place or None, "location_review": True},
        )


def _links(value: Any) -> list[str]:
    return [x.strip() for x in str(value or "").splitlines() if x.strip()]


def _posts(records: list[Any], e: Entry, deleted: bool) -> Iterator[Item]:
    for rec in records:
        if not isinstance(rec, dict):
            continue
        links = _links(_get(rec, "Link", "VideoLink"))
        m = _VIDEO_ID.search(links[0]) if links else None
        title = _text(_get(rec, "Title", "Description", "Caption"))
        place = _text(_get(rec, "Location"))
        # Rules read text only: a deleted post's location name is kept where they can see it.
        text = "\n".join(x for x in (title, f"Location: {place}" if place else "") if x)
        who = _text(_get(rec, "WhoCanView")).lower()
        gone = parse_date(_get(rec, "DateDeleted"))
        yield Item(
            platform=Platform.TIKTOK,
            kind=ItemKind.POST,
            path=e.display,
            text=text,
            timestamp=parse_date(_get(rec, "Date")),
            item_id=m.group(1) if m else None,
            url=links[0] if links else None,
            audience=Audience.PRIVATE if deleted else _WHO_CAN_VIEW.get(who, Audience.PUBLIC),
            extra={
                k: v
                for k, v in {
                    "place_name": place or None,
                    "deleted": deleted or None,
                    "deleted_at": gone.isoformat() if gone else None,
                    "links": links if len(links) > 1 else None,
                    "who_can_view": who or None,
                    "sound": _text(_get(rec, "Sound")) or None,
                }.items()
                if v is not None
            },
        )


def _comments(records: list[Any], e: Entry) -> Iterator[Item]:
    for rec in records:
        if not isinstance(rec, dict):
            continue
        text = _text(_get(rec, "comment", "Comment"))
        if not text:
            continue
        url = _text(_get(rec, "url")) or None
        yield Item(
            platform=Platform.TIKTOK,
            kind=ItemKind.COMMENT,
            path=e.display,
            text=text,
            timestamp=parse_date(_get(rec, "date", "Date")),
            url=url,
        )


def _chats(history: dict[str, Any] | list[Any], e: Entry) -> Iterator[Item]:
    chats = history.items() if isinstance(history, dict) else [("", history)]
    for name, msgs in chats:
        m = _CHAT_WITH.match(str(name))
        partner = m.group(1).strip() if m else str(name).strip()
        for msg in msgs if isinstance(msgs, list) else []:
            if not isinstance(msg, dict):
                continue
            text = _text(_get(msg, "Content", "content"))
            if not text:
                continue
            sender = _text(_get(msg, "From", "from"))
            people = tuple(dict.fromkeys(p for p in (sender, partner) if p))
            yield Item(
                platform=Platform.TIKTOK,
                kind=ItemKind.MESSAGE,
                path=e.display,
                text=text,
                timestamp=parse_date(_get(msg, "Date", "date")),
                people=people,
                audience=Audience.PRIVATE,
                extra={"chat": partner or None, "sender": sender or None},
            )
