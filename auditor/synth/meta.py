"""What Facebook and Instagram exports share: Meta's mojibake JSON, the dataclasses that describe
planted content (media, places, posts, message threads), the media and message-thread records,
and the 2023+ HTML page.

Shared helpers only: the layouts of one platform live in `auditor.synth.facebook` and
`auditor.synth.instagram`, and nothing here writes a file except `media_files`, which only
adds entries to a {path: content} map. Deterministic; invented content only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from dataclasses import field as dc_field
from datetime import UTC, datetime
from html import escape as html_escape
from typing import Any

from auditor.synth.media import image_bytes


def meta_mangle(obj: Any) -> Any:
    """Recursively turn strings (and keys) into Meta's mojibake: UTF-8 bytes as Latin-1 code points."""
    if isinstance(obj, str):
        return obj.encode("utf-8").decode("latin-1")
    if isinstance(obj, list):
        return [meta_mangle(v) for v in obj]
    if isinstance(obj, dict):
        return {meta_mangle(k): meta_mangle(v) for k, v in obj.items()}
    return obj


def meta_dumps(obj: Any) -> str:
    """JSON text the way Meta writes it: mojibake strings, every non-ASCII code point escaped."""
    return json.dumps(meta_mangle(obj), indent=2, ensure_ascii=True)


@dataclass
class MetaMedia:
    uri: str
    lat: float | None = None
    lon: float | None = None
    description: str = ""  # FB media description / IG per-media title
    timestamp: int = 1_600_000_000


@dataclass
class MetaPlace:
    name: str
    lat: float | None = None
    lon: float | None = None
    timestamp: int = 1_600_000_000


@dataclass
class MetaPost:
    text: str
    timestamp: int
    tags: list[str] = dc_field(default_factory=list)
    media: list[MetaMedia] = dc_field(default_factory=list)
    place: MetaPlace | None = None
    title: str = ""


@dataclass
class MetaThread:
    title: str
    participants: list[str]
    messages: list[tuple[str, int, str]]  # (sender, timestamp_ms, text), newest first
    folder: str = "thread_1000000001"


def media_json(m: MetaMedia, exif_shape: str) -> dict[str, Any]:
    """A media record (Facebook's shape; Instagram renames description to title): uri, times and
    the photo/video metadata block, as `exif_data[0]` (exif_shape "list") or flat."""
    meta: dict[str, Any] = {"upload_ip": "192.0.2.10", "taken_timestamp": m.timestamp}
    if m.lat is not None and m.lon is not None:
        meta.update(latitude=m.lat, longitude=m.lon)
    block_key = "video_metadata" if m.uri.endswith(".mp4") else "photo_metadata"
    block = {"exif_data": [meta]} if exif_shape == "list" else meta
    out: dict[str, Any] = {"uri": m.uri, "creation_timestamp": m.timestamp, "media_metadata": {block_key: block}}
    if m.description:
        out["description"] = m.description
    return out


def thread_json(t: MetaThread) -> dict[str, Any]:
    """One message thread's `message_1.json` record (Facebook and Instagram share it)."""
    return {
        "participants": [{"name": n} for n in t.participants],
        "messages": [
            {"sender_name": s, "timestamp_ms": ts, "content": text, "type": "Generic", "is_unsent": False}
            for s, ts, text in t.messages
        ],
        "title": t.title,
        "is_still_participant": True,
        "thread_type": "Regular",
        "thread_path": f"inbox/{t.folder}",
    }


def html_page(title: str, sections: list[tuple[str, str, list[tuple[str, str]], str]]) -> str:
    """A Meta 2023+ HTML page: one section._a6-g per (h2, body text, label/value rows, footer time)."""
    parts = [f"<html><head><meta charset='utf-8'><title>{html_escape(title)}</title></head><body><div class='_a706'>"]
    for h2, body, rows, when in sections:
        table = "".join(
            f"<tr><td class='_a6_q'>{html_escape(a)}</td><td class='_a6_r'>{html_escape(b)}</td></tr>" for a, b in rows
        )
        parts.append(
            f"<section class='_a6-g'><h2 class='_a6-h'>{html_escape(h2)}</h2><div class='_a6-p'>"
            f"{'<div>' + html_escape(body) + '</div>' if body else ''}{'<table>' + table + '</table>' if table else ''}</div>"
            f"<footer class='_a6-o'><div class='_a72d'>{html_escape(when)}</div></footer></section>"
        )
    parts.append("</div></body></html>")
    return "".join(parts)


def html_when(ts: int) -> str:
    """Meta's HTML footer time ("Jun 04, 2025 6:46:10 pm"), rendered in UTC."""
    dt = datetime.fromtimestamp(ts, tz=UTC)
    return dt.strftime("%b %d, %Y ") + f"{int(dt.strftime('%I'))}:{dt.strftime('%M:%S')} " + dt.strftime("%p").lower()


def media_files(files: dict[str, str | bytes], media: list[MetaMedia]) -> None:
    """Add a small image to `files` at each photo's uri, so the export's media paths resolve."""
    for m in media:
        if not m.uri.endswith(".mp4"):  # videos are referenced only: no small valid MP4 builder here
            files[m.uri] = image_bytes()
