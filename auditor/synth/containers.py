"""Byte builders for the less common media containers, with invented metadata planted in them.

TIFF directories in either byte order and in BigTIFF form (so ORF ``IIRO``, RW2 ``IIU``, CR2's
``CR`` marker and BigTIFF's 8-byte offsets can be written), CR3's ``CMT`` boxes, a CRW heap,
a RAF with its embedded JPEG, GIF with an XMP application extension, PSD image resources,
JPEG XL (container and bare codestream), GoPro GPMF tracks (GPS5 / GPS9), 3GPP ``loci``,
Insta360's INSV/LRV GPS trailer,
AVI and M2TS, FLIR thermal JPEGs (an FFF block in APP1 segments), and JPEG with junk between
segments.

Pure byte builders: same arguments, same bytes; nothing is written to disk and nothing here
knows a platform's export layout. The layouts follow the format descriptions the readers
cite (ExifTool's tag documentation, GoPro's gpmf-parser README); the content is invented.
"""

from __future__ import annotations

import struct
from datetime import datetime

from auditor.synth.media import to_dms

Ifd = dict[int, object]
TAG_EXIF, TAG_GPS = 0x8769, 0x8825


def _box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


# ---- TIFF directories ------------------------------------------------------------------------


def gps_tags(lat: float, lon: float) -> Ifd:
    return {1: "S" if lat < 0 else "N", 2: list(to_dms(lat)), 3: "W" if lon < 0 else "E", 4: list(to_dms(lon))}


def camera_ifds(
    lat: float | None, lon: float | None, taken: datetime | None = None, make: str = "Examplecam", model: str = "R1"
) -> tuple[Ifd, Ifd, Ifd | None]:
    """IFD0, Exif IFD and GPS IFD tags (by id) for a camera that recorded a position."""
    ifd0: Ifd = {0x010F: make, 0x0110: model}
    exif: Ifd = {0x9003: taken.strftime("%Y:%m:%d %H:%M:%S")} if taken else {0x9003: "2024:05:01 09:30:15"}
    return ifd0, exif, gps_tags(lat, lon) if lat is not None and lon is not None else None


class Pointer(int):
    """A sub-directory offset: LONG in a TIFF, IFD8 (type 18) in a BigTIFF."""


def _encode(value: object, bo: str, big: bool = False) -> tuple[int, int, bytes]:
    if isinstance(value, Pointer) and big:
        return 18, 1, struct.pack(bo + "Q", value)
    if isinstance(value, str):
        raw = value.encode() + b"\0"
        return 2, len(raw), raw
    if isinstance(value, bytes):
        return 7, len(value), value
    if isinstance(value, int):
        return 4, 1, struct.pack(bo + "I", value)
    if isinstance(value, list):  # rationals
        return 5, len(value), b"".join(struct.pack(bo + "II", n, d) for n, d in value)
    raise TypeError(f"cannot encode {value!r}")


def _ifd(entries: Ifd, start: int, bo: str, big: bool) -> bytes:
    cnt, ent, inline, nxt = (8, 20, 8, 8) if big else (2, 12, 4, 4)
    enc = [(tag, *_encode(v, bo, big)) for tag, v in sorted(entries.items())]
    data_at = start + cnt + len(enc) * ent + nxt
    table, data = [struct.pack(bo + ("Q" if big else "H"), len(enc))], []
    for tag, typ, n, raw in enc:
        head = struct.pack(bo + ("HHQ" if big else "HHI"), tag, typ, n)
        if len(raw) <= inline:
            table.append(head + raw.ljust(inline, b"\0"))
        else:
            table.append(head + struct.pack(bo + ("Q" if big else "I"), data_at))
            raw = raw + b"\0" * (len(raw) & 1)
            data.append(raw)
            data_at += len(raw)
    table.append(bytes(nxt))
    return b"".join(table) + b"".join(data)


def tiff_dirs(
    ifd0: Ifd,
    exif: Ifd | None = None,
    gps: Ifd | None = None,
    bo: str = "<",
    magic: int = 42,
    big: bool = False,
    after_header: bytes = b"",
) -> bytes:
    """A TIFF structure: IFD0 with pointers to an Exif and a GPS directory, no image data.

    `magic` 0x4F52 / 0x5352 make ORF (``IIRO``/``IIRS``), 0x55 RW2 (``IIU``); `big` a BigTIFF
    (magic 43, 8-byte offsets); `after_header` sits between the header and IFD0 (CR2's
    ``CR\\x02\\x00`` marker and its raw-IFD offset).
    """
    order = b"II" if bo == "<" else b"MM"
    if big:
        header_len = 16 + len(after_header)
    else:
        header_len = 8 + len(after_header)
    ifd0 = dict(ifd0)
    if exif:
        ifd0[TAG_EXIF] = Pointer(0)
    if gps:
        ifd0[TAG_GPS] = Pointer(0)
    first = _ifd(ifd0, header_len, bo, big)
    at = header_len + len(first)
    subs = []
    for tag, sub in ((TAG_EXIF, exif), (TAG_GPS, gps)):
        if sub:
            ifd0[tag] = Pointer(at)
            block = _ifd(sub, at, bo, big)
            subs.append(block)
            at += len(block)
    first = _ifd(ifd0, header_len, bo, big)
    if big:
        head = order + struct.pack(bo + "HHHQ", 43, 8, 0, header_len)
    else:
        head = order + struct.pack(bo + "HI", magic, header_len)
    return head + after_header + first + b"".join(subs)


# ---- camera raw ------------------------------------------------------------------------------


def cr3_bytes(ifd0: Ifd, exif: Ifd, gps: Ifd | None) -> bytes:
    """Canon CR3: ftyp ``crx``, moov/uuid(Canon) holding CMT1 (IFD0), CMT2 (Exif), CMT4 (GPS)."""
    cmt = _box(b"CNCV", b"CanonCR3_001/00.09.00/00.00.00")
    cmt += _box(b"CMT1", tiff_dirs(ifd0)) + _box(b"CMT2", tiff_dirs(exif))
    if gps is not None:
        cmt += _box(b"CMT4", tiff_dirs(gps))
    uuid = _box(b"uuid", bytes.fromhex("85c0b687820f11e08111f4ce462b6a48") + cmt)
    ftyp = _box(b"ftyp", b"crx " + struct.pack(">I", 1) + b"crx isom")
    return ftyp + _box(b"moov", uuid) + _box(b"mdat", bytes(64))


def crw_bytes(make: str, model: str, taken_unix: int) -> bytes:
    """Canon CRW (CIFF): a root heap whose one subdirectory holds make/model and capture time."""
    mm = make.encode() + b"\0" + model.encode() + b"\0"
    mm += b"\0" * (len(mm) & 1)
    when = struct.pack("<IiI", taken_unix, 0, 0)
    sub_data = mm + when
    sub_table = struct.pack("<H", 2) + struct.pack("<HII", 0x080A, len(mm), 0) + struct.pack("<HII", 0x180E, 12, len(mm))
    sub = sub_data + sub_table + struct.pack("<I", len(sub_data))
    root_table = struct.pack("<H", 1) + struct.pack("<HII", 0x300A, len(sub), 0)
    root = sub + root_table + struct.pack("<I", len(sub))
    header = b"II" + struct.pack("<I", 26) + b"HEAPCCDR" + struct.pack("<I", 0x00010002) + bytes(8)
    return header + root


def raf_bytes(jpeg: bytes, tiff: bytes = b"") -> bytes:
    """Fujifilm RAF: the header's directory points at the embedded JPEG (and a TIFF, if given)."""
    head = b"FUJIFILMCCD-RAW 0201FF383501" + b"EXAMPLE-X1".ljust(32, b"\0")
    head = head.ljust(84, b"\0")
    jpeg_at = 160
    tiff_at = jpeg_at + len(jpeg)
    head += struct.pack(">6I", jpeg_at, len(jpeg), 0, 0, tiff_at if tiff else 0, len(tiff))
    return head.ljust(jpeg_at, b"\0") + jpeg + tiff


def rw2_bytes(jpeg: bytes, make: str = "Examplecam", model: str = "P1") -> bytes:
    """Panasonic RW2 (``IIU``): IFD0 with Make/Model and the JpgFromRaw (0x2E) holding the EXIF."""
    return tiff_dirs({0x010F: make, 0x0110: model, 0x002E: jpeg}, magic=0x55)


# ---- GIF, PSD, JPEG XL -----------------------------------------------------------------------


def gif_bytes(xmp: bytes | None = None) -> bytes:
    """A 1x1 GIF89a, with XMP in an application extension (raw bytes and the magic trailer)."""
    out = b"GIF89a" + struct.pack("<HHBBB", 1, 1, 0x80, 0, 0) + b"\0\0\0\xff\xff\xff"
    if xmp is not None:
        trailer = b"\x01" + bytes(range(255, -1, -1)) + b"\0"
        out += b"\x21\xff\x0bXMP DataXMP" + xmp + trailer
    out += b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return out + b"\x3b"


def psd_bytes(exif: bytes | None = None, xmp: bytes | None = None, byline: str | None = None) -> bytes:
    """A 1x1 RGB PSD whose image resources hold EXIF (0x0422), XMP (0x0424) and IPTC (0x0404)."""
    res = b""
    blocks = []
    if byline is not None:
        raw = byline.encode()
        blocks.append((0x0404, b"\x1c\x02\x50" + struct.pack(">H", len(raw)) + raw))
    if exif is not None:
        blocks.append((0x0422, exif[6:] if exif.startswith(b"Exif\0\0") else exif))
    if xmp is not None:
        blocks.append((0x0424, xmp))
    for rid, body in blocks:
        res += b"8BIM" + struct.pack(">H", rid) + b"\0\0" + struct.pack(">I", len(body)) + body + b"\0" * (len(body) & 1)
    header = b"8BPS" + struct.pack(">H", 1) + bytes(6) + struct.pack(">HIIHH", 3, 1, 1, 8, 3)
    return header + struct.pack(">I", 0) + struct.pack(">I", len(res)) + res + struct.pack(">I", 0) + b"\0\0" + b"\x80\x80\x80"


JXL_SIGNATURE = b"\x00\x00\x00\x0cJXL \r\n\x87\n"
JXL_CODESTREAM = b"\xff\x0a\xfa\x7f\x01\x90\x08\x06\x01\x00\x48\x00\x4b\x38\x41\x3c"


def jxl_bytes(exif: bytes | None = None, xmp: bytes | None = None, container: bool = True) -> bytes:
    """JPEG XL: the ISO base media container with ``Exif`` and ``xml `` boxes, or a bare codestream."""
    if not container:
        return JXL_CODESTREAM
    out = JXL_SIGNATURE + _box(b"ftyp", b"jxl " + bytes(4) + b"jxl ")
    if exif is not None:
        out += _box(b"Exif", struct.pack(">I", 0) + (exif[6:] if exif.startswith(b"Exif\0\0") else exif))
    if xmp is not None:
        out += _box(b"xml ", xmp)
    return out + _box(b"jxlc", JXL_CODESTREAM)


# ---- GoPro GPMF and 3GPP loci ----------------------------------------------------------------


def klv(key: bytes, typ: str, size: int, repeat: int, payload: bytes) -> bytes:
    """One GPMF record: key, type, structure size, repeat, payload padded to 4 bytes."""
    return key + struct.pack(">cBH", typ.encode() if typ else b"\0", size, repeat) + payload + bytes(-len(payload) % 4)


def gpmf_gps(fixes: list[tuple[float, float]], when: datetime, gps9: bool = False, fix: int = 3) -> bytes:
    """One GPMF sample: DEVC > STRM with GPSF/GPSU/SCAL and GPS5 rows (or GPS9 rows)."""
    if gps9:
        scal = [10_000_000, 10_000_000, 1000, 1000, 100, 1, 1000, 100, 1]
        days = (when.date() - datetime(2000, 1, 1).date()).days
        secs = when.hour * 3600 + when.minute * 60 + when.second
        rows = b"".join(
            struct.pack(">7i2H", round(lat * 1e7), round(lon * 1e7), 12_000, 500, 600, days, secs * 1000, 150, fix)
            for lat, lon in fixes
        )
        body = klv(b"TYPE", "c", 1, 9, b"lllllllSS") + klv(b"SCAL", "l", 4, 9, struct.pack(">9i", *scal))
        body += klv(b"GPS9", "?", 32, len(fixes), rows)
    else:
        scal = [10_000_000, 10_000_000, 1000, 1000, 100]
        rows = b"".join(struct.pack(">5i", round(lat * 1e7), round(lon * 1e7), 12_000, 500, 600) for lat, lon in fixes)
        body = klv(b"GPSF", "L", 4, 1, struct.pack(">I", fix))
        body += klv(b"GPSU", "U", 16, 1, when.strftime("%y%m%d%H%M%S").encode() + b".000")
        body += klv(b"SCAL", "l", 4, 5, struct.pack(">5i", *scal)) + klv(b"GPS5", "l", 20, len(fixes), rows)
    strm = klv(b"STNM", "c", 1, 3, b"GPS") + body
    devc = klv(b"DVID", "L", 4, 1, struct.pack(">I", 1)) + klv(b"STRM", "", 1, len(strm), strm)
    return klv(b"DEVC", "", 1, len(devc), devc)


def gopro_mp4(sample: bytes, brand: bytes = b"mp41") -> bytes:
    """An MP4 whose one track is GoPro timed metadata (``gpmd``) with one sample in mdat."""
    ftyp = _box(b"ftyp", brand + bytes(4) + brand)
    stsd = _box(b"stsd", bytes(4) + struct.pack(">I", 1) + _box(b"gpmd", bytes(6) + struct.pack(">H", 1)))
    stsc = _box(b"stsc", bytes(4) + struct.pack(">IIII", 1, 1, 1, 1))
    stsz = _box(b"stsz", bytes(4) + struct.pack(">III", 0, 1, len(sample)))

    def moov(offset: int) -> bytes:
        stco = _box(b"stco", bytes(4) + struct.pack(">II", 1, offset))
        stbl = _box(b"stbl", stsd + stsc + stsz + stco)
        hdlr = _box(b"hdlr", bytes(8) + b"meta" + bytes(12) + b"GoPro MET\0")
        return _box(b"moov", _box(b"trak", _box(b"mdia", hdlr + _box(b"minf", stbl))))

    at = len(ftyp) + len(moov(0)) + 8
    return ftyp + moov(at) + _box(b"mdat", sample)


def loci_mp4(lat: float, lon: float, name: str = "Example Place", brand: bytes = b"3gp5") -> bytes:
    """A 3GPP file whose ``moov/udta/loci`` box holds the position (16.16 fixed point)."""
    loci = bytes(4) + struct.pack(">H", 0x15C7) + name.encode() + b"\0" + b"\0"
    loci += struct.pack(">iii", round(lon * 65536), round(lat * 65536), 0) + b"earth\0" + b"\0"
    ftyp = _box(b"ftyp", brand + bytes(4) + brand + b"isom")
    return ftyp + _box(b"moov", _box(b"udta", _box(b"loci", loci))) + _box(b"mdat", bytes(32))


def insta360_mp4(fixes: list[tuple[float, float]], when: datetime, valid: bool = True) -> bytes:
    """An INSV/LRV: a small MP4, then Insta360's trailer with a GPS record (0x700) followed by a
    maker-notes record (0x101), the 78-byte tail and its magic (ExifTool's ProcessInsta360 layout)."""
    mp4 = _box(b"ftyp", b"isom" + bytes(4) + b"isomavc1") + _box(b"moov", _box(b"udta", b"")) + _box(b"mdat", bytes(32))
    stamp = int(when.timestamp())
    gps = b"".join(
        struct.pack(
            "<IIHcdcdcddd",
            stamp,
            0,
            0,
            b"A" if valid else b"V",
            abs(lat),
            b"S" if lat < 0 else b"N",
            abs(lon),
            b"W" if lon < 0 else b"E",
            1.5,
            90.0,
            580.0,
        )
        for lat, lon in fixes
    )
    notes = b"\x0a\x08EXAMPLE1"
    tail_body = bytes(32)
    body = gps + struct.pack("<HI", 0x700, len(gps)) + notes
    trailer_len = len(body) + 78
    tail = (
        struct.pack("<HI", 0x101, len(notes))
        + tail_body
        + struct.pack("<II", trailer_len, 3)
        + b"8db42d694ccc418790edff439fe026bf"
    )
    return mp4 + body + tail


# ---- AVI, M2TS, JPEG with junk ---------------------------------------------------------------


def avi_bytes(xmp: bytes | None = None) -> bytes:
    """A RIFF AVI with a header list, an optional XMP ``_PMX`` chunk and an empty movi list."""

    def chunk(ctype: bytes, body: bytes) -> bytes:
        return ctype + struct.pack("<I", len(body)) + body + b"\0" * (len(body) & 1)

    hdrl = chunk(b"LIST", b"hdrl" + chunk(b"avih", bytes(56)))
    pmx = chunk(b"_PMX", xmp) if xmp is not None else b""
    body = b"AVI " + hdrl + pmx + chunk(b"LIST", b"movi") + chunk(b"idx1", b"")
    return b"RIFF" + struct.pack("<I", len(body)) + body


def m2ts_bytes(packets: int = 3) -> bytes:
    """AVCHD transport stream: 192-byte packets, a 4-byte timecode then the 0x47 sync byte."""
    return b"".join(struct.pack(">I", i * 1000) + b"\x47" + bytes(187) for i in range(packets))


def flir_jpeg(jpeg: bytes, lat: float, lon: float, chunks: int = 2, valid: int = 1) -> bytes:
    """`jpeg` with a FLIR FFF block (big-endian header, little-endian GPS record, as FLIR ONE
    phones write it) split over `chunks` ``APP1 "FLIR\\0"`` segments."""
    rec = struct.pack("<I", valid) + b"\x02\x02\x00\x00" + (b"S\0" if lat < 0 else b"N\0") + (b"W\0" if lon < 0 else b"E\0")
    rec += bytes(4) + struct.pack("<ddf", abs(lat), abs(lon), 40.0)
    rec = rec.ljust(184, b"\0")
    header = b"FFF\0" + b"Examplecam IR".ljust(16, b"\0") + struct.pack(">III", 100, 0x40, 1)
    header = header.ljust(0x40, b"\0")
    entry = struct.pack(">HHIIII", 0x2B, 1, 100, 1, 0x60, len(rec)).ljust(0x20, b"\0")
    fff = header + entry + rec
    size = -(-len(fff) // chunks)
    parts = [fff[i * size : (i + 1) * size] for i in range(chunks)]
    segments = [(0xE1, b"FLIR\0\x01" + bytes([i, chunks - 1]) + part) for i, part in enumerate(parts)]
    out = [jpeg[:2]]
    for marker, body in segments:
        out.append(bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body)
    return b"".join(out) + jpeg[2:]


def jpeg_with_junk(jpeg: bytes, junk: bytes = b"\x00\x13\x37junk", after: int = 1) -> bytes:
    """`jpeg` with junk bytes after its `after`-th segment (counting from the first after SOI)."""
    pos = 2
    for _ in range(after):
        (length,) = struct.unpack(">H", jpeg[pos + 2 : pos + 4])
        pos += 2 + length
    return jpeg[:pos] + junk + jpeg[pos:]
