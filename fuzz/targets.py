"""Fuzz targets: each takes bytes and must return without an exception other than the reader's own
documented errors, and without hanging. Used by `fuzz/run.py` (atheris, or a mutation loop)."""

from __future__ import annotations

import io
import struct
import zlib

from auditor.fixers.exif import blank_xmp
from auditor.media.meta import MediaError, MediaMeta
from auditor.media.reader import read_media
from auditor.media.xmp import apply_xmp
from auditor.sources.meta_export import html_records

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


TARGETS = {"media": media, "xmp": xmp, "meta_html": meta_html}
