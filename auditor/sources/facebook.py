"""Facebook "Download Your Information": profile, posts, comments, events, places, locations,
Messenger threads; every layout generation (classic <=2021, 2022-23, 2024+, 2025 label_values),
from folders or zips, JSON or (best effort) HTML.

Detection is by file inventory and JSON shape (`meta_export.classify_roots`), never one fixed
path; each JSON file is routed by its file name *and* the shape of its content, so a file that
moved folder is still read. This module turns records into Items; it never decides risk.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position
from auditor.sources import meta_common as mc
from auditor.sources import meta_export as mx
from auditor.sources.facebook_places import event_items as _event
from auditor.sources.facebook_places import events as _events
from auditor.sources.facebook_places import last_location as _last_location
from auditor.sources.facebook_places import places as _places
from auditor.sources.facebook_places import primary_location as _primary_location
from auditor.tree import Entry

P = Platform.FACEBOOK

# English title sentences that say where or with whom ("X was at Y.", "X is with Y."); other
# languages keep the title in `extra` only.
_TITLE_AT = re.compile(r"\b(?:was|is|checked in) at (?P<place>.+?)\.?$|\b(?:was|is) with (?P<with>.+?)\.?$", re.IGNORECASE)


def _url(fbid: Any) -> str | None:
    return f"https://www.facebook.com/{fbid}" if fbid and str(fbid).isdigit() else None


def _field(e: Entry, field: str, text: Any, when: Any = None, url: str | None = None, **extra: Any) -> Item:
    return Item(
        platform=P,
        kind=ItemKind.PROFILE_FIELD,
        path=e.display,
        text=str(text),
        field=field,
        timestamp=mc.epoch(when),
        url=url,
        extra=dict(extra),
    )


# ---- profile ----------------------------------------------------------------------------------


def _profile(data: Any, e: Entry) -> Iterator[Item]:
    # 2022+ exports wrap the profile in "profile_v2"; classic (<=2021) ones in "profile"
    prof = data.get("profile_v2", data.get("profile"))
    if not isinstance(prof, dict):
        raise mc.MetaFileError("profile is not an object")
    # every profile field links back to the profile page, when the export names it
    url = prof.get("profile_uri") if isinstance(prof.get("profile_uri"), str) else None
    name = prof.get("name")
    # the name is an object (full, first, middle, last); the full form is what people see
    if isinstance(name, dict) and name.get("full_name"):
        yield _field(e, "name", name["full_name"], url=url)
    if prof.get("username"):
        yield _field(e, "username", prof["username"], url=url)
    emails = prof.get("emails")
    # emails come grouped by state; pending ones are still the person's address, so they count as "email"
    if isinstance(emails, dict):
        for key, fld in (("emails", "email"), ("previous_emails", "previous_email"), ("pending_emails", "email")):
            found = emails.get(key) or []
            # some generations write a single address as a bare string instead of a list
            for addr in [found] if isinstance(found, str) else found:
                if addr:
                    yield _field(e, fld, addr, url=url)
    for key, fld in (("current_city", "location"), ("hometown", "hometown")):
        v = prof.get(key)
        # current city and hometown are {"name", "timestamp"} objects; an empty one is not a field
        if isinstance(v, dict) and v.get("name"):
            yield _field(e, fld, v["name"], v.get("timestamp"), url=url)
    for p in prof.get("phone_numbers") or []:
        if isinstance(p, dict) and p.get("phone_number"):
            yield _field(e, "phone", p["phone_number"], url=url, phone_type=p.get("phone_type"))
    for w in prof.get("websites") or []:
        # websites are {"address": ...} objects in newer exports, bare strings in older ones
        addr = w.get("address") if isinstance(w, dict) else w
        if addr:
            yield _field(e, "website", addr, url=url)
    for job in prof.get("work_experiences") or []:
        # a malformed work entry is skipped, not fatal: the rest of the profile is still worth reading
        if not isinstance(job, dict):
            continue
        # the job's start date when given, else when the entry was added
        when = job.get("start_timestamp") or job.get("timestamp")
        for key in ("employer", "title", "location", "description"):
            if job.get(key):
                # "description" alone would collide with post descriptions: rules look for "work_description"
                yield _field(e, key if key != "description" else "work_description", job[key], when, url=url)
    for school in prof.get("education_experiences") or []:
        if isinstance(school, dict) and school.get("name"):
            yield _field(e, "education", school["name"], school.get("timestamp"), url=url)
    fam = [str(m.get("name")) for m in prof.get("family_members") or [] if isinstance(m, dict) and m.get("name")]
    # all family members make one Item, so a rule sees names and relations together
    if fam:
        rel = [str(m.get("relation") or "") for m in prof.get("family_members") if isinstance(m, dict) and m.get("name")]
        yield Item(
            platform=P,
            kind=ItemKind.PROFILE_FIELD,
            path=e.display,
            field="family_members",
            text=", ".join(fam),
            people=tuple(fam),
            url=url,
            extra={"relations": rel},
        )
    for key in ("about_me", "intro_bio"):
        v = prof.get(key)
        # about_me is {"name": text} in some generations, intro_bio {"bio": text}; older ones a plain string
        text = v.get("name") or v.get("bio") if isinstance(v, dict) else v
        if isinstance(text, str) and text:
            yield _field(e, "bio", text, url=url)


def _profile_labels(data: Any, e: Entry) -> Iterator[Item]:
    """The 2025 profile shape: label_values records with localised labels."""
    for rec in mc.records(data):
        for label, value in mc.label_pairs(rec):
            fld = mc.field_for_label(label)
            if fld and isinstance(value, (str, int, float)) and str(value):
                yield _field(e, fld, value, rec.get("timestamp"))


def _profile_updates(data: Any, e: Entry) -> Iterator[Item]:
    for upd in data["profile_updates"]:
        if not isinstance(upd, dict):
            raise mc.MetaFileError("a profile update is not an object")
        bits = [str(upd.get("title") or "")]
        for d in upd.get("data") or []:
            v = d.get("profile_update") if isinstance(d, dict) else None
            bits.extend(_strings(v))
        text = " ".join(b for b in bits if b)
        if text:
            yield _field(e, "profile_update", text, upd.get("timestamp"))


def _strings(v: Any) -> list[str]:
    if isinstance(v, str):
        return [v]
    if isinstance(v, dict):
        return [s for x in v.values() for s in _strings(x)]
    if isinstance(v, list):
        return [s for x in v for s in _strings(x)]
    return []


# ---- posts and media --------------------------------------------------------------------------


def _tags(raw: Any) -> tuple[str, ...]:
    out = []
    for t in raw or []:
        name = t.get("name") if isinstance(t, dict) else t
        if isinstance(name, str) and name:
            out.append(name)
    return tuple(out)


def _media_item(media: dict[str, Any], e: Entry, text: str, audience: Audience = Audience.PUBLIC) -> Item | None:
    pos = mc.media_position(media)
    if pos is None and not text:
        return None
    mid = mc.media_id(media.get("uri"))
    return Item(
        platform=P,
        kind=mc.media_kind(media.get("uri")) if pos else ItemKind.CAPTION,
        path=e.display,
        text=text,
        timestamp=mc.epoch(media.get("creation_timestamp")),
        item_id=mid,
        url=_url(mid),
        position=pos,
        audience=audience,
        extra=mc.media_extra(media),
    )


def _place_extra(place: dict[str, Any]) -> dict[str, Any]:
    return {"place_name": place.get("name"), "address": place.get("address"), "place_url": place.get("url")}


def _post(post: dict[str, Any], e: Entry, kind: ItemKind = ItemKind.POST) -> Iterator[Item]:
    """One post. A place attachment makes the post itself a check-in (kind, position, place_name);
    media with metadata positions become their own photo/video Items."""
    # a post's text is split over "data" entries; entries without "post" carry other things (update time)
    text = " ".join(str(d["post"]) for d in post.get("data") or [] if isinstance(d, dict) and d.get("post"))
    title = str(post.get("title") or "")
    when = post.get("timestamp")
    people = _tags(post.get("tags"))
    # many post records have no id; the Item then gets a synthetic one from its kind and time
    fbid = post.get("fbid")
    # attachments nest two deep (attachments[].data[]); places, media and events all live there
    atts = [
        d for att in post.get("attachments") or [] if isinstance(att, dict) for d in att.get("data") or [] if isinstance(d, dict)
    ]
    places = [d["place"] for d in atts if isinstance(d.get("place"), dict)]
    said = _TITLE_AT.search(title)
    # only a title of the "... at PLACE" / "... with PEOPLE" form adds information worth keeping
    if said and text and title not in text:
        text = f"{text}\n{title}"  # the title names a place or companions the post text may not
    # a post with neither words nor a place is only a media container: its media follow below
    if text or title or places:
        place = places[0] if places else None
        yield Item(
            platform=P,
            # a post that carries a place is a check-in: the person said where they were
            kind=ItemKind.CHECK_IN if place else kind,
            path=e.display,
            text=text or title,
            timestamp=mc.epoch(when),
            item_id=str(fbid) if fbid else (f"{kind}@{when}" if when else None),
            url=_url(fbid),
            position=mc.coordinate_position(place, "post.place") if place else None,
            people=people,
            extra={
                "title": title,
                "synthetic_id": not fbid,
                "title_place": said.group("place") if said else None,
                **(_place_extra(place) if place else {}),
            },
        )
    # the first place is the post itself; any further place becomes a check-in of its own
    for extra_place in places[1:]:
        yield Item(
            platform=P,
            kind=ItemKind.CHECK_IN,
            path=e.display,
            timestamp=mc.epoch(when),
            item_id=f"check_in@{when}:{extra_place.get('name')}",
            position=mc.coordinate_position(extra_place, "post.place"),
            people=people,
            extra={**_place_extra(extra_place), "synthetic_id": True},
        )
    for d in atts:
        if isinstance(d.get("media"), dict):
            m = d["media"]
            desc = str(m.get("description") or "")
            # a media description that repeats the post text would count the same words twice
            item = _media_item(m, e, desc if desc and desc != text else "")
            if item:
                yield item
        # an event shared in a post is also evidence of where the person planned to be
        if isinstance(d.get("event"), dict) and d["event"].get("name"):
            yield from _event(d["event"], e)


def _posts(data: Any, e: Entry) -> Iterator[Item]:
    # the content's shape decides first, so a file that moved folder or was renamed is still read
    if isinstance(data, dict):
        lists = [v for k, v in data.items() if isinstance(v, list) and k.endswith("_v2")]
        data = lists[0] if lists else mc.records(data)
    if not isinstance(data, list):
        raise mc.MetaFileError("posts file is not a list")
    for post in data:
        if not isinstance(post, dict):
            raise mc.MetaFileError("a post is not an object")
        if "label_values" in post:
            yield from _label_post(post, e)
        else:
            yield from _post(post, e)


def _label_post(rec: dict[str, Any], e: Entry) -> Iterator[Item]:
    """One 2025 label_values record: {timestamp?, media, label_values, fbid}."""
    pairs = mc.label_pairs(rec)
    texts = [str(v) for v in mc.label_lookup(pairs, mc.TEXT_ALIASES) if isinstance(v, str)]
    titles = [str(v) for v in mc.label_lookup(pairs, mc.TITLE_ALIASES) if isinstance(v, str)]
    people = tuple(mc.label_children(rec, mc.PEOPLE_ALIASES))
    when = rec.get("timestamp")
    # label_values records hold the time either at the top level or as one of the labelled values
    if when is None:
        found = mc.label_lookup(pairs, mc.TIME_ALIASES)
        when = found[0] if found else None
    fbid = rec.get("fbid")
    text = " ".join(texts)
    place_names = [str(v) for v in mc.label_lookup(pairs, mc.PLACE_ALIASES) if isinstance(v, str)]
    # labels follow the account language, so coordinates are looked up under their translations
    lat = mc.label_lookup(pairs, ("Latitude", "Breitengrad", "Latitud"))
    lon = mc.label_lookup(pairs, ("Longitude", "Längengrad", "Longitud"))
    coords = mc.label_lookup(pairs, ("Coordinates", "Coordinate", "Koordinaten", "Coordonnées"))
    pos: Position | None = None
    # separate latitude/longitude labels are preferred; some records only give a "lat, lon" string
    if lat and lon:
        pos = mc.position(lat[0], lon[0], "post.place")
    elif coords and isinstance(coords[0], str) and "," in coords[0]:
        a, b = coords[0].split(",", 1)
        pos = mc.position(a.strip(), b.strip(), "post.place")
    # a named place without coordinates is still a check-in: the name alone says where
    checked_in = bool(pos or place_names)
    if text or titles or checked_in:
        yield Item(
            platform=P,
            kind=ItemKind.CHECK_IN if checked_in else ItemKind.POST,
            path=e.display,
            text=text or " ".join(titles),
            timestamp=mc.epoch(when),
            # no fbid: a synthetic id from the time (flagged in extra), or none at all when the time is missing
            item_id=str(fbid) if fbid else (f"post@{when}" if when else None),
            # the record's own url is the fallback when there is no fbid to build the permalink from
            url=_url(fbid) or rec.get("url"),
            position=pos,
            people=people,
            extra={"title": " ".join(titles), "place_name": place_names[0] if place_names else None, "synthetic_id": not fbid},
        )
    media = rec.get("media")
    # "media" is a list in most records but a single object in some
    for m in media if isinstance(media, list) else [media]:
        if isinstance(m, dict):
            item = _media_item(m, e, "")
            if item:
                yield item


def _media_list(data: Any, e: Entry) -> Iterator[Item]:
    """videos_v2, other_photos_v2, archived_stories_v2, album files ({photos: [...]})."""
    if "photos" in data and isinstance(data["photos"], list):
        media = data["photos"]
    else:
        media = next(v for k, v in data.items() if k.endswith("_v2") and isinstance(v, list))
    for m in media:
        if not isinstance(m, dict):
            raise mc.MetaFileError("a media entry is not an object")
        desc = str(m.get("description") or "")
        item = _media_item(m, e, desc)
        if item:
            yield item


# ---- comments ------------------------------------------------------


def _comments(data: Any, e: Entry) -> Iterator[Item]:
    if isinstance(data, dict):
        # the list's key changed by generation: comments_v2 (2022+), group_comments_v2, comments (classic)
        key = next((k for k in ("comments_v2", "group_comments_v2", "comments") if isinstance(data.get(k), list)), None)
        if key is None:
            raise mc.MetaFileError("comments file has no list of comments")
        rows = data[key]
    else:
        # some files are a bare list of comments with no wrapper object
        rows = data
    for row in rows:
        if not isinstance(row, dict):
            raise mc.MetaFileError("a comment is not an object")
        # a 2025 label_values comment has a post's shape; only its kind differs
        if "label_values" in row:
            for item in _label_post(row, e):
                # a comment that names a place stays a check-in; media Items keep their kind
                if item.kind == ItemKind.POST:
                    item.kind = ItemKind.COMMENT
                yield item
            continue
        title = str(row.get("title") or "")
        for d in row.get("data") or []:
            c = d.get("comment") if isinstance(d, dict) else None
            # data entries without comment text (e.g. only an attachment marker) yield no text Item
            if not isinstance(c, dict) or not c.get("comment"):
                continue
            # the comment's own time when present, else the row's
            when = c.get("timestamp", row.get("timestamp"))
            yield Item(
                platform=P,
                kind=ItemKind.COMMENT,
                path=e.display,
                text=str(c["comment"]),
                timestamp=mc.epoch(when),
                item_id=f"comment@{when}" if when else None,
                # a comment in a group is seen by its members only
                audience=Audience.LIMITED if c.get("group") else Audience.PUBLIC,
                extra={"title": title, "group": c.get("group"), "author": c.get("author"), "synthetic_id": True},
            )
        for att in row.get("attachments") or []:
            # photos attached to comments can carry a metadata position of their own
            for d in (att.get("data") or []) if isinstance(att, dict) else []:
                if isinstance(d, dict) and isinstance(d.get("media"), dict):
                    item = _media_item(d["media"], e, "")
                    if item:
                        yield item


def _thread(data: Any, e: Entry) -> Iterator[Item]:
    return mc.thread_items(data, e, P)


# ---- routing -----------------------------------------------------------------------------------


_MEDIA_KEYS = ("videos_v2", "other_photos_v2", "archived_stories_v2", "your_reels_v2")


def pick(r: str, data: Any) -> mx.Handler | None:
    """The handler for one JSON file, from its name and the shape of its content."""
    name = posixpath.basename(r)
    if isinstance(data, dict):
        # a classic "profile" object is told from other "profile" keys by its emails
        if "profile_v2" in data or (isinstance(data.get("profile"), dict) and "emails" in data["profile"]):
            return _profile
        if isinstance(data.get("profile_updates"), list):
            return _profile_updates
        # a Messenger thread (participants + messages) sits in a per-conversation folder of any name
        if mc.is_thread(data):
            return _thread
        if any(isinstance(data.get(k), list) for k in ("comments_v2", "group_comments_v2")) or (
            # a plain "comments" key is too generic on its own; the file name must agree
            name.startswith("comments") and isinstance(data.get("comments"), list)
        ):
            return _comments
        if isinstance(data.get("your_events_v2"), list) or isinstance(data.get("event_responses_v2"), dict):
            return _events
        if any(isinstance(data.get(k), list) for k in ("your_places_v2", "location_history_v2", "news_your_locations_v2")):
            return _places
        if "last_location_v2" in data:
            return _last_location
        if isinstance(data.get("primary_location_v2"), dict) or isinstance(data.get("primary_public_location_v2"), dict):
            return _primary_location
        if any(isinstance(data.get(k), list) for k in _MEDIA_KEYS) or (
            # a "photos" list is an album only under album/ (other files use the same key)
            isinstance(data.get("photos"), list) and "/album/" in f"/{r}"
        ):
            return _media_list
        if isinstance(data.get("group_posts_v2"), list):
            return _posts
    # no known shape (2025 bare lists, label_values records): fall back to the file name
    base = name.removesuffix(".json")
    if base.startswith(("your_posts", "group_posts", "your_posts_in_groups", "archive", "trash")):
        return _posts
    if base.startswith(("your_comments_in_groups", "comments")):
        return _comments
    if (
        base.startswith(("profile_information", "personal_information"))
        and mc.records(data)
        # only the 2025 profile shape is routed by name; older profile files matched by shape above
        and "label_values" in mc.records(data)[0]
    ):
        return _profile_labels
    return None


_HTML_KINDS = (
    ("message_", ItemKind.MESSAGE),
    ("your_posts", ItemKind.POST),
    ("group_posts", ItemKind.POST),
    ("comments", ItemKind.COMMENT),
    ("your_comments", ItemKind.COMMENT),
    ("profile_information", ItemKind.PROFILE_FIELD),
    ("your_events", ItemKind.POST),
)


html_pick = mx.html_picker(_HTML_KINDS)


class FacebookSource(mx.MetaSource):
    platform = P
    name = "Facebook Download Your Information"
    FORMATS = (
        {
            "files": "profile_information/profile_information.json (profile_v2; 2018-19: profile)",
            "generation": "2018-2021 classic; 2022+ under personal_information/",
            "reads": "emails and previous emails, work experiences, current city, hometown, phones, websites, family",
        },
        {
            "files": "posts/your_posts_N.json, .../your_posts__check_ins__photos_and_videos_N.json, album/*.json, your_videos.json",
            "generation": "classic posts/, 2022-23 your_activity_across_facebook/, 2024+ your_facebook_activity/, 2025 label_values",
            "reads": "post text, tags (both shapes), check-ins, attached media with exif_data positions",
        },
        {
            "files": "comments.json, events, places_you've_created.json, location_history.json, last_location.json",
            "generation": "all generations",
            "reads": "comments, event places, saved places, location history (private)",
        },
        {
            "files": "messages/inbox/*/message_N.json",
            "generation": "all generations",
            "reads": "Messenger threads (private), participants",
        },
        {
            "files": "the same files as .html",
            "generation": "HTML variant (best effort; a notice says when only HTML is present)",
            "reads": "posts, comments, messages, profile sections",
        },
    )
    SKIPS = (
        ("friends, reactions, ads, apps and websites, preferences (Meta-shaped JSON)", "nothing the rules use"),
        ("media files", "read by the photo stage, not as export data"),
    )
    POSITIONS = "check-in place coordinates, media exif_data latitude/longitude, event places, location history, last location"

    pick = staticmethod(pick)
    html_pick = staticmethod(html_pick)
