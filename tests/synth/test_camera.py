"""auditor.synth.camera: a deterministic home / work / gym schedule, the camera folder it writes, and the media zoo."""

from __future__ import annotations

from datetime import datetime

from auditor import synth
from auditor.media.reader import read_media
from auditor.synth.camera import ZOO_POSITIONS, media_zoo

HOME, WORK, GYM = (-27.39421, 153.06112), (-27.38420, 153.11750), (-27.39910, 153.06820)


def test_synth_routine_is_deterministic_and_follows_the_week():
    a = synth.routine_shots(datetime(2025, 5, 5), 14, HOME, WORK, GYM, seed=3)
    assert a == synth.routine_shots(datetime(2025, 5, 5), 14, HOME, WORK, GYM, seed=3)
    assert a != synth.routine_shots(datetime(2025, 5, 5), 14, HOME, WORK, GYM, seed=4)
    labels = [(when.weekday(), label) for when, _pos, label in a]
    assert sum(1 for _d, lab in labels if lab == "home") == 14
    assert {d for d, lab in labels if lab == "work"} == {0, 1, 2, 3, 4}
    assert {d for d, lab in labels if lab == "gym"} == {0, 2, 4}
    for _when, (lat, lon), label in a:
        ref = {"home": HOME, "work": WORK, "gym": GYM}[label]
        assert abs(lat - ref[0]) < 0.0002 and abs(lon - ref[1]) < 0.0002


def test_synth_camera_folder_writes_readable_geotagged_photos(tmp_path):
    shots = synth.routine_shots(datetime(2025, 5, 5), 2, HOME, WORK, seed=1)
    paths = synth.camera_folder(tmp_path, shots)
    assert len(paths) == len(shots) == 4
    with paths[0].open("rb") as fh:
        meta = read_media(fh)
    assert meta.gps is not None
    assert abs(meta.gps[0] - shots[0][1][0]) < 1e-4
    assert paths[0].name == f"IMG_{shots[0][0]:%Y%m%d_%H%M%S}.jpg"


def test_media_zoo_writes_every_container_at_its_position(tmp_path):
    assert media_zoo(tmp_path) == ZOO_POSITIONS
    for rel in ZOO_POSITIONS:
        assert (tmp_path / rel).stat().st_size > 0
    with (tmp_path / "camera" / "IMG_0001.jpg").open("rb") as fh:
        meta = read_media(fh)
    assert meta.gps is not None and abs(meta.gps[0] - ZOO_POSITIONS["camera/IMG_0001.jpg"][0]) < 1e-4
