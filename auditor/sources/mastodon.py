"""Mastodon account archive: actor.json (bio, profile metadata fields, names) and outbox.json
(own posts: HTML content as text, content warnings, mentions, attachment alt text, audience).

Detection: a folder holding both ``actor.json`` and ``outbox.json`` whose actor is an
ActivityPub actor. Boosts (``Announce``) are someone else's words and are skipped. Media under
``media_attachments/`` is read by the media stage, not here. Mastodon has no geolocation, so
no Item from this source carries a position.

This module turns archive records into Items; it must not read media files or decide what is
risky.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform
from auditor.sources.base import Coverage, SourceContext, rel, under
from auditor.sources.plaintext import html_to_text, load_json, parse_utc
from auditor.tree import Entry, InputTree

STREAM_OVER = 64 * 1024 * 1024  # larger outboxes are streamed, never loaded whole
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
_MEDIA = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".mp4", ".webm", ".mov", ".m4a", ".mp3", ".ogg", ".heic")


class MastodonSource:
    platform = Platform.MASTODON
    name = "Mastodon account archive"
    FORMATS = (
        {
            "files": "actor.json",
            "generation": "all archive versions",
            "reads": "bio (summary), display name, username, profile metadata fields",
        },
        {
            "files": "outbox.json",
            "generation": "all archive versions",
            "reads": "own posts (Create/Note): text, content warning, mentions, alt text, audience; boosts skipped",
        },
        {
            "files": "likes.json, bookmarks.json",
            "generation": "all archive versions",
            "reads": "recognised, not read (URLs of other people's posts)",
        },
    )
    SKIPS = (
        ("likes.json, bookmarks.json", "other people's posts (addresses only)"),
        ("boosts (Announce) in outbox.json", "someone else's words"),
    )
    POSITIONS = "none: Mastodon stores no location (attached images are checked by the media stage)"

    def detect(self, tree: InputTree) -> list[str]:
        by_dir: dict[str, set[str]] = {}
        for e in tree.entries:
            if e.name in ("actor.json", "outbox.json"):
                by_dir.setdefault(posixpath.dirname(e.vpath), set()).add(e.name)
        return sorted(d for d, names in by_dir.items() if len(names) == 2)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        actor_entry = outbox_entry = None
        for e in under(tree, root):
            r = rel(e, root)
            if r == "actor.json":
                actor_entry = e
            elif r == "outbox.json":
                outbox_entry = e
            elif r in ("likes.json", "bookmarks.json"):
                cov.skip(r, "other people's posts (addresses only)")
            elif e.suffix in _MEDIA:
                continue  # the media stage reads these
            else:
                cov.not_understood.append(r)
        handle = ""
        actor_url = ""
        if actor_entry is not None:
            try:
                actor = load_json(actor_entry)
                if not isinstance(actor, dict):
                    raise ValueError("actor.json is not an object")
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(actor_entry, f"unreadable Mastodon actor.json: {exc}")
            else:
                cov.parsed.append(rel(actor_entry, root))
                handle = str(actor.get("preferredUsername") or "")
                actor_url = str(actor.get("url") or actor.get("id") or "")
                for item in _actor_items(actor, actor_entry, root):
                    cov.items += 1
                    yield item
        if outbox_entry is not None:
            bad = 0
            try:
                for activity in _activities(outbox_entry):
                    try:
                        item = _post(activity, outbox_entry, root, handle, actor_url)
                    except (AttributeError, TypeError, ValueError):
                        bad += 1
                        continue
                    if item is not None:
                        cov.items += 1
                        yield item
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(outbox_entry, f"unreadable Mastodon outbox.json: {exc}")
                return
            cov.parsed.append(rel(outbox_entry, root))
            if bad:
                ctx.error(outbox_entry, f"{bad} outbox activities had an unexpected shape and were skipped")


def _activities(entry: Entry) -> Iterator[Any]:
    """The outbox's orderedItems: parsed whole when small, streamed (ijson) when large."""
    if entry.size <= STREAM_OVER:
        outbox = load_json(entry, limit=STREAM_OVER)
        if not isinstance(outbox, dict) or not isinstance(outbox.get("orderedItems"), list):
            raise ValueError("outbox.json has no orderedItems list")
        yield from outbox["orderedItems"]
        return
    import ijson  # lazy: only exports over the streaming threshold need the incremental parser (~20 ms)

    try:
        with entry.open() as fh:
            yield from ijson.items(fh, "orderedItems.item", use_float=True)
    except ijson.JSONError as exc:
        raise ValueError(f"malformed JSON while streaming: {exc}") from None


def _actor_items(actor: dict[str, Any], e: Entry, root: str) -> Iterator[Item]:
    when = parse_utc(actor.get("published"))
    url = actor.get("url") if isinstance(actor.get("url"), str) else None

    def field(name: str, text: str, **extra: Any) -> Item:
        return Item(
            platform=Platform.MASTODON,
            kind=ItemKind.PROFILE_FIELD,
            path=e.display,
            export_path=rel(e, root),
            text=text,
            field=name,
            item_id=f"actor#{name}",  # distinct per field, so two fields naming the same thing stay two findings
            timestamp=when,
            url=url,
            extra=extra,
        )

    if actor.get("preferredUsername"):
        yield field("username", str(actor["preferredUsername"]))
    if actor.get("name"):
        yield field("display_name", str(actor["name"]))
    bio = html_to_text(actor.get("summary"))
    if bio:
        yield field("bio", bio)
    for att in actor.get("attachment") or []:
        if not isinstance(att, dict) or att.get("type") != "PropertyValue":
            continue
        label = str(att.get("name") or "").strip()
        value = html_to_text(att.get("value")) or str(att.get("value") or "")
        if label or value:
            yield field(label.lower() or "profile_field", f"{label}: {value}" if label else value, label=label)


def _audience(obj: dict[str, Any], activity: dict[str, Any]) -> Audience:
    to = _as_list(obj.get("to")) + _as_list(activity.get("to"))
    cc = _as_list(obj.get("cc")) + _as_list(activity.get("cc"))
    if PUBLIC in to or PUBLIC in cc or "as:Public" in to + cc:
        return Audience.PUBLIC
    if any(isinstance(x, str) and x.endswith("/followers") for x in to + cc):
        return Audience.LIMITED
    if not to and not cc:
        return Audience.PUBLIC  # no addressing recorded: assume the default (public)
    return Audience.PRIVATE  # addressed only to mentioned people: a direct message


def _as_list(v: Any) -> list[Any]:
    if isinstance(v, list):
        return v
    return [v] if v else []


def media_path(url: str) -> str:
    """Attachment URL -> path inside the archive (everything from ``media_attachments/``)."""
    i = url.find("media_attachments/")
    return url[i:] if i >= 0 else url.lstrip("/")


def _post(activity: Any, e: Entry, root: str, handle: str, actor_url: str) -> Item | None:
    if not isinstance(activity, dict) or activity.get("type") != "Create":
        return None  # Announce (boost) and anything else is not the person's own words
    obj = activity.get("object")
    # the object types that carry the person's text (a Question is a poll); anything else has none
    if not isinstance(obj, dict) or obj.get("type") not in ("Note", "Question", "Article", "Page"):
        return None
    parts = []
    cw = obj.get("summary")
    # the content warning (summary) is written by the person too, and often names the sensitive part
    if isinstance(cw, str) and cw.strip():
        parts.append(html_to_text(cw))
    content = obj.get("content")
    # some servers write only the per-language contentMap; its first language is the post
    if not content and isinstance(obj.get("contentMap"), dict):
        content = next(iter(obj["contentMap"].values()), "")
    body = html_to_text(content)
    if body:
        parts.append(body)
    alt_texts: list[str] = []
    media: list[str] = []
    for att in _as_list(obj.get("attachment")):
        # a non-object attachment (malformed, or a bare link) has no alt text to read
        if not isinstance(att, dict):
            continue
        # an attachment's "name" is its alt text: words the person wrote about the picture
        if isinstance(att.get("name"), str) and att["name"].strip():
            alt_texts.append(att["name"].strip())
        # the url maps to the file under media_attachments/, which the media stage reads
        if isinstance(att.get("url"), str):
            media.append(media_path(att["url"]))
    parts.extend(alt_texts)
    people = tuple(
        str(t.get("name") or t.get("href"))
        for t in _as_list(obj.get("tag"))
        # only Mention tags name people (Hashtag and Emoji tags do not)
        if isinstance(t, dict) and t.get("type") == "Mention" and (t.get("name") or t.get("href"))
    )
    # the object's id is the post's; the activity's id is the fallback
    oid = obj.get("id") or activity.get("id")
    url = (
        # the public page (url) when given, else the id when it is an http address
        obj.get("url") if isinstance(obj.get("url"), str) else (oid if isinstance(oid, str) and oid.startswith("http") else None)
    )
    extra: dict[str, Any] = {}
    if alt_texts:
        extra["alt_text"] = alt_texts
    if media:
        extra["media"] = media
    if obj.get("inReplyTo"):
        extra["in_reply_to"] = obj["inReplyTo"]
    if isinstance(cw, str) and cw.strip():
        extra["content_warning"] = html_to_text(cw)
    return Item(
        platform=Platform.MASTODON,
        # a reply is treated as a comment on someone's post
        kind=ItemKind.COMMENT if obj.get("inReplyTo") else ItemKind.POST,
        path=e.display,
        export_path=rel(e, root),
        text="\n".join(parts),
        timestamp=parse_utc(obj.get("published") or activity.get("published")),
        item_id=str(oid) if oid else None,
        url=url,
        audience=_audience(obj, activity),
        people=people,
        extra=extra,
    )
