"""TikTok `user_data` JSON in its three section-name generations (2022, 2024, 2026) and TikTok's
date strings.

Returns JSON-able values; the caller writes them. Deterministic; invented content only.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any


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
