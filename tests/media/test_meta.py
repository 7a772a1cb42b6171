"""Shared media types: the buffered stream, EXIF blocks landing in a MediaMeta, the UTC offset."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

import pytest

from auditor import synth
from auditor.media.meta import Buffered, MediaError, MediaMeta, apply_tiff


def test_meta_buffered_reads_head_first_then_skips_by_seek():
    fh = io.BytesIO(b"0123456789")
    buf = Buffered(fh, fh.read(2))  # readers sniff the head first, then hand it over
    assert buf.seekable and buf.read(3) == b"012"
    buf.skip(4)
    assert buf.read(10) == b"789"


def test_meta_apply_tiff_merges_gps_and_identity():
    meta = MediaMeta("jpeg")
    apply_tiff(meta, synth.exif_bytes(-35.3, 149.1, artist="Pat Example")[6:], "exif")
    assert meta.has_gps_block and meta.identity["Artist"] == "Pat Example"
    assert meta.tags["Make"] == "Examplephone"


def test_meta_corrupt_exif_is_fatal_only_when_nothing_came_before():
    with pytest.raises(MediaError, match="corrupt EXIF"):
        apply_tiff(MediaMeta("jpeg"), b"II*\x00\xff\xff\xff\x7f", "exif")
    meta = MediaMeta("jpeg", tags={"Make": "X"})
    apply_tiff(meta, b"II*\x00\xff\xff\xff\x7f", "exif")
    assert meta.tags == {"Make": "X"}


def test_meta_offset_is_known_only_when_recorded():
    taken = datetime(2024, 5, 1, 9, tzinfo=timezone(timedelta(hours=-3, minutes=-30)))
    assert MediaMeta("jpeg", taken=taken, offset_known=True).offset == "-03:30"
    assert MediaMeta("jpeg", taken=taken).offset is None


def test_meta_skip_past_any_real_end_does_not_overflow():
    """Found by the media fuzz target: a 64-bit ISO-BMFF box size made `seek` raise OverflowError."""
    import base64
    import io

    from auditor.media.meta import Buffered, MediaError, MediaMeta
    from auditor.media.reader import read_media

    buf = Buffered(io.BytesIO(b"abcdef"), b"")
    buf.skip(1 << 70)
    assert buf.read(4) == b""
    crash = base64.b64decode(
        "AAAAGGZ0eXBpc29tAAAAbWlzb29zAGltAAAAmm1vb3YAAABsbXZoZAAAAADif2YA4n9mAAEAAAAAAAAAAAAAAAADAAAAAAAAAAAAAAAAAAAAAQAA"
        "AAAAAAAAAAAAAAAAQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAIAAAAmdWR0YQAAAB6peHl6ABIVSUkrAAgAAAAKAAABBAABAAAACAAA"
        "AAEBBAABAEAACAAAAAH///////////////////////////////////////////////////8AAAAAAAAACAAIAAgA/9j/4AAQSkZJRgD///8BAQBaeA=="
    )
    try:
        assert isinstance(read_media(io.BytesIO(crash)), MediaMeta)
    except MediaError:
        pass  # a reasoned refusal is fine; an OverflowError is not
