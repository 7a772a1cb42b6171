"""Instagram "Download your information": profile, inferred location, business and sign-up
details, posts, reels, stories, comments (old and new shapes), DMs; every layout generation
(~2020-22, 2023, 2024+, 2025 label_values), from folders or zips, JSON or (best effort) HTML.

Files are routed by name and JSON shape (`pick`), not by one fixed path; localised
``string_map_data`` keys go through the alias lists in `meta_common`. This module turns records
into Items; it never decides risk.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources import meta_common as mc
from auditor.sources import meta_export as mx
from auditor.tree import Entry

P = Platform.INSTAGRAM


def _field(e: Entry, field: str, text: Any, when: Any = None, audience: Audience = Audience.PUBLIC, **extra: Any) -> Item:
    return Item(
        platform=P,
        kind=ItemKind.PROFILE_FIELD,
        path=e.display,
        text=str(text),
        field=field,
        timestamp=mc.epoch(when),
        audience=audience,
        extra=dict(extra),
    )


def _map_fields(rec: dict[str, Any], fields: dict[str, str]) -> Iterator[tuple[str, str, Any]]:
    """(field, value, timestamp) for each known key of a string_map_data or label_values record."""
    smd = rec.get("string_map_data")
    if isinstance(smd, dict):
        for canon, out in fields.items():
            hit = mc.smd_lookup(smd, mc.FIELD_ALIASES[canon])
            if hit and hit[0]:
                yield out, hit[0], hit[1]
    for label, value in mc.label_pairs(rec):
        canon = mc.field_for_label(label)
        if canon in fields and isinstance(value, (str, int, float)) and str(value):
            yield fields[canon], str(value), rec.get("timestamp")


_PROFILE_FIELDS = {
    "email": "email",
    "phone": "phone",
    "bio": "bio",
    "username": "username",
    "name": "name",
    "location": "location",
    "website": "website",
}


def _records_under(data: Any, *keys: str) -> list[dict[str, Any]]:
    if isinstance(data, dict) and ("label_values" in data or "string_map_data" in data):
        return [data]  # a one-record file stores its record as a bare object
    # shape first: a renamed or moved file is still routed by what it holds
    if isinstance(data, dict):
        for k in keys:
            if k in data:
                return mc.records(data[k])
        lists = [v for v in data.values() if isinstance(v, list)]
        if lists:
            return mc.records(lists[0])
    return mc.records(data)


def _personal(data: Any, e: Entry) -> Iterator[Item]:
    recs = _records_under(data, "profile_user")
    if not recs:
        raise mc.MetaFileError("personal information holds no profile record")
    for rec in recs:
        found = list(_map_fields(rec, _PROFILE_FIELDS))
        user = next((v for f, v, _t in found if f == "username"), None)
        url = f"https://www.instagram.com/{user}" if user else None
        for fld, value, when in found:
            it = _field(e, fld, value, when)
            it.url = url
            yield it


def _based_in(data: Any, e: Entry) -> Iterator[Item]:
    for rec in _records_under(data, "inferred_data_primary_location", "inferred_data_profile_based_in"):
        for _fld, value, when in _map_fields(rec, {"location": "location"}):
            yield _field(e, "location", value, when, Audience.PRIVATE, inferred=True)


def _professional(data: Any, e: Entry) -> Iterator[Item]:
    fields = {
        "email": "contact_email",
        "phone": "phone",
        "category": "category",
        "employer": "employer",
        "website": "website",
        "location": "location",
        "job_title": "job_title",
    }
    for rec in _records_under(data, "profile_business"):
        for fld, value, when in _map_fields(rec, fields):
            yield _field(e, fld, value, when)


def _signup(data: Any, e: Entry) -> Iterator[Item]:
    fields = {"email": "registration_email", "phone": "phone", "username": "username"}
    for rec in _records_under(data, "account_history_registration_info"):
        for fld, value, when in _map_fields(rec, fields):
            yield _field(e, fld, value, when, Audience.PRIVATE)


def _possible_emails(data: Any, e: Entry) -> Iterator[Item]:
    for rec in _records_under(data, "inferred_emails", "possible_emails"):
        values: list[tuple[Any, Any]] = []
        for sl in rec.get("string_list_data") or []:
            if isinstance(sl, dict) and sl.get("value"):
                values.append((sl["value"], sl.get("timestamp")))
        smd = rec.get("string_map_data")
        if isinstance(smd, dict):
            values.extend((v.get("value"), v.get("timestamp")) for v in smd.values() if isinstance(v, dict) and v.get("value"))
        values.extend((v, rec.get("timestamp")) for _l, v in mc.label_pairs(rec) if isinstance(v, str))
        for value, when in values:
            if "@" in str(value):
                yield _field(e, "email", value, when, Audience.PRIVATE, possible=True)


# ---- posts, reels, stories ----------------------------------------------------------------------


def _media_items(media: dict[str, Any], e: Entry, text: str) -> Iterator[Item]:
    """A photo/video Item when the media carries a position; a caption Item for its own title."""
    pos = mc.media_position(media)
    if pos is None and not text:
        return
    mid = mc.media_id(media.get("uri"))
    yield Item(
        platform=P,
        kind=mc.media_kind(media.get("uri")) if pos else ItemKind.CAPTION,
        path=e.display,
        text=text,
        timestamp=mc.epoch(media.get("creation_timestamp")),
        item_id=mid,
        position=pos,
        extra=mc.media_extra(media),
    )


def _post(post: dict[str, Any], e: Entry, kind: ItemKind) -> Iterator[Item]:
    media = [m for m in post.get("media") or [] if isinstance(m, dict)]
    if "label_values" in post:  # 2025 shape: text in labels, positions still in media metadata
        yield from _label_post(post, e)
        for m in media:
            yield from _media_items(m, e, "")
        return
    if post.get("title") or len(media) != 1:  # carousel: caption and time sit on the post
        caption, when = str(post.get("title") or ""), post.get("creation_timestamp")
    else:  # single media: caption and time sit on the media
        caption, when = str(media[0].get("title") or ""), media[0].get("creation_timestamp")
    if when is None and media:
        when = media[0].get("creation_timestamp")
    first = mc.media_id(media[0].get("uri")) if media else None
    if caption:
        yield Item(
            platform=P,
            kind=kind,
            path=e.display,
            text=caption,
            timestamp=mc.epoch(when),
            item_id=first,
            extra={"media_uris": [m.get("uri") for m in media]},
        )
    for m in media:
        own = str(m.get("title") or "")
        yield from _media_items(m, e, own if own and own != caption else "")


def _label_post(rec: dict[str, Any], e: Entry) -> Iterator[Item]:
    pairs = mc.label_pairs(rec)
    texts = [str(v) for v in mc.label_lookup(pairs, mc.TEXT_ALIASES + mc.TITLE_ALIASES) if isinstance(v, str)]
    when = rec.get("timestamp") or next(iter(mc.label_lookup(pairs, mc.TIME_ALIASES)), None)
    if texts:
        yield Item(
            platform=P,
            kind=ItemKind.POST,
            path=e.display,
            text=" ".join(texts),
            timestamp=mc.epoch(when),
            item_id=str(rec["fbid"]) if rec.get("fbid") else None,
        )


def _posts(data: Any, e: Entry) -> Iterator[Item]:
    if isinstance(data, dict) and not ("media" in data or "label_values" in data):
        data = _records_under(data, "ig_posts")
    for post in mc.records(data) if isinstance(data, dict) else data:
        if not isinstance(post, dict):
            raise mc.MetaFileError("a post is not an object")
        yield from _post(post, e, ItemKind.POST)


def _reels(data: Any, e: Entry) -> Iterator[Item]:
    for reel in data["ig_reels_media"]:
        if not isinstance(reel, dict):
            raise mc.MetaFileError("a reel is not an object")
        yield from _post(reel if "media" in reel else {"media": [reel]}, e, ItemKind.POST)


def _stories(data: Any, e: Entry) -> Iterator[Item]:
    for story in data["ig_stories"]:
        if not isinstance(story, dict):
            raise mc.MetaFileError("a story is not an object")
        yield from _post({"media": [story]}, e, ItemKind.POST)


# ---- comments and DMs --------------------------------------------------------------------------


def _comments(data: Any, e: Entry) -> Iterator[Item]:
    if isinstance(data, dict):
        # the wrapper key names the comment kind (comments_media_comments, comments_reels_comments, ...)
        rows = next((v for k, v in data.items() if k.startswith("comments_") and isinstance(v, list)), None)
        # no comments_* list: a 2025 label_values file (records, or one bare record)
        if rows is None:
            rows = mc.records(data)
    else:
        # newer exports write post_comments_1.json as a bare list of comments
        rows = data
    for row in rows:
        if not isinstance(row, dict):
            raise mc.MetaFileError("a comment is not an object")
        # in the old shape the record's title is the owner of the commented media
        owner = str(row.get("title") or "")
        for sl in row.get("string_list_data") or []:  # old shape
            # an entry without a value is an empty placeholder
            if isinstance(sl, dict) and sl.get("value"):
                ts = sl.get("timestamp")
                yield Item(
                    platform=P,
                    kind=ItemKind.COMMENT,
                    path=e.display,
                    text=str(sl["value"]),
                    timestamp=mc.epoch(ts),
                    item_id=f"comment@{ts}" if ts else None,
                    extra={"media_owner": owner, "synthetic_id": True},
                )
        smd = row.get("string_map_data")
        if isinstance(smd, dict):  # new shape
            text = mc.smd_lookup(smd, mc.TEXT_ALIASES)
            # a record with an empty comment text (e.g. a removed comment) yields nothing
            if text and text[0]:
                t = mc.smd_lookup(smd, mc.TIME_ALIASES)
                # smd_lookup gives (value, timestamp): a time field's value is in its timestamp
                ts = t[1] if t else None
                # labels follow the account language, so the owner field is looked up under its translations
                own = mc.smd_lookup(smd, ("Media Owner", "Propriétaire du contenu", "Medieninhaber", "Propietario del contenido"))
                yield Item(
                    platform=P,
                    kind=ItemKind.COMMENT,
                    path=e.display,
                    text=text[0],
                    timestamp=mc.epoch(ts),
                    item_id=f"comment@{ts}" if ts else None,
                    extra={"media_owner": own[0] if own else None, "synthetic_id": True},
                )
        # 2025 records share the post shape; every Item it yields is a comment here
        if "label_values" in row:
            for item in _label_post(row, e):
                item.kind = ItemKind.COMMENT
                yield item


def _thread(data: Any, e: Entry) -> Iterator[Item]:
    return mc.thread_items(data, e, P)


def _secret_conversations(data: Any, e: Entry) -> Iterator[Item]:
    """End-to-end encrypted chats are not in the export, but the devices that hold them are:
    make, model, OS and the IP each last connected from."""
    body = next((v for k, v in data.items() if "secret_conversations" in k), data) if isinstance(data, dict) else {}
    devices = body.get("armadillo_devices") if isinstance(body, dict) else None
    for dev in devices if isinstance(devices, list) else []:
        if not isinstance(dev, dict):
            continue
        name = " ".join(str(dev[k]) for k in ("device_manufacturer", "device_model") if dev.get(k))
        os_ver = str(dev.get("device_os_version") or "")
        text = f"{name} ({os_ver})" if name and os_ver else name or os_ver
        ip = dev.get("last_connected_ip")
        if text or ip:
            yield _field(
                e, "device", text or str(ip), dev.get("last_active_time"), Audience.PRIVATE, ip=ip, secret_conversations=True
            )


_THREADS_FIELDS = {"username": "username", "name": "name", "bio": "bio", "website": "website", "email": "email", "phone": "phone"}


def _threads_profile(data: Any, e: Entry) -> Iterator[Item]:
    """The Threads profile kept in the Instagram export (its own name, bio and links)."""
    for rec in _records_under(data, *[k for k in data if isinstance(k, str)] if isinstance(data, dict) else ()):
        for fld, value, when in _map_fields(rec, _THREADS_FIELDS):
            it = _field(e, fld, value, when, threads=True)
            yield it


# ---- routing -------------------------------------------------------------------------------------


def pick(r: str, data: Any) -> mx.Handler | None:
    """The handler for one JSON file, from its name and the shape of its content."""
    base = posixpath.basename(r).removesuffix(".json")
    if isinstance(data, dict):
        # a DM thread (participants + messages) sits in a per-conversation folder of any name
        if mc.is_thread(data):
            return _thread
        if any("secret_conversations" in k for k in data) or (
            base == "secret_conversations" and "armadillo_devices" in str(data)[:4096]
        ):
            return _secret_conversations
        if _is_threads_profile(r, data):
            return _threads_profile
        if "profile_user" in data:
            return _personal
        if any(k in data for k in ("inferred_data_primary_location", "inferred_data_profile_based_in")):
            return _based_in
        if "profile_business" in data:
            return _professional
        if "account_history_registration_info" in data:
            return _signup
        if isinstance(data.get("ig_reels_media"), list):
            return _reels
        if isinstance(data.get("ig_stories"), list):
            return _stories
        if any(k.startswith("comments_") and isinstance(v, list) for k, v in data.items()):
            return _comments
    # no known shape (2025 label_values, bare lists): fall back to the file name
    if base in ("personal_information",) and mc.records(data):
        return _personal
    if base in ("account_based_in", "profile_based_in"):
        return _based_in
    if base == "professional_information":
        return _professional
    if base == "signup_information":
        return _signup
    if base.startswith("possible_emails"):
        return _possible_emails
    if base.startswith(("posts_", "posts", "archived_posts")):
        return _posts
    if base.startswith(("post_comments", "reels_comments", "comments")):
        return _comments
    return None


def _is_threads_profile(r: str, data: dict[str, Any]) -> bool:
    """Threads ("text_post_app" inside Meta) profile information, by key or by its folder and name."""
    keys = " ".join(str(k) for k in data)
    named = "threads" in r.split("/")[:-1] or "threads" in posixpath.basename(r)
    return ("text_post_app" in keys and "profile" in keys) or (named and "profile" in posixpath.basename(r))


_HTML_KINDS = (
    ("message_", ItemKind.MESSAGE),
    ("posts_", ItemKind.POST),
    ("reels", ItemKind.POST),
    ("stories", ItemKind.POST),
    ("post_comments", ItemKind.COMMENT),
    ("personal_information", ItemKind.PROFILE_FIELD),
    ("professional_information", ItemKind.PROFILE_FIELD),
)


html_pick = mx.html_picker(_HTML_KINDS)


class InstagramSource(mx.MetaSource):
    platform = P
    name = "Instagram Download your information"
    FORMATS = (
        {
            "files": "personal_information.json (profile_user), account_based_in / profile_based_in, professional_information, signup_information, possible_emails",
            "generation": "2020-22 account_information/, 2023 personal_information/, 2024+ personal_information/personal_information/",
            "reads": "email, phone, bio, username, name, city, business contact email, sign-up email",
        },
        {
            "files": "posts_N.json, reels.json, stories.json (content/ or media/)",
            "generation": "2020-22 content/, 2023 your_instagram_activity/content/, 2024+ your_instagram_activity/media/, 2025 label_values",
            "reads": "captions (single and carousel), media exif_data positions for photos and videos",
        },
        {
            "files": "post_comments_N.json, messages/inbox/*/message_N.json",
            "generation": "old comments_media_comments and new string_map_data shapes",
            "reads": "comments, direct messages (private)",
        },
        {
            "files": "messages/secret_conversations.json (ig_secret_conversations), threads/*profile*.json",
            "generation": "2023+ (Threads profile layout unverified against a real export)",
            "reads": "devices holding encrypted chats (model, OS, last IP); Threads profile name, bio, links",
        },
        {
            "files": "the same files as .html",
            "generation": "HTML variant (best effort)",
            "reads": "posts, comments, messages, profile",
        },
    )
    SKIPS = (
        ("followers, following, likes, saved, ads, login activity (Meta-shaped JSON)", "nothing the rules use"),
        ("media files", "read by the photo stage, not as export data"),
    )
    POSITIONS = "media exif_data latitude/longitude (photo and video); inferred home city as a place name"

    pick = staticmethod(pick)
    html_pick = staticmethod(html_pick)
