"""Which images go to OCR/barcodes, and that one unreadable image is a skip reason, never a crash."""

from __future__ import annotations

from auditor.media import ocr, vision
from auditor.tree import InputTree


def test_vision_wants_only_bounded_image_files(tmp_path):
    (tmp_path / "a.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "notes.txt").write_text("x")
    with open(tmp_path / "huge.png", "wb") as fh:  # sparse: over the OCR size bound without using disk
        fh.truncate(ocr.MAX_FILE_BYTES + 1)
    entries = {e.name: e for e in InputTree.build([str(tmp_path)]).entries}
    assert vision.wanted(entries["a.jpg"])
    assert not vision.wanted(entries["notes.txt"])
    assert not vision.wanted(entries["huge.png"])


def test_vision_unreadable_image_is_skipped_not_fatal(tmp_path):
    (tmp_path / "bad.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)
    [entry] = InputTree.build([str(tmp_path)]).entries
    res = vision.look(entry.locator, True, True)
    assert isinstance(res, str)
