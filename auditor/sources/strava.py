"""Strava bulk export: ``activities.csv`` plus the activity files it names (GPX, TCX, FIT,
each optionally ``.gz``).

Every activity becomes one `track` Item: text is its name and description, position is the
track's first point (start and end of a run or ride are usually home), ``extra["end"]`` its
last point and ``extra["points"]`` a thinned list of at most `MAX_KEPT` (lat, lon, ISO time).
Track files not listed in the CSV are read too. XML is streamed through expat with entity
declarations and external entities refused; gzip is streamed with a size cap; FIT goes through
the bounded reader in `auditor.sources.fit`. A broken track file is an error for that file
only; the activity still yields its name and description.

This module turns activities into Items; it must not decide what is risky (rules and inference
judge the start and end points).
"""

from __future__ import annotations

import gzip
import posixpath
import re
import zlib
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from xml.parsers import expat

from auditor.models import Audience, Item, ItemKind, Platform, Position, valid_position
from auditor.sources.base import Coverage, SourceContext, rel, under
from auditor.sources.fit import FitError, read_fit_points
from auditor.sources.plaintext import parse_utc, read_csv
from auditor.tree import Entry, InputTree

TRACK_LIMIT = 64 * 1024 * 1024  # decompressed bytes of one activity file
MAX_KEPT = 200
_TRACK_RE = re.compile(r"\.(gpx|tcx|fit)(\.gz)?$", re.IGNORECASE)
_MEDIA = (".jpg", ".jpeg", ".png", ".heic", ".mp4", ".mov", ".gif", ".webp")
_DATE_FORMATS = ("%b %d, %Y, %I:%M:%S %p", "%b %d, %Y, %H:%M:%S", "%d %b %Y, %H:%M:%S", "%Y-%m-%d %H:%M:%S")

Point = tuple[float, float, "datetime | None"]


class StravaSource:
    platform = Platform.STRAVA
    name = "Strava bulk export"
    FORMATS = (
        {
            "files": "activities.csv",
            "generation": "bulk export (Activity ID, Activity Date, Activity Name, Activity Description, Filename)",
            "reads": "one track per activity: name, description, date",
        },
        {
            "files": "activities/<id>.gpx, .tcx, .fit (and .gz)",
            "generation": "uploaded device files",
            "reads": "track points: start, end, thinned route",
        },
        {
            "files": "profile.csv",
            "generation": "bulk export",
            "reads": "name (First and Last Name), account email, bio (Description), city/state/country",
        },
        {"files": "comments.csv, media.csv", "generation": "bulk export", "reads": "comments you wrote; photo captions"},
        {"files": "other CSVs (bikes, routes, segments, ...)", "generation": "bulk export", "reads": "recognised, not read"},
    )
    SKIPS = (
        ("bikes, shoes, routes, segments, goals, clubs, followers ... (other CSVs and JSON)", "nothing the rules use"),
        ("activity files missing from an export made without them", "one line says so; names and descriptions still read"),
    )
    POSITIONS = "track start point (Item position), end point and thinned route (extra) from GPX/TCX/FIT files"

    def detect(self, tree: InputTree) -> list[str]:
        roots: set[str] = set()
        for e in tree.entries:
            if e.name == "activities.csv":
                try:
                    head = e.read(1024).decode("utf-8-sig", errors="replace")
                except OSError:
                    continue
                first = head.splitlines()[0] if head else ""
                if "Activity ID" in first:
                    roots.add(posixpath.dirname(e.vpath))
        return sorted(roots)

    def read(self, tree: InputTree, root: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        csv_entry = None
        tracks: dict[str, Entry] = {}
        for e in under(tree, root):
            r = rel(e, root)
            if r == "activities.csv":
                csv_entry = e
            elif r == "profile.csv":
                yield from self._profile(e, r, ctx, cov)
            elif r in ("comments.csv", "media.csv"):
                yield from self._texts(e, r, ctx, cov)
            elif _TRACK_RE.search(e.name):
                tracks[r] = e
            elif e.suffix in _MEDIA:
                continue  # activity photos: the media stage reads them
            elif e.suffix == ".csv" or e.suffix == ".json":
                cov.skip(r, "a Strava file with nothing the rules use")
            else:
                cov.not_understood.append(r)
        rows: list[dict[str, str]] = []
        if csv_entry is not None:
            try:
                _header, rows = read_csv(csv_entry)
            except (OSError, UnicodeDecodeError, ValueError) as exc:
                ctx.error(csv_entry, f"unreadable Strava activities.csv: {exc}")
            else:
                cov.parsed.append("activities.csv")
        used: set[str] = set()
        missing: list[str] = []
        for row in rows:
            fname = (row.get("Filename") or "").strip().lstrip("/")
            track_entry = tracks.get(fname) if fname else None
            if track_entry is not None:
                used.add(fname)
            elif fname:
                missing.append(fname)
            item = self._activity(row, track_entry, csv_entry, root, ctx, cov)
            cov.items += 1
            yield item
        if missing:
            # one line, not one per activity: an export made without its activity files names
            # a thousand files it does not hold
            named = len(missing) + len(used)
            what = "none is" if not used else f"{len(missing)} are not"
            ctx.error(
                csv_entry or root,
                f"activities.csv names {named} activity files and {what} in the export (e.g. {missing[0]}): "
                "names and descriptions were read, routes were not",
            )
        for r, e in sorted(tracks.items()):
            if r in used:
                continue
            item = self._activity({"Activity ID": _id_from_name(e.name)}, e, e, root, ctx, cov)
            if item.position is not None:
                cov.items += 1
                yield item

    def _texts(self, e: Entry, r: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        """comments.csv (comments the athlete wrote) and media.csv (photo captions)."""
        try:
            header, rows = read_csv(e)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            ctx.error(e, f"unreadable Strava {r}: {exc}")
            return
        cov.parsed.append(r)
        text_col = _column(header, ("Comment", "Media Caption", "Caption", "Comment Text"))
        date_col = _column(header, ("Comment Date", "Date", "Media Date"))
        file_col = _column(header, ("Media Filename", "Filename"))
        for row in rows:
            text = (row.get(text_col) or "").strip() if text_col else ""
            if not text:
                continue
            media = (row.get(file_col) or "").strip() if file_col else ""
            cov.items += 1
            yield Item(
                platform=Platform.STRAVA,
                kind=ItemKind.COMMENT if r == "comments.csv" else ItemKind.CAPTION,
                path=e.display,
                export_path=r,
                text=text,
                timestamp=_csv_date(row.get(date_col)) if date_col else None,
                extra={"media": media} if media else {},
            )

    def _profile(self, e: Entry, r: str, ctx: SourceContext, cov: Coverage) -> Iterator[Item]:
        try:
            _header, rows = read_csv(e)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            ctx.error(e, f"unreadable Strava profile.csv: {exc}")
            return
        cov.parsed.append(r)
        for row in rows[:1]:
            place = ", ".join(v for v in (row.get(k, "").strip() for k in ("City", "State", "Country")) if v)
            name = " ".join(v for v in (row.get(k, "").strip() for k in ("First Name", "Last Name")) if v)
            fields = (
                ("name", name),
                ("email", row.get("Email Address", "")),
                ("bio", row.get("Description", "")),
                ("location", place),
            )
            for fld, text in fields:
                if text.strip():
                    cov.items += 1
                    yield Item(
                        platform=Platform.STRAVA,
                        kind=ItemKind.PROFILE_FIELD,
                        path=e.display,
                        export_path=r,
                        text=text.strip(),
                        field=fld,
                        item_id=f"profile#{fld}",
                    )

    def _activity(
        self, row: dict[str, str], track: Entry | None, csv_entry: Entry | None, root: str, ctx: SourceContext, cov: Coverage
    ) -> Item:
        aid = (row.get("Activity ID") or "").strip() or None
        name = (row.get("Activity Name") or "").strip()
        desc = (row.get("Activity Description") or "").strip()
        points: list[Point] = []
        # an activity without a track file (manual entry, or a file missing from the export) still has its words
        if track is not None:
            try:
                points = read_track(track)
                cov.parsed.append(rel(track, root))
            except (OSError, ValueError, EOFError, zlib.error) as exc:
                # a broken track file loses only its points: the activity's name and description still count
                ctx.error(track, f"unreadable Strava activity file: {exc.__class__.__name__}: {exc}")
        src = csv_entry or track  # the CSV row, or the track file itself when the CSV does not list it
        assert src is not None
        # the track's first timestamp is exact and zoned; the CSV date is localised text, the fallback
        when = next((p[2] for p in points if p[2] is not None), None) or _csv_date(row.get("Activity Date"))
        extra: dict[str, Any] = {"activity_type": (row.get("Activity Type") or "").strip() or None}
        position = None
        # the start (often home) is the Item's position; the end and a thinned track go along for inference
        if points:
            position = Position(points[0][0], points[0][1], source="strava.track_start")
            extra["end"] = (points[-1][0], points[-1][1])
            extra["points"] = [(la, lo, t.isoformat() if t else None) for la, lo, t in thin(points)]
            extra["point_count"] = len(points)
        # even an unreadable track file is named, so the report can point at it
        if track is not None:
            extra["track_file"] = track.display
        return Item(
            platform=Platform.STRAVA,
            kind=ItemKind.TRACK,
            path=src.display,
            export_path=rel(src, root),
            text="\n".join(t for t in (name, desc) if t),
            timestamp=when,
            item_id=aid,
            # only a numeric id names a Strava activity page; a non-numeric one (a renamed track file) would not
            url=f"https://www.strava.com/activities/{aid}" if aid and aid.isdigit() else None,
            position=position,
            audience=Audience.PUBLIC,
            extra=extra,
        )


def _column(header: list[str], names: tuple[str, ...]) -> str | None:
    """The header cell that is one of `names` (case and spacing ignored)."""
    flat = {re.sub(r"[^a-z]", "", h.lower()): h for h in header}
    for n in names:
        hit = flat.get(re.sub(r"[^a-z]", "", n.lower()))
        if hit:
            return hit
    return None


def _id_from_name(name: str) -> str:
    return _TRACK_RE.sub("", name)


def _csv_date(value: str | None) -> datetime | None:
    if not value:
        return None
    s = value.strip().replace("\u202f", " ")
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(s, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return parse_utc(s)


def thin(points: list[Point], keep: int = MAX_KEPT) -> list[Point]:
    """At most `keep` points spread evenly along the track, always with the first and last."""
    if len(points) <= keep:
        return list(points)
    step = (len(points) - 1) / (keep - 1)
    return [points[round(i * step)] for i in range(keep)]


class _Forbidden(ValueError):
    pass


def _forbid(*_args: Any) -> None:
    raise _Forbidden("XML with entity declarations or external entities is refused")


class _Points:
    """expat callbacks collecting GPX ``trkpt`` or TCX ``Trackpoint`` positions and times."""

    def __init__(self, kind: str) -> None:
        self.points: list[Point] = []
        self.point_tag = "trkpt" if kind == "gpx" else "Trackpoint"
        self.wanted = ("time",) if kind == "gpx" else ("Time", "LatitudeDegrees", "LongitudeDegrees")
        self.in_point = False
        self.values: dict[str, str | None] = {}
        self.field: str | None = None
        self.buf: list[str] = []

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(":", 1)[-1]
        if local == self.point_tag:
            self.in_point = True
            self.values = {"lat": attrs.get("lat"), "lon": attrs.get("lon")}
        elif self.in_point and local in self.wanted:
            self.field, self.buf = local, []

    def text(self, data: str) -> None:
        if self.field is not None:
            self.buf.append(data)

    def end(self, name: str) -> None:
        local = name.rsplit(":", 1)[-1]
        if self.field is not None and local == self.field:
            self.values[local] = "".join(self.buf).strip()
            self.field = None
        elif local == self.point_tag and self.in_point:
            self.in_point = False
            v = self.values
            lat, lon = (
                (v.get("lat"), v.get("lon"))
                if self.point_tag == "trkpt"
                else (v.get("LatitudeDegrees"), v.get("LongitudeDegrees"))
            )
            if valid_position(lat, lon):
                self.points.append((float(lat), float(lon), parse_utc(v.get("time") or v.get("Time"))))


def _chunks(entry: Entry) -> Iterator[bytes]:
    """The file's (decompressed) bytes in 1 MiB chunks, refusing more than TRACK_LIMIT."""
    total = 0
    with entry.open() as raw:
        fh = gzip.GzipFile(fileobj=raw) if entry.name.lower().endswith(".gz") else raw
        try:
            while chunk := fh.read(1 << 20):
                total += len(chunk)
                if total > TRACK_LIMIT:
                    raise ValueError(f"activity file larger than {TRACK_LIMIT} bytes")
                yield chunk
        finally:
            if fh is not raw:
                fh.close()


def _parse_xml_points(entry: Entry, kind: str) -> list[Point]:
    # Streaming expat with the protections defusedxml applies by default (no entity declarations,
    # no external entities or parameter entities): a hostile GPX cannot expand entities or reach
    # the network, and a big track never sits in memory as a tree.
    handler = _Points(kind)
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _forbid
    parser.UnparsedEntityDeclHandler = _forbid
    parser.ExternalEntityRefHandler = _forbid
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    parser.buffer_text = True
    first = True
    try:
        for chunk in _chunks(entry):
            if first:
                chunk = chunk.lstrip()  # some devices write blank lines before the XML declaration
                first = False
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise ValueError(f"malformed XML: {exc}") from None
    except LookupError as exc:  # an XML declaration naming an encoding Python does not know (found by fuzz/)
        raise ValueError(f"unknown XML encoding: {exc}") from None
    return handler.points


def read_track(entry: Entry) -> list[Point]:
    """Valid (lat, lon, time) points of one GPX, TCX or FIT file (gzipped or not)."""
    m = _TRACK_RE.search(entry.name)
    kind = m.group(1).lower() if m else ""
    if kind == "fit":
        try:
            return read_fit_points(b"".join(_chunks(entry)))
        except FitError as exc:
            raise ValueError(str(exc)) from None
    return _parse_xml_points(entry, kind)
