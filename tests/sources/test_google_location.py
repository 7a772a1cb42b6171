"""Google location data -> location Items, every position validated."""

from __future__ import annotations

from datetime import UTC, datetime

from auditor import synth
from auditor.sources import google_location as gl


def test_google_location_records_keep_valid_positions_only():
    data = synth.records_json([(-35.28, 149.13, datetime(2024, 5, 1, 9, tzinfo=UTC))])
    data["locations"].append({"latitudeE7": 0, "longitudeE7": 0, "timestamp": "2024-05-01T10:00:00Z"})
    [item] = list(gl.records(data, "Records.json"))
    assert (round(item.position.lat, 5), round(item.position.lon, 5)) == (-35.28, 149.13)
    assert item.timestamp == datetime(2024, 5, 1, 9, tzinfo=UTC)


def test_google_location_parsers_and_labels():
    assert gl.parse_latlng("-33.86°, 151.20°") == (-33.86, 151.2)
    assert gl.parse_latlng("geo:-33.86,151.20") == (-33.86, 151.2)
    assert gl.parse_latlng("0°, 0°") is None
    assert gl.place_label("INFERRED_WORK") == "work" and gl.place_label("TYPE_HOME") == "home"
    assert gl.place_label("TYPE_ALIASED_LOCATION") is None


def test_google_location_infinite_numbers_are_dropped_not_raised():
    """Found by the export_google fuzz target: JSON's 1e999 parses as infinity, and int(inf)
    raised OverflowError out of the whole Records.json."""
    import json

    data = json.loads(
        '{"locations": [{"latitudeE7": -273E42000, "longitudeE7": 1531175000, "timestamp": "2024-05-01T09:00:00Z"},'
        ' {"latitudeE7": -352800000, "longitudeE7": 1491300000, "timestamp": "2024-05-01T10:00:00Z"}]}'
    )
    [item] = list(gl.records(data, "Records.json"))
    assert round(item.position.lat, 2) == -35.28


def test_google_location_epoch_milliseconds_as_fromtimestamp_gives_them():
    import random

    rng = random.Random(5)
    values = [rng.randrange(-(2**42) + 1, 2**42) for _ in range(20_000)] + [0, -1, 1, "1578229200123", 2**42, -(2**43)]
    for v in values:
        assert gl.ms_time(v) == datetime.fromtimestamp(int(v) / 1000, tz=UTC), v
    assert gl.ms_time("soon") is None and gl.ms_time(2**50) is None  # beyond the year 9999


def test_google_location_record_item_is_what_the_generic_builder_makes():
    recs = [
        {
            "latitudeE7": -338698879,
            "longitudeE7": 1510999954,
            "accuracy": 20,
            "timestampMs": "1578229200000",
            "deviceTag": 7,
            "source": "WIFI",
        },
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "accuracy": "x", "timestamp": "2024-05-01T10:00:00Z"},
        {"latitudeE7": -338698879, "longitudeE7": 1510999954},
    ]
    for loc in recs:
        when = gl.ms_time(loc["timestampMs"]) if "timestampMs" in loc else gl.iso_time(loc.get("timestamp"))
        want = gl._item(
            "R.json", gl._e7(loc["latitudeE7"], loc["longitudeE7"]), "records.json", when,
            accuracy_m=loc.get("accuracy"), device_tag=loc.get("deviceTag"), signal_source=loc.get("source"),
        )  # fmt: skip
        assert gl.record_item(loc, "R.json") == want
