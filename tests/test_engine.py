"""auditor.engine: the finished ScanResult (every finding carries its checklist group, the policy block
travels inside), media through the whole scan (every container's position becomes GEO101, identity
MET101), rules over many items on every core giving the same findings as one process, and a scan that
never opens a network connection (only `stats --send` and a pinned profile URL do).
"""

from __future__ import annotations

import dataclasses
import json
import socket
import time
from datetime import datetime

import pytest

from auditor import engine, streaming, synth
from auditor.config import load_profile
from auditor.engine import ScanOptions, finding_group, media_item, policy_block, scan
from auditor.media import batch
from auditor.media.batch import is_media, read_all, sidecar_target
from auditor.models import Audience, Category, Item, ItemKind, Platform
from auditor.rules.registry import all_rules
from auditor.sources import linkedin
from auditor.synth import containers
from auditor.tree import InputTree
from tests.conftest import REPO, SAMPLE


def _rule(group: str):
    return dataclasses.replace(next(r for r in all_rules() if r.category == Category.WORK_EMAIL), group=group)


def test_finding_group_resolves_where_found_from_the_item() -> None:
    rule = _rule("where_found")
    post = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="tweets.js", text="x")
    field = Item(platform=Platform.LINKEDIN, kind=ItemKind.PROFILE_FIELD, path="Profile.csv", text="x", field="bio")
    record = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="account.js", text="x", field="email")
    assert finding_group(rule, post) == "posts"
    assert finding_group(rule, field) == "profiles"
    assert finding_group(rule, record) == "profiles"  # an account record names its field
    assert finding_group(_rule("tags"), field) == "tags"  # anything else is the rule's own


def test_policy_block_names_the_profile_and_its_clauses() -> None:
    prof = load_profile("dibp")
    block = policy_block(prof)
    assert block["name"] == prof.policy_name and block["title"] == prof.title
    assert block["clauses"]["geotag"] == prof.policy(Category.GEOTAG)


def test_scan_result_is_finished(tmp_path) -> None:
    (tmp_path / "data").mkdir()
    synth.twitter_archive(
        tmp_path, [synth.tweet("1", "Great day at the Australian Border Force", datetime(2025, 1, 1))], account={"username": "u"}
    )
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1))
    data = result.to_dict()
    assert data["policy"] == policy_block(load_profile("dibp"))
    assert list(data)[-1] == "policy"  # where the CLI put it before the engine did
    assert data["findings"] and all(f["group"] in {"profiles", "photos", "posts", "tags"} for f in data["findings"])
    json.dumps(data)


def test_scan_media_every_container_gives_geotag_at_planted_position(tmp_path, dibp):
    positions = synth.media_zoo(tmp_path)
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    geo = {f.path: f for f in result.findings if f.code == "GEO101"}
    assert set(geo) == set(positions)
    for path, (lat, lon) in positions.items():
        assert (geo[path].location.lat, geo[path].location.lon) == pytest.approx((lat, lon), abs=1e-5)
    assert not result.errors


def test_scan_media_identity_metadata_is_met101(tmp_path, dibp):
    synth.media_zoo(tmp_path)
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    met = {f.path: f for f in result.findings if f.code == "MET101"}
    assert "camera/IMG_0001.jpg" in met and "video/iphone.mov" in met
    assert "video/android.mp4" not in met  # no identity planted there
    assert str(met["camera/IMG_0001.jpg"].category) == "metadata_identity"
    assert "SerialNumber" in met["camera/IMG_0001.jpg"].why


def test_scan_media_items_carry_offset_and_sidecar_link(tmp_path):
    (tmp_path / "a.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2024, 5, 1, 9), offset="+10:00"))
    (tmp_path / "b.jpg").write_bytes(synth.photo(-35.0, 149.0, datetime(2024, 5, 1, 9)))
    (tmp_path / "b.jpg.xmp").write_bytes(synth.xmp_packet(-35.1, 149.1))
    entries = sorted((e for e in InputTree.build([str(tmp_path)]).entries if is_media(e)), key=lambda e: e.vpath)
    metas = read_all(entries)
    items = {e.name: media_item(e, m, Platform.PHOTOS) for e, m in zip(entries, metas, strict=True)}
    assert items["a.jpg"].extra["capture_offset"] == "+10:00"
    assert items["b.jpg"].extra["capture_offset"] is None and items["b.jpg"].extra["offset_known"] is False
    assert items["b.jpg.xmp"].position is not None
    assert sidecar_target("b.jpg.xmp", {e.vpath for e in entries}) == "b.jpg"


def test_check_items_parallel_equals_serial(monkeypatch):
    rows = [json.loads(line) for line in (REPO / "tests/eval/posts.jsonl").open()]
    items = [
        Item(
            platform=Platform.FACEBOOK,
            kind=ItemKind.POST,
            path=f"p{i}",
            item_id=str(i),
            text=rows[i % len(rows)]["text"],
            audience=Audience.PUBLIC,
        )
        for i in range(1200)
    ]
    prof = load_profile("dibp")
    monkeypatch.setattr(streaming, "PARALLEL_RULES_MIN", 100)
    monkeypatch.setattr(streaming, "RULE_CHUNK", 150)
    seen: list[int] = []
    errors_a: list = []
    errors_b: list = []
    serial = engine.check_items(items, prof, errors_a, 1, lambda stage, n, total: None)
    parallel = engine.check_items(items, prof, errors_b, 2, lambda stage, n, total: seen.append(n))
    assert sorted(f.fingerprint for f in serial) == sorted(f.fingerprint for f in parallel)
    assert len(serial) > 100
    assert sum(seen) == len(items) and len(seen) > 2  # progress advanced chunk by chunk
    assert errors_a == errors_b == []


def test_scan_makes_no_network_connection(monkeypatch):
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"scan tried to connect to {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    # workers=1 keeps media reading in this process, where the patch applies
    result = scan([str(SAMPLE)], load_profile("dibp"), ScanOptions(workers=1))
    assert result.findings, "the sample persona should produce findings"
    assert attempts == []


def test_offline_guard_would_catch_a_connection(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("connect")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    with socket.socket() as s, pytest.raises(AssertionError):
        s.connect(("127.0.0.1", 9))


def test_scan_media_by_signature_and_skips_said_once_per_reason(tmp_path, dibp):
    (tmp_path / "DSC_0001.nef").write_bytes(synth.photo(-27.5, 153.0, datetime(2024, 5, 1, 9, 30)))
    for i in range(3):
        (tmp_path / f"clip{i}.m2ts").write_bytes(containers.m2ts_bytes())
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    geo = {f.path: f for f in result.findings if f.code == "GEO101"}
    assert set(geo) == {"DSC_0001.nef"}
    skipped = [n for n in result.notices if "skipped" in n]
    assert len(skipped) == 1 and skipped[0].startswith("3 media file(s) skipped (M2TS/MTS video")
    assert not result.errors


def test_scan_media_minor_warnings_are_one_line_per_kind(tmp_path, dibp):
    jpeg = synth.photo(-27.5, 153.0, datetime(2024, 5, 1, 9, 30))
    (tmp_path / "one.jpg").write_bytes(containers.jpeg_with_junk(jpeg, b"\x00junk", after=1))
    (tmp_path / "two.jpg").write_bytes(containers.jpeg_with_junk(jpeg, b"\x00\x00more junk", after=1))
    result = scan([str(tmp_path)], dibp, ScanOptions(workers=1))
    junk = [n for n in result.notices if "unknown bytes" in n]
    assert len(junk) == 1 and junk[0].startswith("2 media files: JPEG: skipped")
    assert len([f for f in result.findings if f.code == "GEO101"]) == 2  # EXIF before the junk still counts


def test_scan_same_photos_from_two_folder_levels_gives_the_same_fingerprints(tmp_path) -> None:
    """issue 16: `diff` of camera_roll and of the folder above it reported the same photos as fixed and new."""
    roll = tmp_path / "exports" / "camera_roll"
    roll.mkdir(parents=True)
    for i in range(3):
        (roll / f"IMG_{i}.jpg").write_bytes(synth.photo(-27.39 - i / 100, 153.06, datetime(2025, 5, 1 + i, 20)))
    profile = load_profile("dibp")
    low = scan([str(roll)], profile, ScanOptions(workers=1))
    high = scan([str(tmp_path / "exports")], profile, ScanOptions(workers=1))
    media = {"GEO101"}
    fps_low = {f.fingerprint for f in low.findings if f.code in media}
    fps_high = {f.fingerprint for f in high.findings if f.code in media}
    assert len(fps_low) == 3 and fps_low == fps_high
    # a baseline written by auditor 1 (path-based) still hides them
    legacy = {f.legacy_fingerprint for f in low.findings}
    again = scan([str(roll)], profile, ScanOptions(workers=1, baseline=legacy))
    assert not [f for f in again.findings if f.code in media]


def test_scan_on_item_sees_every_item_read_once(tmp_path) -> None:
    synth.twitter_archive(
        tmp_path,
        [synth.tweet("1", "Sunset from the deck", datetime(2025, 5, 4, 9), geo=(-27.39, 153.06))],
        account={"username": "quokka_example", "email": "q@example.com"},
    )
    seen: list[Item] = []
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(on_item=seen.append))
    assert len(seen) == result.stats["total"]["items"]
    assert {(i.field, i.text) for i in seen if i.kind == ItemKind.PROFILE_FIELD} >= {
        ("username", "quokka_example"),
        ("email", "q@example.com"),
    }


def test_file_kinds_counts_every_file_once(tmp_path):
    """Every file is read as export data, a photo, skipped, not understood or not recognised (issue 14)."""
    from auditor.engine import file_kinds
    from auditor.sources.base import Coverage
    from auditor.tree import InputTree

    for name in ("exp/a.json", "exp/b.json", "exp/c.bin", "exp/p.jpg", "loose.pdf", "viewer/e.png"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    tree = InputTree.build([str(tmp_path)])
    root = next(e.vpath for e in tree.entries if e.name == "a.json").rsplit("/", 1)[0]
    cov = Coverage("x", root, parsed=["a.json"], skipped=["b.json"], not_understood=["c.bin"])
    viewer = {e.vpath for e in tree.entries if e.name == "e.png"}
    counts = file_kinds(tree, [cov], viewer)
    assert counts == {"parsed": 1, "media": 1, "skipped": 1, "not_understood": 1, "not_recognised": 2}
    assert sum(counts.values()) == len(tree.entries)


def test_every_skipped_file_carries_a_reason(dibp):
    """Coverage tells the truth: each skipped file is counted under a reason (issue 14)."""
    from auditor.engine import scan
    from tests.conftest import SAMPLE

    result = scan([str(SAMPLE)], dibp)
    for cov in result.coverage:
        assert sum(cov.get("skip_reasons", {}).values()) == cov["files_skipped"], cov["platform"]
    total = result.stats["total"]
    assert total["files"] == sum(total[f"files_{k}"] for k in ("parsed", "media", "skipped", "not_understood", "not_recognised"))


def test_a_tiff_whose_gps_directory_loops_back_is_listed_in_errors(tmp_path):
    # issue 15: the loop was detected in media/exif.py and swallowed; the file vanished from the scan
    entries = [(256, 3, 1, 16), (0x8825, 4, 1, 8)]  # the GPS IFD pointer leads back to IFD0
    body = b"II*\x00" + (8).to_bytes(4, "little") + len(entries).to_bytes(2, "little")
    for tag, typ, count, value in entries:
        body += tag.to_bytes(2, "little") + typ.to_bytes(2, "little") + count.to_bytes(4, "little") + value.to_bytes(4, "little")
    (tmp_path / "loop.tif").write_bytes(body + (8).to_bytes(4, "little") + bytes(64))
    (tmp_path / "ok.jpg").write_bytes(synth.photo(-35.2, 149.1))
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1)).to_dict()
    assert [(e["path"], e["reason"]) for e in result["errors"]] == [("loop.tif", "corrupt EXIF: GPS directory: IFD loop")]
    assert any(f.get("path") == "ok.jpg" for f in result["findings"])  # the scan went on


def _stall(seconds: float = 4.0) -> None:
    end = time.monotonic() + seconds  # bounded, so the test ends (and fails) where there is no budget
    while time.monotonic() < end:
        pass


def test_a_source_file_past_the_time_budget_is_abandoned_and_the_scan_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(engine.budget, "FILE_BUDGET_S", 0.5)
    real = linkedin.read_table
    monkeypatch.setattr(linkedin, "read_table", lambda e, req: _stall() or real(e, req))
    synth.write_files(tmp_path / "li", synth.linkedin_export({"Positions": [{"Company Name": "X", "Title": "Y"}]}))
    (tmp_path / "ok.jpg").write_bytes(synth.photo(-35.2, 149.1))
    start = time.monotonic()
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1)).to_dict()
    assert time.monotonic() - start < 4
    assert any("per-file time budget" in e["reason"] for e in result["errors"]), result["errors"]
    assert any(f.get("path") == "ok.jpg" for f in result["findings"])  # the scan went on


def test_a_media_file_past_the_time_budget_is_abandoned(tmp_path, monkeypatch):
    monkeypatch.setattr(batch.budget, "FILE_BUDGET_S", 0.5)
    real = batch.read_media
    monkeypatch.setattr(batch, "read_media", lambda fh: (_stall() if "slow" in fh.name else None) or real(fh))
    (tmp_path / "slow.jpg").write_bytes(synth.photo(-35.2, 149.1))
    (tmp_path / "ok.jpg").write_bytes(synth.photo(-35.2, 149.1))
    result = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(workers=1)).to_dict()
    assert [e["path"] for e in result["errors"] if "per-file time budget" in e["reason"]] == ["slow.jpg"]
    assert any(f.get("path") == "ok.jpg" for f in result["findings"])


def test_scan_collects_garbage_less_often_and_restores_the_thresholds(tmp_path) -> None:
    import gc

    seen: list[tuple[int, int, int]] = []
    synth.twitter_archive(tmp_path, [synth.tweet("1", "Sunset", datetime(2025, 5, 4, 9))], account={"username": "q_example"})
    before = gc.get_threshold()
    scan([str(tmp_path)], load_profile("dibp"), ScanOptions(on_item=lambda it: seen.append(gc.get_threshold())))
    assert seen and all(t[0] >= engine.GC_YOUNG for t in seen)
    assert gc.get_threshold() == before


def _history(root, iso: bool = False) -> None:  # type: ignore[no-untyped-def]
    """A Records.json of three weeks: nights at one place, office hours at another (Sydney)."""
    from datetime import UTC, timedelta

    start, pts = datetime(2024, 3, 4, tzinfo=UTC), []
    for day in range(21):
        for minute in range(0, 24 * 60, 20):
            when = start + timedelta(days=day, minutes=minute)  # 10:00 to 10:00 next day in Sydney
            at_work = 0 <= minute < 7 * 60 and (start + timedelta(days=day)).weekday() < 5
            lat, lon = (-33.8688, 151.2093) if at_work else (-33.8771, 151.1043)
            pts.append((lat + (minute % 7) * 1e-5, lon - (minute % 5) * 1e-5, when))
    folder = root / "Takeout" / "Location History"
    folder.mkdir(parents=True)
    (folder / "Records.json").write_text(json.dumps(synth.records_json(pts, iso=iso)))


@pytest.mark.parametrize("iso", [False, True])
def test_a_location_history_read_as_points_scans_as_its_items(tmp_path, monkeypatch, iso) -> None:
    from auditor.sources import google, google_location

    _history(tmp_path, iso)
    monkeypatch.setattr(google, "STREAM_MIN_BYTES", 10)  # streamed: Points batches
    monkeypatch.setattr(google_location, "POINTS_BATCH", 500)
    seen: list[Item] = []
    batches: list[int] = []
    add_points = engine.pipeline.Collector.add_points
    monkeypatch.setattr(engine.pipeline.Collector, "add_points", lambda c, p: batches.append(len(p)) or add_points(c, p))
    as_points = scan([str(tmp_path)], load_profile("dibp"), ScanOptions(on_item=seen.append)).to_dict()
    assert batches == [500, 500, 500, 12]  # the history came as Points batches

    read_sources = engine._read_sources
    monkeypatch.setattr(engine, "_read_sources", lambda *a, points=False, **k: read_sources(*a, **k))  # one Item a record
    as_items = scan([str(tmp_path)], load_profile("dibp")).to_dict()
    assert {f["code"] for f in as_points["findings"]} >= {"POL101", "POL102"}
    assert as_points == as_items
    assert len(seen) == as_points["stats"]["total"]["items"] == 21 * 72
    assert all(i.kind == ItemKind.LOCATION_RECORD and i.export_path for i in seen)
