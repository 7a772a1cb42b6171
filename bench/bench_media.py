"""Benchmark: media metadata reading vs ExifTool on the same folders (files per second).

Generates, into a temporary folder (never committed):
  * phones/: N phone-sized JPEGs (4032x3024, quality 85). One image is encoded once and copied
    with a different EXIF block (position, time, serial) per file, as a camera roll would be.
  * mixed/:  the media zoo (JPEG, HEIC, AVIF, TIFF, DNG, PNG x3, WebP, XMP-only JPEG, .xmp
    sidecar, MP4, MOV, 3GP) repeated to about N files.
Then times, on each folder:
  * auditor read_all   (the library's metadata pass: serial, or a process pool when that pays)
  * pool               (the same reads forced through the process pool, every core)
  * auditor scan       (`python -m auditor scan DIR --format json -q`: whole CLI, rules included)
  * exiftool           (`exiftool -n -json -r -GPSLatitude -GPSLongitude DIR`)
and prints files/s for each plus the ratio to ExifTool. Also checks both found the same
number of positions, so a fast wrong answer cannot pass for a fast right one.

Usage: python bench/bench_media.py [--files 400] [--workers N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from auditor import synth  # noqa: E402
from auditor.media.batch import is_media, read_all, read_parallel  # noqa: E402
from auditor.tree import InputTree, close_all  # noqa: E402


def phone_jpeg() -> bytes:
    """A 4032x3024 JPEG whose size is like a phone photo's (smooth gradient plus texture)."""
    w, h = 4032, 3024
    small = Image.radial_gradient("L").resize((w // 8, h // 8))
    noise = Image.effect_noise((w // 8, h // 8), 40)
    rgb = Image.merge("RGB", (small, noise, Image.linear_gradient("L").resize((w // 8, h // 8)))).resize((w, h))
    buf = io.BytesIO()
    rgb.save(buf, "JPEG", quality=85)
    return buf.getvalue()


def replace_exif(jpeg: bytes, exif: bytes) -> bytes:
    return synth.jpeg_insert(jpeg, synth.jpeg_exif_segment(exif))


def make_phones(root: Path, n: int) -> int:
    root.mkdir(parents=True, exist_ok=True)
    base = phone_jpeg()
    t0 = datetime(2024, 1, 1, 7, 0)
    for i in range(n):
        lat, lon = -35.2 - (i % 97) / 1000, 149.1 + (i % 89) / 1000
        ex = synth.exif_bytes(lat, lon, t0 + timedelta(hours=i), offset="+10:00", serial=f"SN{i:05d}", make="Examplephone")
        (root / f"IMG_{i:04d}.jpg").write_bytes(replace_exif(base, ex))
    return n


def make_mixed(root: Path, n: int) -> int:
    zoo = root / "zoo0"
    positions = synth.media_zoo(zoo)
    copies = max(1, n // len(positions))
    for c in range(1, copies):
        shutil.copytree(zoo, root / f"zoo{c}")
    return copies * len(positions)


def timed(fn) -> tuple[float, object]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def bench_folder(folder: Path, workers: int | None) -> dict[str, float]:
    tree = InputTree.build([str(folder)])
    entries = [e for e in tree.entries if is_media(e)]
    n = len(entries)
    lib_s, metas = timed(lambda: read_all(entries, workers=workers))
    close_all()
    pool_s, _ = timed(lambda: read_parallel([e.locator for e in entries], workers or 2))
    close_all()
    ours = sum(1 for m in metas if not isinstance(m, str) and m.gps is not None)
    cmd = [sys.executable, "-m", "auditor", "scan", str(folder), "--format", "json", "-q"]
    if workers:
        cmd += ["--workers", str(workers)]
    scan_s, proc = timed(lambda: subprocess.run(cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent))
    scan_gps = sum(1 for f in json.loads(proc.stdout or "{}").get("findings", []) if f["code"] == "GEO101")
    exif_s, ex = timed(
        lambda: subprocess.run(
            ["exiftool", "-n", "-json", "-r", "-q", "-q", "-GPSLatitude", "-GPSLongitude", str(folder)],
            capture_output=True,
            text=True,
        )
    )
    theirs = sum(1 for d in json.loads(ex.stdout or "[]") if "GPSLatitude" in d)
    return {
        "files": n,
        "read_all_s": lib_s,
        "pool_s": pool_s,
        "scan_s": scan_s,
        "exiftool_s": exif_s,
        "positions_ours": ours,
        "positions_scan": scan_gps,
        "positions_exiftool": theirs,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    args = ap.parse_args()
    if shutil.which("exiftool") is None:
        sys.exit("exiftool is not installed")
    tmp = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench_media_"))
    try:
        t, n_ph = timed(lambda: make_phones(tmp / "phones", args.files))
        print(f"generated {n_ph} phone JPEGs in {t:.1f}s", file=sys.stderr)
        t, n_mx = timed(lambda: make_mixed(tmp / "mixed", args.files))
        print(f"generated {n_mx} mixed files in {t:.1f}s", file=sys.stderr)
        print(f"cores: {os.cpu_count()}  workers: {args.workers or 'auto'}")
        print(
            f"{'folder':8} {'files':>6} {'read_all f/s':>13} {'pool f/s':>9} {'scan f/s':>9} {'exiftool f/s':>13}"
            f" {'read_all/exiftool':>18} {'scan/exiftool':>14}  positions ours/scan/exiftool"
        )
        for name in ("phones", "mixed"):
            r = bench_folder(tmp / name, args.workers)
            n = r["files"]
            fr, fp, fs, fe = n / r["read_all_s"], n / r["pool_s"], n / r["scan_s"], n / r["exiftool_s"]
            print(
                f"{name:8} {n:6d} {fr:13.0f} {fp:9.0f} {fs:9.0f} {fe:13.0f} {fr / fe:17.1f}x {fs / fe:13.1f}x  "
                f"{r['positions_ours']}/{r['positions_scan']}/{r['positions_exiftool']}"
            )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
