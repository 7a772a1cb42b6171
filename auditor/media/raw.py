"""Camera raw files and TIFF-family containers: their EXIF, read page by page.

TIFF, BigTIFF, DNG, CR2, NEF, ARW, ORF (``IIRO``/``IIRS``/``MMOR``) and RW2 (``IIU``) keep their
EXIF in TIFF directories; we read only the pages those directories sit in (`meta.Paged`), never
the image data. RW2 keeps GPS in the EXIF of its embedded JPEG (IFD0 tag 0x2E, JpgFromRaw).
CR3 is an ISO base media file whose ``moov/uuid`` box holds ``CMT1`` (IFD0), ``CMT2`` (Exif
IFD) and ``CMT4`` (GPS IFD), each a small TIFF. CRW is Canon's CIFF heap; RAF is Fujifilm's
container with an embedded JPEG (its EXIF) and sometimes a TIFF (read only for what the JPEG
lacks). An embedded preview never overrides the container's own tags.

The JPEG walker lives in `reader`; it is passed in as `read_jpeg` so this module never imports
`reader` (which imports this one). This module must not decode pixels, open files by name or
decide what is risky.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Callable
from datetime import UTC, datetime
from typing import BinaryIO

from auditor.media import exif as exifmod
from auditor.media import isobmff
from auditor.media.meta import MediaError, MediaMeta, Paged, apply_ifds, apply_tiff

JpegReader = Callable[[BinaryIO, bytes, MediaMeta, int | None], None]
CANON_UUID = bytes.fromhex("85c0b687820f11e08111f4ce462b6a48")
TAG_JPG_FROM_RAW = 0x002E
EMBEDDED_JPEG_MAX = 512 * 1024  # an embedded preview's metadata sits in its first segments


def raw_kind(head: bytes) -> str | None:
    """The TIFF-family kind from the first bytes: tiff, cr2, bigtiff, orf, rw2; or None."""
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "cr2" if head[8:10] == b"CR" else "tiff"
    if head[:4] in (b"II+\x00", b"MM\x00+"):
        return "bigtiff"
    if head[:4] in (b"IIRO", b"IIRS", b"MMOR"):
        return "orf"
    if head[:4] == b"IIU\x00":
        return "rw2"
    return None


def read_tiff_family(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None, read_jpeg: JpegReader) -> None:
    """TIFF, BigTIFF and the TIFF-based raws: IFD0, Exif and GPS directories, page by page."""
    data = Paged(fh, head, size)
    apply_tiff(meta, data, "exif")  # type: ignore[arg-type]  # Paged slices like bytes
    if meta.kind == "rw2":
        try:
            block = exifmod.ifd0_block(data, TAG_JPG_FROM_RAW)  # type: ignore[arg-type]
        except exifmod.ExifError:
            block = None
        if block is not None:
            off, n = block
            _embedded_jpeg(data[off : off + min(n, EMBEDDED_JPEG_MAX)], meta, read_jpeg, "RW2 JpgFromRaw")


def _embedded_jpeg(jpeg: bytes, meta: MediaMeta, read_jpeg: JpegReader, what: str) -> None:
    """Merge an embedded preview's metadata: the container's own tags win (as in ExifTool)."""
    if not jpeg.startswith(b"\xff\xd8\xff"):
        meta.warnings.append(f"{what} is not a JPEG")
        return
    inner = MediaMeta(format="jpeg", kind="jpeg")
    try:
        read_jpeg(io.BytesIO(jpeg), b"", inner, None)
    except MediaError as exc:
        meta.warnings.append(f"{what}: {exc}")
    _merge(meta, inner, what)


def _merge(meta: MediaMeta, inner: MediaMeta, what: str) -> None:
    for key, val in inner.tags.items():
        meta.tags.setdefault(key, val)
    for key, val in inner.identity.items():
        meta.identity.setdefault(key, val)
    if not meta.exif_gps:
        meta.exif_gps.update(inner.exif_gps)
    if meta.xmp_gps is None:
        meta.xmp_gps = inner.xmp_gps
    meta.has_gps_block = meta.has_gps_block or inner.has_gps_block
    meta.warnings.extend(f"{what}: {w}" for w in inner.warnings)


# ---- CR3 -------------------------------------------------------------------------------------


def read_cr3(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    top = isobmff.top_level(fh, head, {b"moov"})
    moov = top.get(b"moov")
    if moov is None:
        raise MediaError("corrupt CR3: no moov box")
    for btype, s, e in isobmff.boxes(moov):
        if btype == b"uuid" and moov[s : s + 16] == CANON_UUID:
            _cr3_tags(moov, s + 16, e, meta)
            return
    raise MediaError("corrupt CR3: no Canon metadata box")


def _cr3_tags(b: bytes, s: int, e: int, meta: MediaMeta) -> None:
    ifd0: dict = {}
    exif: dict = {}
    gps: dict | None = None
    for btype, cs, ce in isobmff.boxes(b, s, e):
        if btype not in (b"CMT1", b"CMT2", b"CMT4"):
            continue
        try:
            entries = exifmod.parse_ifd0(b[cs:ce])
        except exifmod.ExifError as exc:
            meta.warnings.append(f"CR3 {btype.decode()}: {exc}")
            continue
        if btype == b"CMT1":
            ifd0 = {exifmod.IFD0_TAGS[t]: v for t, v in entries.items() if t in exifmod.IFD0_TAGS}
        elif btype == b"CMT2":
            exif = {exifmod.EXIF_TAGS[t]: v for t, v in entries.items() if t in exifmod.EXIF_TAGS}
        else:
            gps = {exifmod.GPS_TAGS[t]: v for t, v in entries.items() if t in exifmod.GPS_TAGS}
    apply_ifds(meta, ifd0, exif, gps)


# ---- CRW (Canon CIFF) ------------------------------------------------------------------------

CIFF_MAKE_MODEL = 0x080A
CIFF_CAPTURED = 0x180E
CIFF_MAX_DIRS = 32


def read_crw(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    """Make, model and capture time from the CIFF heap (CRW files carry no GPS)."""
    data = Paged(fh, head, size)
    bo = "<" if head[:2] == b"II" else ">"
    (hlen,) = struct.unpack(bo + "I", head[2:6])
    seen = 0

    def walk(start: int, end: int, depth: int) -> None:
        nonlocal seen
        seen += 1
        if depth > 4 or seen > CIFF_MAX_DIRS or end - start < 6:
            return
        (table,) = struct.unpack(bo + "I", data[end - 4 : end])
        tpos = start + table
        (count,) = struct.unpack(bo + "H", data[tpos : tpos + 2] or b"\0\0")
        entries = data[tpos + 2 : tpos + 2 + 10 * min(count, 512)]
        for i in range(len(entries) // 10):
            tag, n, off = struct.unpack(bo + "HII", entries[i * 10 : i * 10 + 10])
            kind = tag & 0x3800
            tid = tag & 0x3FFF
            if kind in (0x2800, 0x3000):  # a subdirectory
                walk(start + off, start + off + n, depth + 1)
            elif tid == CIFF_MAKE_MODEL and n <= 256:
                parts = data[start + off : start + off + n].split(b"\0")
                meta.tags.setdefault("Make", parts[0].decode("latin-1").strip())
                if len(parts) > 1:
                    meta.tags.setdefault("Model", parts[1].decode("latin-1").strip())
            elif tid == CIFF_CAPTURED and n >= 4 and tag & 0x4000 == 0:
                (secs,) = struct.unpack(bo + "I", data[start + off : start + off + 4])
                if secs:
                    stamp = datetime.fromtimestamp(secs, UTC).replace(tzinfo=None)
                    meta.tags.setdefault("DateTimeOriginal", stamp.strftime("%Y:%m:%d %H:%M:%S"))

    try:
        walk(hlen, len(data), 0)
    except (struct.error, ValueError, OverflowError) as exc:
        meta.warnings.append(f"CRW heap: {exc}")


# ---- RAF (Fujifilm) --------------------------------------------------------------------------


def read_raf(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None, read_jpeg: JpegReader) -> None:
    """The embedded JPEG's EXIF (where the GPS is), then an embedded TIFF when there is one."""
    data = Paged(fh, head, size)
    hdr = data[84:108]
    if len(hdr) < 24:
        raise MediaError("corrupt RAF: header truncated")
    jpeg_off, jpeg_len, _cfa_hdr_off, _cfa_hdr_len, cfa_off, cfa_len = struct.unpack(">6I", hdr)
    if jpeg_len and jpeg_off + 4 <= len(data):
        _embedded_jpeg(data[jpeg_off : jpeg_off + min(jpeg_len, EMBEDDED_JPEG_MAX)], meta, read_jpeg, "RAF preview")
    if cfa_len and cfa_off + 8 <= len(data) and data[cfa_off : cfa_off + 4] in (b"II*\x00", b"MM\x00*"):
        # Some models store the raw data as a TIFF; ExifTool reads it as a FujiIFD (raw layout),
        # so its tags only fill what the preview's EXIF left empty.
        inner = MediaMeta(format="tiff", kind="tiff")
        try:
            apply_tiff(inner, _Slice(data, cfa_off, cfa_len), "exif")  # type: ignore[arg-type]
        except MediaError as exc:
            meta.warnings.append(f"RAF TIFF: {exc}")
        _merge(meta, inner, "RAF TIFF")


class _Slice:
    """A window onto a `Paged` view, so TIFF offsets count from the embedded TIFF's start."""

    def __init__(self, data: Paged, start: int, length: int) -> None:
        self.data, self.start, self.length = data, start, min(length, len(data) - start)

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, key: slice) -> bytes:
        a, b, _ = key.indices(self.length)
        return self.data[self.start + a : self.start + b]
