"""auditor.media.batch: which entries are media, which photo a sidecar describes, and
`read_all` / `read_parallel` reading every file in input order, errors as reasons, on a process
pool only when that pays."""

from __future__ import annotations

import struct
from datetime import datetime

import pytest

import auditor.media.batch as media
from auditor import synth
from auditor.media.batch import is_media, read_all, read_parallel, sidecar_target
from auditor.tree import InputTree

TAKEN = datetime(2024, 5, 1, 9, 30, 15)
# an MP4 whose moov box claims to run far past the end of the file
MP4_BOX_SIZE_LIE = (
    struct.pack(">I4s", 16, b"ftyp") + b"isom\x00\x00\x00\x00" + struct.pack(">I4s", 0xFFFFFF00, b"moov") + b"\x00" * 32
)


def test_media_is_media_by_suffix(tmp_path):
    for name in ("a.JPG", "b.heic", "c.mov", "d.xmp", "e.txt", "f.json", "g"):
        (tmp_path / name).write_bytes(b"")
    entries = InputTree.build([str(tmp_path)]).entries
    assert sorted(e.name for e in entries if is_media(e)) == ["a.JPG", "b.heic", "c.mov", "d.xmp"]


def test_media_sidecar_target_is_none_for_non_sidecars():
    assert sidecar_target("a/photo.jpg", {"a/photo.jpg"}) is None


def test_media_read_all_reports_progress_per_file_and_keeps_order(tmp_path):
    for i in range(5):
        (tmp_path / f"p{i}.jpg").write_bytes(synth.photo(-35 - i / 10, 149.0, TAKEN))
    entries = sorted(InputTree.build([str(tmp_path)]).entries, key=lambda e: e.vpath)
    ticks = []
    out = read_all(entries, progress=ticks.append, workers=1)
    assert ticks == [1] * 5
    assert [m.gps[0] for m in out] == pytest.approx([-35.0, -35.1, -35.2, -35.3, -35.4])


def test_media_read_all_sends_malformed_files_to_errors(tmp_path):
    (tmp_path / "ok.jpg").write_bytes(synth.photo(-35.2, 149.1, TAKEN))
    (tmp_path / "fake.jpg").write_bytes(b"not an image")
    (tmp_path / "lying.mp4").write_bytes(MP4_BOX_SIZE_LIE)
    tree = InputTree.build([str(tmp_path)])
    entries = sorted(tree.entries, key=lambda e: e.vpath)
    results = dict(zip([e.name for e in entries], read_all(entries), strict=True))
    assert isinstance(results["fake.jpg"], str) and "signature" in results["fake.jpg"]
    assert isinstance(results["lying.mp4"], str)
    assert results["ok.jpg"].gps == pytest.approx((-35.2, 149.1))


def test_media_read_all_parallel_matches_serial(tmp_path):
    for i in range(60):
        (tmp_path / f"p{i:02d}.jpg").write_bytes(synth.photo(-35 - i / 100, 149 + i / 100, TAKEN))
    entries = sorted(InputTree.build([str(tmp_path)]).entries, key=lambda e: e.vpath)
    serial = read_all(entries, workers=1)
    parallel = read_parallel([e.locator for e in entries], workers=2)
    assert [m.gps for m in serial] == [m.gps for m in parallel]
    assert parallel[7].gps == pytest.approx((-35.07, 149.07))


def test_media_sidecar_target_pairs_photo():
    vpaths = {"a/photo.jpg", "a/photo.jpg.xmp", "a/other.xmp", "a/IMG_1.HEIC", "a/IMG_1.xmp"}
    assert sidecar_target("a/photo.jpg.xmp", vpaths) == "a/photo.jpg"
    assert sidecar_target("a/IMG_1.xmp", vpaths) == "a/IMG_1.HEIC"
    assert sidecar_target("a/other.xmp", vpaths) is None


def test_media_read_all_goes_parallel_when_reads_are_slow(tmp_path, monkeypatch):
    for i in range(60):
        (tmp_path / f"p{i:02d}.jpg").write_bytes(synth.photo(-35 - i / 100, 149 + i / 100, TAKEN))
    entries = sorted(InputTree.build([str(tmp_path)]).entries, key=lambda e: e.vpath)
    used = []
    monkeypatch.setattr(
        media, "read_parallel", lambda locs, w, p=None, method=None: used.append(len(locs)) or [media.read_one(x) for x in locs]
    )
    monkeypatch.setattr(media, "POOL_WORTH_S", 0.0)  # as if every file were slow to read
    out = media.read_all(entries, workers=2)
    assert used == [60 - media.PARALLEL_MIN] and len(out) == 60
    used.clear()
    monkeypatch.setattr(media, "POOL_WORTH_S", 1e9)
    media.read_all(entries, workers=2)
    assert used == []
