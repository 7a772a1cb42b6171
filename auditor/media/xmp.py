"""XMP packets: the identity, capture-time and GPS properties a `MediaMeta` takes from them.

XMP is read with patterns rather than an XML parser: packets are often not well-formed, and
we want a few properties in either attribute or element form, never the whole tree. This
module reads packet bytes it is given; it must not find packets inside containers (the
container readers do), open files or decide what is risky.
"""

from __future__ import annotations

import html
import re

from auditor.media.meta import MAX_BLOCK, MediaMeta

XMP_IDENTITY = {
    "dc:creator": "Creator",
    "dc:rights": "Rights",
    "aux:SerialNumber": "SerialNumber",
    "aux:LensSerialNumber": "LensSerialNumber",
    "aux:OwnerName": "OwnerName",
    "exifEX:BodySerialNumber": "SerialNumber",
    "exifEX:LensSerialNumber": "LensSerialNumber",
    "exifEX:CameraOwnerName": "OwnerName",
}
XMP_TIMES = {
    "exif:DateTimeOriginal": "XMP:DateTimeOriginal",
    "photoshop:DateCreated": "XMP:DateCreated",
    "xmp:CreateDate": "XMP:CreateDate",
}


def xmp_prop(xmp: bytes, name: str) -> str | None:
    """One XMP property's value (attribute, simple element, or first rdf:li of a container)."""
    n = re.escape(name.encode())
    m = re.search(rb"[\s<]" + n + rb"\s*=\s*(?:\"([^\"]*)\"|'([^']*)')", xmp)
    if m:
        raw = m.group(1) if m.group(1) is not None else m.group(2)
    else:
        m = re.search(rb"<" + n + rb"(?:\s[^>]*)?>(.*?)</" + n + rb"\s*>", xmp, re.S)
        if not m:
            return None
        raw = m.group(1)
        li = re.search(rb"<rdf:li(?:\s[^>]*)?>(.*?)</rdf:li>", raw, re.S)
        if li:
            raw = li.group(1)
        elif b"<" in raw:
            return None
    text = raw.decode("utf-8", "replace").strip()
    return html.unescape(text) if text else None


def xmp_coord(text: str) -> float | None:
    """XMP GPS form "DDD,MM.mmk" or "DDD,MM,SSk" (k = N/S/E/W), or plain decimal."""
    t = text.strip()
    if not t:
        return None
    sign = 1.0
    if t[-1] in "NSEWnsew":
        if t[-1] in "SWsw":
            sign = -1.0
        t = t[:-1]
    try:
        parts = [float(p) for p in t.split(",")]
    except ValueError:
        return None
    total = sum(p / (60**i) for i, p in enumerate(parts[:3]))
    return sign * total


def apply_xmp(meta: MediaMeta, xmp: bytes, source: str = "xmp") -> None:
    """Merge one XMP packet into `meta`; the first packet's position wins, identity never overwritten."""
    if len(xmp) > MAX_BLOCK:
        xmp = xmp[:MAX_BLOCK]
    for prop, name in XMP_IDENTITY.items():
        val = xmp_prop(xmp, prop)
        if val and name not in meta.identity:
            meta.identity[name] = val
    for prop, key in XMP_TIMES.items():
        val = xmp_prop(xmp, prop)
        if val:
            meta.tags.setdefault(key, val)
    slat, slon = xmp_prop(xmp, "exif:GPSLatitude"), xmp_prop(xmp, "exif:GPSLongitude")
    if slat is None or slon is None:
        return
    meta.has_gps_block = True
    lat, lon = xmp_coord(slat), xmp_coord(slon)
    if lat is None or lon is None or meta.xmp_gps is not None:
        return
    if -90 <= lat <= 90 and -180 <= lon <= 180 and not (lat == 0 and lon == 0):
        meta.xmp_gps = (lat, lon)
