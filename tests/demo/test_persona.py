"""auditor.demo.build_persona (the package's entry point) and the persona it writes: deterministic,
every platform, a month of routine, Meta's encoding."""

from __future__ import annotations

import hashlib

from auditor.demo import MARKER, build_persona


def _tree(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_demo_persona_is_identical_on_every_run(tmp_path):
    build_persona(tmp_path / "a")
    build_persona(tmp_path / "b")
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert a == b
    assert len(a) > 50


def test_demo_persona_covers_every_platform_and_a_month_of_routine(tmp_path):
    build_persona(tmp_path)
    files = sorted(_tree(tmp_path))
    tops = {f.split("/")[0] for f in files}
    for marker in (
        "facebook-",
        "instagram-",
        "twitter-",
        "Basic_LinkedInDataExport",
        "takeout-",
        "tiktok",
        "mastodon-",
        "reddit_",
        "whatsapp",
        "snapchat-",
        "strava_",
        "camera_roll",
    ):
        assert any(t.startswith(marker) for t in tops), marker
    photos = [f for f in files if f.startswith("camera_roll/")]
    days = {f.split("_")[2] for f in photos}
    assert len(days) >= 21  # three weeks or more of routine
    assert MARKER in files
    # Meta JSON carries mojibake like the real thing
    fb = next(tmp_path.glob("facebook-*/your_facebook_activity/posts/*.json")).read_text()
    assert "\\u00c3\\u00a9" in fb
