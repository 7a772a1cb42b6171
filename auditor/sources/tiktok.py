"""TikTok "Download your data" (JSON): profile, own posts, recently deleted posts, comments and
direct messages.

Detection: ``user_data.json`` or ``user_data_tiktok.json`` whose top level has TikTok's
sections. Section names changed between generations (``Profile`` -> ``Profile And Settings``,
``Video``/``Videos`` -> ``Post``/``Posts``, ``Profile Information`` -> ``Profile Info``,
``Direct Messages`` -> ``Chat History``), so sections are found by the record keys they hold
(``ProfileMap``, ``VideoList``, ``PostList``, ``CommentsList``, ``ChatHistory``) and the
names of the sections above them, not by one fixed path. Watch history also uses
``VideoList``; it is told apart by its ``Activity``/``Browsing`` ancestors and not read.

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

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources.base import Coverage, SourceContext, read_text, rel, under
from auditor.tree import Entry, InputTree

# What reading one file (a folder file or a zip member) can raise; never fatal for the scan.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error)

_NAME = re.compile(r"^user_data(?:_tiktok)?\.(json|txt)$", re.IGNORECASE)
_SECTIONS = (b'"Profile"', b'"Profile And Settings"', b'"Video"', b'"Post"', b'"Activity"', b'"Your Activity"', b'"Comment"')
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
            "generation": "Profile Information / Profile Info / Profile And Settings section names; dates with and without UTC",
            "reads": "email, phone, bio, username; posts (links); recently deleted posts with caption and location; comments; DMs (private)",
        },
    )
    POSITIONS = "none as coordinates: deleted posts carry a Location place name"

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
            elif head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"{") and any(s in head for s in _SECTIONS):
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


_PROFILE_FIELDS = (
    ("userName", "username"),
    ("displayName", "display_name"),
    ("emailAddress", "email"),
    ("telephoneNumber", "phone"),
    ("bioDescription", "bio"),
    ("birthDate", "birth_date"),
    ("accountRegion", "region"),
)


def _profile(pm: dict[str, Any], e: Entry) -> Iterator[Item]:
    for key, field in _PROFILE_FIELDS:
        v = _text(_get(pm, key))
        if v:
            yield Item(platform=Platform.TIKTOK, kind=ItemKind.PROFILE_FIELD, path=e.display, text=v, field=field)


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
