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


def _odd_records() -> list[object]:
    """Records.json entries of every shape the reader meets: usual, wrapped E7, strings,
    booleans, floats, ISO times, huge and bad milliseconds, odd accuracies, extra facts."""
    out: list[object] = [
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "accuracy": 20, "timestampMs": "1578229200000"},
        {"latitudeE7": 3_800_000_000, "longitudeE7": 4_000_000_000, "timestampMs": 1578229260123},  # unsigned wrap
        {"latitudeE7": "-338698879", "longitudeE7": "1510999954", "timestampMs": "1578229440000", "accuracy": "12.5"},
        {"latitudeE7": True, "longitudeE7": 1510999954, "timestampMs": "1"},
        {"latitudeE7": -338698879.0, "longitudeE7": 1510999954.7, "timestamp": "2020-01-05T13:00:00.123456+10:00"},
        {"latitudeE7": 0, "longitudeE7": 0, "timestampMs": "1578229200000"},  # the "no fix" placeholder
        {"latitudeE7": 950_000_000, "longitudeE7": 10, "timestampMs": "1578229200000"},  # out of range
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "timestampMs": str(2**50)},  # past the exact range
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "timestampMs": "10" * 30},  # overflows
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "timestampMs": None, "accuracy": "wide"},
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "timestampMs": "soon", "accuracy": "NaN"},
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "timestamp": "yesterday", "deviceTag": 7, "source": "WIFI"},
        {"latitudeE7": -338698879, "longitudeE7": 1510999954, "source": "GPS", "accuracy": 900},
        {"latitudeE7": None, "longitudeE7": 1510999954},
        "not a record",
        [1, 2],
    ]
    out += [
        {"latitudeE7": -338698879 - k, "longitudeE7": 1510999954 + k, "timestampMs": str(1578229200000 + k)} for k in range(40)
    ]
    return out


def _same_item(a, b) -> bool:  # type: ignore[no-untyped-def]
    fields = ("platform", "kind", "path", "text", "timestamp", "item_id", "url", "audience", "field", "people", "export_path")
    nan = a.position.accuracy_m != a.position.accuracy_m and b.position.accuracy_m != b.position.accuracy_m
    pos_a, pos_b = a.position, b.position
    return (
        all(getattr(a, f) == getattr(b, f) for f in fields)
        and (a.timestamp is None or a.timestamp.tzinfo is b.timestamp.tzinfo)
        and a.extra == b.extra
        and (pos_a.lat, pos_a.lon, pos_a.source) == (pos_b.lat, pos_b.lon, pos_b.source)
        and (nan or pos_a.accuracy_m == pos_b.accuracy_m)
    )


def test_google_location_points_are_point_for_point_the_streamed_items(monkeypatch):
    import io
    import json

    from auditor.models import Points

    raw = json.dumps({"locations": _odd_records()}).encode()
    items = list(gl.records_stream(io.BytesIO(raw), "Records.json"))
    monkeypatch.setattr(gl, "POINTS_BATCH", 7)  # several batches, one cut short at the end
    batches = list(gl.records_points(io.BytesIO(raw), "Records.json"))
    assert all(type(b) is Points and 0 < len(b) <= 7 for b in batches) and len(batches) > 2
    points = [it for b in batches for it in b.items()]
    assert len(points) == len(items) == 51  # the placeholder, the out-of-range, the unpositioned and the non-records dropped
    assert all(_same_item(p, i) for p, i in zip(points, items, strict=True))


def test_google_location_points_keep_what_was_read_before_a_broken_record():
    import io
    import json

    import ijson
    import pytest

    text = json.dumps({"locations": _odd_records()})
    raw = text[: text.index('"source": "GPS"')].encode()  # the file cut short in a record
    seen = []
    with pytest.raises(ijson.JSONError):
        for batch in gl.records_points(io.BytesIO(raw), "Records.json"):
            seen.extend(batch.items())
    assert len(seen) == len(list(gl.records_stream(io.BytesIO(raw[: raw.rindex(b"}, {") + 1] + b"]}"), "R"))) == 10
