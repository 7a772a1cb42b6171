"""Text and codes inside images, for many files at once on every core (see `ocr`, `barcodes`).

`scan_images` decodes each image once (bounded), runs OCR and/or barcode reading on it, and
returns per-file results in input order: a `Vision` or a skip reason. Workers reopen files by
locator, as `auditor.media.batch.read_all` does. Nothing here decides what is risky.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from auditor.media import barcodes, ocr
from auditor.models import Item, ItemKind
from auditor.portable import mp_context
from auditor.tree import Entry, forget_open_zips, open_locator

VISION_SUFFIXES = {".jpg", ".jpeg", ".jpe", ".jfif", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".gif", ".bmp"}
MAX_FILES = 5000  # per scan: OCR is ~0.5 s per photo


@dataclass
class Vision:
    text: str = ""
    codes: list[tuple[str, str]] = field(default_factory=list)


def wanted(entry: Entry) -> bool:
    return entry.suffix in VISION_SUFFIXES and entry.size <= ocr.MAX_FILE_BYTES


def look(locator: tuple, do_ocr: bool, do_codes: bool) -> Vision | str:
    try:
        with open_locator(locator) as fh:
            data = fh.read(ocr.MAX_FILE_BYTES + 1)
        im = ocr.load_image(data)
        v = Vision()
        if do_codes:
            v.codes = barcodes.read_codes(im)
        if do_ocr:
            v.text = ocr.ocr_text(im)
        return v
    except ocr.VisionSkip as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one hostile image must never stop a scan
        return f"image not analysed: {exc.__class__.__name__}"


def _init() -> None:
    # a forked worker must not share the parent's open zip file offsets
    forget_open_zips()


def _chunk(args: tuple[list[tuple], bool, bool]) -> list[Vision | str]:
    locators, do_ocr, do_codes = args
    return [look(loc, do_ocr, do_codes) for loc in locators]


def scan_images(
    entries: Sequence[Entry],
    do_ocr: bool,
    do_codes: bool,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[Vision | str]:
    locators = [e.locator for e in entries]
    workers = workers or min(os.cpu_count() or 1, 8)
    if workers < 2 or len(locators) < 4:
        out = []
        for loc in locators:
            out.append(look(loc, do_ocr, do_codes))
            if progress:
                progress(1)
        return out
    size = max(1, min(16, len(locators) // (workers * 4) or 1))
    chunks = [(locators[i : i + size], do_ocr, do_codes) for i in range(0, len(locators), size)]
    results: list[Vision | str] = []
    from concurrent.futures import ProcessPoolExecutor  # lazy: only when files are read on several cores

    with ProcessPoolExecutor(max_workers=workers, mp_context=mp_context(), initializer=_init) as pool:
        for res in pool.map(_chunk, chunks):
            results.extend(res)
            if progress:
                progress(len(res))
    return results


def vision_items(
    pairs: Sequence[tuple[Entry, Item]],
    do_ocr: bool,
    do_codes: bool,
    workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[list[Item], list[str]]:
    """Extra Items for text and codes found in photos, and notices (missing tools, limits).

    OCR text becomes a caption Item (field "ocr") that every text rule sees; each decoded
    barcode/QR code becomes a caption Item with field "barcode" (the identity-document rule's
    input). Both keep the photo's path, platform, time and audience, but not its position, so
    a photo's geotag is reported once, by the photo.
    """
    notices: list[str] = []
    if do_ocr and not ocr.available():
        notices.append("OCR skipped: tesseract is not installed (Debian/Ubuntu: apt install tesseract-ocr)")
        do_ocr = False
    if do_codes and not barcodes.available():
        notices.append("Barcode/QR reading skipped: the zxing-cpp package is not installed (pip install zxing-cpp)")
        do_codes = False
    if not (do_ocr or do_codes):
        return [], notices
    todo = [(e, it) for e, it in pairs if wanted(e)]
    if len(todo) > MAX_FILES:
        notices.append(f"Text/code reading limited to the first {MAX_FILES} of {len(todo)} images")
        todo = todo[:MAX_FILES]
    results = scan_images([e for e, _ in todo], do_ocr, do_codes, workers=workers, progress=progress)
    items: list[Item] = []
    for (_entry, photo), res in zip(todo, results, strict=True):
        if isinstance(res, str):
            continue
        base = {
            "platform": photo.platform,
            "kind": ItemKind.CAPTION,
            "path": photo.path,
            "export_path": photo.export_path,
            "content_id": photo.content_id,
            "timestamp": photo.timestamp,
            "item_id": photo.item_id,
            "audience": photo.audience,
        }
        if res.text.strip():
            items.append(Item(text=res.text, field="ocr", extra={"from": "ocr"}, **base))
        for fmt, text in res.codes:
            items.append(Item(text=text, field="barcode", extra={"from": "barcode", "barcode_format": fmt}, **base))
    return items, notices
