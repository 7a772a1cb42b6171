"""The shape-only profile loader: built-ins are cached and shared, files are re-read."""

from __future__ import annotations

import pytest

from auditor.config import ProfileError, load_profile
from auditor.config.loader import load_profile as loader_load_profile


def test_loader_is_the_package_loader():
    assert load_profile is loader_load_profile


def test_loader_shares_builtins_and_rereads_files(tmp_path):
    assert load_profile("dibp") is load_profile(None) is load_profile("dibp")
    f = tmp_path / "team.toml"
    f.write_text('[profile]\nname = "team"\n', encoding="utf-8")
    first = load_profile(str(f))
    f.write_text('[profile]\nname = "team2"\n', encoding="utf-8")
    assert first.name == "team" and load_profile(str(f)).name == "team2"


def test_loader_missing_file_and_unknown_builtin(tmp_path):
    with pytest.raises(ProfileError, match="profile file not found"):
        load_profile(str(tmp_path / "nope.toml"))
    with pytest.raises(ProfileError, match="unknown profile 'nope'"):
        load_profile("nope")
