"""auditor.demo (the package): `build_persona` writes one export per builder plus the synthetic-data
marker, the same bytes on every run, and returns exactly the files it wrote; `build_for` has a
persona for every built-in profile."""

from __future__ import annotations

import hashlib

import pytest

from auditor.config.profile import builtin_names
from auditor.demo import BUILDERS, MARKER, PROFILES, build_for, build_persona, persona_name
from auditor.sources import SOURCE_CLASSES


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    dest = tmp_path_factory.mktemp("persona") / "out"
    return dest, build_persona(dest)


def _digests(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_demo_builders_cover_every_platform_and_the_camera():
    assert [p for p, _ in BUILDERS] == ["photos", *(mod for mod, _ in SOURCE_CLASSES)]


def test_demo_build_persona_returns_every_file_it_wrote_sorted(built):
    dest, files = built
    assert files == sorted(p for p in dest.rglob("*") if p.is_file())
    assert len(files) > len(BUILDERS)


def test_demo_build_persona_writes_the_marker_naming_every_platform(built):
    dest, _ = built
    text = (dest / MARKER).read_text(encoding="utf-8")
    assert "invented" in text and "No real person's data" in text
    assert f"Platforms: {', '.join(p for p, _ in BUILDERS)}." in text


def test_demo_build_persona_is_deterministic(built, tmp_path):
    dest, _ = built
    build_persona(tmp_path / "again")
    assert _digests(tmp_path / "again") == _digests(dest)


def test_demo_has_a_persona_for_every_builtin_profile(tmp_path):
    assert sorted(PROFILES) == builtin_names()
    assert persona_name("qld") != persona_name("dibp")
    files = build_for("tas", tmp_path / "tas")
    assert (tmp_path / "tas" / MARKER).read_text(encoding="utf-8").count("--profile tas") == 1
    assert files == sorted(p for p in (tmp_path / "tas").rglob("*") if p.is_file())
    with pytest.raises(KeyError):
        build_for("nowhere", tmp_path / "x")
