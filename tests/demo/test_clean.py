"""auditor.demo.clean: the clean persona is deterministic, marked synthetic, and scans with
accounts recognised and no finding at all (the onboarding gate's passing case)."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.demo.clean import build_clean_persona
from auditor.demo.persona import MARKER
from auditor.engine import scan


def test_clean_persona_is_deterministic_and_marked(tmp_path):
    a = build_clean_persona(tmp_path / "a")
    b = build_clean_persona(tmp_path / "b")
    assert [p.relative_to(tmp_path / "a") for p in a] == [p.relative_to(tmp_path / "b") for p in b]
    assert all(x.read_bytes() == y.read_bytes() for x, y in zip(a, b, strict=True))
    assert (tmp_path / "a" / MARKER).is_file()


def test_clean_persona_scans_clean_with_its_accounts_recognised(tmp_path):
    build_clean_persona(tmp_path)
    result = scan([str(tmp_path)], load_profile("dibp"))
    assert {c["platform"] for c in result.coverage} == {"twitter", "instagram"}
    assert result.findings == [] and result.errors == []
