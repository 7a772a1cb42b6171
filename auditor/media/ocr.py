"""Text in photos (badges, vehicle livery, signage, screens) via the tesseract binary.

Unlike metadata reading, OCR has to decode pixels, so it runs only when asked (`scan --ocr`)
and only within bounds: images no larger than `MAX_FILE_BYTES` and `MAX_PIXELS` (checked from
the header before anything is decoded, so a decompression bomb is skipped, not expanded),
downscaled before recognition, one tesseract process per image with a timeout. Tesseract is an
optional system tool: `available()` says whether it is installed; callers report its absence
once. This module returns text; it never decides what is risky.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import warnings
from typing import Any

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 50 MP photo is fine; a 30000x30000 PNG is not
MAX_SIDE = 2400  # longest side handed to tesseract (and zxing)
TIMEOUT_S = 30


class VisionSkip(Exception):
    """The image is not decoded for OCR/barcodes (too big, unsupported, unreadable); the reason says why."""


def available() -> bool:
    return shutil.which("tesseract") is not None


def load_image(data: bytes) -> Any:
    """Decode an image for OCR / barcode reading, refusing bombs before decoding anything."""
    from PIL import Image  # lazy: Pillow decodes pixels, needed only when OCR or barcodes are asked for

    if len(data) > MAX_FILE_BYTES:
        raise VisionSkip("image file too large for OCR")
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypmsf1", b"ftyphevc"):
        try:
            import pillow_heif  # lazy: only HEIC photos need the HEIF decoder

            pillow_heif.register_heif_opener()
        except ImportError as exc:
            raise VisionSkip("HEIC decoding needs pillow-heif") from exc
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))  # reads the header only
            w, h = im.size
            if w * h > MAX_PIXELS:
                raise VisionSkip(f"image too large to decode for OCR ({w}x{h})")
            if im.format == "JPEG":
                im.draft("L", (MAX_SIDE, MAX_SIDE))  # let libjpeg decode at reduced size
            im = im.convert("L")
    except VisionSkip:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise VisionSkip("image too large to decode for OCR (decompression bomb guard)") from exc
    except (OSError, ValueError, SyntaxError) as exc:
        raise VisionSkip(f"image cannot be decoded ({exc.__class__.__name__})") from exc
    if max(im.size) > MAX_SIDE:
        im.thumbnail((MAX_SIDE, MAX_SIDE))
    return im


def ocr_text(im: Any, lang: str = "eng") -> str:
    """Text tesseract reads in a decoded image ("" when it reads nothing)."""
    if min(im.size) < 600:  # small text is read far better at a larger scale
        factor = max(1, min(3, 1200 // max(1, min(im.size))))
        im = im.resize((im.size[0] * factor, im.size[1] * factor))
    buf = io.BytesIO()
    im.save(buf, "PNG")
    try:
        proc = subprocess.run(
            ["tesseract", "stdin", "stdout", "-l", lang, "--psm", "3"],
            input=buf.getvalue(),
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise VisionSkip(f"tesseract failed ({exc.__class__.__name__})") from exc
    text = proc.stdout.decode("utf-8", "replace")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)
