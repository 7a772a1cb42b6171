"""auditor.synth.strava: the bulk export's CSV lists each track, and GPX/TCX/FIT tracks parse (plain and gzipped)."""

from __future__ import annotations

import csv
import gzip
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

from auditor.sources.fit import read_fit_points
from auditor.synth.strava import gpx_bytes, strava_export, tcx_bytes, track_line

T0 = datetime(2024, 5, 6, 20, 30, tzinfo=UTC)
PTS = track_line((-35.25, 149.1), (-35.3, 149.12), T0, n=5)


def test_track_line_is_evenly_spaced():
    assert len(PTS) == 5 and PTS[0][:2] == (-35.25, 149.1) and PTS[-1][:2] == (-35.3, 149.12)
    assert (PTS[1][2] - PTS[0][2]).total_seconds() == 10


def test_gpx_and_tcx_are_xml():
    gpx = ET.fromstring(gpx_bytes(PTS))
    assert len(gpx.findall(".//{http://www.topografix.com/GPX/1/1}trkpt")) == 5
    tcx = ET.fromstring(tcx_bytes(PTS))
    assert len(tcx.findall(".//{http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2}Trackpoint")) == 5


def test_strava_export_lists_each_track(tmp_path):
    acts = [
        {"id": 1, "date": T0, "points": PTS, "fmt": "gpx"},
        {"id": 2, "date": T0, "points": PTS, "fmt": "fit", "gz": True},
        {"id": 3, "date": T0, "points": PTS, "fmt": None},
    ]
    strava_export(tmp_path, acts)
    with (tmp_path / "activities.csv").open(newline="") as fh:
        names = [row[7] for row in list(csv.reader(fh))[1:]]
    assert names == ["activities/1.gpx", "activities/2.fit.gz", ""]
    assert len(read_fit_points(gzip.decompress((tmp_path / "activities" / "2.fit.gz").read_bytes()))) == 5
    # gzip with a fixed mtime: the same export twice gives the same bytes
    strava_export(tmp_path / "again", acts)
    assert (tmp_path / "again" / "activities" / "2.fit.gz").read_bytes() == (tmp_path / "activities" / "2.fit.gz").read_bytes()
