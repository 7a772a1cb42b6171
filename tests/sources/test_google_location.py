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
