"""ISO base media file format (HEIF/HEIC/AVIF stills, MP4/MOV/3GP videos): metadata only.

HEIF keeps EXIF as an item: `meta/iinf` names the item of type ``Exif`` and `meta/iloc` says
where its bytes lie; we read just those bytes. QuickTime keeps position in
``moov/udta/©xyz`` (an ISO 6709 string) and in ``moov/meta`` keys/ilst under
``com.apple.quicktime.location.ISO6709``. Media data (``mdat``) is skipped, never read.

Box sizes are untrusted: every box is bounded by its parent, children are walked with a step
limit, and no payload above `MAX_BOX` is read into memory.

`boxes`, `parse_iinf` and `parse_iloc` are public because the strip fixer plans its edits on the
same box walk. This module must not decode media data, open files or decide what is risky.
"""

from __future__ import annotations

import io
import re
import struct
from typing import BinaryIO

from auditor.media.meta import MAX_STEPS, Buffered, MediaError, MediaMeta, apply_tiff
from auditor.media.xmp import apply_xmp

MAX_BOX = 16 * 1024 * 1024
XMP_UUID_BYTES = bytes.fromhex("be7acfcb97a942e89c71999491e3afac")
XMP_UUID = b"uuid:xmp"
CONTAINERS = {b"moov", b"udta", b"trak", b"mdia", b"minf", b"stbl"}


def boxes(data: bytes, start: int = 0, end: int | None = None):
    """Iterate (type, payload_start, payload_end) over boxes inside an in-memory byte range."""
    end = len(data) if end is None else end
    pos = start
    steps = 0
    while pos + 8 <= end and steps < MAX_STEPS:
        steps += 1
        size, btype = struct.unpack(">I4s", data[pos : pos + 8])
        hdr = 8
        if size == 1:
            if pos + 16 > end:
                return
            (size,) = struct.unpack(">Q", data[pos + 8 : pos + 16])
            hdr = 16
        elif size == 0:
            size = end - pos
        if size < hdr or pos + size > end:
            return
        yield btype, pos + hdr, pos + size
        pos += size


def top_level(fh: BinaryIO, head: bytes, wanted: set[bytes]) -> dict[bytes, bytes]:
    """Walk top-level boxes of a stream, returning the payload of the wanted ones."""
    buf = Buffered(fh, head)
    found: dict[bytes, bytes] = {}
    for _ in range(MAX_STEPS):
        hdr = buf.read(8)
        if len(hdr) < 8:
            break
        size, btype = struct.unpack(">I4s", hdr)
        hlen = 8
        if size == 1:
            ext = buf.read(8)
            if len(ext) < 8:
                break
            (size,) = struct.unpack(">Q", ext)
            hlen = 16
        elif size == 0:
            if btype in wanted:
                found[btype] = buf.read(MAX_BOX)
            break
        if size < hlen:
            raise MediaError(f"corrupt media: box {btype!r} has an impossible size")
        body_len = size - hlen
        if btype == b"uuid" and b"uuid" in wanted and XMP_UUID not in found and 16 <= body_len <= MAX_BOX:
            uid = buf.read(16)
            if uid == XMP_UUID_BYTES:
                body = buf.read(body_len - 16)
                found[XMP_UUID] = body
            else:
                buf.skip(body_len - 16)
            continue
        if btype in wanted and body_len <= MAX_BOX:
            body = buf.read(body_len)
            if len(body) < body_len:
                raise MediaError(f"corrupt media: box {btype!r} truncated")
            found[btype] = body
            # keep walking for a top-level XMP uuid only when skipping media data is a cheap seek
            if (wanted - {b"uuid"}) <= set(found) and (b"uuid" not in wanted or not buf.seekable):
                break
        else:
            buf.skip(body_len)
    return found


# ---- HEIF ------------------------------------------------------------------------------------


def read_heif(fh: BinaryIO, head: bytes, meta: MediaMeta) -> None:
    top = top_level(fh, head, {b"meta"})
    meta_box = top.get(b"meta")
    if meta_box is None:
        raise MediaError("corrupt HEIF: no meta box")
    items: dict[int, tuple[bytes, str]] = {}
    locs: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    idat = b""
    for btype, s, e in boxes(meta_box, 4):  # meta is a FullBox
        if btype == b"iinf":
            items = parse_iinf(meta_box[s:e])
        elif btype == b"iloc":
            locs = parse_iloc(meta_box[s:e])
        elif btype == b"idat":
            idat = meta_box[s:e]
    for item_id, (itype, ctype) in items.items():
        if itype not in (b"Exif", b"mime") or item_id not in locs:
            continue
        if itype == b"mime" and "xml" not in ctype:
            continue
        method, extents = locs[item_id]
        data = _read_extents(fh, idat, method, extents)
        if data is None:
            continue
        if itype == b"Exif":
            if len(data) < 4:
                continue
            (skip,) = struct.unpack(">I", data[:4])
            tiff = data[4 + skip :] if 4 + skip <= len(data) else b""
            if tiff.startswith(b"Exif\x00\x00"):
                tiff = tiff[6:]
            if tiff:
                apply_tiff(meta, tiff, "exif")
        else:
            apply_xmp(meta, data)


def parse_iinf(b: bytes) -> dict[int, tuple[bytes, str]]:
    if len(b) < 6:
        return {}
    version = b[0]
    start = 6 if version == 0 else 8
    out: dict[int, tuple[bytes, str]] = {}
    for btype, s, e in boxes(b, start):
        if btype != b"infe" or e - s < 4:
            continue
        v = b[s]
        p = s + 4
        if v >= 2:
            if v == 2:
                (iid,) = struct.unpack(">H", b[p : p + 2])
                p += 2
            else:
                (iid,) = struct.unpack(">I", b[p : p + 4])
                p += 4
            p += 2  # protection index
            itype = b[p : p + 4]
            p += 4
            _name, _, rest = b[p:e].partition(b"\0")
            ctype = rest.partition(b"\0")[0].decode("ascii", "replace") if itype == b"mime" else ""
            out[iid] = (itype, ctype)
    return out


def parse_iloc(b: bytes) -> dict[int, tuple[int, list[tuple[int, int]]]]:
    r = io.BytesIO(b)

    def u(n: int) -> int:
        if n == 0:
            return 0
        raw = r.read(n)
        if len(raw) < n:
            raise MediaError("corrupt HEIF: iloc truncated")
        return int.from_bytes(raw, "big")

    version = u(1)
    r.read(3)
    sizes = u(2)
    off_size, len_size, base_size = sizes >> 12, (sizes >> 8) & 0xF, (sizes >> 4) & 0xF
    idx_size = sizes & 0xF if version in (1, 2) else 0
    count = u(2) if version < 2 else u(4)
    out: dict[int, tuple[int, list[tuple[int, int]]]] = {}
    for _ in range(min(count, 65536)):
        iid = u(2) if version < 2 else u(4)
        method = u(2) & 0xF if version in (1, 2) else 0
        u(2)  # data reference index
        base = u(base_size)
        extents = []
        for _ in range(min(u(2), 1024)):
            if idx_size:
                u(idx_size)
            extents.append((base + u(off_size), u(len_size)))
        out[iid] = (method, extents)
    return out


def _read_extents(fh: BinaryIO, idat: bytes, method: int, extents: list[tuple[int, int]]) -> bytes | None:
    total = sum(n for _, n in extents)
    if total > MAX_BOX:
        return None
    parts = []
    for off, n in extents:
        if method == 1:
            parts.append(idat[off : off + n])
        elif method == 0:
            try:
                fh.seek(off)
            except (OSError, ValueError):
                return None
            parts.append(fh.read(n))
        else:
            return None
    return b"".join(parts)


# ---- QuickTime / MP4 -------------------------------------------------------------------------

_ISO6709 = re.compile(r"([+-])(\d+(?:\.\d*)?)([+-])(\d+(?:\.\d*)?)")


def parse_iso6709(text: str) -> tuple[float, float] | None:
    m = _ISO6709.match(text.strip())
    if not m:
        return None
    lat = _iso_part(m.group(2), 2)
    lon = _iso_part(m.group(4), 3)
    if lat is None or lon is None:
        return None
    lat = -lat if m.group(1) == "-" else lat
    lon = -lon if m.group(3) == "-" else lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return lat, lon


def _iso_part(s: str, deg_digits: int) -> float | None:
    whole, _, frac = s.partition(".")
    frac_v = float("0." + frac) if frac else 0.0
    n = len(whole)
    if n == deg_digits:
        return int(whole) + frac_v
    if n == deg_digits + 2:  # DDMM.mmm
        return int(whole[:deg_digits]) + (int(whole[deg_digits:]) + frac_v) / 60
    if n == deg_digits + 4:  # DDMMSS.ss
        return (
            int(whole[:deg_digits])
            + int(whole[deg_digits : deg_digits + 2]) / 60
            + (int(whole[deg_digits + 2 :]) + frac_v) / 3600
        )
    return None


def read_quicktime(fh: BinaryIO, head: bytes, meta: MediaMeta) -> bytes:
    """Read moov's location, author and date tags into `meta`; return moov (GPMF reads its tracks)."""
    top = top_level(fh, head, {b"moov", b"uuid"})
    moov = top.get(b"moov")
    if moov is None:
        raise MediaError("corrupt video: no moov box (metadata) found")
    _walk_moov(moov, 0, len(moov), meta, depth=0)
    if XMP_UUID in top:  # ExifTool reads XMP from a top-level uuid box (and udta/XMP_), not from moov/uuid
        apply_xmp(meta, top[XMP_UUID])
    return moov


def _walk_moov(b: bytes, s: int, e: int, meta: MediaMeta, depth: int) -> None:
    if depth > 6:
        return
    for btype, cs, ce in boxes(b, s, e):
        if btype == b"\xa9xyz":
            body = b[cs:ce]
            if len(body) > 4:
                (n,) = struct.unpack(">H", body[:2])
                _set_iso(meta, body[4 : 4 + n].decode("utf-8", "replace"), "quicktime")
        elif btype == b"loci":
            _read_loci(b[cs:ce], meta)
        elif btype == b"meta":
            _read_mdta(b, cs, ce, meta)
        elif btype == b"XMP_":
            apply_xmp(meta, b[cs:ce])
        elif btype in CONTAINERS:
            _walk_moov(b, cs, ce, meta, depth + 1)


def _read_loci(body: bytes, meta: MediaMeta) -> None:
    """3GPP location information: name, role, then longitude, latitude, altitude as 16.16 fixed."""
    p = 6  # FullBox header, pad bit + language
    if body[p : p + 2] in (b"\xfe\xff", b"\xff\xfe"):  # UTF-16 name, ends with two zero bytes
        q = p + 2
        while q + 1 < len(body) and body[q : q + 2] != b"\0\0":
            q += 2
        p = q + 2
    else:
        q = body.find(b"\0", p)
        if q < 0:
            return
        p = q + 1
    p += 1  # role
    if p + 8 > len(body):
        return
    lon, lat = struct.unpack(">ii", body[p : p + 8])
    meta.has_gps_block = True
    lat_f, lon_f = lat / 65536, lon / 65536
    if meta.qt_gps is None and -90 <= lat_f <= 90 and -180 <= lon_f <= 180 and (lat, lon) != (0, 0):
        meta.qt_gps = (lat_f, lon_f)


def _set_iso(meta: MediaMeta, text: str, source: str) -> None:
    meta.has_gps_block = True
    pos = parse_iso6709(text)
    if pos is not None and meta.qt_gps is None:
        meta.qt_gps = pos


def _read_mdta(b: bytes, s: int, e: int, meta: MediaMeta) -> None:
    # QuickTime's meta is a plain box; MP4's (inside udta) is a FullBox. Try both.
    for start in (s, s + 4):
        children = list(boxes(b, start, e))
        if any(t == b"keys" for t, _, _ in children):
            break
    else:
        return
    keys: list[str] = []
    ilst = None
    for btype, cs, ce in children:
        if btype == b"keys":
            (count,) = struct.unpack(">I", b[cs + 4 : cs + 8])
            p = cs + 8
            for _ in range(min(count, 4096)):
                if p + 8 > ce:
                    break
                (ksize,) = struct.unpack(">I", b[p : p + 4])
                if ksize < 8:
                    break
                keys.append(b[p + 8 : p + ksize].decode("utf-8", "replace"))
                p += ksize
        elif btype == b"ilst":
            ilst = (cs, ce)
    if ilst is None:
        return
    for btype, cs, ce in boxes(b, *ilst):
        idx = int.from_bytes(btype, "big")
        if not 1 <= idx <= len(keys):
            continue
        key = keys[idx - 1]
        for dtype, ds, de in boxes(b, cs, ce):
            if dtype != b"data":
                continue
            value = b[ds + 8 : de]
            if key == "com.apple.quicktime.location.ISO6709":
                _set_iso(meta, value.decode("utf-8", "replace"), "quicktime")
            elif key in ("com.apple.quicktime.author", "com.apple.quicktime.artist"):
                meta.identity.setdefault("Artist", value.decode("utf-8", "replace"))
            elif key == "com.apple.quicktime.creationdate":
                meta.tags.setdefault("QuickTime:CreationDate", value.decode("utf-8", "replace"))
