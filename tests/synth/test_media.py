"""auditor.synth.media: image, video and metadata bytes that real readers open and that carry what was asked."""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
from datetime import datetime

import piexif
import pytest
from PIL import Image

from auditor.synth import media

TAKEN = datetime(2024, 5, 1, 9, 30)


def test_to_dms_carries_rounded_seconds_into_minutes_and_degrees():
    assert media.to_dms(-33.5) == ((33, 1), (30, 1), (0, 100))
    assert media.to_dms(59.9999999) == ((60, 1), (0, 1), (0, 100))


def test_exif_bytes_round_trip_through_piexif():
    data = media.exif_bytes(-33.5, 151.25, TAKEN, offset="+10:00", artist="Pat", serial="SN1", orientation=6)
    ex = piexif.load(data)
    assert ex["GPS"][piexif.GPSIFD.GPSLatitudeRef] == b"S"
    assert ex["GPS"][piexif.GPSIFD.GPSLongitude] == ((151, 1), (15, 1), (0, 100))
    assert ex["Exif"][piexif.ExifIFD.DateTimeOriginal] == b"2024:05:01 09:30:00"
    assert ex["0th"][piexif.ImageIFD.Artist] == b"Pat"
    assert piexif.GPSIFD.GPSLatitude not in piexif.load(media.exif_bytes())["GPS"]


def test_gps_ifd_raw_overrides_and_removals():
    g = media.gps_ifd(1.0, 2.0, GPSLatitudeRef=None, GPSVersionID=(2, 2, 0, 0))
    assert piexif.GPSIFD.GPSLatitudeRef not in g
    assert g[piexif.GPSIFD.GPSVersionID] == (2, 2, 0, 0)


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_image_bytes_open_with_pillow(fmt):
    im = Image.open(io.BytesIO(media.image_bytes(fmt, size=(32, 16))))
    assert im.format == fmt and im.size == (32, 16)


def test_photo_is_a_jpeg_with_its_exif():
    im = Image.open(io.BytesIO(media.photo(-35.0, 149.0, TAKEN)))
    assert im.format == "JPEG"
    assert piexif.GPSIFD.GPSLatitude in piexif.load(im.info["exif"])["GPS"]


def test_xmp_packet_is_xml_with_the_position():
    root = ET.fromstring(media.xmp_packet(-35.5, 149.25, creator="Pat", serial="S1").split(b"?>", 1)[1].rsplit(b"<?", 1)[0])
    desc = root.find(".//{http://www.w3.org/1999/02/22-rdf-syntax-ns#}Description")
    assert desc is not None
    assert desc.get("{http://ns.adobe.com/exif/1.0/}GPSLatitude") == "35,30.000000S"
    assert media.xmp_dm(149.25, "E", "W") == "149,15.000000E"


def test_jpeg_and_png_insertions_stay_readable():
    jpeg = media.jpeg_insert(media.image_bytes("JPEG"), media.jpeg_exif_segment(media.exif_bytes(1.0, 2.0)))
    assert jpeg[2:4] == b"\xff\xe1" and Image.open(io.BytesIO(jpeg)).size == (64, 48)
    x = media.xmp_packet(1.0, 2.0)
    png = media.png_insert(
        media.image_bytes("PNG"),
        media.png_raw_profile_exif(media.exif_bytes(1.0, 2.0)),
        media.png_xmp_itxt(x, compressed=True),
    )
    im = Image.open(io.BytesIO(png))
    im.load()  # Pillow checks every chunk's CRC
    assert im.size == (64, 48)


def test_mp4_bytes_is_a_well_formed_box_sequence():
    data = media.mp4_bytes(xyz=media.iso6709(-33.8688, 151.2093), keys={"k": "v"}, xmp=b"<x/>")
    pos, boxes = 0, []
    while pos < len(data):
        size, kind = struct.unpack_from(">I4s", data, pos)
        boxes.append(kind)
        pos += size
    assert pos == len(data)
    assert boxes == [b"ftyp", b"moov", b"mdat", b"uuid"]
    assert media.iso6709(-33.8688, 151.2093, 12.0) == "-33.8688+151.2093+12.000/"


def test_tiff_bytes_carries_the_dng_tags():
    im = Image.open(io.BytesIO(media.tiff_bytes(media.exif_bytes(1.0, 2.0), camera_serial="DNG-1", dng=True)))
    assert im.format == "TIFF"
    assert im.getexif()[50735] == "DNG-1"


def test_sign_and_qr_images_open():
    assert Image.open(io.BytesIO(media.sign_image(["Hello"]))).size == (900, 300)
    pytest.importorskip("qrcode")
    assert Image.open(io.BytesIO(media.qr_image("hello"))).format == "PNG"


def test_frac_limits_the_denominator():
    assert media.frac(0.5) == (1, 2)
