"""X / Twitter archive: tweets (every part, both wrappings, ``tweet.js`` and ``tweets.js``),
deleted tweets, account, profile, email and screen-name changes, phone number, DMs (with media
references), time zone and the inferred locations in ``personalization.js``.

Detection: any ``*.js`` whose content starts ``window.YTD.`` (the marker of every archive
generation since 2018), rooted at the folder holding ``data/`` (or the files themselves in
pre-2020 archives). Every ``window.YTD`` part under the root is read; ``data/manifest.js``,
when present, is checked so a part it lists but the archive lacks is reported, not silently
lost. Full text is HTML-unescaped and t.co links expanded before rules see it.

This module turns archive records into Items; it must not resolve links over the network or
decide what is risky.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from collections.abc import Iterator
from datetime import datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, read_text, rel, under
from auditor.sources.jsonstream import JsonStreamError, json_records
from auditor.tree import Entry, InputTree

_YTD = re.compile(r"^\s*window\.YTD\.([A-Za-z0-9_]+)\.part(\d+)\s*=\s*", re.ASCII)
# Before 2018 ("Grailbird"): data/js/tweets/YYYY_MM.js and data/js/user_details.js.
_GRAIL = re.compile(r"^\s*Grailbird\.data\.tweets_\d{4}_\d{2}\s*=\s*", re.ASCII)
_VAR = re.compile(r"^\s*var\s+(user_details|payload_details|tweet_index)\s*=\s*", re.ASCII)


def _data_name(head: str) -> str | None:
    """The data set a .js file holds, from its first bytes; None if it holds no archive data."""
    if m := _YTD.match(head):
        return m.group(1)
    if _GRAIL.match(head):
        return "grailbird_tweets"
    if m := _VAR.match(head):
        return m.group(1)
    return None


def _data_prefix_end(text: str) -> int:
    for pat in (_YTD, _GRAIL, _VAR):
        if m := pat.match(text):
            return m.end()
    raise ValueError("no data assignment at the start of the file")


_KNOWN = {
    "tweets",
    "tweet",
    "deleted_tweets",
    "account",
    "profile",
    "email_address_change",
    "phone_number",
    "direct_messages",
    "direct_messages_group",
    "account_timezone",
    "note_tweet",
    "screen_name_change",
    "personalization",
    "community_tweet",
    "grailbird_tweets",
    "user_details",
}
_MEDIA_DIRS = ("tweets_media", "tweet_media", "direct_messages_media", "direct_messages_group_media")


_VIEWER_DIRS = ("assets/", "img/", "css/", "lib/")
VIEWER_REASON = "the archive viewer's own file (assets/), not the user's"


def viewer_file(relpath: str) -> bool:
    """A file of the archive's offline viewer (its scripts, styles and images), not of the user's data."""
    return relpath.startswith(_VIEWER_DIRS) and not relpath.startswith("data/")


def _file_name(vpath: str) -> str:
    return posixpath.basename(vpath)


class TwitterSource:
    platform = Platform.TWITTER
    name = "X / Twitter archive"
    FORMATS = (
        {
            "files": "data/tweets.js, data/tweet.js, tweets-partN.js (all parts; data/manifest.js checked)",
            "generation": "2020+ (data/), tweet.js until 2022, tweets.js after",
            "reads": "tweets: text with t.co expanded, mentions, geo, media ids",
        },
        {
            "files": "tweet.js, account.js ... at the archive root",
            "generation": "2018-2020 (no data/ folder)",
            "reads": "same files as the data/ layout",
        },
        {
            "files": "data/js/tweets/YYYY_MM.js, data/js/user_details.js",
            "generation": "before 2018 (Grailbird); its tweets.csv is not read",
            "reads": "tweets with geo and mentions; username, name, bio, location",
        },
        {"files": "community-tweet.js", "generation": "2023+", "reads": "community posts"},
        {"files": "deleted-tweets.js, note-tweet.js", "generation": "2022+", "reads": "deleted tweets, long-post text"},
        {
            "files": "account.js, profile.js, email-address-change.js, screen-name-change.js, phone-number.js, account-timezone.js",
            "generation": "all",
            "reads": "email, username, display name, phone, bio, location, website, time zone",
        },
        {
            "files": "direct-messages.js, direct-messages-group.js",
            "generation": "all",
            "reads": "DMs (private) with media references",
        },
        {"files": "personalization.js", "generation": "all", "reads": "p13nData.locationHistory (inferred places)"},
    )
    SKIPS = (
        ("assets/ (the archive viewer's scripts, styles and emoji images)", "not the user's data or photos"),
        ("likes, ads, device tokens, and other parts", "recognised by their window.YTD name; nothing the rules use"),
    )
    POSITIONS = (
        "tweet geo / coordinates (GeoJSON order handled); place names from personalization locationHistory (no coordinates)"
    )

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            if e.suffix != ".js" or e.size < 12:
                continue
            name = _file_name(e.vpath)
            if name in ("account.js", "manifest.js", "tweets.js", "tweet.js") or name.startswith(("tweets-part", "tweet-part")):
                try:
                    head = e.read(64)
                except OSError:
                    continue
                if head.lstrip().startswith((b"window.YTD.", b"window.__THAR_CONFIG")):
                    d = posixpath.dirname(e.vpath)
                    if posixpath.basename(d) == "data":
                        d = posixpath.dirname(d)
                    roots.add(d)
            elif e.vpath.endswith(".js") and "/js/tweets/" in f"/{e.vpath}":
                try:
                    head = e.read(64)
                except OSError:
                    continue
                if head.lstrip().startswith(b"Grailbird.data.tweets_"):
                    d = posixpath.dirname(e.vpath)  # <root>/data/js/tweets
                    for _ in range(3):
                        d = posixpath.dirname(d)
                    roots.add(d)
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        handle = ""
        files: list[tuple[str, Entry, str]] = []
        entries = under(tree, root)
        present = {rel(e, root) for e in entries}
        media = _media_index(entries, root)
        for e in entries:
            r = rel(e, root)
            # every data part of an archive is a .js file; anything else is media or the viewer's files
            if e.suffix != ".js":
                if viewer_file(r):
                    # the archive viewer's own images (thousands of emoji PNGs under assets/) are
                    # not the user's photos: counted, skipped with a reason, kept from the media stage
                    ctx.not_media.add(e.vpath)
                    cov.skip(r, VIEWER_REASON)
                    continue
                if e.suffix in (".jpg", ".jpeg", ".png", ".mp4", ".gif", ".webp"):
                    continue  # media: the photos stage reads them
                cov.skip(r, "not a data part (the viewer's page or a README)")
                continue
            # the manifest is checked, not read as data: it names the parts and the account's user name
            if _file_name(e.vpath) == "manifest.js":
                handle = self._manifest(e, r, present, ctx, cov) or handle
                continue
            try:
                # the prefix ("window.YTD.<name>.partN =", or "var <name> =" before 2018) names the data without loading it all
                head = e.read(256).decode("utf-8-sig", errors="replace")
            except OSError as exc:
                ctx.error(e, f"unreadable X archive file: {exc}")
                continue
            name = _data_name(head)
            if name is None:
                # the archive viewer's own scripts (assets/, js/, lib/) are not data
                if r.startswith("data/") or "/" not in r:
                    cov.not_understood.append(r)
                else:
                    cov.skip(r, VIEWER_REASON if viewer_file(r) else "not a data part (a script of the viewer)")
                continue
            if name not in _KNOWN:
                cov.skip(r, "an X data part with nothing the rules use")  # recognised by name, never loaded
                continue
            files.append((name, e, r))
        # the account's handle first, so every reader (in any file order) can use it; the other
        # parts are streamed record by record (tweets.js can be hundreds of MB)
        loaded: dict[str, list[Any]] = {}
        for name, e, _r in files:
            if name == "account":
                try:
                    loaded[e.vpath] = data = list(json_records(e, _data_prefix_end))
                except (OSError, ValueError) as exc:
                    ctx.error(e, f"malformed X archive file ({name}): {exc}")
                    continue
                for rec in data:
                    if isinstance(rec, dict):
                        handle = (rec.get("account") or {}).get("username") or handle
        for name, e, r in files:
            reader = _READERS[name]
            if name == "account" and e.vpath not in loaded:
                continue  # unreadable: said above
            records = loaded[e.vpath] if e.vpath in loaded else json_records(e, _data_prefix_end)
            read, failed = 0, False
            try:
                for item in reader(records, e, handle):
                    read += 1
                    item.export_path = rel(e, root)
                    _attach_media(item, media)
                    cov.items += 1
                    yield item
            except (OSError, JsonStreamError, UnicodeDecodeError) as exc:
                failed = True
                after = f" (after {read} item(s); the rest of the file was not read)" if read else ""
                ctx.error(e, f"malformed X archive file ({name}): {exc}{after}")
            except (AttributeError, TypeError, KeyError, ValueError) as exc:
                # a part whose records have an unexpected shape is one error; the other parts are still read
                ctx.error(e, f"unexpected shape in X archive file {name}: {exc.__class__.__name__}: {exc}")
            if read or not failed:
                cov.parsed.append(r)

    def _manifest(self, e: Entry, r: str, present: set[str], ctx: SourceContext, cov: Coverage) -> str:
        """Check the parts data/manifest.js lists against the archive; return its user name."""
        try:
            text = read_text(e)
            data = json.loads(text[text.index("{") :].rstrip().rstrip(";"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            ctx.error(e, f"unreadable X archive manifest: {exc}")
            return ""
        cov.parsed.append(r)
        base = (
            posixpath.dirname(posixpath.dirname(r))
            if posixpath.basename(posixpath.dirname(r)) == "data"
            else posixpath.dirname(r)
        )
        missing = []
        for dtype in (data.get("dataTypes") or {}).values():
            for f in (dtype.get("files") or []) if isinstance(dtype, dict) else []:
                name = f.get("fileName") if isinstance(f, dict) else None
                if isinstance(name, str) and name:
                    want = posixpath.join(base, name) if base else name
                    if want not in present:
                        missing.append(name)
        if missing:
            ctx.error(e, f"manifest lists {len(missing)} file(s) missing from the archive: {', '.join(sorted(missing)[:10])}")
        return str((data.get("userInfo") or {}).get("userName") or "")


def _media_index(entries: list[Entry], root: str) -> dict[str, list[str]]:
    """Media files in the archive's media folders by the id before the first '-' in their name."""
    index: dict[str, list[str]] = {}
    for e in entries:
        parts = rel(e, root).split("/")
        if len(parts) >= 2 and parts[-2] in _MEDIA_DIRS and "-" in parts[-1]:
            index.setdefault(parts[-1].split("-", 1)[0], []).append(e.display)
    return index


def _attach_media(item: Item, media: dict[str, list[str]]) -> None:
    keys = [item.item_id] if item.item_id else []
    files = [f for k in keys for f in media.get(k, [])]
    if files:
        item.extra["media_files"] = files


_WEEKDAYS = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
_MONTHS = {
    m: f"{i:02d}" for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1)
}


def _x_date(s: str) -> datetime | None:
    """X's own ``Wed Oct 10 20:19:24 +0000 2018``, checked by position and handed to the C
    ISO parser (strptime costs twenty times more, and an archive has a date on every tweet);
    None for anything else, which strptime then decides."""
    if len(s) != 30 or s[3] != " " or s[7] != " " or s[10] != " " or s[19] != " " or s[25] != " ":
        return None
    if s[13] != ":" or s[16] != ":" or s[20] not in "+-" or s[23] not in "012345" or s[:3] not in _WEEKDAYS:
        return None
    month = _MONTHS.get(s[4:7])
    digits = s[8:10] + s[11:13] + s[14:16] + s[17:19] + s[21:25] + s[26:30]
    if month is None or not (digits.isascii() and digits.isdigit()):
        return None
    try:
        return datetime.fromisoformat(f"{s[26:30]}-{month}-{s[8:10]}T{s[11:19]}{s[20:25]}")
    except ValueError:
        return None  # Feb 30, hour 24, an offset of a day or more: strptime decides


def _created(s: Any) -> datetime | None:
    if not isinstance(s, str):
        return None
    fast = _x_date(s)
    if fast is not None:
        return fast
    for fmt in ("%a %b %d %H:%M:%S %z %Y", "%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d %H:%M:%S %z"):
        try:
            return datetime.strptime(s.replace("Z", "+0000"), fmt)
        except ValueError:
            continue
    return None


def _tweet_text(t: dict[str, Any]) -> str:
    text = html.unescape(str(t.get("full_text") or t.get("text") or ""))
    for u in (t.get("entities") or {}).get("urls") or []:
        if isinstance(u, dict) and u.get("url") and u.get("expanded_url"):
            text = text.replace(u["url"], u["expanded_url"])
    return text


def _tweet_position(t: dict[str, Any]) -> Position | None:
    geo = t.get("geo")
    if isinstance(geo, dict) and isinstance(geo.get("coordinates"), list) and len(geo["coordinates"]) == 2:
        lat, lon = geo["coordinates"]
        if valid_position(lat, lon):
            return Position(float(lat), float(lon), source="tweet.geo")
    coords = t.get("coordinates")
    if isinstance(coords, dict) and isinstance(coords.get("coordinates"), list) and len(coords["coordinates"]) == 2:
        lon, lat = coords["coordinates"]  # GeoJSON order
        if valid_position(lat, lon):
            return Position(float(lat), float(lon), source="tweet.coordinates")
    return None


def _tweets(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        t = rec.get("tweet", rec) if isinstance(rec, dict) else None
        if not isinstance(t, dict):
            continue
        tid = str(t.get("id_str") or t.get("id") or "") or None
        mentions = tuple(
            m.get("screen_name", "") for m in (t.get("entities") or {}).get("user_mentions") or [] if isinstance(m, dict)
        )
        yield Item(
            platform=Platform.TWITTER,
            kind=ItemKind.POST,
            path=e.display,
            text=_tweet_text(t),
            timestamp=_created(t.get("created_at")),
            item_id=tid,
            url=f"https://x.com/{handle or 'i/web'}/status/{tid}" if tid else None,
            position=_tweet_position(t),
            people=mentions,
            extra=_tweet_extra(t),
        )


def _tweet_extra(t: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {
        "place_name": ((t.get("place") or {}).get("full_name") if isinstance(t.get("place"), dict) else None)
    }
    media = ((t.get("extended_entities") or {}).get("media") or []) or ((t.get("entities") or {}).get("media") or [])
    ids = [str(m.get("id_str") or m.get("id")) for m in media if isinstance(m, dict) and (m.get("id_str") or m.get("id"))]
    if ids:
        extra["media_ids"] = list(dict.fromkeys(ids))
        extra["media_urls"] = [m.get("media_url_https") or m.get("media_url") for m in media if isinstance(m, dict)]
    if t.get("deleted_at"):
        extra["deleted"] = True
        extra["deleted_at"] = t["deleted_at"]
    return extra


def _field(e: Entry, field: str, text: str, when: Any = None, item_id: str | None = None) -> Item:
    return Item(
        platform=Platform.TWITTER,
        kind=ItemKind.PROFILE_FIELD,
        path=e.display,
        text=text,
        field=field,
        timestamp=_created(when),
        item_id=item_id,
    )


def _user_details(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        for key, field in (("screen_name", "username"), ("full_name", "display_name"), ("bio", "bio"), ("location", "location")):
            if isinstance(rec, dict) and rec.get(key):
                yield _field(e, field, html.unescape(str(rec[key])), rec.get("created_at"))


def _account(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        a = rec.get("account") or {}
        for key, field in (
            ("email", "email"),
            ("username", "username"),
            ("accountDisplayName", "display_name"),
            ("phoneNumber", "phone"),
        ):
            if a.get(key):
                yield _field(e, field, str(a[key]), a.get("createdAt"))


def _profile(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        d = (rec.get("profile") or {}).get("description") or {}
        for key, field in (("bio", "bio"), ("location", "location"), ("website", "website")):
            if d.get(key):
                yield _field(e, field, html.unescape(str(d[key])))


def _email_change(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        c = (rec.get("emailAddressChange") or {}).get("emailChange") or {}
        if c.get("changedFrom"):
            yield _field(e, "previous_email", str(c["changedFrom"]), c.get("changedAt"))
        if c.get("changedTo"):
            yield _field(e, "email_change", str(c["changedTo"]), c.get("changedAt"))


def _phone(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        p = (rec.get("device") or {}).get("phoneNumber")
        if p:
            yield _field(e, "phone", str(p))


def _timezone(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        tz = (rec.get("accountTimezone") or {}).get("timeZone")
        if tz:
            yield _field(e, "timezone", str(tz))


def _dms(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        conv = rec.get("dmConversation") or {}
        for msg in conv.get("messages") or []:
            mc = msg.get("messageCreate") if isinstance(msg, dict) else None
            if not isinstance(mc, dict):
                continue
            yield Item(
                platform=Platform.TWITTER,
                kind=ItemKind.MESSAGE,
                path=e.display,
                text=html.unescape(str(mc.get("text") or "")),
                timestamp=_created(mc.get("createdAt")),
                item_id=str(mc.get("id")) if mc.get("id") else None,
                audience=Audience.PRIVATE,
                people=tuple(str(x) for x in (mc.get("senderId"), mc.get("recipientId")) if x),
                extra=_dm_extra(mc, conv),
            )


def _dm_extra(mc: dict[str, Any], conv: dict[str, Any]) -> dict[str, Any]:
    extra: dict[str, Any] = {"conversation": conv.get("conversationId")}
    urls = [u for u in mc.get("mediaUrls") or [] if isinstance(u, str)]
    if urls:
        extra["media_urls"] = urls
    links = [u.get("expanded") for u in mc.get("urls") or [] if isinstance(u, dict) and u.get("expanded")]
    if links:
        extra["links"] = links
    return extra


def _screen_name_change(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        c = (rec.get("screenNameChange") or {}).get("screenNameChange") or {}
        if c.get("changedFrom"):
            yield _field(e, "previous_username", str(c["changedFrom"]), c.get("changedAt"))
        if c.get("changedTo"):
            yield _field(e, "username", str(c["changedTo"]), c.get("changedAt"))


def _personalization(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        p13n = (rec.get("p13nData") or {}) if isinstance(rec, dict) else {}
        for place in p13n.get("locationHistory") or []:
            name = (
                place
                if isinstance(place, str)
                else (place.get("name") or place.get("location") if isinstance(place, dict) else None)
            )
            if name:
                yield Item(
                    platform=Platform.TWITTER,
                    kind=ItemKind.LOCATION_RECORD,
                    path=e.display,
                    text=str(name),
                    audience=Audience.PRIVATE,
                    extra={"section": "personalization.locationHistory", "inferred": True},
                )


def _note_tweets(data: list[Any], e: Entry, handle: str) -> Iterator[Item]:
    for rec in data:
        n = rec.get("noteTweet") or {}
        text = ((n.get("core") or {}).get("text")) or ((n.get("noteTweetResults") or {}).get("text")) or ""
        if text:
            tid = str(n.get("tweetId") or n.get("noteTweetId") or "") or None
            yield Item(
                platform=Platform.TWITTER,
                kind=ItemKind.POST,
                path=e.display,
                text=text,
                item_id=tid,
                timestamp=_created(n.get("createdAt")),
            )


_READERS = {
    "tweets": _tweets,
    "tweet": _tweets,
    "deleted_tweets": _tweets,
    "account": _account,
    "profile": _profile,
    "email_address_change": _email_change,
    "phone_number": _phone,
    "account_timezone": _timezone,
    "direct_messages": _dms,
    "direct_messages_group": _dms,
    "note_tweet": _note_tweets,
    "screen_name_change": _screen_name_change,
    "community_tweet": _tweets,
    "grailbird_tweets": _tweets,
    "user_details": _user_details,
    "personalization": _personalization,
}
