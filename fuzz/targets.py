"""Fuzz targets: each takes bytes and must return without an exception other than the reader's own
documented errors, and without hanging. Used by `fuzz/run.py` (atheris, or a mutation loop).

The export targets (`export_<platform>`) put the fuzzed bytes in one file of a synthetic export
(the demo persona's, built once per process in a temporary folder) and run that platform's
source over the whole export, as a scan does: detection, reading, and every error path, which
must end in `ctx.error`, never an exception.
"""

from __future__ import annotations

import atexit
import io
import shutil
import struct
import tempfile
import zlib
from functools import cache
from pathlib import Path

from auditor.fixers.exif import blank_xmp
from auditor.media.meta import MediaError, MediaMeta
from auditor.media.reader import read_media
from auditor.media.xmp import apply_xmp
from auditor.sources import Coverage, SourceContext, all_sources
from auditor.sources.fit import FitError, read_fit_points
from auditor.sources.meta_export import html_records
from auditor.sources.strava import read_track
from auditor.tree import Entry, InputTree, close_all

EXPECTED = (MediaError, struct.error, zlib.error, EOFError)


def media(data: bytes) -> None:
    """JPEG, PNG, WebP, TIFF, HEIF, ISO-BMFF (MP4/MOV) and XMP sidecars, by signature."""
    try:
        read_media(io.BytesIO(data))
    except EXPECTED:
        pass


def xmp(data: bytes) -> None:
    """XMP packets read (media/xmp) and blanked (fixers/exif); blanking keeps the length."""
    apply_xmp(MediaMeta("xmp"), data)
    out, _ = blank_xmp(data, all_identifying=True)
    assert len(out) == len(data)


def meta_html(data: bytes) -> None:
    """Facebook / Instagram HTML export pages."""
    html_records(data.decode("utf-8", "replace"))


def fit(data: bytes) -> None:
    """Garmin FIT activity files (sources/fit)."""
    try:
        read_fit_points(data)
    except FitError:
        pass


@cache
def _scratch() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="auditor-fuzz-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _track(data: bytes, suffix: str) -> None:
    path = _scratch() / f"track{suffix}"
    path.write_bytes(data)
    entry = Entry(display=path.name, vpath=path.name, size=len(data), locator=("fs", str(path)))
    try:
        read_track(entry)
    except (ValueError, EOFError, zlib.error):  # what the Strava source turns into ctx.error
        pass


def gpx(data: bytes) -> None:
    """GPX tracks (sources/strava.read_track, the streaming expat parser)."""
    _track(data, ".gpx")


def tcx(data: bytes) -> None:
    """TCX tracks (the same parser, Garmin's schema)."""
    _track(data, ".tcx")


def google_points(data: bytes) -> None:
    """A streamed Records.json read as `Points` columns (sources/google_location.records_points,
    the path the engine takes over 32 MB, which the export target's small file never reaches),
    each batch given back as Items and to inference's collector, then the inference run."""
    import ijson  # lazy: as the reader imports it

    from auditor.config import load_profile
    from auditor.inference.pipeline import Collector
    from auditor.sources.google_location import records_points

    collector = Collector(load_profile("dibp"))
    try:
        for batch in records_points(io.BytesIO(data), "Records.json"):
            assert len(list(batch.items())) == len(batch)
            collector.add_points(batch)
    except (ijson.JSONError, ValueError):
        pass  # the source reports these as "malformed Google Records JSON"
    collector.findings()


# platform -> (the export's folder in the demo persona, the file inside it that is fuzzed)
EXPORT_SLOTS = {
    "twitter": ("twitter-2025-06-01-archive", "data/tweets.js"),
    "facebook": (
        "facebook-morganquill-2025-06-01",
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
    ),
    "instagram": ("instagram-morgan.quill-2025-06-01", "your_instagram_activity/media/posts_1.json"),
    "linkedin": ("Basic_LinkedInDataExport_06-01-2025", "Positions.csv"),
    "google": ("takeout-20250601T000000Z-001", "Takeout/Location History (Timeline)/Records.json"),
    "tiktok": ("tiktok", "user_data_tiktok.json"),
    "mastodon": ("mastodon-archive-20250601", "outbox.json"),
    "reddit": ("reddit_export_morgan", "comments.csv"),
    "whatsapp": ("whatsapp", "WhatsApp Chat with BNE Shift Crew.txt"),
    "snapchat": ("snapchat-mydata-2025-06-01", "json/location_history.json"),
    "strava": ("strava_export_81000008", "activities.csv"),
}


# every platform module imported now, so atheris instruments them (fuzz/run.py imports this module
# inside `instrument_imports`)
_SOURCES = {str(s.platform): s for s in all_sources()}


@cache
def _persona() -> Path:
    from auditor.demo import build_persona  # lazy: only the export targets need the demo persona

    root = _scratch() / "persona"
    build_persona(root)
    return root


@cache
def _export_copy(platform: str) -> Path:
    folder, _ = EXPORT_SLOTS[platform]
    dest = _scratch() / "exports" / platform / folder
    shutil.copytree(_persona() / folder, dest, ignore=shutil.ignore_patterns("*.jpg"))
    return dest


def slot_seed(platform: str) -> bytes:
    """The unfuzzed bytes of a platform's slot file (what `make_seeds` commits)."""
    folder, rel = EXPORT_SLOTS[platform]
    return (_persona() / folder / rel).read_bytes()


def export(platform: str, data: bytes) -> None:
    """The platform's source over its export with the slot file replaced by `data`."""
    root = _export_copy(platform)
    (root / EXPORT_SLOTS[platform][1]).write_bytes(data)
    source = _SOURCES[platform]
    tree = InputTree.build([str(root)])
    ctx = SourceContext()
    try:
        for found in source.detect(tree):
            for _item in source.read(tree, found, ctx, Coverage(platform=platform, root=found or ".")):
                pass
    finally:
        close_all()


def _export_target(platform: str):
    def target(data: bytes) -> None:
        export(platform, data)

    target.__doc__ = f"The {platform} export source, its {EXPORT_SLOTS[platform][1]} fuzzed."
    return target


TARGETS = {"media": media, "xmp": xmp, "meta_html": meta_html, "fit": fit, "gpx": gpx, "tcx": tcx}
TARGETS["google_points"] = google_points
TARGETS.update({f"export_{p}": _export_target(p) for p in EXPORT_SLOTS})
