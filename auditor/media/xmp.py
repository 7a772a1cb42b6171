"""XMP packets: the identity, capture-time and GPS properties a `MediaMeta` takes from them.

XMP is read with a linear scanner (`xmpscan`) rather than an XML parser: packets are often not well-formed, and
we want a few properties in either attribute or element form, never the whole tree. This
module reads packet bytes it is given; it must not find packets inside containers (the
container readers do), open files or decide what is risky.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from auditor.media.meta import MAX_BLOCK, MediaMeta
from auditor.media.xmpscan import Prop, first_li, scan_props

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


def _value(xmp: bytes, prop: Prop) -> str | None:
    raw = xmp[prop.vstart : prop.vend]
    if prop.kind == "element":
        li = first_li(raw)
        if li is not None:
            raw = li
        elif b"<" in raw:
            return None
    elif prop.kind == "empty":
        return None
    text = raw.decode("utf-8", "replace").strip()
    return html.unescape(text) if text else None


def xmp_props(xmp: bytes, names: Iterable[str]) -> dict[str, str]:
    """Each named property's value (attribute form first, else the first element), in one linear pass."""
    wanted = {n.encode() for n in names}
    attr: dict[bytes, Prop] = {}
    elem: dict[bytes, Prop] = {}
    for p in scan_props(xmp, wanted.__contains__):
        if p.kind == "attr":
            attr.setdefault(p.name, p)
        elif p.kind == "element":
            elem.setdefault(p.name, p)
    out: dict[str, str] = {}
    for name in wanted:
        prop = attr.get(name) or elem.get(name)
        val = _value(xmp, prop) if prop else None
        if val:
            out[name.decode()] = val
    return out


def xmp_prop(xmp: bytes, name: str) -> str | None:
    """One XMP property's value (attribute, simple element, or first rdf:li of a container)."""
    return xmp_props(xmp, [name]).get(name)


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
    props = xmp_props(xmp, [*XMP_IDENTITY, *XMP_TIMES, "exif:GPSLatitude", "exif:GPSLongitude"])
    for prop, name in XMP_IDENTITY.items():
        val = props.get(prop)
        if val and name not in meta.identity:
            meta.identity[name] = val
    for prop, key in XMP_TIMES.items():
        val = props.get(prop)
        if val:
            meta.tags.setdefault(key, val)
    slat, slon = props.get("exif:GPSLatitude"), props.get("exif:GPSLongitude")
    if slat is None or slon is None:
        return
    meta.has_gps_block = True
    lat, lon = xmp_coord(slat), xmp_coord(slon)
    if lat is None or lon is None or meta.xmp_gps is not None:
        return
    if -90 <= lat <= 90 and -180 <= lon <= 180 and not (lat == 0 and lon == 0):
        meta.xmp_gps = (lat, lon)
