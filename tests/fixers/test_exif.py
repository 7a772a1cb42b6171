"""Length-preserving EXIF/XMP edits: GPS goes, everything else keeps its bytes and offsets."""

from __future__ import annotations

from auditor import synth
from auditor.fixers.exif import apply_to_bytes, blank_xmp, tiff_edits
from auditor.media.meta import MediaMeta, apply_tiff
from auditor.media.xmp import apply_xmp


def test_exif_tiff_edits_remove_gps_and_keep_length():
    tiff = synth.exif_bytes(-35.3, 149.1, artist="Pat Example")[6:]
    edits, removed = tiff_edits(tiff, 0, len(tiff))
    out = apply_to_bytes(tiff, edits)
    assert removed == ["EXIF GPS"] and len(out) == len(tiff)
    meta = MediaMeta("tiff")
    apply_tiff(meta, out, "exif")
    assert not meta.has_gps_block and meta.identity["Artist"] == "Pat Example" and meta.tags["Make"] == "Examplephone"


def test_exif_tiff_edits_remove_identity_only_on_request():
    tiff = synth.exif_bytes(-35.3, 149.1, artist="Pat Example", serial="SER-1")[6:]
    edits, removed = tiff_edits(tiff, 0, len(tiff), all_identifying=True)
    assert "EXIF GPS" in removed and len(removed) > 1
    meta = MediaMeta("tiff")
    apply_tiff(meta, apply_to_bytes(tiff, edits), "exif")
    assert not meta.identity and not meta.has_gps_block


def test_exif_blank_xmp_keeps_the_packet_length():
    packet = synth.xmp_packet(-35.3, 149.1, creator="Pat Example")
    out, names = blank_xmp(packet)
    assert len(out) == len(packet) and names
    meta = MediaMeta("xmp")
    apply_xmp(meta, out)
    assert meta.xmp_gps is None and meta.identity.get("Creator") == "Pat Example"
