"""Geotag rules: a real position attached to a photo, video, post or check-in.

Positions come from Items (sources decided where they were found); these rules only decide
which positions are exposures and how bad. Pattern-of-life inference across many positions
lives in `auditor.inference`, not here.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import Example, Match, Rule, reach_severity

MEDIA = frozenset({ItemKind.PHOTO, ItemKind.VIDEO})
POSTS = frozenset({ItemKind.POST, ItemKind.CAPTION, ItemKind.CHECK_IN, ItemKind.COMMENT, ItemKind.MESSAGE})


def _fmt(item: Item) -> str:
    p = item.position
    assert p is not None
    return f"{p.lat:.6f}, {p.lon:.6f}"


def _media_gps(item: Item, profile: Profile) -> Iterator[Match]:
    if item.position is None:
        return
    where = _fmt(item)
    src = item.position.source or "metadata"
    yield Match(
        key="gps",
        evidence=where,
        why=f"{src} GPS position {where}",
        message=f"{'Video' if item.kind == ItemKind.VIDEO else 'Photo'} carries the GPS position where it was taken (in its {src} metadata)",
        location=item.position,
        severity=Severity.HIGH,
        fix="auto" if item.platform == "photos" or item.extra.get("strippable", True) else "manual",
    )


def _post_geotag(item: Item, profile: Profile) -> Iterator[Match]:
    if item.position is None:
        return
    where = _fmt(item)
    place = item.extra.get("place_name") or ""
    label = f"{place} ({where})" if place else where
    what = "Check-in" if item.kind == ItemKind.CHECK_IN else "Post"
    yield Match(
        key="geotag",
        evidence=label,
        why=f"{item.position.source or 'post'} position {where}",
        message=f"{what} is tagged with a location{' (' + place + ')' if place else ''}",
        location=item.position,
        severity=reach_severity(Severity.HIGH, item),
    )


RULES = [
    Rule(
        code="GEO101",
        needs_text=False,
        name="media-has-gps",
        category=Category.GEOTAG,
        severity=Severity.HIGH,
        confidence=1.0,
        summary="A photo or video file carries the GPS position where it was taken.",
        rationale="Anyone who gets the file can read where you were; a series of them shows where you live and work.",
        remediation="Delete the original from the platform or replace it with a copy without location (`auditor strip` writes GPS-free copies), and turn off location tagging in your camera app.",
        check=_media_gps,
        kinds=MEDIA,
        fix="auto",
        examples=(
            Example("", True, kind=ItemKind.PHOTO, position=(-35.308, 149.124)),
            Example("", False, kind=ItemKind.PHOTO),
        ),
    ),
    Rule(
        code="GEO102",
        needs_text=False,
        name="post-geotagged",
        category=Category.GEOTAG,
        severity=Severity.HIGH,
        confidence=1.0,
        summary="A post, caption or check-in is tagged with a location.",
        rationale="Location tags on posts are public and searchable; near work sites they place you at your workplace.",
        remediation="Edit the post to remove its location or delete it, and stop adding locations to posts.",
        check=_post_geotag,
        kinds=POSTS,
        examples=(
            Example("Lovely morning", True, position=(-33.9399, 151.1753)),
            Example("Lovely morning", False),
        ),
    ),
]
