"""Find the metadata blocks inside media containers, reading only the bytes that hold them.

A file is recognised by its signature, never by its name (a text file called ``.jpg`` is an
error, not a photo). For each format we walk the container's own structure and read just the
EXIF/XMP payloads; pixel data is skipped with a seek, never decoded, so a 30000x30000 PNG costs
no more than a thumbnail.

`read_media(stream)` returns a `MediaMeta`; malformed files raise `MediaError` with a reason the
report can show. Hostile lengths are bounded: no payload larger than `MAX_BLOCK` is read, and
every walk has a step limit. JPEG, PNG, WebP and TIFF are walked here; HEIF and MP4/MOV in
`isobmff`; XMP packets are parsed in `xmp`; the shared types and limits live in `meta`.

This module must not decode pixels, open files by name, or decide what is risky.
"""

from __future__ import annotations

import re
import struct
import zlib
from datetime import UTC, datetime, timedelta, timezone
from typing import BinaryIO

from auditor.media import exif as exifmod
from auditor.media import flir, formats, gpmf, insta360, isobmff, raw
from auditor.media.meta import MAX_BLOCK, MAX_STEPS, Buffered, MediaError, MediaMeta, apply_tiff, is_compressed_member
from auditor.media.xmp import apply_xmp

HEAD = 256  # enough for every signature below (an M2TS's second sync byte sits at 196)
HEIF_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1")


def sniff(head: bytes) -> str | None:
    """The media format from the first bytes, or None (`sniff_kind` gives the finer kind)."""
    kind = sniff_kind(head)
    return None if kind is None else FORMAT_OF.get(kind, kind)


def sniff_kind(head: bytes) -> str | None:
    """The kind of media from its signature, never its name: jpeg, cr2, orf, cr3, insv... or None."""
    if head[:3] == b"\xff\xd8\xff":
        return "jpeg"
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return "png"
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"AVI "):
        return "webp" if head[8:12] == b"WEBP" else "avi"
    if head[:16] == b"FUJIFILMCCD-RAW ":
        return "raf"
    if head[:2] in (b"II", b"MM") and head[6:14] == b"HEAPCCDR":
        return "crw"
    kind = raw.raw_kind(head)
    if kind is not None:
        return kind
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head[:4] == b"8BPS" and head[4:6] in (b"\0\x01", b"\0\x02"):
        return "psd"
    if head[:2] == b"\xff\x0a" or head[:12] == formats.JXL_CONTAINER:
        return "jxl"
    if head[4:8] == b"ftyp":
        return _brand_kind(head[8:12])
    if head[4:8] in (b"moov", b"mdat", b"wide", b"free", b"skip"):
        return "mp4"
    if len(head) > 196 and head[4] == 0x47 and head[196] == 0x47:
        return "m2ts"  # 192-byte packets: a 4-byte timecode, then the 0x47 sync byte
    if len(head) > 188 and head[0] == 0x47 and head[188] == 0x47:
        return "m2ts"  # plain MPEG-TS, 188-byte packets
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((b"<?xpacket", b"<x:xmpmeta", b"<xmp", b"<rdf:RDF")):
        return "xmp"
    skipped = formats.skip_kind(head)
    return skipped[0] if skipped else None


def _brand_kind(brand: bytes) -> str:
    if brand in (b"avif", b"avis"):
        return "avif"
    if brand in HEIF_BRANDS:
        return "heic"
    if brand == b"crx ":
        return "cr3"
    if brand == b"jxl ":
        return "jxl"
    return "mp4"  # mp4, mov (qt  ), 3gp, Insta360 INSV/LRV: the quicktime reader decides


# kinds read by another format's reader (strip and the engine see the format)
FORMAT_OF = {"cr2": "tiff", "orf": "raw", "rw2": "raw"}


def read_media(fh: BinaryIO, size: int | None = None) -> MediaMeta:
    head = fh.read(HEAD)
    kind = sniff_kind(head)
    if kind is None:
        raise MediaError("not a recognised image or video (unknown file signature)")
    fmt = FORMAT_OF.get(kind, kind)
    reader = _READERS.get(fmt, formats.read_skipped)
    meta = MediaMeta(format=fmt, kind=kind)
    reader(fh, head, meta, size)
    finish(meta)
    return meta


def finish(meta: MediaMeta) -> None:
    """Pick the position and capture time the way ExifTool's priorities do.

    EXIF GPS wins over XMP (ExifTool's Composite:GPSLatitude is built from the EXIF GPS group
    when it exists), XMP over QuickTime's ISO 6709 strings. With two EXIF blocks the later
    block's tags override the earlier one's, tag by tag, as ExifTool does.
    """
    pos = exifmod.gps_position(meta.exif_gps) if meta.exif_gps else None
    if pos is not None:
        meta.gps, meta.gps_source = pos, "exif"
    elif meta.xmp_gps is not None:
        meta.gps, meta.gps_source = meta.xmp_gps, "xmp"
    elif meta.qt_gps is not None:
        meta.gps, meta.gps_source = meta.qt_gps, "quicktime"
    elif meta.maker_gps is not None:
        meta.gps, meta.gps_source = meta.maker_gps, "maker"
    if meta.taken is None:
        meta.taken, meta.offset_known = exifmod.capture_time(meta.tags)
    if meta.taken is None:
        for key in ("XMP:DateTimeOriginal", "XMP:DateCreated", "XMP:CreateDate", "QuickTime:CreationDate", "GPMF:GPSDateTime"):
            if key in meta.tags:
                meta.taken, meta.offset_known = iso_time(str(meta.tags[key]))
                if meta.taken is not None:
                    break
    if not meta.camera:
        meta.camera = " ".join(str(meta.tags.get(t, "")).strip() for t in ("Make", "Model")).strip()


_ISO_TIME = re.compile(r"(\d{4})[-:](\d\d)[-:](\d\d)[T ](\d\d):(\d\d)(?::(\d\d))?(?:\.\d+)?\s*(Z|[+-]\d\d:?\d\d)?")


def iso_time(text: str) -> tuple[datetime | None, bool]:
    """XMP / QuickTime date-time ("2024-05-01T09:30:00+10:00", "...+1000", "...Z") and whether it has an offset."""
    m = _ISO_TIME.match(text.strip())
    if not m:
        return None, False
    y, mo, d, h, mi, sec, off = m.groups()
    try:
        dt = datetime(int(y), int(mo), int(d), int(h), int(mi), int(sec or 0))
    except ValueError:
        return None, False
    if not off:
        return dt, False
    if off == "Z":
        return dt.replace(tzinfo=UTC), True
    digits = off[1:].replace(":", "")
    mins = int(digits[:2]) * 60 + int(digits[2:])
    if mins > 14 * 60:
        return dt, False
    return dt.replace(tzinfo=timezone(timedelta(minutes=-mins if off[0] == "-" else mins))), True


# ---- XMP sidecar ----------------------------------------------------------------------------


def _read_xmp(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    """An .xmp sidecar: the whole file is one packet."""
    data = head + fh.read(MAX_BLOCK)
    apply_xmp(meta, data)


# ---- JPEG ------------------------------------------------------------------------------------


def _read_jpeg(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    buf = Buffered(fh, head)
    buf.skip(2)  # SOI
    thermal: list[bytes] = []
    try:
        _walk_jpeg(buf, meta, thermal)
    finally:
        if thermal:  # FLIR's FFF block: its GPS record (kept even when a later segment is corrupt)
            pos, present = flir.gps(flir.join_chunks(thermal))
            meta.has_gps_block = meta.has_gps_block or present
            meta.maker_gps = pos


def _walk_jpeg(buf: Buffered, meta: MediaMeta, thermal: list[bytes]) -> None:
    for _ in range(MAX_STEPS):
        b = buf.read(1)
        if not b:
            return
        if b != b"\xff":
            # junk between segments: resynchronise on the next 0xFF, as ExifTool does (a minor warning)
            skipped = _resync(buf, b)
            if skipped is None:
                return
            meta.warnings.append(f"JPEG: skipped {skipped} unknown bytes between segments")
        marker = buf.read(1)
        while marker == b"\xff":  # fill bytes
            marker = buf.read(1)
        if not marker:
            return
        m = marker[0]
        if m in (0xD8, 0x01) or 0xD0 <= m <= 0xD7:
            continue
        if m in (0xDA, 0xD9):  # start of scan / end of image: metadata is over
            return
        ln = buf.read(2)
        if len(ln) < 2:
            raise MediaError("corrupt JPEG: truncated segment header")
        (length,) = struct.unpack(">H", ln)
        if length < 2:
            raise MediaError("corrupt JPEG: bad segment length")
        body_len = length - 2
        if m == 0xE1:
            body = buf.read(min(body_len, MAX_BLOCK))
            if len(body) < body_len and len(body) < MAX_BLOCK:
                raise MediaError("corrupt JPEG: truncated APP1 segment")
            if body.startswith(b"Exif\x00"):
                apply_tiff(meta, body[6:], "exif")
            elif body.startswith(b"http://ns.adobe.com/xap/1.0/\x00"):
                apply_xmp(meta, body[29:])
            elif body.startswith(b"FLIR\x00") and sum(map(len, thermal)) < MAX_BLOCK:
                thermal.append(body)
        else:
            buf.skip(body_len)
    raise MediaError("corrupt JPEG: too many segments")


def _resync(buf: Buffered, first: bytes) -> int | None:
    """Read up to the next 0xFF; the number of junk bytes skipped, or None at the end of the stream."""
    n = 0
    b = first
    while b and b != b"\xff":
        n += 1
        if n > MAX_BLOCK:
            raise MediaError("corrupt JPEG: no marker within the metadata limit")
        b = buf.read(1)
    return n if b else None


# ---- PNG -------------------------------------------------------------------------------------


def _read_png(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    buf = Buffered(fh, head)
    buf.skip(8)
    for _ in range(MAX_STEPS):
        hdr = buf.read(8)
        if len(hdr) < 8:
            return
        length, ctype = struct.unpack(">I4s", hdr)
        if ctype == b"IEND":
            return
        if length > 0x7FFFFFFF:
            raise MediaError("corrupt PNG: chunk length out of range")
        if ctype in (b"eXIf", b"zTXt", b"tEXt", b"iTXt") and length <= MAX_BLOCK:
            body = buf.read(length)
            if len(body) < length:
                raise MediaError("corrupt PNG: truncated chunk")
            buf.skip(4)
            if ctype == b"eXIf":
                apply_tiff(meta, body, "exif")
            else:
                _png_text(meta, ctype, body)
        else:
            buf.skip(length + 4)
    raise MediaError("corrupt PNG: too many chunks")


def _png_text(meta: MediaMeta, ctype: bytes, body: bytes) -> None:
    key, _, rest = body.partition(b"\0")
    try:
        if ctype == b"zTXt":
            text = _inflate(rest[1:])
        elif ctype == b"iTXt":
            comp_flag = rest[:1] == b"\x01"
            rest = rest[2:]
            _lang, _, rest = rest.partition(b"\0")
            _tkey, _, rest = rest.partition(b"\0")
            text = _inflate(rest) if comp_flag else rest
        else:
            text = rest
    except zlib.error:
        return
    if key == b"XML:com.adobe.xmp":
        apply_xmp(meta, text)
    elif key in (b"Raw profile type exif", b"Raw profile type APP1"):
        # ImageMagick form: "\nexif\n    <len>\n<hex...>"
        parts = text.split(None, 2)
        if len(parts) == 3:
            try:
                raw = bytes.fromhex(parts[2].decode("ascii").replace("\n", ""))
            except ValueError:
                return
            if raw.startswith(b"Exif\x00\x00"):
                raw = raw[6:]
            apply_tiff(meta, raw, "exif")


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_BLOCK)  # bounded: a zTXt bomb cannot exhaust memory
    return out


# ---- WebP ------------------------------------------------------------------------------------


def _read_webp(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    buf = Buffered(fh, head)
    buf.skip(12)
    for _ in range(MAX_STEPS):
        hdr = buf.read(8)
        if len(hdr) < 8:
            return
        ctype, length = struct.unpack("<4sI", hdr)
        padded = length + (length & 1)
        if ctype in (b"EXIF", b"XMP ") and length <= MAX_BLOCK:
            body = buf.read(length)
            if len(body) < length:
                raise MediaError("corrupt WebP: truncated chunk")
            buf.skip(padded - length)
            if ctype == b"EXIF":
                if body.startswith(b"Exif\x00\x00"):
                    body = body[6:]
                apply_tiff(meta, body, "exif")
            else:
                apply_xmp(meta, body)
        else:
            buf.skip(padded)
    raise MediaError("corrupt WebP: too many chunks")


# ---- TIFF / DNG ------------------------------------------------------------------------------


def _read_tiff(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    raw.read_tiff_family(fh, head, meta, size, _read_jpeg)


def _read_raf(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    raw.read_raf(fh, head, meta, size, _read_jpeg)


# ---- HEIC / AVIF and MP4 / MOV: ISO base media boxes ----------------------------------------


def _read_heic(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    isobmff.read_heif(fh, head, meta)


def _read_mp4(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    moov = isobmff.read_quicktime(fh, head, meta)
    samples = gpmf.gpmd_samples(moov)
    fix, seen = gpmf.first_fix(fh, samples) if samples else (None, False)
    meta.has_gps_block = meta.has_gps_block or seen
    if fix is None and _cheap_seek(fh):  # Insta360 INSV/LRV: a GPS trailer after the MP4
        fix, seen = insta360.trailer_gps(fh)
        meta.has_gps_block = meta.has_gps_block or seen
    if fix is not None:
        lat, lon, when = fix
        if meta.qt_gps is None:
            meta.qt_gps = (lat, lon)
        if when is not None:
            meta.tags.setdefault("GPMF:GPSDateTime", when.isoformat())


def _cheap_seek(fh: BinaryIO) -> bool:
    """Whether jumping to the end costs a seek, not re-inflating a deflated zip member."""
    try:
        return fh.seekable() and not is_compressed_member(fh)
    except (AttributeError, OSError):
        return False


_READERS = {
    "jpeg": _read_jpeg,
    "png": _read_png,
    "webp": _read_webp,
    "tiff": _read_tiff,
    "heic": _read_heic,
    "avif": _read_heic,
    "mp4": _read_mp4,
    "xmp": _read_xmp,
    "raw": _read_tiff,
    "bigtiff": _read_tiff,
    "raf": _read_raf,
    "crw": raw.read_crw,
    "cr3": raw.read_cr3,
    "gif": formats.read_gif,
    "psd": formats.read_psd,
    "jxl": formats.read_jxl,
    "avi": formats.read_avi,
    "m2ts": formats.read_m2ts,
}
