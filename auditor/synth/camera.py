"""Folders of photos as a camera or phone leaves them: a daily home / work / gym routine of
geotagged JPEGs, and the "media zoo" (one file of every supported container, each at a known
position).

Builds on `auditor.synth.media` for the bytes and writes only under the folder it is given.
Must not read the clock: times come from the arguments and jitter from a seeded
`random.Random`, so the same arguments always write the same files.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from auditor.synth.media import (
    exif_bytes,
    image_bytes,
    iso6709,
    jpeg_insert,
    jpeg_xmp_segment,
    mp4_bytes,
    photo,
    png_insert,
    png_raw_profile_exif,
    png_xmp_itxt,
    tiff_bytes,
    xmp_packet,
)


def routine_shots(
    start: datetime,
    days: int,
    home: tuple[float, float],
    work: tuple[float, float],
    gym: tuple[float, float] | None = None,
    seed: int = 0,
) -> list[tuple[datetime, tuple[float, float], str]]:
    """(time taken, position, place label) for a routine: evenings at home every day, lunchtime
    at work on weekdays, early mornings at the gym on Monday, Wednesday and Friday.

    Positions jitter by up to ~15 m and times by up to 40 minutes, from a `random.Random(seed)`,
    so the same arguments always give the same shots.
    """
    rng = random.Random(seed)
    shots: list[tuple[datetime, tuple[float, float], str]] = []
    for day in range(days):
        d = (start + timedelta(days=day)).replace(hour=0, minute=0, second=0, microsecond=0)
        plan: list[tuple[int, tuple[float, float], str]] = []
        if gym is not None and d.weekday() in (0, 2, 4):
            plan.append((6, gym, "gym"))
        if d.weekday() < 5:
            plan.append((12, work, "work"))
        plan.append((20, home, "home"))
        for hour, (lat, lon), label in plan:
            when = d + timedelta(hours=hour, minutes=rng.randrange(0, 40), seconds=rng.randrange(0, 60))
            jitter = (rng.uniform(-0.00012, 0.00012), rng.uniform(-0.00012, 0.00012))
            shots.append((when, (round(lat + jitter[0], 6), round(lon + jitter[1], 6)), label))
    return shots


def camera_folder(
    dest: Path,
    shots: list[tuple[datetime, tuple[float, float], str]],
    offset: str = "+10:00",
    make: str = "Examplephone",
    model: str = "X1",
) -> list[Path]:
    """Write one small JPEG per shot, named like a phone does (IMG_YYYYMMDD_HHMMSS.jpg)."""
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for when, (lat, lon), _label in shots:
        path = dest / f"IMG_{when:%Y%m%d_%H%M%S}.jpg"
        path.write_bytes(photo(lat, lon, when, offset=offset, make=make, model=model))
        written.append(path)
    return written


ZOO_POSITIONS: dict[str, tuple[float, float]] = {
    "camera/IMG_0001.jpg": (-35.308056, 149.124444),
    "camera/IMG_0002.heic": (-34.928500, 138.600700),
    "camera/IMG_0003.avif": (-19.259000, 146.816900),
    "camera/scan.tif": (-33.946111, 151.177222),
    "camera/raw.dng": (-12.463400, 130.845600),
    "edits/export.png": (-27.469800, 153.025100),
    "edits/magick.png": (-31.950500, 115.860500),
    "edits/lightroom.png": (-42.882100, 147.327200),
    "edits/web.webp": (-37.813600, 144.963100),
    "edits/xmp_only.jpg": (-23.698000, 133.880700),
    "edits/sidecar.jpg.xmp": (-16.918600, 145.778100),
    "video/android.mp4": (-33.868800, 151.209300),
    "video/iphone.mov": (-35.280900, 149.130000),
    "video/old.3gp": (-32.926700, 151.781700),
}


def media_zoo(
    root: Path, taken: datetime = datetime(2024, 5, 1, 9, 30), artist: str = "Pat Example"
) -> dict[str, tuple[float, float]]:
    """Write one file of every supported container, each with a known position; returns {relative path: (lat, lon)}."""

    def ex(lat: float, lon: float) -> bytes:
        return exif_bytes(lat, lon, taken, offset="+10:00", artist=artist, serial="BODY-0042", orientation=6)

    for rel, (lat, lon) in ZOO_POSITIONS.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        name = p.name
        if name.endswith(".jpg") and "xmp_only" not in name:
            data = image_bytes("JPEG", exif=ex(lat, lon))
        elif name.endswith(".heic"):
            data = image_bytes("HEIF", exif=ex(lat, lon))
        elif name.endswith(".avif"):
            data = image_bytes("AVIF", exif=ex(lat, lon))
        elif name.endswith(".tif"):
            data = tiff_bytes(ex(lat, lon))
        elif name.endswith(".dng"):
            data = tiff_bytes(ex(lat, lon), camera_serial="DNG-SER-7", dng=True)
        elif name == "export.png":
            data = image_bytes("PNG", exif=ex(lat, lon))
        elif name == "magick.png":
            data = png_insert(image_bytes("PNG"), png_raw_profile_exif(ex(lat, lon)))
        elif name == "lightroom.png":
            data = png_insert(image_bytes("PNG"), png_xmp_itxt(xmp_packet(lat, lon, creator=artist), compressed=True))
        elif name.endswith(".webp"):
            data = image_bytes("WEBP", exif=ex(lat, lon), xmp=xmp_packet(lat, lon))
        elif name == "xmp_only.jpg":
            data = jpeg_insert(image_bytes("JPEG"), jpeg_xmp_segment(xmp_packet(lat, lon, creator=artist, serial="XMP-SER-1")))
        elif name.endswith(".xmp"):
            data = xmp_packet(lat, lon, creator=artist)
        elif name.endswith(".mov"):
            data = mp4_bytes(
                keys={
                    "com.apple.quicktime.location.ISO6709": iso6709(lat, lon, 12.0),
                    "com.apple.quicktime.creationdate": taken.strftime("%Y-%m-%dT%H:%M:%S+1000"),
                    "com.apple.quicktime.author": artist,
                },
                brand=b"qt  ",
            )
        else:
            data = mp4_bytes(xyz=iso6709(lat, lon), brand=b"3gp4" if name.endswith(".3gp") else b"isom")
        p.write_bytes(data)
    return dict(ZOO_POSITIONS)
