"""Barcodes and QR codes read from an image already decoded (and bounded) by `ocr.load_image`."""

from __future__ import annotations

import pytest

from auditor import synth
from auditor.media import barcodes, ocr

needs_zxing = pytest.mark.skipif(not barcodes.available(), reason="zxing-cpp not installed")


@needs_zxing
def test_barcodes_read_codes_from_decoded_image():
    im = ocr.load_image(synth.qr_image("Australian Border Force staff 7654321"))
    assert barcodes.read_codes(im) == [("QR Code", "Australian Border Force staff 7654321")]
