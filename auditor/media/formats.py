"""GIF, PSD, JPEG XL, AVI and MPEG transport streams: their metadata blocks, or why none is read.

- GIF keeps XMP in an application extension (``XMP DataXMP``) whose raw bytes run on past the
  sub-block lengths, ending in a 258-byte "magic trailer"; we take every byte to the terminator.
- PSD keeps IPTC (0x0404), EXIF (0x0422) and XMP (0x0424) in its image resource section.
- JPEG XL: the bare codestream (``FF 0A``) has no metadata; the ISO base media container keeps
  ``Exif`` (a 4-byte offset, then TIFF) and ``xml `` (XMP) boxes, or ``brob`` boxes compressed
  with Brotli, read when the optional `brotli` module is installed and reported otherwise.
- AVI is RIFF: EXIF-style ``strd``/``EXIF`` chunks are not where cameras put GPS, so an AVI
  is read for an XMP ``_PMX`` chunk and otherwise said to be skipped with the reason.
- M2TS/MTS (AVCHD) keeps GPS in H.264 SEI messages inside the video stream, which we do not
  decode: it is skipped with that reason, never silently.

This module must not decode pixels or video, open files by name or decide what is risky.
"""

from __future__ import annotations

import struct
from typing import BinaryIO

from auditor.media import isobmff
from auditor.media.meta import MAX_BLOCK, MAX_STEPS, Buffered, MediaError, MediaMeta, apply_tiff
from auditor.media.xmp import apply_xmp

GIF_XMP_APP = b"XMP DataXMP"
PSD_IPTC, PSD_EXIF, PSD_EXIF3, PSD_XMP = 0x0404, 0x0422, 0x0423, 0x0424
IPTC_IDENTITY = {(2, 80): "By-line", (2, 116): "CopyrightNotice"}
JXL_CONTAINER = b"\x00\x00\x00\x0cJXL \r\n\x87\n"
M2TS_REASON = "M2TS/MTS video: location lives in the H.264 stream (not read); check it with the camera's software"
AVI_REASON = "AVI video: no XMP or location metadata found in its RIFF chunks"
NO_METADATA = "this format has no EXIF, XMP or GPS metadata"
NOT_READ = "its metadata is not read (no location reader for this format)"
# Recognised but knowingly not read: (offset, signature, kind, reason). Every kind is reported
# as skipped with its reason, never silently dropped. Weak signatures carry extra checks below.
SKIP_SIGNATURES: tuple[tuple[int, bytes, str, str], ...] = (
    (0, b"\x00\x00\x00\x0cjP  \r\n\x87\n", "jp2", f"JPEG 2000 image: {NOT_READ}"),
    (0, b"\xff\x4f\xff\x51", "j2c", f"JPEG 2000 codestream: {NO_METADATA}"),
    (0, b"\x1a\x45\xdf\xa3", "mkv", f"Matroska/WebM video: {NOT_READ}"),
    (0, b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", "asf", f"ASF/WMV video: {NOT_READ}"),
    (0, b"\xb7\xd8\x00\x20\x37\x49\xda\x11", "wtv", f"Windows recorded TV: {NOT_READ}"),
    (0, b"FLV\x01", "flv", f"Flash video: {NOT_READ}"),
    (0, b"\x00\x00\x01\xba", "mpeg", f"MPEG program stream: {NOT_READ}"),
    (0, b"\x00\x00\x01\xb3", "mpeg", f"MPEG video stream: {NOT_READ}"),
    (0, b"SIMPLE  =", "fits", f"FITS image: {NOT_READ}"),
    (0, b"\x76\x2f\x31\x01", "exr", f"OpenEXR image: {NOT_READ}"),
    (0, b"SDPX", "dpx", f"DPX image: {NOT_READ}"),
    (0, b"XPDS", "dpx", f"DPX image: {NOT_READ}"),
    (0, b"gimp xcf", "xcf", f"GIMP image: {NOT_READ}"),
    (0, b"Paint Shop Pro Image File", "psp", f"Paint Shop Pro image: {NOT_READ}"),
    (0, b"BPG\xfb", "bpg", f"BPG image: {NOT_READ}"),
    (0, b"FLIF", "flif", f"FLIF image: {NOT_READ}"),
    (0, b"AT&TFORM", "djvu", f"DjVu document: {NOT_READ}"),
    (0, b"#?RADIANCE", "hdr", f"Radiance HDR image: {NO_METADATA}"),
    (0, b"#?RGBE", "hdr", f"Radiance HDR image: {NO_METADATA}"),
    (0, b"FOVb", "x3f", f"Sigma X3F raw: {NOT_READ}"),
    (0, b"\x00MRM", "mrw", f"Minolta MRW raw: {NOT_READ}"),
    (0, b"ZISRAWFILE", "czi", f"Zeiss CZI image: {NOT_READ}"),
    (0, b"\x89LFP", "lfp", f"Lytro light field: {NOT_READ}"),
    (4, b"RED1", "r3d", f"RED raw video: {NOT_READ}"),
    (4, b"RED2", "r3d", f"RED raw video: {NOT_READ}"),
)


def skip_kind(head: bytes) -> tuple[str, str] | None:
    """(kind, reason) for an image or video format we recognise and knowingly do not read."""
    for off, sig, kind, reason in SKIP_SIGNATURES:
        if head[off : off + len(sig)] == sig:
            return kind, reason
    if head[:2] == b"BM" and len(head) >= 26 and head[6:10] == b"\0\0\0\0" and head[14] in (12, 40, 52, 56, 64, 108, 124):
        return "bmp", f"BMP image: {NO_METADATA}"
    if head[:4] in (b"\0\0\x01\0", b"\0\0\x02\0") and len(head) > 9 and 0 < head[4] and head[5] == 0 and head[9] == 0:
        return "ico", f"icon: {NO_METADATA}"
    if head[:1] == b"\x0a" and len(head) > 3 and head[1] in (0, 2, 3, 4, 5) and head[2] == 1 and head[3] in (1, 2, 4, 8):
        return "pcx", f"PCX image: {NO_METADATA}"
    if head[:1] == b"P" and len(head) > 2 and head[1:2] in (b"1", b"2", b"3", b"4", b"5", b"6", b"7", b"F", b"f"):
        if head[2:3] in (b" ", b"\n", b"\r", b"\t"):
            return "pnm", f"Netpbm image: {NO_METADATA}"
    if head.lstrip()[:1] == b"<" and b"<svg" in head:
        return "svg", "SVG drawing: a vector file, no camera metadata"
    return None


def read_skipped(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    found = skip_kind(head)
    meta.skipped = found[1] if found else "recognised, not read"


# ---- GIF -------------------------------------------------------------------------------------


def read_gif(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    data = head + fh.read(MAX_BLOCK * 4 - len(head))
    if len(data) < 13:
        raise MediaError("corrupt GIF: header truncated")
    flags = data[10]
    pos = 13 + (3 * (2 << (flags & 7)) if flags & 0x80 else 0)
    for _ in range(MAX_STEPS):
        if pos >= len(data):
            return
        intro = data[pos]
        if intro == 0x3B:  # trailer
            return
        if intro == 0x2C:  # image descriptor, local colour table, LZW size, image data
            if pos + 10 > len(data):
                return
            lflags = data[pos + 9]
            pos += 10 + (3 * (2 << (lflags & 7)) if lflags & 0x80 else 0) + 1
            pos = _skip_subblocks(data, pos)
        elif intro == 0x21 and pos + 2 <= len(data):
            label = data[pos + 1]
            pos += 2
            if label == 0xFF and data[pos : pos + 12] == b"\x0b" + GIF_XMP_APP:
                start = pos + 12
                end = _skip_subblocks(data, start)
                apply_xmp(meta, data[start:end])
                pos = end
            else:
                pos = _skip_subblocks(data, pos)
        else:  # a stray byte after the image data: keep what was read, as ExifTool does
            meta.warnings.append("GIF: unknown block, the rest of the file was not read")
            return
    raise MediaError("corrupt GIF: too many blocks")


def _skip_subblocks(data: bytes, pos: int) -> int:
    while pos < len(data):
        n = data[pos]
        pos += 1 + n
        if n == 0:
            break
    return pos


# ---- PSD -------------------------------------------------------------------------------------


def read_psd(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    buf = Buffered(fh, head)
    hdr = buf.read(26)
    if len(hdr) < 26:
        raise MediaError("corrupt PSD: header truncated")
    (mode_len,) = struct.unpack(">I", buf.read(4) or b"\0\0\0\0")
    buf.skip(mode_len)
    raw_len = buf.read(4)
    if len(raw_len) < 4:
        raise MediaError("corrupt PSD: no image resource section")
    (res_len,) = struct.unpack(">I", raw_len)
    res = buf.read(min(res_len, MAX_BLOCK * 4))
    pos = 0
    for _ in range(MAX_STEPS):
        if pos + 12 > len(res) or res[pos : pos + 4] not in (b"8BIM", b"MeSa", b"PHUT", b"AgHg", b"DCSR"):
            return
        (rid, nlen) = struct.unpack(">HB", res[pos + 4 : pos + 7])
        pos += 6 + ((nlen + 2) & ~1)  # Pascal name padded to an even length
        (dlen,) = struct.unpack(">I", res[pos : pos + 4])
        body = res[pos + 4 : pos + 4 + dlen]
        pos += 4 + dlen + (dlen & 1)
        if rid == PSD_XMP:
            apply_xmp(meta, body)
        elif rid in (PSD_EXIF, PSD_EXIF3):
            apply_tiff(meta, body[6:] if body.startswith(b"Exif\0\0") else body, "exif")
        elif rid == PSD_IPTC:
            apply_iptc(meta, body)
    raise MediaError("corrupt PSD: too many image resources")


def apply_iptc(meta: MediaMeta, data: bytes) -> None:
    """IPTC-IIM records: the by-line and copyright notice are identity (IPTC has no GPS)."""
    pos = 0
    while pos + 5 <= len(data) and data[pos] == 0x1C:
        rec, ds, n = data[pos + 1], data[pos + 2], struct.unpack(">H", data[pos + 3 : pos + 5])[0]
        if n & 0x8000:  # extended length: not used for the short text we want
            return
        value = data[pos + 5 : pos + 5 + n]
        pos += 5 + n
        name = IPTC_IDENTITY.get((rec, ds))
        text = value.decode("utf-8", "replace").strip()
        if name and text:
            meta.identity.setdefault(name, text)


# ---- JPEG XL ---------------------------------------------------------------------------------


def read_jxl(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    if head[:2] == b"\xff\x0a":
        return  # a bare codestream: pixels only, no metadata to read
    found = isobmff.top_level(fh, head, {b"Exif", b"xml ", b"brob"})
    body = found.get(b"brob")
    if body is not None:
        _brob(meta, body, found)
    exif = found.get(b"Exif")
    if exif is not None and len(exif) > 4:
        (skip,) = struct.unpack(">I", exif[:4])
        tiff = exif[4 + skip :]
        if tiff.startswith(b"Exif\0\0"):
            tiff = tiff[6:]
        apply_tiff(meta, tiff, "exif")
    if b"xml " in found:
        apply_xmp(meta, found[b"xml "])


def _brob(meta: MediaMeta, body: bytes, found: dict[bytes, bytes]) -> None:
    try:
        import brotli  # lazy: optional dependency, only for Brotli-compressed JPEG XL metadata
    except ImportError:
        meta.warnings.append(f"JPEG XL {body[:4].decode('latin-1')} box is Brotli-compressed (install brotli to read it)")
        return
    try:
        inner = brotli.decompress(body[4:])
    except brotli.error:
        meta.warnings.append("JPEG XL brob box does not decompress")
        return
    if body[:4] in (b"Exif", b"xml "):
        found.setdefault(body[:4], inner[:MAX_BLOCK])


# ---- AVI and M2TS ----------------------------------------------------------------------------


def read_avi(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    """RIFF AVI: an XMP ``_PMX`` chunk when there is one; otherwise skipped with the reason."""
    buf = Buffered(fh, head)
    buf.skip(12)
    for _ in range(MAX_STEPS):
        hdr = buf.read(8)
        if len(hdr) < 8:
            break
        ctype, length = struct.unpack("<4sI", hdr)
        if ctype == b"_PMX" and length <= MAX_BLOCK:
            apply_xmp(meta, buf.read(length))
            buf.skip(length & 1)
        elif ctype == b"LIST" and length >= 4 and buf.read(4) in (b"hdrl", b"INFO", b"strl"):
            continue  # walk into the header lists (small); movi and idx1 are skipped below
        elif ctype == b"LIST":
            buf.skip(length - 4 + (length & 1))
        else:
            buf.skip(length + (length & 1))
    if not meta.has_gps_block and not meta.tags and not meta.identity:
        meta.skipped = AVI_REASON


def read_m2ts(fh: BinaryIO, head: bytes, meta: MediaMeta, size: int | None) -> None:
    meta.skipped = M2TS_REASON
