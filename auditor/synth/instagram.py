"""Instagram exports in each layout generation (2021, 2023, 2024, 2025), in English or French
keys, as JSON or as the HTML variant.

Planted content comes in as `InstagramContent` (see `auditor.synth.meta` for the shared
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
    MetaMedia,
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
    d = media_json(m, exif_shape)
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
    files = _ig_html(content, paths, k) if html else _ig_json(content, paths, k, generation, exif_shape)
    write_files(root, files)
    return files


def _ig_html(c: InstagramContent, paths: dict[str, str], k: dict[str, str]) -> dict[str, str | bytes]:
    """The HTML variant: personal information, posts and message threads as .html pages."""
    files: dict[str, str | bytes] = {}
    rows = [
        (k["username"], c.username),
        (k["name"], c.name),
        (k["email"], c.email),
        (k["phone"], c.phone),
        (k["bio"], c.bio),
        (k["city"], c.city),
    ]
    files[paths["personal"][:-5] + ".html"] = html_page(
        "Personal information", [("User Information", "", [r for r in rows if r[1]], html_when(1_600_000_000))]
    )
    files[paths["posts"][:-5] + ".html"] = html_page(
        "Posts", [("", p.text, [], html_when(p.timestamp)) for p in c.posts if p.text]
    )
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.html"] = html_page(
            t.title, [(s, text, [], html_when(ts // 1000)) for s, ts, text in t.messages]
        )
    return files


def _ig_json(
    c: InstagramContent, paths: dict[str, str], k: dict[str, str], generation: str, exif_shape: str
) -> dict[str, str | bytes]:
    """The JSON variant: the account files, then posts, reels and stories with their media, then the rest."""
    files: dict[str, str | bytes] = {}
    files[paths["personal"]] = meta_dumps(_ig_personal(c, k))
    files.update(_ig_account(c, paths, k, generation))
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
        media_files(files, p.media)
    if c.comments:
        files[paths["comments"]] = meta_dumps(_ig_comments(c, k, generation))
    for t in c.threads:
        files[f"{paths['messages']}/{t.folder}/message_1.json"] = meta_dumps(thread_json(t))
    files[paths["followers"]] = meta_dumps(
        [
            {
                "title": "",
                "media_list_data": [],
                "string_list_data": [{"href": "https://www.instagram.com/sam", "value": "sam", "timestamp": 1_600_000_000}],
            }
        ]
    )
    return files


def _ig_personal(c: InstagramContent, k: dict[str, str]) -> dict[str, Any]:
    """personal_information.json: one profile_user record with localised string_map_data keys."""
    return {
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


def _ig_account(c: InstagramContent, paths: dict[str, str], k: dict[str, str], generation: str) -> dict[str, str | bytes]:
    """The optional account files: where Instagram thinks you live, business, sign-up and inferred emails."""
    files: dict[str, str | bytes] = {}
    if c.inferred_city:
        if generation == "2025":
            # 2025 writes profile_based_in as one bare label_values record
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
    return files


def _ig_comments(c: InstagramContent, k: dict[str, str], generation: str) -> Any:
    """post_comments: the 2021 shape (owner as title, one string_list_data) or the later string_map_data list."""
    if generation == "2021":
        return {
            "comments_media_comments": [
                {"title": owner, "string_list_data": [{"href": "", "value": t, "timestamp": ts}]} for t, ts, owner in c.comments
            ]
        }
    return [
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
