"""Linear-time XMP scanning: hostile packets of unclosed tags and quotes finish fast."""

from __future__ import annotations

import time

from auditor.fixers.exif import blank_xmp
from auditor.media.meta import MediaMeta
from auditor.media.xmp import apply_xmp
from auditor.media.xmpscan import first_li, scan_props

# 1 MB of unclosed property tags: the old `<p ...>.*?</p>` pattern rescanned the rest for each
UNCLOSED = b"<x:xmpmeta>" + b"<dc:creator>a<exif:GPSLatitude>1" * 32_000


def test_scan_finds_attribute_empty_and_element_forms():
    x = b'<r a:b="1" exif:GPSLatitude="1,2N"><exif:GPSAltitude/><dc:creator>Pat</dc:creator></r>'
    props = scan_props(x, {b"exif:GPSLatitude", b"exif:GPSAltitude", b"dc:creator"}.__contains__)
    assert [(p.name, p.kind) for p in props] == [
        (b"exif:GPSLatitude", "attr"),
        (b"exif:GPSAltitude", "empty"),
        (b"dc:creator", "element"),
    ]
    assert x[props[2].vstart : props[2].vend] == b"Pat"


def test_scan_skips_unclosed_forms():
    x = b"<r exif:GPSLatitude='1,2N <dc:creator>Pat <dc:creator a>"
    assert scan_props(x, {b"exif:GPSLatitude", b"dc:creator"}.__contains__) == []


def test_first_li_reads_the_first_closed_item():
    assert first_li(b"<rdf:Seq><rdf:li>Pat</rdf:li><rdf:li>Sam</rdf:li></rdf:Seq>") == b"Pat"
    assert first_li(b"<rdf:li>Pat" * 1000) is None


def test_a_megabyte_of_unclosed_tags_is_read_in_linear_time():
    meta = MediaMeta("xmp")
    t0 = time.perf_counter()
    apply_xmp(meta, UNCLOSED)
    assert time.perf_counter() - t0 < 3.0
    assert meta.xmp_gps is None and "Creator" not in meta.identity


def test_a_megabyte_of_unclosed_quotes_is_read_in_linear_time():
    meta = MediaMeta("xmp")
    t0 = time.perf_counter()
    apply_xmp(meta, b"<r" + b' dc:creator="x exif:GPSLatitude="' * 30_000)
    assert time.perf_counter() - t0 < 3.0


def test_blanking_a_megabyte_of_unclosed_tags_is_linear_and_keeps_the_length():
    t0 = time.perf_counter()
    out, names = blank_xmp(UNCLOSED + b"<exif:GPSLongitude>2</exif:GPSLongitude>", all_identifying=True)
    assert time.perf_counter() - t0 < 3.0
    assert len(out) == len(UNCLOSED) + 40 and names == ["XMP GPS"]
    assert b"GPSLongitude" not in out[-60:]
