"""auditor.exposure: one finding per exposure, each item still reachable (issues 16 and 18)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from auditor import engine
from auditor.exposure import ITEMS_CAP, merge
from auditor.models import Category, Finding, Platform, Severity, summarise


def _f(n: int, **kw) -> Finding:
    base = dict(
        code="LOC101",
        name="place-mentioned",
        category=Category.LOCATION_MENTION,
        severity=Severity.LOW,
        confidence=0.8,
        platform=Platform.TWITTER,
        path="data/tweets.js",
        export_path="data/tweets.js",
        message="Post names a place: Sydney",
        remediation="r",
        evidence="Sydney",
        item_id=str(1000 + n),
        url=f"https://x.com/i/web/status/{1000 + n}",
        timestamp=datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=n),
        fingerprint_key="Sydney",
        item_kind="post",
    )
    base.update(kw)
    return Finding(**base)


def test_exposure_800_tweets_naming_one_place_are_one_finding_with_every_item():
    out = merge([_f(n) for n in range(800)])
    assert len(out) == 1
    (f,) = out
    d = f.to_dict()
    assert d["count"] == 800 and len(d["item_ids"]) == 800 and d["item_ids"][0] == "1000"
    assert d["items"][5]["url"].endswith("/1005") and d["items"][5]["timestamp"].startswith("2025-01-06")
    assert "800 items" in f.message
    assert summarise([d])["total"] == 1


def test_exposure_different_terms_rules_or_files_stay_apart():
    fs = [_f(1), _f(2, fingerprint_key="Brisbane"), _f(3, code="LOC102"), _f(4, export_path="data/like.js", path="data/like.js")]
    assert len(merge(fs)) == 4
    assert all(f.count == 1 and "count" not in f.to_dict() for f in merge(fs))


def test_exposure_merged_fingerprint_is_stable_whichever_items_repeat_it():
    a = merge([_f(n) for n in range(3)])[0]
    b = merge([_f(n) for n in range(5, 9)])[0]  # a later export: other tweets, same place, same file
    assert a.fingerprint == b.fingerprint != _f(0).fingerprint


def test_exposure_location_history_file_is_one_exposure_led_by_its_worst_place():
    hist = dict(platform=Platform.GOOGLE, path="Takeout/Location History/2025_MAY.json", item_kind="location_record")
    hist["export_path"] = hist["path"]
    fs = [
        _f(1, fingerprint_key="Brisbane", item_id=None, url=None, **hist),
        _f(2, code="LOC102", severity=Severity.HIGH, fingerprint_key="Brisbane Airport", item_id=None, url=None, **hist),
        *[_f(3 + n, fingerprint_key="Nundah", item_id=None, url=None, **hist) for n in range(30)],
    ]
    (f,) = merge(fs)
    assert f.code == "LOC102" and f.severity == Severity.HIGH and f.count == 32
    assert f.extra["places"][0] == "Brisbane Airport" and set(f.extra["places"]) == {"Brisbane Airport", "Brisbane", "Nundah"}
    assert "Brisbane Airport" in f.message and len(f.items) == ITEMS_CAP
    assert f.item_kind == "location_record"


def test_exposure_leaves_photos_profile_fields_and_inferences_alone():
    fs = [_f(n, item_kind="photo_file", item_id=None) for n in range(3)] + [_f(n, item_kind="profile_field") for n in range(2)]
    assert len(merge(fs)) == 5


def test_exposure_baseline_accepting_any_member_accepts_the_merged_finding():
    members = [_f(n) for n in range(4)]
    (merged,) = merge(members)
    assert engine.is_accepted(merged, {members[2].fingerprint})
    assert engine.is_accepted(merged, {merged.fingerprint})
    assert not engine.is_accepted(merged, {"something else"})


def test_exposure_geotags_merge_only_at_the_same_spot():
    from auditor.models import Position

    geo = dict(code="GEO102", category=Category.GEOTAG, fingerprint_key="geotag")
    fs = [
        _f(1, location=Position(-33.8688, 151.2093), **geo),
        _f(2, location=Position(-33.86881, 151.20931), **geo),  # the same café
        _f(3, location=Position(-27.47, 153.02), **geo),
        _f(4, location=None, **geo),
    ]
    out = merge(fs)
    assert sorted(f.count for f in out) == [1, 1, 2]


def test_exposure_merger_fed_out_of_order_with_reading_order_equals_merge_in_order():
    """A streaming scan holds some findings back and feeds them late: given each finding's place
    in reading order, the Merger must give exactly what merge() gives on the findings in order
    (ties on time included: the first read leads)."""
    import random

    from auditor.exposure import Merger

    hist = dict(platform=Platform.GOOGLE, path="Records.json", export_path="Records.json", item_kind="location_record")
    day = datetime(2025, 1, 1, tzinfo=UTC)
    fs = [
        *[_f(n % 7, timestamp=day + timedelta(days=n % 3), evidence=f"e{n}") for n in range(40)],  # ties on time
        *[_f(n, fingerprint_key="Perth", timestamp=day) for n in range(5)],
        *[
            _f(n, item_id=None, url=None, severity=[Severity.LOW, Severity.HIGH][n % 2], fingerprint_key=f"P{n % 4}", **hist)
            for n in range(60)
        ],
        _f(99, item_kind="photo_file"),
    ]
    want = merge(fs)
    order = list(enumerate(fs))
    random.Random(7).shuffle(order)
    m = Merger()
    for i, f in order:
        m.add(f, (i, 0))
    got = m.result()
    key = lambda f: (f.fingerprint, f.message, f.items, f.timestamp, f.extra, f.count, f.member_fingerprints, f.evidence)  # noqa: E731
    assert [key(f) for f in got] == [key(f) for f in want]
    assert len(want) == 4  # Sydney, Perth, the history file, the photo


def test_exposure_unique_merger_keeps_a_fingerprint_once():
    from auditor.exposure import Merger

    m = Merger(unique=True)
    for f in [_f(1), _f(1), _f(2)]:
        m.add(f)
    (merged,) = m.result()
    assert merged.count == 2
    assert merge([_f(1), _f(1), _f(2)])[0].count == 3  # merge() itself keeps every finding given
