"""An app session without a browser: inputs, scan, report, compare, strip, draft check, ticks."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from auditor.app.session import ActionError, Session
from auditor.media.reader import read_media
from tests.conftest import SAMPLE


@pytest.fixture()
def photos(tmp_path: Path) -> Path:
    d = tmp_path / "camera"
    shutil.copytree(SAMPLE / "camera_roll", d)
    return d


@pytest.fixture()
def session(tmp_path: Path):
    s = Session(str(tmp_path / "state"), workers=1)
    yield s
    s.close()


def _scan(s: Session) -> dict:
    s.start_scan()
    s.wait(120)
    st = s.status()
    assert st["state"] == "done", st
    return st


def test_session_inputs_are_checked_and_deduplicated(session: Session, photos: Path) -> None:
    with pytest.raises(ActionError, match="no such file"):
        session.add_input(str(photos / "missing"))
    with pytest.raises(ActionError, match="type the path"):
        session.add_input("  ")
    with pytest.raises(ActionError, match="choose at least one"):
        session.start_scan()
    session.add_input(f' "{photos}" ')  # pasted with quotes, as Windows' "Copy as path" does
    session.add_input(str(photos / ".." / photos.name))
    assert session.status()["inputs"] == [str(photos)]
    session.remove_input(str(photos))
    assert session.status()["inputs"] == []


def test_session_browse_lists_folders_and_zips_only(session: Session, tmp_path: Path) -> None:
    root = tmp_path / "downloads"
    (root / "b-folder").mkdir(parents=True)
    (root / "a.zip").write_bytes(b"PK")
    (root / "notes.txt").write_text("x")
    (root / ".hidden").mkdir()
    listing = session.browse(str(root))
    assert [(e["name"], e["kind"]) for e in listing["entries"]] == [("a.zip", "zip"), ("b-folder", "folder")]
    assert listing["parent"] == str(tmp_path) and listing["path"] == str(root)
    with pytest.raises(ActionError, match="not a folder"):
        session.browse(str(root / "notes.txt"))


def test_session_upload_goes_to_its_own_temp_folder_with_a_safe_name(session: Session) -> None:
    data = b"PK\x05\x06" + b"\0" * 18  # an empty zip
    added = session.save_upload("..\\CON.zip", io.BytesIO(data), len(data))
    assert Path(added).parent == session.temp and Path(added).name == "_CON.zip"
    assert Path(added).read_bytes() == data
    again = session.save_upload("CON.zip", io.BytesIO(data), len(data))
    assert Path(again).name == "2-_CON.zip"  # a second file of the same name is kept apart
    with pytest.raises(ActionError, match="empty"):
        session.save_upload("empty.zip", io.BytesIO(b""), 0)
    with pytest.raises(ActionError, match="stopped before the end"):
        session.save_upload("short.zip", io.BytesIO(b"abc"), 10)
    temp = session.temp
    session.close()
    assert not temp.exists()  # dropped files are gone when the app stops


def test_session_scan_report_and_compare_with_last_time(tmp_path: Path, photos: Path) -> None:
    first = Session(str(tmp_path / "state"), workers=1)
    first.add_input(str(photos))
    with pytest.raises(ActionError, match="scan your exports first"):
        first.report_html()
    st = _scan(first)
    assert st["findings"] >= 3 and {s["stage"] for s in st["stages"]} >= {"media", "rules"}
    html = first.report_html()
    assert "Social media exposure checklist" in html and "Content-Security-Policy" in html
    with pytest.raises(ActionError, match="no earlier scan"):
        first.compare()
    first.close()
    # next time: one photo fewer is one finding fixed
    (photos / "IMG_20250505_061423.jpg").unlink()
    second = Session(str(tmp_path / "state"), workers=1)
    second.add_input(str(photos))
    _scan(second)
    d = second.compare()
    assert d["new"] == [] and len(d["fixed"]) >= 1
    assert any("IMG_20250505_061423" in f["path"] for f in d["fixed"])
    second.close()


def test_session_strip_writes_gps_free_copies_to_a_new_folder_only(session: Session, photos: Path, tmp_path: Path) -> None:
    session.add_input(str(photos))
    with pytest.raises(ActionError, match="inside an input"):
        session.strip(str(photos / "clean"))
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "x").write_text("x")
    with pytest.raises(ActionError, match="not empty"):
        session.strip(str(busy))
    out = session.strip(str(tmp_path / "clean"))
    assert out["counts"].get("stripped", 0) >= 1 and out["problems"] == []
    copies = sorted((tmp_path / "clean").rglob("*.jpg"))
    assert len(copies) == len(list(photos.glob("*.jpg")))
    for c in copies:
        with open(c, "rb") as fh:
            assert read_media(fh).gps is None


def test_session_check_draft(session: Session) -> None:
    bad = session.check("Night shift at the Border Force office again")
    assert not bad["ok"] and bad["verdict"].startswith("Reconsider") and bad["findings"]
    assert session.check("Lovely day at the beach") == {"ok": True, "verdict": "OK to post", "findings": []}
    with pytest.raises(ActionError):
        session.check("   ")


def test_session_ticks_are_kept_for_the_next_session(tmp_path: Path) -> None:
    a = Session(str(tmp_path / "state"))
    a.set_tick("fp1", True)
    a.set_tick("fp2", True)
    a.set_tick("fp1", False)
    a.close()
    b = Session(str(tmp_path / "state"))
    assert b.ticks() == {"fp2": True}
    with pytest.raises(ActionError):
        b.set_tick("", True)
    (tmp_path / "state" / "ticks.json").write_text("not json")
    assert b.ticks() == {}  # a damaged state file is forgotten, not fatal
    b.close()


def test_session_a_scan_that_cannot_start_says_why(session: Session, tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    session.add_input(str(gone))
    gone.rmdir()  # removed between choosing and scanning
    session.start_scan()
    session.wait(60)
    st = session.status()
    assert st["state"] == "failed" and st["error"], st
    with pytest.raises(ActionError, match="scan your exports first"):
        session.compare()


def test_session_bad_profile_is_a_sentence_not_a_crash(tmp_path: Path, photos: Path) -> None:
    s = Session(str(tmp_path / "state"), profile="no-such-profile")
    s.add_input(str(photos))
    with pytest.raises(ActionError, match="no-such-profile"):
        s.start_scan()
    with pytest.raises(ActionError):
        s.check("Lovely day")
    s.close()


def test_session_names_each_export_in_the_order_the_scan_reads_them(session: Session) -> None:
    session.add_input(str(SAMPLE))
    st = _scan(session)
    # the plan made before the scan is the scan's own order: each progress step is one named export
    assert [(p["platform"], p["root"]) for p in st["planned"]] == [(c["platform"], c["root"]) for c in st["coverage"]]
    assert len(st["exports"]) == len(st["planned"]) >= 10
    # what stays on disk for next time's comparison is the redacted, coarse view
    kept = json.loads((Path(st["state_dir"]) / "last-result.json").read_text(encoding="utf-8"))
    assert kept["report"]["evidence"] == "redacted" and kept["report"]["positions"] == "coarse"
    assert "morgan.quillfeather@" not in json.dumps(kept["findings"])  # the synthetic officer's work address


def test_session_strip_waits_for_a_running_scan(session: Session, photos: Path, tmp_path: Path) -> None:
    session.add_input(str(photos))
    with session._work:  # as while a scan holds the shared zip cache
        with pytest.raises(ActionError, match="a scan is running"):
            session.strip(str(tmp_path / "clean"))
    assert not (tmp_path / "clean").exists()
