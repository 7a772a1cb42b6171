"""Google Takeout: Google Photos JSON sidecars, Location History (Records, Semantic), the
on-device Timeline export and My Activity location data.

Detection works on structure, not on English folder names (Takeout names are localised:
"Google Fotos", "Standortverlauf", "Meine Aktivitäten"): a ``Takeout/`` folder, an
``archive_browser.html``, or JSON files whose names and top-level keys are Google's
(``photoTakenTime``, ``locations``, ``timelineObjects``, ``semanticSegments``). Split takeout
zips arrive already merged by `auditor.tree`, so a sidecar in part 2 sits beside its photo from
part 1 and pairing is done on virtual paths.

Photos: each sidecar becomes a photo (or video) Item carrying Google's stored position
(``geoData``, falling back to ``geoDataExif``), taken time, named people, description and the
photo's url; ``extra["media_path"]`` names the paired image. The image files themselves are
read by the engine's media stage (their EXIF is a separate Item). Sidecar names are matched in
every form Google has written: ``x.jpg.json``, ``x.jpg.supplemental-metadata.json`` and its
truncations down to ``x.jpg..json``, the ``(1)`` counter moved before ``.json``, truncated
base names, and ``-edited`` (localised) copies that share the original's sidecar.

This module finds and classifies files; the location parsers live in `google_location`. It
never decides what is risky.
"""

from __future__ import annotations

import json
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from auditor.models import Audience, Item, ItemKind, Platform, Points, Position, valid_position
from auditor.sources import google_location as gl
from auditor.sources.base import Coverage, SourceContext, read_text, rel, under
from auditor.tree import Entry, InputTree

# What reading one file (a folder file or a zip member) can raise; never fatal for the scan.
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error)

IMAGE_EXT = {
    ".jpg",
    ".jpeg",
    ".jpe",
    ".png",
    ".gif",
    ".webp",
    ".heic",
    ".heif",
    ".tif",
    ".tiff",
    ".dng",
    ".bmp",
    ".avif",
    ".raw",
    ".cr2",
    ".nef",
    ".arw",
}
VIDEO_EXT = {".mp4", ".mov", ".m4v", ".3gp", ".3g2", ".avi", ".mkv", ".webm", ".mpg", ".mts", ".wmv"}
MEDIA_EXT = IMAGE_EXT | VIDEO_EXT
# Records.json larger than this is streamed rather than loaded whole.
STREAM_MIN_BYTES = 32 * 1024 * 1024

_SIDECAR_NAME = re.compile(r"^(?P<base>.*?)(?P<counter>\(\d+\))?\.json$", re.IGNORECASE)
_SUPPLEMENTAL = "supplemental-metadata"
_EDITED = re.compile(r"^(?P<stem>.+)-[^\W\d_]+(?P<ext>\.[^.]+)$")
_LOCATION_NAMES = re.compile(r"(timeline|location|records|standort|zeitachse|historique|cronolog|historial)", re.IGNORECASE)
_SEMANTIC_NAME = re.compile(r"^\d{4}_[^\W\d_]+\.json$")
_MEDIA_IN_NAME = re.compile(r"\.(?:" + "|".join(e[1:] for e in sorted(MEDIA_EXT)) + r")(?:\(\d+\))?\.", re.IGNORECASE)
_MAPS_NAMES = re.compile(r"^(labeled places|saved places|reviews|gespeicherte orte|rezensionen)\.json$", re.IGNORECASE)
_SNIFF_ANY = (b'"photoTakenTime"', b'"timelineObjects"', b'"semanticSegments"', b'"rawSignals"', b'"userLocationProfile"')


def _looks_google(head: bytes) -> bool:
    """Whether the first bytes of a JSON file have the keys of a Google file (not just any JSON
    with "location" in its name: Snapchat and Meta have those too)."""
    if any(k in head for k in _SNIFF_ANY):
        return True
    if b'"locations"' in head and b"E7" in head:
        return True
    if b'"title"' in head and b'"geoData' in head:
        return True
    return b'"startTime"' in head and any(k in head for k in (b'"visit"', b'"timelinePath"', b'"activity"'))


def _is_media(e: Entry) -> bool:
    return e.suffix in MEDIA_EXT


def _takeout_root(vpath: str) -> str | None:
    parts = vpath.split("/")
    for i, p in enumerate(parts[:-1]):
        if p.lower() == "takeout":
            return "/".join(parts[: i + 1])
    return None


def _candidate_root(e: Entry) -> str | None:
    """For a JSON outside any Takeout folder: the root it implies, if its name looks Google's."""
    d = posixpath.dirname(e.vpath)
    if _SEMANTIC_NAME.match(e.name) and re.fullmatch(r"\d{4}", posixpath.basename(d)):
        return posixpath.dirname(posixpath.dirname(d))  # <Location History>/<Semantic>/<YYYY>/file
    if _MEDIA_IN_NAME.search(e.name):
        return posixpath.dirname(d)  # <Google Photos>/<album>/sidecar
    if _LOCATION_NAMES.search(e.name):
        return d
    if _MAPS_NAMES.match(e.name):
        # <Maps>/<My labeled places>/Labeled places.json or <Maps (your places)>/Reviews.json
        up = posixpath.dirname(d)
        return up if posixpath.basename(up).lower().startswith("maps") else d
    return None


class GoogleSource:
    platform = Platform.GOOGLE
    name = "Google Takeout"
    FORMATS = (
        {
            "files": "Google Photos/**/<photo> + .json / .supplemental-metadata.json sidecars (every truncated form)",
            "generation": "older <file>.json and 2024+ supplemental-metadata; localised folder names; split takeout parts",
            "reads": "geoData / geoDataExif positions, taken time, people (face tags), description",
        },
        {
            "files": "Location History/Records.json, Location History.json, Semantic Location History/YYYY/*.json",
            "generation": "Takeout up to 2024 (E7 coordinates, timestampMs or ISO); large files streamed",
            "reads": "location records, place visits with TYPE_HOME / TYPE_WORK, activity start and end",
        },
        {
            "files": "Timeline.json (Android), location-history.json (iOS)",
            "generation": "on-device Timeline export, 2024+",
            "reads": "visits, paths, raw signals, frequent places labelled HOME / WORK",
        },
        {
            "files": "My Activity/**/MyActivity.json",
            "generation": "JSON My Activity",
            "reads": "locationInfos centre points",
        },
        {
            "files": "Maps/My labeled places/Labeled places.json, Maps (your places)/Saved Places.json, Reviews.json",
            "generation": "GeoJSON feature collections (older capitalised and newer snake_case properties)",
            "reads": "labeled places (Home, Work) and saved places with coordinates; reviews with text, place and time",
        },
    )
    SKIPS = (
        ("empty files", "Takeout writes them for products with no data"),
        ("album metadata.json, HTML pages, other products", "nothing the rules use"),
    )
    POSITIONS = "photo sidecars, Records.json, semantic place visits, on-device Timeline, My Activity centres (and photo EXIF via the media stage)"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            t = _takeout_root(e.vpath)
            if t is not None:
                roots.add(t)
                continue
            if e.name == "archive_browser.html":
                roots.add(posixpath.dirname(e.vpath))
                continue
            if e.suffix != ".json" or e.size == 0:
                continue
            root = _candidate_root(e)
            if root is None:
                continue
            try:
                head = e.read(4096)
            except READ_ERRORS:
                continue
            if _looks_google(head) or (_MAPS_NAMES.match(e.name) and b'"FeatureCollection"' in head):
                roots.add(root)
        # an export found inside another one's root belongs to that root
        return sorted(r for r in roots if not any(o != r and (o == "" or r.startswith(o + "/")) for o in roots))

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item | Points]:
        entries = under(tree, root)
        media: dict[str, dict[str, Entry]] = {}
        for e in entries:
            if _is_media(e):
                media.setdefault(posixpath.dirname(e.vpath), {})[e.name] = e
        sidecars: list[tuple[Entry, dict[str, Any]]] = []
        for e in entries:
            r = rel(e, root)
            if _is_media(e):
                continue  # the media stage reads the files themselves
            if e.suffix != ".json":
                cov.skip(r, "not a JSON data file (HTML pages, CSV, other products)")
                continue
            try:
                yield from self._read_json(e, r, ctx, cov, sidecars)
            except (AttributeError, TypeError, KeyError, ValueError, RecursionError) as exc:
                ctx.error(e, f"unexpected shape in Google file: {exc.__class__.__name__}: {exc}")
        yield from _photos(sidecars, media, root, cov)

    def _read_json(
        self, e: Entry, r: str, ctx: SourceContext, cov: Coverage, sidecars: list[tuple[Entry, dict[str, Any]]]
    ) -> Iterator[Item | Points]:
        if e.size > STREAM_MIN_BYTES:
            try:
                head = e.read(65536)
            except READ_ERRORS as exc:
                ctx.error(e, f"unreadable Google file: {exc}")
                return
            if b'"locations"' in head:
                yield from _stream_records(e, r, ctx, cov)
                return
        try:
            text = read_text(e)
        except (*READ_ERRORS, UnicodeDecodeError, ValueError) as exc:
            ctx.error(e, f"unreadable Google file: {exc}")
            return
        if not text.strip():
            # Takeout writes empty files for products with no data: nothing to read, nothing wrong
            cov.skip(r, "empty file (a product with no data)")
            return
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            ctx.error(e, f"malformed Google JSON: {exc}")
            return
        kind = classify(data)
        if kind is None:
            cov.not_understood.append(r)
            return
        if kind == "album":
            cov.skip(r, "album metadata (no position of its own)")
            return
        cov.parsed.append(r)
        if kind == "sidecar":
            sidecars.append((e, data))
            return
        parser = {
            "records": gl.records,
            "semantic": gl.semantic,
            "timeline": gl.timeline,
            "activity": gl.my_activity,
            "places": gl.maps_places,
        }[kind]
        for item in parser(data, e.display):
            item.export_path = r
            cov.items += 1
            yield item


def classify(data: Any) -> str | None:
    """Which Google file a parsed JSON value is, by shape; None when not understood."""
    if isinstance(data, dict):
        # Maps labeled places, saved places and reviews: GeoJSON feature collections
        if data.get("type") == "FeatureCollection" and isinstance(data.get("features"), list):
            return "places"
        # Records.json and the older "Location History.json": a list of raw location fixes
        if isinstance(data.get("locations"), list):
            return "records"
        # Semantic Location History: one file per month of place visits and activity segments
        if isinstance(data.get("timelineObjects"), list):
            return "semantic"
        # the on-device Timeline export (Android); any one of its top-level sections is enough
        if any(k in data for k in ("semanticSegments", "rawSignals", "userLocationProfile")):
            return "timeline"
        # photoTakenTime is unique to Photos sidecars, so it wins before the weaker album test
        if "photoTakenTime" in data:
            return "sidecar"
        # album metadata.json (localised: métadonnées.json, ...) has a "date" and may carry geoData
        if "albumData" in data or ("title" in data and "date" in data):
            return "album"
        # older sidecars lack photoTakenTime but still have a title and a photo's own fields
        if "title" in data and any(k in data for k in ("creationTime", "geoData", "geoDataExif", "imageViews")):
            return "sidecar"
        # album metadata without a date: title plus sharing or description
        if "title" in data and any(k in data for k in ("access", "description")):
            return "album"
        return None
    # list-shaped files are judged on their first 20 records (enough to be sure, cheap on big files)
    if isinstance(data, list) and data and all(isinstance(x, dict) for x in data[:20]):
        first = data[:20]
        # the iOS Timeline export is a bare list of segments
        if all("startTime" in x and any(k in x for k in ("visit", "activity", "timelinePath")) for x in first):
            return "timeline"
        # My Activity records: each has a time and names the product it came from
        if all("time" in x and ("header" in x or "products" in x) for x in first):
            return "activity"
    return None


def _stream_records(e: Entry, r: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item | Points]:
    import ijson  # lazy: only exports over the streaming threshold need the incremental parser (~20 ms)

    n = 0
    try:
        with e.open() as fh:
            if ctx.points:  # the engine takes the records as columns, not one Item each
                for batch in gl.records_points(fh, e.display, r):
                    n += len(batch)
                    yield batch
            else:
                for item in gl.records_stream(fh, e.display):
                    item.export_path = r
                    n += 1
                    yield item
    except (*READ_ERRORS, ijson.JSONError, ValueError) as exc:
        ctx.error(e, f"malformed Google Records JSON after {n} locations: {exc}")
    cov.items += n
    cov.parsed.append(r)


# ---- Google Photos sidecars --------------------------------------------------------------------


def sidecar_media_names(sidecar_name: str, title: str | None = None) -> list[str]:
    """The media file names a sidecar may describe, most likely first.

    ``x.jpg.json`` / ``x.jpg.supplemental-metadata.json`` (or any truncation of that suffix
    down to ``x.jpg..json``) -> ``x.jpg``; ``x.jpg.supplemental-metadata(1).json`` ->
    ``x(1).jpg``; then the sidecar's own ``title`` (the uploaded file name).
    """
    m = _SIDECAR_NAME.match(sidecar_name)
    if not m:
        return []
    base, counter = m.group("base"), m.group("counter") or ""
    head, dot, last = base.rpartition(".")
    if dot and head and _SUPPLEMENTAL.startswith(last.lower()):
        base = head

    def with_counter(name: str) -> str:
        if not counter:
            return name
        stem, ext = posixpath.splitext(name)
        return f"{stem}{counter}{ext}"

    out = [with_counter(base)]
    if isinstance(title, str) and title.strip():
        out.append(with_counter(posixpath.basename(title.strip())))
    return list(dict.fromkeys(out))


def _pair(
    sidecar: Entry,
    data: dict[str, Any],
    media: dict[str, dict[str, Entry]],
    lowered: dict[str, dict[str, Entry]],
    claimed: set[str],
) -> Entry | None:
    d = posixpath.dirname(sidecar.vpath)
    in_dir = media.get(d, {})
    if not in_dir:
        return None
    names = sidecar_media_names(sidecar.name, data.get("title"))
    for n in names:
        e = in_dir.get(n)
        if e is not None:
            return e
    if d not in lowered:
        lowered[d] = {k.lower(): v for k, v in in_dir.items()}
    for n in names:
        e = lowered[d].get(n.lower())
        if e is not None:
            return e
    # Older takeouts cut long names (sidecar included) to 47 characters: match by prefix.
    base = names[0] if names else ""
    if len(base) >= 20:
        hits = [v for k, v in in_dir.items() if k.startswith(base) and v.vpath not in claimed]
        if len(hits) == 1:
            return hits[0]
    return None


def _photos(
    sidecars: list[tuple[Entry, dict[str, Any]]], media: dict[str, dict[str, Entry]], root: str, cov: Coverage
) -> Iterator[Item]:
    claimed: set[str] = set()
    lowered: dict[str, dict[str, Entry]] = {}
    paired: list[tuple[Entry, dict[str, Any], list[Entry]]] = []
    by_media: dict[str, list[Entry]] = {}
    for sc, data in sidecars:
        m = _pair(sc, data, media, lowered, claimed)
        files: list[Entry] = []
        if m is not None:
            claimed.add(m.vpath)
            files.append(m)
            by_media[m.vpath] = files
        paired.append((sc, data, files))
    # "-edited" copies (localised: "-bearbeitet", "-modifié", ...) have no sidecar of their own.
    for d, names in media.items():
        for name, e in names.items():
            if e.vpath in claimed:
                continue
            m = _EDITED.match(name)
            if m:
                files = by_media.get(posixpath.join(d, m.group("stem") + m.group("ext")))
                if files is not None:
                    files.append(e)
                    claimed.add(e.vpath)
    for sc, data, files in paired:
        item = sidecar_item(sc, data, files)
        item.export_path = rel(sc, root)
        cov.items += 1
        yield item


def _geo(block: Any, source: str) -> Position | None:
    if not isinstance(block, dict):
        return None
    lat, lon = block.get("latitude"), block.get("longitude")
    if not valid_position(lat, lon):
        return None
    return Position(float(lat), float(lon), source=source)


def _epoch(block: Any) -> datetime | None:
    if not isinstance(block, dict):
        return None
    try:
        return datetime.fromtimestamp(int(str(block.get("timestamp"))), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def sidecar_item(sidecar: Entry, data: dict[str, Any], files: list[Entry]) -> Item:
    """The Google Photos record a sidecar describes, as a photo or video Item."""
    # geoData is the position Google shows (edited or inferred); geoDataExif the camera's, used when geoData is empty
    pos = _geo(data.get("geoData"), "google.geoData") or _geo(data.get("geoDataExif"), "google.geoDataExif")
    url = data.get("url") if isinstance(data.get("url"), str) else None
    # the photo's id is the last segment of its Google Photos url
    item_id = url.rstrip("/").rsplit("/", 1)[-1] if url else None
    people = tuple(
        str(p.get("name")).strip() for p in data.get("people") or [] if isinstance(p, dict) and str(p.get("name") or "").strip()
    )
    title = str(data.get("title") or "")
    # photo or video from the paired file's extension; with no pair, from the title (the original file name)
    ext = posixpath.splitext(files[0].name if files else title)[1].lower()
    origin = data.get("googlePhotosOrigin") if isinstance(data.get("googlePhotosOrigin"), dict) else {}
    # which app saved the photo (e.g. a messenger) when Google recorded it
    app = (data.get("appSource") or {}).get("androidPackageName") if isinstance(data.get("appSource"), dict) else None
    return Item(
        platform=Platform.GOOGLE,
        kind=ItemKind.VIDEO if ext in VIDEO_EXT else ItemKind.PHOTO,
        path=sidecar.display,
        text=str(data.get("description") or "").strip(),
        timestamp=_epoch(data.get("photoTakenTime")) or _epoch(data.get("creationTime")),
        item_id=item_id,
        url=url,
        position=pos,
        # a photo from a shared album has been seen by the album's members; others are private to the account
        audience=Audience.LIMITED if "fromSharedAlbum" in origin else Audience.PRIVATE,
        people=people,
        extra={
            "sidecar": True,
            "media_path": files[0].display if files else None,
            "media_paths": [f.display for f in files],
            "title": title or None,
            "origin": next(iter(origin), None),
            "app_source": app,
            "trashed": bool(data.get("trashed")),
            # Google keeps this position on its servers: a GPS-free copy of the file does not remove it.
            "strippable": False,
        },
    )
