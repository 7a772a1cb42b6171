"""Image, video and metadata bytes with known contents: EXIF blocks, small JPEG/PNG/WebP/TIFF/HEIF/
AVIF images, XMP packets, extra JPEG segments and PNG chunks, minimal MP4/MOV/3GP files, and
images showing text or a QR code for the OCR tests.

Pure byte builders: nothing here writes a file (`auditor.synth.camera` writes folders of
them) or knows a platform's export layout. Same arguments, same bytes: fixed pixels, no clock.
"""

from __future__ import annotations

import io
import struct
import zlib
from datetime import datetime
from fractions import Fraction
from typing import Any

import piexif
from PIL import Image, ImageDraw, ImageFont

Rational = tuple[int, int]


def to_dms(value: float, sec_den: int = 100) -> tuple[Rational, Rational, Rational]:
    """Decimal degrees -> EXIF (deg, min, sec) rationals, seconds with `sec_den` precision."""
    v = abs(value)
    deg = int(v)
    minutes_f = (v - deg) * 60
    minutes = int(minutes_f)
    sec = round((minutes_f - minutes) * 60 * sec_den)
    if sec >= 60 * sec_den:
        sec -= 60 * sec_den
        minutes += 1
    if minutes >= 60:
        minutes -= 60
        deg += 1
    return (deg, 1), (minutes, 1), (sec, sec_den)


def gps_ifd(lat: float | None, lon: float | None, **raw: Any) -> dict[int, Any]:
    """A GPS IFD for piexif. Pass raw=... (GPSLatitude=..., GPSLatitudeRef=...) to plant odd forms."""
    g: dict[int, Any] = {}
    if lat is not None and lon is not None:
        g[piexif.GPSIFD.GPSLatitudeRef] = b"S" if lat < 0 else b"N"
        g[piexif.GPSIFD.GPSLatitude] = to_dms(lat)
        g[piexif.GPSIFD.GPSLongitudeRef] = b"W" if lon < 0 else b"E"
        g[piexif.GPSIFD.GPSLongitude] = to_dms(lon)
    names = {
        "GPSLatitudeRef": piexif.GPSIFD.GPSLatitudeRef,
        "GPSLatitude": piexif.GPSIFD.GPSLatitude,
        "GPSLongitudeRef": piexif.GPSIFD.GPSLongitudeRef,
        "GPSLongitude": piexif.GPSIFD.GPSLongitude,
        "GPSVersionID": piexif.GPSIFD.GPSVersionID,
    }
    for k, v in raw.items():
        if v is None:
            g.pop(names[k], None)
        else:
            g[names[k]] = v
    return g


def exif_bytes(
    lat: float | None = None,
    lon: float | None = None,
    taken: datetime | None = None,
    offset: str | None = None,
    make: str = "Examplephone",
    model: str = "X1",
    artist: str | None = None,
    serial: str | None = None,
    gps: dict[int, Any] | None = None,
    orientation: int | None = None,
) -> bytes:
    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: make.encode(), piexif.ImageIFD.Model: model.encode()}
    if artist:
        zeroth[piexif.ImageIFD.Artist] = artist.encode()
    if orientation:
        zeroth[piexif.ImageIFD.Orientation] = orientation
    ex: dict[int, Any] = {}
    if taken:
        ex[piexif.ExifIFD.DateTimeOriginal] = taken.strftime("%Y:%m:%d %H:%M:%S").encode()
    if offset:
        ex[piexif.ExifIFD.OffsetTimeOriginal] = offset.encode()
    if serial:
        ex[piexif.ExifIFD.BodySerialNumber] = serial.encode()
    g = gps if gps is not None else gps_ifd(lat, lon)
    return piexif.dump({"0th": zeroth, "Exif": ex, "GPS": g, "1st": {}, "thumbnail": None})


def image_bytes(
    fmt: str = "JPEG",
    size: tuple[int, int] = (64, 48),
    color: tuple[int, int, int] = (90, 120, 160),
    exif: bytes | None = None,
    **save: Any,
) -> bytes:
    """A small solid image in `fmt` (JPEG, PNG, WEBP, TIFF, HEIF) with the given EXIF block."""
    img = Image.new("RGB", size, color)
    # a little structure so JPEG pixels are not trivially uniform
    for x in range(0, size[0], 8):
        img.putpixel((x, x % size[1]), (255, 255, 255))
    buf = io.BytesIO()
    if fmt.upper() in ("HEIF", "HEIC"):
        import pillow_heif  # lazy: only HEIF/HEIC output needs the plugin, and it is slow to import

        pillow_heif.register_heif_opener()
        fmt = "HEIF"
    kwargs = dict(save)
    if exif is not None:
        kwargs["exif"] = exif
    if fmt.upper() == "JPEG":
        kwargs.setdefault("quality", 85)
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def photo(
    lat: float | None = None, lon: float | None = None, taken: datetime | None = None, fmt: str = "JPEG", **exif_kw: Any
) -> bytes:
    return image_bytes(fmt, exif=exif_bytes(lat, lon, taken, **exif_kw))


def frac(x: float, den: int = 1_000_000) -> Rational:
    f = Fraction(x).limit_denominator(den)
    return f.numerator, f.denominator


def xmp_dm(value: float, pos: str, neg: str) -> str:
    """Decimal degrees -> XMP's "DDD,MM.mmmmmmK" GPS form."""
    v = abs(value)
    deg = int(v)
    return f"{deg},{(v - deg) * 60:.6f}{neg if value < 0 else pos}"


def xmp_packet(
    lat: float | None = None,
    lon: float | None = None,
    creator: str | None = None,
    serial: str | None = None,
    taken: str | None = None,
    element_form: bool = False,
    raw_lat: str | None = None,
    raw_lon: str | None = None,
) -> bytes:
    """An XMP packet; GPS in exif:GPSLatitude/GPSLongitude as attributes or (element_form) elements."""
    props: dict[str, str] = {}
    if lat is not None and lon is not None:
        props["exif:GPSLatitude"] = xmp_dm(lat, "N", "S")
        props["exif:GPSLongitude"] = xmp_dm(lon, "E", "W")
    if raw_lat is not None:
        props["exif:GPSLatitude"] = raw_lat
    if raw_lon is not None:
        props["exif:GPSLongitude"] = raw_lon
    if serial:
        props["aux:SerialNumber"] = serial
    if taken:
        props["exif:DateTimeOriginal"] = taken
    if element_form:
        attrs = ""
        body = "".join(f"\n   <{k}>{v}</{k}>" for k, v in props.items())
    else:
        attrs = "".join(f'\n    {k}="{v}"' for k, v in props.items())
        body = ""
    if creator:
        body += f"\n   <dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>"
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n    xmlns:exif="http://ns.adobe.com/exif/1.0/"\n'
        '    xmlns:aux="http://ns.adobe.com/exif/1.0/aux/"\n    xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f"{attrs}>{body}\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n" + " " * 200 + '\n<?xpacket end="w"?>'
    ).encode("utf-8")


def jpeg_insert(jpeg: bytes, *segments: tuple[int, bytes]) -> bytes:
    """Insert (marker, body) segments right after SOI (and before any existing ones)."""
    out = [jpeg[:2]]
    for marker, body in segments:
        out.append(bytes([0xFF, marker]) + struct.pack(">H", len(body) + 2) + body)
    out.append(jpeg[2:])
    return b"".join(out)


def jpeg_exif_segment(exif: bytes) -> tuple[int, bytes]:
    return 0xE1, exif if exif.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + exif


def jpeg_xmp_segment(xmp: bytes) -> tuple[int, bytes]:
    return 0xE1, b"http://ns.adobe.com/xap/1.0/\x00" + xmp


def png_chunk(ctype: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + ctype + body + struct.pack(">I", zlib.crc32(ctype + body) & 0xFFFFFFFF)


def png_insert(png: bytes, *chunks: bytes) -> bytes:
    """Insert ready-made chunks right after IHDR."""
    ihdr_end = 8 + 8 + 13 + 4
    return png[:ihdr_end] + b"".join(chunks) + png[ihdr_end:]


def png_raw_profile_exif(exif: bytes, compressed: bool = True) -> bytes:
    """ImageMagick's text-chunk form of EXIF: "Raw profile type exif" with hex data."""
    raw = exif if exif.startswith(b"Exif\x00\x00") else b"Exif\x00\x00" + exif
    hexdata = raw.hex()
    lines = "\n".join(hexdata[i : i + 72] for i in range(0, len(hexdata), 72))
    text = f"\nexif\n{len(raw):8d}\n{lines}\n".encode("ascii")
    key = b"Raw profile type exif\x00"
    if compressed:
        return png_chunk(b"zTXt", key + b"\x00" + zlib.compress(text))
    return png_chunk(b"tEXt", key + text)


def png_xmp_itxt(xmp: bytes, compressed: bool = False) -> bytes:
    body = zlib.compress(xmp) if compressed else xmp
    return png_chunk(b"iTXt", b"XML:com.adobe.xmp\x00" + (b"\x01\x00" if compressed else b"\x00\x00") + b"\x00\x00" + body)


def iso6709(lat: float, lon: float, alt: float | None = None) -> str:
    s = f"{lat:+08.4f}{lon:+09.4f}"
    if alt is not None:
        s += f"{alt:+.3f}"
    return s + "/"


def _box(btype: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + btype + payload


def mp4_bytes(
    xyz: str | None = None,
    keys: dict[str, str] | None = None,
    brand: bytes = b"isom",
    mdat: bytes = b"\x00" * 64,
    xmp: bytes | None = None,
    mdat_first: bool = False,
) -> bytes:
    """A minimal MP4/MOV/3GP: ftyp, moov(mvhd, udta/©xyz, meta keys/ilst, XMP uuid), mdat.

    `xyz` is the ISO 6709 string stored in udta/©xyz (what Android and older iPhones write);
    `keys` are QuickTime mdta keys (e.g. com.apple.quicktime.location.ISO6709) with UTF-8 values.
    """
    ftyp = _box(b"ftyp", brand + struct.pack(">I", 0) + brand + b"isom")
    mvhd = _box(
        b"mvhd",
        bytes(4)  # version 0, flags
        + struct.pack(">IIII", 3_800_000_000, 3_800_000_000, 1000, 1000)
        + struct.pack(">IH", 0x00010000, 0x0100)
        + bytes(10)
        + struct.pack(">9I", 0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000)
        + bytes(24)
        + struct.pack(">I", 2),
    )
    parts = [mvhd]
    if xyz is not None:
        s = xyz.encode("utf-8")
        parts.append(_box(b"udta", _box(b"\xa9xyz", struct.pack(">HH", len(s), 0x15C7) + s)))
    if keys:
        kb = b"".join(_box(b"mdta", k.encode("utf-8")) for k in keys)
        keys_box = _box(b"keys", bytes(4) + struct.pack(">I", len(keys)) + kb)
        items = b"".join(
            _box(struct.pack(">I", i + 1), _box(b"data", struct.pack(">II", 1, 0) + v.encode("utf-8")))
            for i, v in enumerate(keys.values())
        )
        hdlr = _box(b"hdlr", bytes(8) + b"mdta" + bytes(12) + b"\x00")
        parts.append(_box(b"meta", hdlr + keys_box + _box(b"ilst", items)))
    moov = _box(b"moov", b"".join(parts))
    mdat_box = _box(b"mdat", mdat)
    # XMP sits in a top-level uuid box, where ExifTool (and Adobe's tools) put it
    uuid = _box(b"uuid", bytes.fromhex("be7acfcb97a942e89c71999491e3afac") + xmp) if xmp is not None else b""
    return ftyp + (mdat_box + moov if mdat_first else moov + mdat_box) + uuid


def tiff_bytes(exif: bytes, camera_serial: str | None = None, dng: bool = False, size: tuple[int, int] = (16, 16)) -> bytes:
    """A TIFF (or, with dng=True, a file carrying DNGVersion) with the EXIF block's tags and IFDs."""
    img = Image.new("RGB", size, (40, 80, 120))
    ex = Image.Exif()
    ex.load(exif)
    if dng:
        ex[50706] = b"\x01\x04\x00\x00"  # DNGVersion
    if camera_serial:
        ex[50735] = camera_serial  # CameraSerialNumber (DNG)
    buf = io.BytesIO()
    img.save(buf, "TIFF", exif=ex)
    return buf.getvalue()


def sign_image(lines: list[str], size: tuple[int, int] = (900, 300), fmt: str = "JPEG", exif: bytes | None = None) -> bytes:
    """A photo-like image showing lines of text (a sign, badge or screen) for OCR tests."""
    img = Image.new("RGB", size, (236, 234, 226))
    draw = ImageDraw.Draw(img)
    font = ImageFont.load_default(size=max(18, size[1] // (len(lines) * 3 + 1)))
    y = size[1] // (len(lines) * 2 + 2)
    for line in lines:
        draw.text((size[0] // 24, y), line, fill=(12, 24, 70), font=font)
        y += size[1] // (len(lines) + 1)
    buf = io.BytesIO()
    kwargs: dict[str, Any] = {"quality": 92} if fmt == "JPEG" else {}
    if exif is not None:
        kwargs["exif"] = exif
    img.save(buf, fmt, **kwargs)
    return buf.getvalue()


def qr_image(text: str, fmt: str = "PNG", border_px: int = 40) -> bytes:
    """A photo-sized image with a QR code encoding `text` (e.g. a boarding pass's BCBP string)."""
    import qrcode  # lazy: an optional test dependency (the `test` extra), needed only for QR images

    code = qrcode.make(text, box_size=6).get_image().convert("RGB")
    img = Image.new("RGB", (code.size[0] + 2 * border_px, code.size[1] + 2 * border_px), (250, 250, 250))
    img.paste(code, (border_px, border_px))
    buf = io.BytesIO()
    img.save(buf, fmt)
    return buf.getvalue()
