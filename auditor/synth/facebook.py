"""Facebook "Download Your Information" exports in each layout generation (2018, classic, 2022,
2024, 2025), as JSON or as the HTML variant.

Planted content comes in as `FacebookContent` (see `auditor.synth.meta` for the shared
dataclasses and Meta's encoding); this module decides paths and record shapes only and writes
through `auditor.synth.files`, under the folder it is given. Deterministic; invented content only.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Any

from auditor.synth.files import write_files
from auditor.synth.meta import (
    MetaPlace,
    MetaPost,
    MetaThread,
    html_page,
    html_when,
    media_files,
    media_json,
    meta_dumps,
    thread_json,
)


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
    att = [{"media": media_json(m, exif_shape)} for m in p.media]
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
        d["media"] = [media_json(m, exif_shape) for m in p.media]
    return d


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
        tags_shape = "strings"  # the 2018 layout only ever had plain-string tags
    files = _fb_html(content, paths) if html else _fb_json(content, paths, generation, tags_shape, exif_shape)
    write_files(root, files)
    return files


def _fb_profile(c: FacebookContent) -> dict[str, Any]:
    """The profile_v2 record: only the optional sections the content has, as real exports omit them."""
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
    return prof


def _fb_html(c: FacebookContent, paths: dict[str, str]) -> dict[str, str | bytes]:
    """The HTML variant: the same files with .html names, one section per record."""
    files: dict[str, str | bytes] = {}
    rows = [("Name", c.name)] + [("Email", e) for e in c.emails] + [("Phone number", p) for p in c.phones]
    rows += [("Employer", w["employer"]) for w in c.work if w.get("employer")]
    if c.current_city:
        rows.append(("Current city", c.current_city))
    files[paths["profile"][:-5] + ".html"] = html_page(
        "Profile information", [("Profile information", "", rows, html_when(1_600_000_000))]
    )
    files[paths["posts"][:-5] + ".html"] = html_page(
        "Your posts", [(p.title or c.name, p.text, [], html_when(p.timestamp)) for p in c.posts if p.text]
    )
    if c.comments:
        files[paths["comments"][:-5] + ".html"] = html_page(
            "Comments", [("Comment", t, [], html_when(ts)) for t, ts in c.comments]
        )
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.html"] = html_page(
            t.title, [(s, text, [], html_when(ts // 1000)) for s, ts, text in t.messages]
        )
    return files


def _fb_json(
    c: FacebookContent, paths: dict[str, str], generation: str, tags_shape: str, exif_shape: str
) -> dict[str, str | bytes]:
    """The JSON variant: profile, posts with their media, then every optional section the content has."""
    files: dict[str, str | bytes] = {}
    files[paths["profile"]] = meta_dumps({"profile" if generation == "2018" else "profile_v2": _fb_profile(c)})
    if generation == "2025":
        # label_values records; a single post is written as a bare object, as 2025 exports do
        recs = [_fb_label_post(p, exif_shape, 100_000_000_000_000 + i) for i, p in enumerate(c.posts)]
        files[paths["posts"]] = meta_dumps(recs[0] if len(recs) == 1 else recs)
    else:
        files[paths["posts"]] = meta_dumps([_fb_post(p, tags_shape, exif_shape) for p in c.posts])
    for p in c.posts:
        media_files(files, p.media)
    files.update(_fb_sections(c, paths, generation))
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.json"] = meta_dumps(thread_json(t))
    files[paths["friends"]] = meta_dumps({"friends_v2": [{"name": "Sam Sample", "timestamp": 1_500_000_000}]})
    return files


def _fb_sections(c: FacebookContent, paths: dict[str, str], generation: str) -> dict[str, str | bytes]:
    """Comments, group comments, events, places, location history and last location, when present."""
    files: dict[str, str | bytes] = {}
    if c.comments:
        key = "comments" if generation == "2018" else "comments_v2"  # the _v2 suffix arrived after 2018
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
        # older generations have no last-location file (its path is empty)
        ll = c.last_location
        files[paths["last"]] = meta_dumps({"last_location_v2": {**_coord(ll), "time": ll.timestamp}})
    return files
