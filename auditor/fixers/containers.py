"""Where the metadata sits in each container, as `Edit`s that remove GPS (and identity) from it.

One planner per format, each working on a read-only buffer (an mmap of the file) and
returning absolute-offset edits plus the names of what goes. Pixel and media data are never
decoded and never touched: JPEG scans, PNG IDAT, WebP VP8 and HEIF/MP4 `mdat` pass through
byte for byte. Most edits keep lengths (see `auditor.fixers.exif`); a PNG text chunk that has
to be recompressed, or a JPEG extended-XMP segment, is replaced whole.

A layout we cannot edit safely raises `StripError` with the reason; the caller reports the
file as a manual step rather than writing a copy that might still leak.

This module plans edits only: it must not open, write or rename files (`strip` does).
"""

from __future__ import annotations

import struct
import zlib

from auditor.fixers.exif import Edit, StripError, apply_to_bytes, blank_xmp, tiff_edits, xmp_edits
from auditor.media import isobmff
from auditor.media.meta import MAX_STEPS, MediaError

Plan = tuple[list[Edit], list[str]]
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
XMP_EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"


def plan(fmt: str, buf, all_identifying: bool = False) -> Plan:
    planner = PLANNERS.get(fmt)
    if planner is None:
        raise StripError(f"{fmt} files are not supported by strip")
    try:
        edits, removed = planner(buf, all_identifying)
    except StripError:
        raise
    except (MediaError, struct.error, IndexError, ValueError, OverflowError) as exc:
        raise StripError(f"malformed {fmt} metadata ({exc})") from exc
    return edits, sorted(set(removed))


# ---- JPEG ------------------------------------------------------------------------------------


def _jpeg(buf, ident: bool) -> Plan:
    edits: list[Edit] = []
    removed: list[str] = []
    pos, n = 2, len(buf)
    for _ in range(MAX_STEPS):
        if pos + 4 > n:
            break
        if buf[pos] != 0xFF:
            raise StripError("corrupt JPEG: marker expected")
        marker = buf[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xDA, 0xD9):
            break  # image data starts: metadata is over
        (length,) = struct.unpack_from(">H", buf, pos + 2)
        body, end = pos + 4, pos + 2 + length
        if length < 2 or end > n:
            raise StripError("corrupt JPEG: segment runs past the end of the file")
        if marker == 0xE1:
            head = bytes(buf[body : body + 35])
            if head.startswith(b"Exif\x00"):
                e, r = tiff_edits(buf, body + 6, end, ident)
                edits += e
                removed += r
            elif head.startswith(XMP_SIG):
                e, r = xmp_edits(buf, body + len(XMP_SIG), end, ident)
                edits += e
                removed += r
            elif head.startswith(XMP_EXT_SIG):
                # extended XMP is split across segments (a property can straddle two), so a
                # packet that mentions GPS (or, with identity removal, any extension) goes whole
                chunk = bytes(buf[body:end])
                if ident or b"GPS" in chunk:
                    edits.append(Edit(pos, end - pos, b""))
                    removed.append("extended XMP")
        pos = end
    return edits, removed


# ---- PNG -------------------------------------------------------------------------------------


def _png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, 64 * 1024 * 1024)
    if d.unconsumed_tail:
        raise StripError("PNG text chunk inflates to more than 64 MiB")
    return out


def _clean_tiff_bytes(tiff: bytes, ident: bool) -> tuple[bytes, list[str]]:
    e, r = tiff_edits(tiff, 0, len(tiff), ident)
    return apply_to_bytes(tiff, e), r


def _png(buf, ident: bool) -> Plan:
    edits: list[Edit] = []
    removed: list[str] = []
    pos, n = 8, len(buf)
    for _ in range(MAX_STEPS):
        if pos + 12 > n:
            break
        length, ctype = struct.unpack_from(">I4s", buf, pos)
        end = pos + 12 + length
        if end > n:
            raise StripError("corrupt PNG: chunk runs past the end of the file")
        if ctype == b"IEND":
            break
        body = bytes(buf[pos + 8 : pos + 8 + length]) if ctype in (b"eXIf", b"tEXt", b"zTXt", b"iTXt") else b""
        new: bytes | None = None
        if ctype == b"eXIf":
            cleaned, r = _clean_tiff_bytes(body, ident)
            if r:
                new, removed = _png_chunk(ctype, cleaned), removed + r
        elif ctype in (b"tEXt", b"zTXt", b"iTXt"):
            new, r = _png_text(ctype, body, ident)
            removed += r
        if new is not None:
            edits.append(Edit(pos, end - pos, new))
        pos = end
    return edits, removed


def _png_text(ctype: bytes, body: bytes, ident: bool) -> tuple[bytes | None, list[str]]:
    key, _, rest = body.partition(b"\0")
    try:
        if key == b"XML:com.adobe.xmp" and ctype == b"iTXt":
            flag, method = rest[:1], rest[1:2]
            lang, _, rest2 = rest[2:].partition(b"\0")
            tkey, _, text = rest2.partition(b"\0")
            compressed = flag == b"\x01"
            xmp = _inflate(text) if compressed else text
            cleaned, r = blank_xmp(xmp, ident)
            if not r:
                return None, []
            payload = zlib.compress(cleaned) if compressed else cleaned
            return _png_chunk(ctype, key + b"\0" + flag + method + lang + b"\0" + tkey + b"\0" + payload), r
        if key in (b"Raw profile type exif", b"Raw profile type APP1") and ctype in (b"tEXt", b"zTXt"):
            text = _inflate(rest[1:]) if ctype == b"zTXt" else rest
            parts = text.split(None, 2)
            if len(parts) != 3:
                return None, []
            raw = bytes.fromhex(parts[2].decode("ascii").replace("\n", "").replace(" ", ""))
            prefix = b"Exif\x00\x00" if raw.startswith(b"Exif\x00\x00") else b""
            cleaned, r = _clean_tiff_bytes(raw[len(prefix) :], ident)
            if not r:
                return None, []
            hexdata = (prefix + cleaned).hex()
            lines = "\n".join(hexdata[i : i + 72] for i in range(0, len(hexdata), 72))
            new_text = b"\n" + parts[0] + b"\n" + f"{len(prefix + cleaned):8d}".encode() + b"\n" + lines.encode() + b"\n"
            payload = b"\0" + zlib.compress(new_text) if ctype == b"zTXt" else new_text
            return _png_chunk(ctype, key + b"\0" + payload), r
    except (zlib.error, ValueError, UnicodeDecodeError) as exc:
        raise StripError(f"PNG metadata chunk cannot be decoded ({exc.__class__.__name__})") from exc
    return None, []


# ---- WebP ------------------------------------------------------------------------------------


def _webp(buf, ident: bool) -> Plan:
    edits: list[Edit] = []
    removed: list[str] = []
    pos, n = 12, len(buf)
    for _ in range(MAX_STEPS):
        if pos + 8 > n:
            break
        ctype, length = struct.unpack_from("<4sI", buf, pos)
        body, end = pos + 8, pos + 8 + length
        if end > n:
            raise StripError("corrupt WebP: chunk runs past the end of the file")
        if ctype == b"EXIF":
            start = body + 6 if bytes(buf[body : body + 6]) == b"Exif\x00\x00" else body
            e, r = tiff_edits(buf, start, end, ident)
            edits, removed = edits + e, removed + r
        elif ctype == b"XMP ":
            e, r = xmp_edits(buf, body, end, ident)
            edits, removed = edits + e, removed + r
        pos = end + (length & 1)
    return edits, removed


# ---- TIFF / DNG and XMP sidecars ------------------------------------------------------------


def _tiff(buf, ident: bool) -> Plan:
    return tiff_edits(buf, 0, len(buf), ident)


def _xmp(buf, ident: bool) -> Plan:
    return xmp_edits(buf, 0, len(buf), ident)


# ---- ISO BMFF: HEIF/AVIF and MP4/MOV --------------------------------------------------------


def _walk(buf, start: int, end: int):
    """(type, payload start, payload end, header size) for each box in buf[start:end]; sizes bounded by the parent."""
    pos = start
    for _ in range(MAX_STEPS):
        if pos + 8 > end:
            return
        size, btype = struct.unpack_from(">I4s", buf, pos)
        hdr = 8
        if size == 1:
            if pos + 16 > end:
                return
            (size,) = struct.unpack_from(">Q", buf, pos + 8)
            hdr = 16
        elif size == 0:
            size = end - pos
        if size < hdr or pos + size > end:
            return
        yield btype, pos + hdr, pos + size, hdr
        pos += size


def _top_boxes(buf) -> list[tuple[bytes, int, int, int]]:
    """(type, box start, payload start, box end) for each top-level box."""
    return [(t, s - h, s, e) for t, s, e, h in _walk(buf, 0, len(buf))]


def _heif(buf, ident: bool) -> Plan:
    # HEIF stores EXIF/XMP as items: find them via meta/iinf (types) and meta/iloc (locations)
    meta = next(((s, e) for t, _, s, e in _top_boxes(buf) if t == b"meta"), None)
    if meta is None:
        raise StripError("HEIF file has no meta box")
    ms, me = meta
    items: dict[int, tuple[bytes, str]] = {}
    locs: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    idat_at = None
    # ms + 4: meta is a FullBox (version + flags before its children)
    for btype, s, e in isobmff.boxes(buf, ms + 4, me):
        if btype == b"iinf":
            items = isobmff.parse_iinf(bytes(buf[s:e]))
        elif btype == b"iloc":
            locs = isobmff.parse_iloc(bytes(buf[s:e]))
        elif btype == b"idat":
            idat_at = s
    edits: list[Edit] = []
    removed: list[str] = []
    for iid, (itype, ctype) in items.items():
        # only EXIF items and XML (XMP) mime items carry metadata; image tiles are left alone
        if itype not in (b"Exif", b"mime") or iid not in locs or (itype == b"mime" and "xml" not in ctype):
            continue
        method, extents = locs[iid]
        # one contiguous span is what length-preserving edits can cover safely
        if len(extents) != 1:
            raise StripError("HEIF metadata item is split across several extents")
        off, length = extents[0]
        # construction method 1: offsets are relative to the idat box, not the file
        if method == 1:
            if idat_at is None:
                raise StripError("HEIF metadata item points into a missing idat box")
            off += idat_at
        elif method != 0:
            # method 2 (item references) would need resolving other items: refuse rather than guess
            raise StripError("HEIF metadata item uses an unsupported construction method")
        if length == 0 or off + length > len(buf):
            raise StripError("HEIF metadata item lies outside the file")
        if itype == b"Exif":
            (skip,) = struct.unpack_from(">I", buf, off)
            # an EXIF item opens with a 4-byte count of bytes to skip to the TIFF header; some writers add "Exif\0\0"
            start = off + 4 + skip
            if bytes(buf[start : start + 6]) == b"Exif\x00\x00":
                start += 6
            e, r = tiff_edits(buf, start, off + length, ident)
        else:
            e, r = xmp_edits(buf, off, off + length, ident)
        edits, removed = edits + e, removed + r
    return edits, removed


LOCATION_KEYS = ("com.apple.quicktime.location.",)
IDENTITY_KEYS = ("com.apple.quicktime.author", "com.apple.quicktime.artist", "com.apple.quicktime.copyright")
UDTA_GPS = {b"\xa9xyz", b"loci"}
UDTA_IDENTITY = {b"\xa9aut", b"\xa9ART", b"\xa9cpy", b"auth", b"cprt"}


def _free(box_payload_start: int, hdr: int) -> Edit:
    """Turn a box into a `free` box: same size, ignored by every reader."""
    return Edit(box_payload_start - hdr + 4, 4, b"free")


def _mp4(buf, ident: bool) -> Plan:
    edits: list[Edit] = []
    removed: list[str] = []
    for btype, _bs, s, e in _top_boxes(buf):
        if btype == b"moov":
            _moov(buf, s, e, ident, edits, removed, 0)
        elif btype == b"uuid" and bytes(buf[s : s + 16]) == isobmff.XMP_UUID_BYTES:
            ed, r = xmp_edits(buf, s + 16, e, ident)
            edits, removed = edits + ed, removed + r
    return edits, removed


def _moov(buf, start: int, end: int, ident: bool, edits: list[Edit], removed: list[str], depth: int) -> None:
    if depth > 8:
        return
    for btype, s, e, hdr in _walk(buf, start, end):
        if btype in UDTA_GPS:
            edits.append(_free(s, hdr))
            removed.append("QuickTime GPS")
        elif ident and btype in UDTA_IDENTITY:
            edits.append(_free(s, hdr))
            removed.append("QuickTime author")
        elif btype == b"XMP_":
            ed, r = xmp_edits(buf, s, e, ident)
            edits.extend(ed)
            removed.extend(r)
        elif btype == b"meta":
            _mdta(buf, s, e, ident, edits, removed)
        elif btype in isobmff.CONTAINERS:
            _moov(buf, s, e, ident, edits, removed, depth + 1)


def _mdta(buf, s: int, e: int, ident: bool, edits: list[Edit], removed: list[str]) -> None:
    for start in (s, s + 4):  # QuickTime meta is a plain box, MP4's a FullBox
        children = list(_walk(buf, start, e))
        if any(t == b"keys" for t, *_ in children):
            break
    else:
        return
    keys: list[str] = []
    for btype, cs, ce, _h in children:
        if btype == b"keys":
            (count,) = struct.unpack_from(">I", buf, cs + 4)
            p = cs + 8
            for _ in range(min(count, 4096)):
                if p + 8 > ce:
                    break
                (ksize,) = struct.unpack_from(">I", buf, p)
                if ksize < 8:
                    break
                keys.append(bytes(buf[p + 8 : p + ksize]).decode("utf-8", "replace"))
                p += ksize
    for btype, cs, ce, _h in children:
        if btype != b"ilst":
            continue
        for itype, is_, _ie, ih in _walk(buf, cs, ce):
            idx = int.from_bytes(itype, "big")
            if not 1 <= idx <= len(keys):
                continue
            key = keys[idx - 1]
            if key.startswith(LOCATION_KEYS):
                edits.append(_free(is_, ih))
                removed.append("QuickTime GPS")
            elif ident and key in IDENTITY_KEYS:
                edits.append(_free(is_, ih))
                removed.append("QuickTime author")


PLANNERS = {
    "jpeg": _jpeg,
    "png": _png,
    "webp": _webp,
    "tiff": _tiff,
    "heic": _heif,
    "avif": _heif,
    "mp4": _mp4,
    "xmp": _xmp,
}
