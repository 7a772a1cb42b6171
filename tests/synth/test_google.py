"""auditor.synth.google: Takeout sidecars and Location History records in Google's shapes."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from auditor.synth import google

T = datetime(2024, 5, 1, 9, 30, tzinfo=UTC)


def test_photo_sidecar_writes_absent_positions_as_zero():
    d = json.loads(json.dumps(google.photo_sidecar("a.jpg", T, geo=(1.0, 2.0), people=("Sam",))))
    assert d["geoData"]["latitude"] == 1.0 and d["geoDataExif"]["latitude"] == 0.0
    assert d["photoTakenTime"]["timestamp"] == str(int(T.timestamp()))
    assert d["people"] == [{"name": "Sam"}]


def test_location_history_records():
    assert google.records_json([(1.5, 2.5, T)])["locations"][0] == {
        "latitudeE7": 15_000_000,
        "longitudeE7": 25_000_000,
        "accuracy": 20,
        "timestampMs": str(int(T.timestamp() * 1000)),
    }
    assert google.records_json([(1.5, 2.5, T)], iso=True)["locations"][0]["timestamp"] == "2024-05-01T09:30:00.000Z"
    visit = google.place_visit(
        1.0, 2.0, T, T, "Home", semantic_type="TYPE_HOME", candidates=[google.candidate(1.0, 2.0, "TYPE_WORK")]
    )
    assert visit["placeVisit"]["location"]["semanticType"] == "TYPE_HOME"
    assert visit["placeVisit"]["otherCandidateLocations"][0]["semanticType"] == "TYPE_WORK"
    assert google.activity_segment((1.0, 2.0), (3.0, 4.0), T, T)["activitySegment"]["endLocation"]["latitudeE7"] == 30_000_000
    assert google.deg(-33.8688, 151.2093) == "-33.868800°, 151.209300°"
