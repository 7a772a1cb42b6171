"""`strip` writes names Windows can create: a zip member called CON.jpg or a:b.jpg gets a safe
copy name when the strip runs on Windows (simulated here: the platform check is patched), and
is left as it is elsewhere. The copies are still verified GPS-free."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from auditor import synth
from auditor.fixers import strip as strip_mod
from auditor.media.reader import read_media


@pytest.fixture()
def export(tmp_path: Path) -> Path:
    z = tmp_path / "export.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.writestr("photos/CON.jpg", synth.photo(-35.2, 149.1))
        zf.writestr("photos/a:b.jpg", synth.photo(-35.3, 149.2))
        zf.writestr("photos/NUL/ok.jpg", synth.photo(-35.4, 149.3))  # a reserved folder name too
    return z


def _written(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


def test_strip_windows_names_are_made_safe(export: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(strip_mod, "is_windows", lambda: True)
    out = tmp_path / "clean"
    results = strip_mod.strip_paths([str(export)], str(out))
    assert {r.status for r in results} == {"stripped"}, [r.to_dict() for r in results]
    assert _written(out) == ["export.zip/photos/_CON.jpg", "export.zip/photos/_NUL/ok.jpg", "export.zip/photos/a_b.jpg"]
    for p in out.rglob("*.jpg"):
        with open(p, "rb") as fh:
            assert read_media(fh).gps is None


def test_strip_posix_names_are_kept(export: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(strip_mod, "is_windows", lambda: False)
    out = tmp_path / "clean"
    strip_mod.strip_paths([str(export)], str(out))
    assert _written(out) == ["export.zip/photos/CON.jpg", "export.zip/photos/NUL/ok.jpg", "export.zip/photos/a:b.jpg"]
