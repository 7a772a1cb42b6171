"""Strava source: activities.csv + GPX/TCX/FIT tracks (plain and gzipped), start/end/thinned
points, orphan track files, hostile XML and broken files."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

from auditor import synth
from auditor.engine import scan
from auditor.models import ItemKind, Platform
from auditor.sources import SourceContext
from auditor.sources.base import Coverage
from auditor.sources.fit import read_fit_points
from auditor.sources.strava import MAX_KEPT, StravaSource, thin
from auditor.synth.fit import write_fit
from auditor.tree import InputTree, close_all

HOME = (-35.2500, 149.1000)
WORK = (-35.3080, 149.1240)
T0 = datetime(2024, 5, 6, 20, 30, 0, tzinfo=UTC)


def _activities() -> list[dict]:
    return [
        {
            "id": "1001",
            "name": "Morning Run",
            "description": "Loop before my Border Force shift",
            "date": T0,
            "fmt": "gpx",
            "gz": True,
            "points": synth.track_line(HOME, (HOME[0] + 0.01, HOME[1]), T0, n=500),
        },
        {
            "id": "1002",
            "name": "Commute",
            "date": T0,
            "fmt": "tcx",
            "points": synth.track_line(HOME, WORK, T0, n=30),
            "type": "Ride",
        },
        {"id": "1003", "name": "Ride", "date": T0, "fmt": "fit", "gz": True, "points": synth.track_line(WORK, HOME, T0, n=40)},
        {
            "id": "1004",
            "name": "Gym",
            "description": "",
            "date": datetime(2024, 5, 7, 7, 0, tzinfo=UTC),
            "fmt": None,
            "points": [],
        },
    ]


def _read(path: Path):
    tree = InputTree.build([str(path)])
    src = StravaSource()
    ctx = SourceContext()
    items, covs = [], []
    try:
        for root in src.detect(tree):
            cov = Coverage(platform="strava", root=root)
            covs.append(cov)
            items.extend(src.read(tree, root, ctx, cov))
    finally:
        close_all()
    return items, ctx, covs


def _tracks(items: list) -> list:
    return [i for i in items if i.kind == ItemKind.TRACK]


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return abs(a[0] - b[0]) < 1e-6 and abs(a[1] - b[1]) < 1e-6


@pytest.mark.parametrize("as_zip", [False, True])
def test_strava_reads_planted_activities(tmp_path: Path, as_zip: bool) -> None:
    root = tmp_path / "export_123"
    synth.strava_export(root, _activities())
    synth.write_files(root, {"activities/2000.gpx": synth.gpx_bytes(synth.track_line(WORK, WORK, T0, n=5))})
    path = synth.zip_folder(root, tmp_path / "export_123.zip") if as_zip else root
    items, ctx, covs = _read(path)
    assert ctx.errors == []
    by_id = {i.item_id: i for i in _tracks(items)}
    assert list(by_id) == ["1001", "1002", "1003", "1004", "2000"]
    profile = {i.field: i.text for i in items if i.kind == ItemKind.PROFILE_FIELD}
    assert profile == {"name": "Alex Example", "email": "runner@example.com", "location": "Canberra, ACT, Australia"}
    run = by_id["1001"]
    assert run.kind == ItemKind.TRACK and run.platform == Platform.STRAVA
    assert run.text == "Morning Run\nLoop before my Border Force shift"
    assert run.url == "https://www.strava.com/activities/1001"
    assert run.timestamp == T0
    assert _near((run.position.lat, run.position.lon), HOME)
    assert _near(run.extra["end"], (HOME[0] + 0.01, HOME[1]))
    assert run.extra["point_count"] == 500 and len(run.extra["points"]) == MAX_KEPT
    assert run.extra["points"][0][2] == "2024-05-06T20:30:00+00:00"
    assert run.export_path == "activities.csv" and run.path.endswith("activities.csv")
    assert _near((by_id["1002"].position.lat, by_id["1002"].position.lon), HOME)
    assert _near(by_id["1002"].extra["end"], WORK) and by_id["1002"].extra["activity_type"] == "Ride"
    assert _near((by_id["1003"].position.lat, by_id["1003"].position.lon), WORK)
    assert _near(by_id["1003"].extra["end"], HOME) and by_id["1003"].timestamp == T0
    gym = by_id["1004"]
    assert gym.position is None and gym.text == "Gym" and gym.timestamp == datetime(2024, 5, 7, 7, 0, tzinfo=UTC)
    orphan = by_id["2000"]
    assert orphan.export_path == "activities/2000.gpx" and _near((orphan.position.lat, orphan.position.lon), WORK)
    cov = covs[0]
    assert sorted(cov.parsed) == [
        "activities.csv",
        "activities/1001.gpx.gz",
        "activities/1002.tcx",
        "activities/1003.fit.gz",
        "activities/2000.gpx",
        "profile.csv",
    ]
    assert cov.skipped == ["bikes.csv"] and cov.items == 8


def test_strava_thin_keeps_first_and_last() -> None:
    pts = [(float(i), 0.0, None) for i in range(1000)]
    out = thin(pts, 10)
    assert len(out) == 10 and out[0] == pts[0] and out[-1] == pts[-1]
    assert thin(pts[:5], 10) == pts[:5]


def test_strava_fit_roundtrip_and_truncation() -> None:
    pts = synth.track_line(HOME, WORK, T0, n=10)
    data = write_fit(pts)
    got = read_fit_points(data)
    assert len(got) == 10 and _near(got[0][:2], HOME) and got[-1][2] == pts[-1][2]
    with pytest.raises(ValueError):
        read_fit_points(data[:40])
    with pytest.raises(ValueError):
        read_fit_points(b"not a fit file at all")


def test_strava_scan_finds_department_and_work_registration(tmp_path: Path, dibp) -> None:
    synth.strava_export(tmp_path, _activities(), profile_email="a.example@abf.gov.au", profile_bio="ABF officer, runner")
    result = scan([str(tmp_path)], dibp)
    assert result.errors == []
    found = {(f.category, f.item_id) for f in result.findings}
    assert ("department_identifier", "1001") in found
    assert ("account_registration", "profile#email") in found
    assert ("department_identifier", "profile#bio") in found
    cov = next(c for c in result.coverage if c["platform"] == "strava")
    assert cov["items"] == 4 + 4 and cov["files_parsed"] == 5  # 4 activities; name, email, bio, location


def test_strava_track_items_carry_positions_for_inference(tmp_path: Path) -> None:
    from auditor.engine import _read_sources
    from auditor.models import ScanResult

    synth.strava_export(tmp_path, _activities())
    tree = InputTree.build([str(tmp_path)])
    items = list(_read_sources(tree, ScanResult("t", "dibp"), []))
    close_all()
    starts = [i for i in items if i.kind == ItemKind.TRACK and i.position]
    assert sum(_near((i.position.lat, i.position.lon), HOME) for i in starts) == 2
    assert all(i.position.source == "strava.track_start" for i in starts)


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<gpx><trk><trkseg><trkpt lat="1" lon="1"><name>&lol2;</name></trkpt></trkseg></trk></gpx>"""


def test_strava_broken_files_are_errors_and_scan_continues(tmp_path: Path, dibp) -> None:
    synth.strava_export(tmp_path, _activities())
    (tmp_path / "activities" / "1001.gpx.gz").write_bytes(gzip.compress(BOMB))
    (tmp_path / "activities" / "1002.tcx").write_bytes(b"<TrainingCenterDatabase><Activities>")
    fit = tmp_path / "activities" / "1003.fit.gz"
    fit.write_bytes(gzip.compress(gzip.decompress(fit.read_bytes())[:30]))
    items, ctx, _ = _read(tmp_path)
    assert sorted(e.path for e in ctx.errors) == ["activities/1001.gpx.gz", "activities/1002.tcx", "activities/1003.fit.gz"]
    assert "entity declarations" in next(e.reason for e in ctx.errors if "1001" in e.path)
    assert [i.item_id for i in _tracks(items)] == ["1001", "1002", "1003", "1004"]
    assert all(i.position is None for i in items)
    result = scan([str(tmp_path)], dibp)
    assert len([e for e in result.errors if e.path.startswith("activities/")]) == 3
    assert any(f.item_id == "1001" for f in result.findings)


def test_strava_missing_track_file_is_reported(tmp_path: Path) -> None:
    synth.strava_export(tmp_path, _activities())
    (tmp_path / "activities" / "1002.tcx").unlink()
    items, ctx, _ = _read(tmp_path)
    assert [(e.path, "not in the export" in e.reason) for e in ctx.errors] == [("activities.csv", True)]
    assert len(_tracks(items)) == 4 and next(i for i in items if i.item_id == "1002").position is None


def test_strava_gpx_with_an_unknown_xml_encoding_is_one_error(tmp_path: Path) -> None:
    # found by fuzz/run.py gpx: expat raised LookupError, which stopped the whole export
    synth.strava_export(tmp_path, _activities())
    (tmp_path / "activities" / "1002.tcx").write_bytes(b'<?xml version="1.0" encoding="UUUUTF-8"?><TrainingCenterDatabase/>')
    items, ctx, _ = _read(tmp_path)
    assert [(e.path, "unknown XML encoding" in e.reason) for e in ctx.errors] == [("activities/1002.tcx", True)]
    assert len(_tracks(items)) == 4  # the other activities were read
