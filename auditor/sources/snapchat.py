"""Snapchat "My Data" export (JSON variant): saved memories with their locations, location
history (including Snapchat's inferred home and work), account email/phone, saved chats.

Detection: any file this module reads (``memories_history.json``, ``location_history.json``,
``account.json``, ``chat_history.json``, ``snap_map_places_history.json``) in a ``json/``
folder, or at an export's root when its keys are Snapchat's. Snapchat's location
strings vary by generation ("Latitude, Longitude: a, b", "lat a ± 20 meters, long b ± 20
meters", "a ± 14.9 meters, b ± 14.9 meters", [time, "a, b"] pairs); one tolerant parser reads
them all. Download links point at Snapchat's servers and are kept as references only. The
HTML variant (``html/``) is recognised but not read.

This module turns records into Items; it must not follow download links (no network) or decide
what is risky.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Iterator
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, rel, under
from auditor.sources.plaintext import load_json, parse_utc
from auditor.tree import Entry, InputTree

_NUM = r"(-?\d{1,3}(?:\.\d+)?)"
_ACC = r"(?:\s*±\s*([\d.]+)\s*(?:meters|metres|m)\b)?"
# "Latitude, Longitude: a, b" / "lat a ± n meters, long b ± n meters" / "a ± n meters, b ± n meters" / "a, b"
_COORD = re.compile(
    rf"(?:lat(?:itude)?\s*[:,]?\s*(?:longitude\s*:\s*)?)?{_NUM}{_ACC}\s*,\s*(?:long(?:itude)?\s*:?\s*)?{_NUM}{_ACC}",
    re.IGNORECASE,
)
_SEMANTIC = {"home": "home", "work": "work", "school": "school"}
_MEDIA = (".jpg", ".jpeg", ".png", ".mp4", ".mov", ".webp", ".heic", ".gif")
_READ = ("memories_history.json", "location_history.json", "account.json", "chat_history.json", "snap_map_places_history.json")
_HTML_MARKERS = ("memories_history.html", "location_history.html", "snap_history.html")
_PLACE_KEYS = ("Name", "City", "Region", "Country", "Postal Code", "Place", "Address", "Category", "Location")


def parse_coordinates(value: Any, source: str) -> Position | None:
    """A Position from any of Snapchat's coordinate strings (or a [lat, lon] pair), else None."""
    if isinstance(value, (list, tuple)) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        return Position(float(value[0]), float(value[1]), source=source) if valid_position(*value) else None
    if not isinstance(value, str):
        return None
    m = _COORD.search(value)
    if not m or not valid_position(m.group(1), m.group(3)):
        return None
    acc = m.group(2) or m.group(4)
    try:
        accuracy = float(acc) if acc else None
    except ValueError:
        accuracy = None
    return Position(float(m.group(1)), float(m.group(3)), source=source, accuracy_m=accuracy)


class SnapchatSource:
    platform = Platform.SNAPCHAT
    name = "Snapchat My Data export"
    FORMATS = (
        {
            "files": "json/memories_history.json",
            "generation": "Media Type Image/Video and older PHOTO/VIDEO",
            "reads": "saved memories: date, type, location",
        },
        {
            "files": "json/location_history.json",
            "generation": "Home, School & Work / Home & Work, Frequent/Latest Locations, Location History, Daily Top Locations, Top Locations Per Six-Day Period, Businesses and (public) places, Areas visited",
            "reads": "location records; inferred home/work/school",
        },
        {"files": "json/account.json", "generation": "all", "reads": "username, name, email, phone"},
        {
            "files": "json/chat_history.json",
            "generation": "per-friend lists and Received/Sent Saved Chat History",
            "reads": "saved chat messages (private)",
        },
        {
            "files": "json/snap_map_places_history.json",
            "generation": "Snap Map Places History",
            "reads": "places where snaps were shared to the map: place, its location, time (and coordinates when present)",
        },
        {"files": "html/*", "generation": "HTML variant", "reads": "recognised, not read (request the JSON variant)"},
    )
    SKIPS = (
        ("html/* (HTML variant)", "not read: request the JSON variant"),
        ("friends, snap and story history, ranking, settings ... (other json/ files)", "nothing the rules use"),
    )
    POSITIONS = "memories Location strings; location history coordinates; inferred home/work (semantic_type)"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            if e.name in _HTML_MARKERS and posixpath.basename(posixpath.dirname(e.vpath)) == "html":
                roots.add(posixpath.dirname(posixpath.dirname(e.vpath)))  # HTML-only: reported, not read
                continue
            if e.name not in _READ:  # any file this module reads names the export
                continue
            d = posixpath.dirname(e.vpath)
            in_json = posixpath.basename(d) == "json"
            if e.name == "memories_history.json" or in_json or _has_snapchat_keys(e):
                roots.add(posixpath.dirname(d) if in_json else d)
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        entries = under(tree, root)
        html = [e for e in entries if e.name in _HTML_MARKERS]
        if html and not any(e.name in _READERS for e in entries):
            ctx.error(
                html[0].display[: -len(rel(html[0], root))].rstrip("/") or ".",
                "Snapchat export holds only the HTML variant, which is not read: request your data again with JSON files selected",
            )
        for e in entries:
            r = rel(e, root)
            if e.suffix in _MEDIA:
                continue  # memories/chat media: the media stage reads them
            reader = _READERS.get(e.name) if r in (e.name, f"json/{e.name}") else None
            if reader is None:
                if e.suffix in (".json", ".html", ".htm", ".css", ".js"):
                    cov.skip(r, "a Snapchat file with nothing the rules use")
                else:
                    cov.not_understood.append(r)
                continue
            try:
                data = load_json(e)
                if not isinstance(data, dict):
                    raise ValueError("top level is not an object")
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(e, f"unreadable Snapchat {e.name}: {exc}")
                continue
            cov.parsed.append(r)
            try:
                for item in reader(data, e):
                    item.export_path = r
                    cov.items += 1
                    yield item
            except (AttributeError, TypeError, ValueError) as exc:
                ctx.error(e, f"unexpected shape in Snapchat {e.name}: {exc.__class__.__name__}: {exc}")


def _has_snapchat_keys(e: Entry) -> bool:
    try:
        head = e.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    return any(
        k in head
        for k in (
            '"Frequent Locations"',
            '"Basic Information"',
            '"Saved Media"',
            '"Location History"',
            '"Snap Map Places History"',
        )
    )


def _sid(prefix: str, *parts: Any) -> str:
    """A stable id from what does not change between exports (download links are re-signed)."""
    return f"{prefix}-" + hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:16]


def _memories(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    for rec in data.get("Saved Media") or []:
        if not isinstance(rec, dict):
            continue
        mtype = str(rec.get("Media Type") or "").lower()
        kind = ItemKind.VIDEO if mtype.startswith("video") else ItemKind.PHOTO
        yield Item(
            platform=Platform.SNAPCHAT,
            kind=kind,
            path=e.display,
            timestamp=parse_utc(rec.get("Date")),
            item_id=_sid("memory", rec.get("Date"), rec.get("Media Type"), rec.get("Location")),
            position=parse_coordinates(rec.get("Location"), "snapchat.memories"),
            audience=Audience.PRIVATE,
            extra={"media_type": rec.get("Media Type"), "remote": bool(rec.get("Download Link")), "strippable": False},
        )


def _place_text(rec: Any) -> str:
    if isinstance(rec, str):
        return rec
    if isinstance(rec, dict):
        return ", ".join(str(rec[k]) for k in _PLACE_KEYS if isinstance(rec.get(k), (str, int, float)) and str(rec[k]).strip())
    return ""


def _loc_item(
    e: Entry, section: str, text: str, position: Position | None, when: Any = None, semantic: str | None = None
) -> Item:
    extra: dict[str, Any] = {"section": section}
    if semantic:
        extra["semantic_type"] = semantic
    return Item(
        platform=Platform.SNAPCHAT,
        kind=ItemKind.LOCATION_RECORD,
        path=e.display,
        text=text,
        timestamp=parse_utc(when),
        position=position,
        audience=Audience.PRIVATE,
        extra=extra,
    )


def _records(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        return [{"_key": k, "_value": v} for k, v in value.items()]
    return [value] if value else []


def _location_history(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    for section, value in data.items():
        src = f"snapchat.{section}"
        # the section Snapchat infers home/work/school in (named differently by generation); its labels say which
        home_work = section in ("Home, School & Work", "Home & Work")
        records = _records(value)
        if home_work and isinstance(value, list):  # [{"Home": "..."}, ...]: label each value
            records = [r for d in value if isinstance(d, dict) for r in _records(d)]
        for rec in records:
            semantic = None
            when = None
            position = None
            text = ""
            if isinstance(rec, dict) and "_key" in rec:  # a {label: value} section
                label, inner = str(rec["_key"]), rec["_value"]
                # only the inferred home/work section gives its labels a meaning rules act on
                if home_work:
                    low = label.lower()
                    semantic = next((v for k, v in _SEMANTIC.items() if k in low), None)
                # the value is a coordinate string, or a place object whose text holds the coordinates
                position = parse_coordinates(inner, src) or (
                    parse_coordinates(_place_text(inner), src) if isinstance(inner, dict) else None
                )
                # a scalar without coordinates is a placeholder, not a place: it is not kept as text
                detail = _place_text(inner) if isinstance(inner, dict) else (str(inner) if position else "")
                text = f"{label}: {detail}" if detail else ""
            elif isinstance(rec, (list, tuple)) and len(rec) == 2 and isinstance(rec[1], str):  # [time, "lat, lon"]
                when, position = rec[0], parse_coordinates(rec[1], src)
                text = rec[1]
            elif isinstance(rec, dict):
                # a visit record: the time and coordinates under whatever key names this generation used
                when = rec.get("Time") or rec.get("Date") or rec.get("Timestamp")
                for key, v in rec.items():
                    # first key that parses as a position wins (e.g. "Latitude, Longitude" holds both)
                    if any(w in key.lower() for w in ("latitude", "coordinates", "location")):
                        position = parse_coordinates(v, src)
                        if position:
                            break
                # separate Latitude and Longitude fields (neither parses alone)
                if position is None and isinstance(rec.get("Latitude"), (int, float, str)):
                    position = parse_coordinates(f"{rec.get('Latitude')}, {rec.get('Longitude')}", src)
                text = _place_text(rec)
            elif isinstance(rec, str):
                position = parse_coordinates(rec, src)
                text = rec if position else ""  # a bare string without coordinates is a placeholder
            # nothing to say and nowhere to put it: no Item
            if not text and position is None:
                continue
            yield _loc_item(e, section, text or section, position, when, semantic)


def _walk_strings(node: Any, prefix: str = "") -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _walk_strings(v, str(k))
    elif isinstance(node, list):
        for v in node:
            yield from _walk_strings(v, prefix)
    elif isinstance(node, (str, int)) and str(node).strip():
        yield prefix, str(node)


def _account(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    seen: set[tuple[str, str]] = set()
    basic = data.get("Basic Information") if isinstance(data.get("Basic Information"), dict) else {}
    created = basic.get("Creation Date")
    for key, value in _walk_strings(data):
        low = key.lower()
        if "email" in low and "@" in value:
            fld = "email"
        elif "phone" in low and re.search(r"\d{6,}", value.replace(" ", "")):
            fld = "phone"
        elif low == "username":
            fld = "username"
        elif low in ("name", "display name"):
            fld = "display_name"
        else:
            continue
        if (fld, value) in seen:
            continue
        seen.add((fld, value))
        yield Item(
            platform=Platform.SNAPCHAT,
            kind=ItemKind.PROFILE_FIELD,
            path=e.display,
            text=value,
            field=fld,
            timestamp=parse_utc(created) if fld in ("email", "username") else None,
        )


def _chats(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    for conversation, msgs in data.items():
        if not isinstance(msgs, list):
            continue
        for m in msgs:
            if not isinstance(m, dict):
                continue
            text = m.get("Content") if m.get("Content") is not None else m.get("Text")
            if not isinstance(text, str) or not text.strip():
                continue
            who = m.get("From") or m.get("To") or conversation
            yield Item(
                platform=Platform.SNAPCHAT,
                kind=ItemKind.MESSAGE,
                path=e.display,
                text=text,
                timestamp=parse_utc(m.get("Created")),
                item_id=_sid("chat", conversation, m.get("Created"), m.get("From"), text),
                audience=Audience.PRIVATE,
                people=(str(who),) if who else (),
                extra={"conversation": conversation, "is_sender": m.get("IsSender"), "media_ids": m.get("Media IDs") or None},
            )


def _snap_map_places(data: dict[str, Any], e: Entry) -> Iterator[Item]:
    """Places where the user shared snaps on the Snap Map (public story posts, with a time)."""
    for section, value in data.items():
        for rec in value if isinstance(value, list) else []:
            if not isinstance(rec, dict):
                continue
            position = None
            for key in ("Location", "Latitude, Longitude", "Coordinates", "Place Location"):
                if isinstance(rec.get(key), str) and (position := parse_coordinates(rec[key], "snapchat.snap_map")):
                    break
            if position is None and isinstance(rec.get("Latitude"), (int, float, str)):
                position = parse_coordinates(f"{rec.get('Latitude')}, {rec.get('Longitude')}", "snapchat.snap_map")
            text = ", ".join(str(rec[k]) for k in ("Place", "Place Location") if isinstance(rec.get(k), str) and rec[k].strip())
            if not text and position is None:
                continue
            item = _loc_item(e, str(section), text, position, rec.get("Date"))
            item.kind, item.audience = ItemKind.CHECK_IN, Audience.PUBLIC  # shared to the map, not only logged
            item.extra["share_type"] = rec.get("Share Type")
            yield item


_READERS = {
    "snap_map_places_history.json": _snap_map_places,
    "memories_history.json": _memories,
    "location_history.json": _location_history,
    "account.json": _account,
    "chat_history.json": _chats,
}
