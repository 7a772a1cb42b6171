"""Text and codes inside photos: OCR feeds the text rules, barcodes feed the identity-document rule."""

from __future__ import annotations

import shutil
import struct
import time

import pytest

from auditor import synth
from auditor.engine import ScanOptions, scan
from auditor.media import ocr, vision
from auditor.models import Category

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract not installed")
needs_zxing = pytest.mark.skipif(not vision.barcodes.available(), reason="zxing-cpp not installed")

BOARDING_PASS = "M1EXAMPLE/PAT        EABC123 CBRSYDQF 0123 123Y012A0001 100"


@needs_tesseract
def test_ocr_finds_department_name_in_photo(tmp_path, dibp):
    (tmp_path / "office.jpg").write_bytes(synth.sign_image(["Department of Home Affairs", "Visitors report to reception"]))
    (tmp_path / "beach.jpg").write_bytes(synth.sign_image(["Surf lifesaving club", "Swim between the flags"]))
    result = scan([str(tmp_path)], dibp, ScanOptions(ocr=True, workers=1))
    dept = [f for f in result.findings if f.category == Category.DEPARTMENT_IDENTIFIER]
    assert [f.path for f in dept] == ["office.jpg"], [f.to_dict() for f in result.findings]
    assert "Home Affairs" in dept[0].evidence
    assert not result.notices


@needs_zxing
def test_barcode_boarding_pass_is_identity_document(tmp_path, dibp):
    (tmp_path / "pass.png").write_bytes(synth.qr_image(BOARDING_PASS))
    (tmp_path / "plain.png").write_bytes(synth.image_bytes("PNG"))
    result = scan([str(tmp_path)], dibp, ScanOptions(ocr=False, barcodes=True, workers=1))
    docs = [f for f in result.findings if f.category == Category.IDENTITY_DOCUMENT]
    assert len(docs) == 1 and docs[0].path == "pass.png" and docs[0].code == "DOC101"
    assert docs[0].severity == "medium"  # high, one step lower for a private camera-roll photo
    assert "boarding pass" in docs[0].message


def test_ocr_off_by_default(tmp_path, dibp):
    (tmp_path / "pass.png").write_bytes(synth.qr_image(BOARDING_PASS))
    (tmp_path / "office.jpg").write_bytes(synth.sign_image(["Department of Home Affairs"]))
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    assert not [f for f in result.findings if f.category in (Category.IDENTITY_DOCUMENT, Category.DEPARTMENT_IDENTIFIER)]


def test_ocr_missing_tools_give_one_notice(tmp_path, dibp, monkeypatch):
    monkeypatch.setattr(vision.ocr, "available", lambda: False)
    monkeypatch.setattr(vision.barcodes, "available", lambda: False)
    for i in range(3):
        (tmp_path / f"p{i}.jpg").write_bytes(synth.sign_image(["Department of Home Affairs"]))
    result = scan([str(tmp_path)], dibp, ScanOptions(ocr=True, workers=1))
    assert len([n for n in result.notices if "tesseract" in n]) == 1
    assert len([n for n in result.notices if "zxing" in n]) == 1
    assert not result.errors


def test_ocr_refuses_decompression_bomb_without_decoding():
    ihdr = synth.png_chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 8, 2, 0, 0, 0))
    data = (
        b"\x89PNG\r\n\x1a\n"
        + ihdr
        + synth.png_chunk(b"IDAT", b"\x78\x9c\x03\x00\x00\x00\x00\x01")
        + synth.png_chunk(b"IEND", b"")
    )
    t0 = time.perf_counter()
    with pytest.raises(ocr.VisionSkip, match="too large"):
        ocr.load_image(data)
    assert time.perf_counter() - t0 < 0.5
