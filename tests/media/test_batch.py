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
from auditor.synth import containers
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
        media, "iter_parallel", lambda locs, w, p=None, method=None: used.append(len(locs)) or [media.read_one(x) for x in locs]
    )
    monkeypatch.setattr(media, "POOL_WORTH_S", 0.0)  # as if every file were slow to read
    out = media.read_all(entries, workers=2)
    assert used == [60 - media.PARALLEL_MIN] and len(out) == 60
    used.clear()
    monkeypatch.setattr(media, "POOL_WORTH_S", 1e9)
    media.read_all(entries, workers=2)
    assert used == []


def test_media_entries_by_signature_not_name(tmp_path):
    jpeg = synth.photo(-27.5, 153.0, TAKEN)
    (tmp_path / "IMG_0001.nef").write_bytes(jpeg)  # a JPEG with a raw camera name
    (tmp_path / "upload.bin").write_bytes(jpeg)  # an unknown name
    (tmp_path / "noext").write_bytes(jpeg)  # no suffix at all
    (tmp_path / "clip.m2ts").write_bytes(containers.m2ts_bytes())
    (tmp_path / "raw.cr3").write_bytes(containers.cr3_bytes(*containers.camera_ifds(-35.3, 149.1)))
    (tmp_path / "VID_0001.lrv").write_bytes(containers.loci_mp4(1.0, 2.0))  # Insta360 low-res: an MP4
    (tmp_path / "data.json").write_bytes(jpeg)  # export text is never sniffed
    (tmp_path / "notes.dat").write_bytes(b"just some text, not a photo")
    entries = InputTree.build([str(tmp_path)]).entries
    picked = sorted(e.name for e in media.media_entries(entries))
    assert picked == ["IMG_0001.nef", "VID_0001.lrv", "clip.m2ts", "noext", "raw.cr3", "upload.bin"]


def test_media_outcome_read_skipped_or_not_understood(tmp_path):
    (tmp_path / "a.nef").write_bytes(synth.photo(-27.5, 153.0, TAKEN))
    (tmp_path / "b.mts").write_bytes(containers.m2ts_bytes())
    (tmp_path / "c.avi").write_bytes(containers.avi_bytes())
    (tmp_path / "d.jpg").write_bytes(b"this is not a photo at all")
    (tmp_path / "e.jpg").write_bytes(synth.photo(1.0, 2.0, TAKEN))
    entries = sorted(media.media_entries(InputTree.build([str(tmp_path)]).entries), key=lambda e: e.name)
    results = read_all(entries, workers=1)
    outcomes = [media.outcome(e, r) for e, r in zip(entries, results, strict=True)]
    assert [(k, o) for k, o, _ in outcomes] == [
        ("jpeg", media.READ),
        ("m2ts", media.SKIPPED),
        ("avi", media.SKIPPED),
        ("jpg", media.NOT_UNDERSTOOD),
        ("jpeg", media.READ),
    ]
    assert all(why for _, o, why in outcomes if o != media.READ)  # every skip has its reason
    assert media.outcome_counts(entries, results) == {
        "jpeg": {"read": 2},
        "m2ts": {"skipped": 1},
        "avi": {"skipped": 1},
        "jpg": {"not understood": 1},
    }


def test_media_content_id_is_the_same_file_wherever_it_lies_and_differs_between_photos(tmp_path):
    data = synth.photo(-35.0, 149.0, TAKEN)
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "a.jpg").write_bytes(data)
    (tmp_path / "b.jpg").write_bytes(data)
    (tmp_path / "c.jpg").write_bytes(synth.photo(-35.1, 149.0, TAKEN))
    entries = sorted(InputTree.build([str(tmp_path)]).entries, key=lambda e: e.vpath)
    ids = {e.vpath.rsplit("/", 1)[-1]: m.content_id for e, m in zip(entries, read_all(entries, workers=1), strict=True)}
    assert ids["a.jpg"] == ids["b.jpg"] != ids["c.jpg"]
    assert len(ids["a.jpg"]) == 24


def test_media_prefetch_asks_for_each_plain_files_head_only(tmp_path, monkeypatch):
    photo = tmp_path / "a.jpg"
    photo.write_bytes(b"\xff\xd8" + b"\0" * 100)
    asked = []
    monkeypatch.setattr(media.os, "posix_fadvise", lambda fd, off, n, advice: asked.append((off, n, advice)), raising=False)
    media.prefetch([("fs", str(photo)), ("zip", ("fs", str(tmp_path / "x.zip")), "b.jpg"), ("fs", str(tmp_path / "gone.jpg"))])
    # one request for the one plain file that opens, the zip member and the missing file skipped
    assert asked == [(0, media.CONTENT_ID_BYTES, media.os.POSIX_FADV_WILLNEED)]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="needs FIFOs")
def test_media_prefetch_never_waits_on_a_fifo_named_like_a_photo(tmp_path):
    import os
    import threading

    fifo = tmp_path / "IMG_0001.JPG"
    os.mkfifo(fifo)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (media.prefetch([("fs", str(fifo))]), done.set()), daemon=True)
    worker.start()
    assert done.wait(5), "prefetch blocked opening a FIFO"


def test_media_read_all_results_are_the_same_with_and_without_prefetch(tmp_path, monkeypatch):
    for i in range(3):
        (tmp_path / f"p{i}.jpg").write_bytes(synth.photo(-33.8 - i / 100, 151.2, TAKEN))
    entries = sorted(InputTree.build([str(tmp_path)]).entries, key=lambda e: e.vpath)
    with_prefetch = [m.gps for m in read_all(entries)]
    monkeypatch.setattr(media, "prefetch", lambda locators: None)
    assert [m.gps for m in read_all(entries)] == with_prefetch
    assert len(set(with_prefetch)) == 3
