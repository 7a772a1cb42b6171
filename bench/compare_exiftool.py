"""Compare our media reader with ExifTool on a folder of sample files, per format.

    PYTHONPATH=$PWD python bench/compare_exiftool.py /tmp/corpus [--exiftool-json cached.json]

Runs ``exiftool -n -ee -j -r`` (Debian: libimage-exiftool-perl) over the folder and our reader
over the same files as a scan picks them (`media.batch.media_entries`, or the name list of older
versions), then prints, per ExifTool file type: files, positions agreeing, positions missed,
false positions (we give one ExifTool does not, or a different one), and files silently skipped
(ExifTool reads them as an image or video; we neither read, skip with a reason, nor report them).

ExifTool's position is its Composite GPSLatitude/GPSLongitude; (0, 0) is "no position" on both
sides. Where we give a position the Composite lacks or differs from, ExifTool is asked again for
every group's GPSLatitude/GPSLongitude (``-a -G1``, with that group's N/S/E/W reference): a match
there counts as "agree (other group)", e.g. an XMP position beside an EXIF GPS block whose
values are undefined (ExifTool's Composite takes the EXIF one and is empty), or a FLIR record
whose W reference ExifTool's Composite ignores. With ``-ee`` ExifTool reports the *last* embedded GPS sample of a video while we keep the
first fix, so positions agree within `TOLERANCE_DEG` (about 50 m). ExifTool stays a reference
for this benchmark and the tests, never a dependency of the scanner.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections import defaultdict

from auditor.media import batch
from auditor.media.meta import MediaMeta
from auditor.tree import InputTree

TOLERANCE_DEG = 0.0005
QUICKTIME = {"MP4", "MOV", "3GP", "3G2", "M4V", "INSV", "LRV", "CR3"}
NOT_MEDIA_TYPES = {"TXT", "JSON", "CSV", "HTML", "XML", "ZIP", "GZIP", "PDF", "PLIST", "MP3", "M4A", "OGG", "WAV", "FLAC"}


def exiftool_json(folder: str, cached: str | None) -> tuple[list[dict], float]:
    if cached and os.path.exists(cached):
        with open(cached, encoding="utf-8") as fh:
            return json.load(fh), 0.0
    cmd = ["exiftool", "-n", "-ee", "-j", "-r", "-q", "-q", "-FileType", "-MIMEType", "-GPSLatitude", "-GPSLongitude", folder]
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, check=False).stdout
    took = time.perf_counter() - t0
    rows = json.loads(out or b"[]")
    if cached:
        with open(cached, "w", encoding="utf-8") as fh:
            json.dump(rows, fh)
    return rows, took


def position(row: dict) -> tuple[float, float] | None:
    lat, lon = row.get("GPSLatitude"), row.get("GPSLongitude")
    if not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or (lat == 0 and lon == 0):
        return None
    return float(lat), float(lon)


def group_positions(paths: list[str]) -> dict[str, list[tuple[str, tuple[float, float]]]]:
    """Every (group, signed position) ExifTool extracts from each file, references applied."""
    if not paths:
        return {}
    cmd = ["exiftool", "-a", "-G1", "-n", "-ee", "-j", "-q", "-q"]
    cmd += ["-GPSLatitude", "-GPSLongitude", "-GPSLatitudeRef", "-GPSLongitudeRef", *paths]
    rows = json.loads(subprocess.run(cmd, capture_output=True, check=False).stdout or b"[]")
    out: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for row in rows:
        found = []
        for key, lat in row.items():
            group, _, tag = key.partition(":")
            lon = row.get(f"{group}:GPSLongitude")
            if tag != "GPSLatitude" or not isinstance(lat, (int, float)) or not isinstance(lon, (int, float)):
                continue
            if str(row.get(f"{group}:GPSLatitudeRef", "")).upper().startswith("S"):
                lat = -abs(lat)
            if str(row.get(f"{group}:GPSLongitudeRef", "")).upper().startswith("W"):
                lon = -abs(lon)
            found.append((group, (float(lat), float(lon))))
        out[os.path.abspath(row["SourceFile"])] = found
    return out


def _near(a: tuple[float, float], b: tuple[float, float]) -> float:
    return max(abs(a[0] - b[0]), abs(a[1] - b[1]))


def is_media_type(row: dict) -> bool:
    mime = str(row.get("MIMEType", ""))
    ftype = str(row.get("FileType", ""))
    return bool(ftype) and ftype not in NOT_MEDIA_TYPES and mime.startswith(("image/", "video/"))


def selected(entries: list) -> list:
    pick = getattr(batch, "media_entries", None)
    return pick(entries) if pick else [e for e in entries if batch.is_media(e)]


def compare(folder: str, cached: str | None) -> dict[str, dict[str, int]]:
    rows, et_time = exiftool_json(folder, cached)
    by_path = {os.path.abspath(r["SourceFile"]): r for r in rows}
    entries = [e for e in InputTree.build([folder]).entries if e.locator[0] == "fs"]
    t0 = time.perf_counter()
    chosen = selected(entries)
    results = batch.read_all(chosen, workers=1)
    ours_time = time.perf_counter() - t0
    ours = {os.path.abspath(e.locator[1]): r for e, r in zip(chosen, results, strict=True)}
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    worst = 0.0
    unsure = [
        p
        for p, r in ours.items()
        if isinstance(r, MediaMeta)
        and r.gps
        and p in by_path
        and (position(by_path[p]) is None or _near(position(by_path[p]), r.gps) > TOLERANCE_DEG)
    ]
    groups = group_positions(unsure)
    for path, row in sorted(by_path.items()):
        ftype = str(row.get("FileType", "?"))
        fam = "QuickTime" if ftype in QUICKTIME else ftype
        theirs = position(row)
        res = ours.get(path)
        if not is_media_type(row) and theirs is None and res is None:
            continue
        t = table[fam]
        t["files"] += 1
        if res is None:
            t["silently skipped"] += 1
            if theirs is not None:
                t["missed"] += 1
                print(f"  missed (not opened): {path}", file=sys.stderr)
            continue
        mine = res.gps if isinstance(res, MediaMeta) else None
        if isinstance(res, MediaMeta) and getattr(res, "skipped", ""):
            t["skipped with reason"] += 1
        elif not isinstance(res, MediaMeta):
            t["not understood"] += 1
        if theirs is not None:
            t["exiftool positions"] += 1
        other = [g for g, pos in groups.get(path, []) if mine and _near(pos, mine) <= TOLERANCE_DEG]
        if mine and other and (theirs is None or _near(theirs, mine) > TOLERANCE_DEG):
            t["agree (other group)"] += 1
            print(f"  agrees with ExifTool's {other[0]} group (Composite: {theirs}): {path} ours {mine}", file=sys.stderr)
        elif theirs and mine:
            dev = _near(theirs, mine)
            if dev <= TOLERANCE_DEG:
                t["agree"] += 1
                worst = max(worst, dev)
            else:
                t["false"] += 1
                t["missed"] += 1
                print(f"  differs: {path} exiftool {theirs} ours {mine}", file=sys.stderr)
        elif theirs:
            t["missed"] += 1
            why = res if isinstance(res, str) else "read, no position"
            print(f"  missed: {path} ({why})", file=sys.stderr)
        elif mine:
            t["false"] += 1
            print(f"  false: {path} ours {mine}", file=sys.stderr)
    print(f"exiftool {et_time:.1f} s (0 = cached), ours {ours_time:.1f} s, worst agreeing deviation {worst:.2e} deg")
    return table


def render(table: dict[str, dict[str, int]]) -> str:
    cols = ["files", "exiftool positions", "agree", "agree (other group)", "missed", "false", "silently skipped"]
    cols += ["skipped with reason", "not understood"]
    lines = ["| format | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    total: dict[str, int] = defaultdict(int)
    for fam in sorted(table, key=lambda f: (-table[f]["files"], f)):
        lines.append(f"| {fam} | " + " | ".join(str(table[fam][c]) for c in cols) + " |")
        for c in cols:
            total[c] += table[fam][c]
    lines.append("| **all** | " + " | ".join(str(total[c]) for c in cols) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("folder")
    ap.add_argument("--exiftool-json", help="cache ExifTool's output here (reused when it exists)")
    args = ap.parse_args(argv)
    if not os.path.isdir(args.folder):
        print(f"error: {args.folder} is not a folder", file=sys.stderr)
        return 2
    print(render(compare(args.folder, args.exiftool_json)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
