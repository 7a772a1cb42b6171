"""Where metadata sits in each container: plans that leave pixel data alone and remove GPS."""

from __future__ import annotations

import io

import pytest

from auditor import synth
from auditor.fixers.containers import plan
from auditor.fixers.exif import StripError, apply_to_bytes
from auditor.media.reader import read_media


@pytest.mark.parametrize("fmt,kind", [("jpeg", "JPEG"), ("png", "PNG"), ("webp", "WEBP"), ("heic", "HEIF")])
def test_containers_plans_remove_gps_from_each_image_format(fmt, kind):
    data = synth.photo(-35.3, 149.1, fmt=kind)
    assert read_media(io.BytesIO(data)).gps is not None
    edits, removed = plan(fmt, data)
    assert "EXIF GPS" in removed
    out = apply_to_bytes(data, edits)
    meta = read_media(io.BytesIO(out))
    assert meta.gps is None and not meta.has_gps_block


def test_containers_video_location_goes():
    data = synth.mp4_bytes(xyz=synth.iso6709(-35.3, 149.1))
    assert read_media(io.BytesIO(data)).gps is not None
    edits, removed = plan("mp4", data)
    assert removed
    assert read_media(io.BytesIO(apply_to_bytes(data, edits))).gps is None


def test_containers_unknown_format_is_a_strip_error():
    with pytest.raises(StripError, match="not supported"):
        plan("gif", b"GIF89a")
