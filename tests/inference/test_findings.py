"""Pattern-of-life findings in the JSON contract, and the sample persona's report."""

from __future__ import annotations

import json

from auditor.engine import scan
from auditor.inference.pipeline import infer
from auditor.models import Category
from tests.support.cli import run_cli

from .routines import GYM, SAMPLE, kinds, persona

CONTRACT = {
    "code", "category", "severity", "platform", "path", "item_id", "timestamp", "url",
    "location", "evidence", "message", "remediation", "fingerprint",
}  # fmt: skip


def test_finding_dict_carries_inference_fields(dibp):
    fs = infer(persona(weeks=6, gym=GYM, time_style="naive").items, dibp)
    assert {f.extra["inference"] for f in fs} == {"home", "workplace", "routine", "sensitive_site"}
    for f in fs:
        d = f.to_dict()
        assert CONTRACT <= d.keys()
        assert d["category"] == "pattern_of_life" and f.category == Category.PATTERN_OF_LIFE
        assert d["code"] in {"POL101", "POL102", "POL103", "POL104"}
        assert d["location"]["lat"] < 0 and d["radius_m"] > 0 and d["supporting_count"] >= len(d["supporting_items"]) > 0
        assert d["policy"] and d["remove_first"]
        json.dumps(d)
    (home,) = kinds(fs, "home")
    ref = home.to_dict()["supporting_items"][0]
    # a naive EXIF time gets the zone at its position, with its offset
    assert ref["zone"] == "Australia/Sydney" and ref["utc_offset"] in ("+10:00", "+11:00")
    assert ref["local_time"].endswith(ref["utc_offset"])


def test_sample_persona_report_shows_home_workplace_and_site(dibp):
    from auditor.demo import persona
    from auditor.geo.distance import distance_m as haversine_m

    result = scan([str(SAMPLE)], dibp)
    pol = [f for f in result.findings if f.category == Category.PATTERN_OF_LIFE]
    (home,) = kinds(pol, "home")
    (work,) = kinds(pol, "workplace")
    assert home.code == "POL101" and work.code == "POL102"
    assert haversine_m(home.location.lat, home.location.lon, *persona.HOME) < 250
    assert haversine_m(work.location.lat, work.location.lon, *persona.WORK) < 250
    assert work.extra["site"] == "Brisbane Airport"
    assert any(f.extra["site"] == "Brisbane Airport" for f in kinds(pol, "sensitive_site"))
    (gym,) = kinds(pol, "routine")
    assert haversine_m(gym.location.lat, gym.location.lon, *persona.GYM) < 250
    assert gym.extra["weekdays"] == ["Mon", "Wed", "Fri"]
    # platform times (UTC) are placed in Brisbane local time (UTC+10, no daylight saving)
    refs = [r for r in home.extra["supporting_items"] if r.get("zone")]
    assert refs and all(r["zone"] == "Australia/Brisbane" and r["utc_offset"] == "+10:00" for r in refs)


def test_sample_scan_json_has_pattern_of_life(tmp_path):
    out = run_cli("scan", str(SAMPLE), "-f", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    pol = {f["inference"]: f for f in data["findings"] if f["category"] == "pattern_of_life"}
    assert {"home", "workplace", "sensitive_site"} <= pol.keys()
    assert "Brisbane Airport" in pol["workplace"]["message"] and pol["home"]["place"] in pol["home"]["message"]


def test_scan_of_camera_roll_without_offsets_uses_zone_at_position(tmp_path, dibp):
    from datetime import datetime, timedelta

    from auditor import synth

    from .routines import HOME

    roll = tmp_path / "DCIM"
    roll.mkdir()
    for day in range(12):
        when = datetime(2025, 6, 2, 21, 30) + timedelta(days=day)  # naive EXIF: wall clock in Sydney
        (roll / f"IMG_{day:04d}.jpg").write_bytes(synth.photo(HOME[0], HOME[1], when))
    result = scan([str(roll)], dibp)
    (home,) = kinds(result.findings, "home")
    assert home.extra["place"] == "Rockdale NSW" and home.extra["days"] == 12
    refs = home.extra["supporting_items"]
    assert all(r["zone"] == "Australia/Sydney" and r["local_time"].startswith("2025-06") for r in refs)
    assert {r["local_time"][11:16] for r in refs} == {"21:30"} and refs[0]["utc_offset"] == "+10:00"


def test_infer_never_raises_on_odd_items(dibp):
    import random
    from datetime import UTC, datetime, timedelta, timezone

    from auditor.models import Item, ItemKind, Platform, Position

    rng = random.Random(99)
    zones = [None, UTC, timezone(timedelta(hours=-14)), timezone(timedelta(hours=14)), timezone(timedelta(minutes=345))]
    items = []
    for i in range(400):
        ts = None
        if rng.random() < 0.8:
            ts = datetime(
                rng.choice([1, 1970, 2000, 2025, 2099, 9999]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23)
            )
            ts = ts.replace(tzinfo=rng.choice(zones))
        lat, lon = rng.choice([(-33.95, 151.137), (89.9999, 179.9999), (-89.9, -179.9), (0.0001, 0.0001), (-10.45, 105.6)])
        pos = Position(lat + rng.gauss(0, 1e-4), lon, accuracy_m=rng.choice([None, 5.0, 5000.0]))
        items.append(
            Item(
                Platform.PHOTOS,
                ItemKind.PHOTO,
                f"p/{i}.jpg",
                timestamp=ts,
                position=pos,
                extra={"offset_known": rng.random() < 0.5},
            )
        )
    for f in infer(items, dibp):
        json.dumps(f.to_dict())
