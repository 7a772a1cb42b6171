"""Write the seed corpora under fuzz/corpus/<target>/ from the project's own synthetic builders."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from auditor import synth
from fuzz.targets import EXPORT_SLOTS, slot_seed


def seeds() -> dict[str, dict[str, bytes]]:
    zoo = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    media: dict[str, bytes] = {
        "photo.jpg": synth.photo(-35.3, 149.1),
        "photo.png": synth.image_bytes("PNG", size=(8, 8)),
        "photo.webp": synth.image_bytes("WEBP", size=(8, 8)),
        "photo.tiff": synth.image_bytes("TIFF", size=(8, 8)),
        "clip.mp4": synth.mp4_bytes(xyz=synth.iso6709(-35.2, 149.1)),
    }
    if zoo:
        synth.media_zoo(zoo)
        for p in sorted(zoo.rglob("*")):
            if p.is_file() and p.stat().st_size < 64 * 1024:
                media[p.name] = p.read_bytes()
    packets = {
        "attr.xmp": synth.xmp_packet(-35.3, 149.1),
        "element.xmp": synth.xmp_packet(-35.3, 149.1, element_form=True),
    }
    sec = '<section class="_a6-g"><h2>Post</h2><div class="_2pin">text</div><footer>Jan 01, 2024 10:00:00 am</footer></section>'
    html = {"posts.html": f"<html><body>{sec * 3}</body></html>".encode()}
    start = datetime(2025, 5, 3, 6, 30, tzinfo=UTC)
    points = [(-27.47 + i / 2000, 153.02 + i / 3000, start + timedelta(seconds=10 * i)) for i in range(12)]
    out = {
        "media": media,
        "xmp": packets,
        "meta_html": html,
        "fit": {"run.fit": synth.write_fit(points)},
        "gpx": {"run.gpx": synth.gpx_bytes(points)},
        "tcx": {"run.tcx": synth.tcx_bytes(points)},
    }
    for platform, (_folder, rel) in EXPORT_SLOTS.items():
        out[f"export_{platform}"] = {rel.rsplit("/", 1)[-1]: slot_seed(platform)}
    out["google_points"] = {"Records.json": slot_seed("google")}  # the same file, read as columns
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent / "corpus"
    for target, files in seeds().items():
        (root / target).mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (root / target / name).write_bytes(data)


if __name__ == "__main__":
    main()
