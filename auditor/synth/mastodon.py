"""Mastodon account archives: ActivityPub `Create` activities wrapping notes (visibility,
mentions, image alt texts) and the archive's actor/outbox/likes/bookmarks files.

Writes only under the folder it is given, through `auditor.synth.files`. Deterministic;
invented content only.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from auditor.synth.files import write_files

AS_PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def mastodon_note(
    nid: str,
    html_content: str,
    published: datetime,
    mentions: list[str] | None = None,
    alt_texts: list[str] | None = None,
    visibility: str = "public",
    actor: str = "https://mastodon.example/users/alex_example",
    summary: str | None = None,
) -> dict[str, Any]:
    url = f"https://mastodon.example/@alex_example/{nid}"
    to = {
        "public": [AS_PUBLIC],
        "followers": [f"{actor}/followers"],
        "direct": [f"https://mastodon.example/users/{(mentions or ['x@y'])[0].split('@')[1]}"],
    }[visibility]
    cc = [f"{actor}/followers"] if visibility == "public" else []
    obj: dict[str, Any] = {
        "id": f"{actor}/statuses/{nid}",
        "type": "Note",
        "summary": summary,
        "inReplyTo": None,
        "published": published.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "url": url,
        "attributedTo": actor,
        "to": to,
        "cc": cc,
        "content": html_content,
        "contentMap": {"en": html_content},
        "attachment": [
            {
                "type": "Document",
                "mediaType": "image/jpeg",
                "url": f"/mastodonexample/media_attachments/files/109/000/000/000/000/{i:03d}/original/0123456789abcdef.jpeg",
                "name": alt,
            }
            for i, alt in enumerate(alt_texts or [])
        ],
        "tag": [{"type": "Mention", "href": f"https://{m.split('@')[-1]}/@{m.split('@')[1]}", "name": m} for m in mentions or []],
    }
    return {
        "id": f"{actor}/statuses/{nid}/activity",
        "type": "Create",
        "actor": actor,
        "published": obj["published"],
        "to": to,
        "cc": cc,
        "object": obj,
    }


def mastodon_archive(
    root: Path, actor: dict[str, Any], activities: list[dict[str, Any]], media: dict[str, bytes] | None = None
) -> None:
    outbox = {
        "@context": "https://www.w3.org/ns/activitystreams",
        "id": "outbox.json",
        "type": "OrderedCollection",
        "totalItems": len(activities),
        "orderedItems": activities,
    }
    files: dict[str, str | bytes] = {
        "actor.json": json.dumps(actor, indent=2, ensure_ascii=False),
        "outbox.json": json.dumps(outbox, indent=2, ensure_ascii=False),
        "likes.json": json.dumps({"type": "OrderedCollection", "orderedItems": ["https://other.example/@x/1"]}),
        "bookmarks.json": json.dumps({"type": "OrderedCollection", "orderedItems": []}),
    }
    files.update(media or {})
    write_files(root, files)
