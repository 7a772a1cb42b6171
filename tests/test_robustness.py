"""One bad file never stops a scan, and a scan never writes into its inputs."""

from __future__ import annotations

import hashlib
import os
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.config import load_profile
from auditor.engine import ScanOptions, scan


def _digest_tree(root: Path) -> dict[str, tuple[str, float]]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink() and not p.is_fifo():
            st = p.stat()
            out[str(p.relative_to(root))] = (hashlib.sha256(p.read_bytes()).hexdigest(), st.st_mtime)
    return out


@pytest.fixture
def messy_export(tmp_path):
    root = tmp_path / "export"
    (root / "camera").mkdir(parents=True)
    (root / "camera" / "good.jpg").write_bytes(synth.photo(-33.94, 151.17, datetime(2025, 5, 1, 9)))
    good = synth.photo(-35.28, 149.13, datetime(2025, 5, 2, 9))
    (root / "camera" / "corrupt.jpg").write_bytes(good[:2] + b"\x00garbage" + good[40:200])
    (root / "camera" / "notes.jpg").write_text("this is a text file named .jpg\n")
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "camera" / "pipe.jpg")
    synth.twitter_archive(
        root / "x",
        [synth.tweet("11", "Shift at the Australian Border Force today", datetime(2025, 5, 3))],
        account={"username": "u", "email": "u@example.com"},
    )
    with zipfile.ZipFile(root / "more.zip", "w") as zf:
        zf.writestr("pic.jpg", synth.photo(-31.95, 115.86, datetime(2025, 5, 4)))
    whole = (root / "more.zip").read_bytes()
    (root / "broken.zip").write_bytes(whole[: len(whole) // 2])
    return root


def test_scan_bad_files_end_in_errors_and_the_rest_is_found(messy_export):
    result = scan([str(messy_export)], load_profile("dibp"), ScanOptions(workers=1))
    errors = {e.path: e.reason for e in result.errors}
    assert "camera/corrupt.jpg" in errors
    assert "signature" in errors["camera/notes.jpg"]
    assert "broken.zip" in errors
    if hasattr(os, "mkfifo"):
        assert "FIFO" in errors["camera/pipe.jpg"]
    geo_paths = {f.path for f in result.findings if f.category == "geotag"}
    assert {"camera/good.jpg", "more.zip/pic.jpg"} <= geo_paths
    assert any(f.category == "department_identifier" for f in result.findings)


def test_scan_never_writes_into_inputs(messy_export):
    before = _digest_tree(messy_export)
    scan([str(messy_export)], load_profile("dibp"), ScanOptions(workers=2))
    assert _digest_tree(messy_export) == before


def test_scan_parallel_and_serial_agree(tmp_path):
    for i in range(60):
        (tmp_path / f"p{i:03d}.jpg").write_bytes(synth.photo(-33.9 + i * 0.001, 151.1, datetime(2025, 1, 1, 8)))
    with zipfile.ZipFile(tmp_path / "z.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for i in range(60):
            zf.writestr(f"z{i:03d}.jpg", synth.photo(-37.8 - i * 0.001, 144.9, datetime(2025, 1, 1, 8)))
    prof = load_profile("dibp")
    a = scan([str(tmp_path)], prof, ScanOptions(workers=1))
    b = scan([str(tmp_path)], prof, ScanOptions(workers=2))
    key = lambda r: sorted((f.path, f.location.lat, f.location.lon) for f in r.findings if f.code == "GEO101")  # noqa: E731
    assert key(a) == key(b)
    assert len(key(a)) == 120


def test_scan_survives_a_corrupt_zip_member(tmp_path):
    # a tweets.js whose deflated bytes are damaged: reading it raises inside the source
    src = tmp_path / "src"
    synth.twitter_archive(
        src, [synth.tweet("5", "Australian Border Force day " * 50, datetime(2025, 1, 1))], account={"username": "u"}
    )
    synth.zip_folder(src, tmp_path / "x.zip")
    raw = bytearray((tmp_path / "x.zip").read_bytes())
    i = raw.find(b"data/tweets.js") + len("data/tweets.js") + 20
    raw[i : i + 40] = b"\xff" * 40
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "x.zip").write_bytes(bytes(raw))
    (tmp_path / "in" / "p.jpg").write_bytes(synth.photo(-33.9, 151.2, datetime(2025, 1, 1)))
    result = scan([str(tmp_path / "in")], load_profile("dibp"), ScanOptions(workers=1))
    assert [e.path for e in result.errors] == ["x.zip/data/tweets.js"]
    assert "corrupt zip member" in result.errors[0].reason
    assert any(f.code == "GEO101" for f in result.findings)


def test_scan_survives_an_inference_failure(monkeypatch, tmp_path):
    import auditor.inference.pipeline

    def broken(self):
        raise ValueError("boom")

    monkeypatch.setattr(auditor.inference.pipeline.Collector, "findings", broken)
    (tmp_path / "p.jpg").write_bytes(synth.photo(-33.9, 151.2, datetime(2025, 1, 1)))
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1))
    assert any("inference failed" in e.reason for e in result.errors)
    assert any(f.code == "GEO101" for f in result.findings)


def test_scan_reports_progress_for_every_stage():
    from tests.conftest import SAMPLE

    seen: dict[str, int] = {}

    def progress(stage, n, total):
        seen[stage] = seen.get(stage, 0) + n

    scan([str(SAMPLE)], load_profile("dibp"), ScanOptions(workers=1, progress=progress))
    assert {"exports", "media", "rules"} <= set(seen)
    assert all(v > 0 for v in seen.values())
