"""Profiles from an intranet URL: pinned by sha256, refused without a pin or on a mismatch."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import datetime

import pytest
from typer.testing import CliRunner

from auditor import synth
from auditor.cli.app import app
from auditor.config import ProfileError, load_profile
from auditor.config.fetch import fetch
from tests.loopback import no_proxy, serve, serve_raw

TEAM = b"""[profile]
name = "team"
title = "Integrity team test profile"

[organisation]
units = ["Quokka Taskforce"]
"""
PIN = hashlib.sha256(TEAM).hexdigest()


@pytest.fixture
def server(monkeypatch):
    no_proxy(monkeypatch)
    with serve({"/auditor/team.toml": TEAM, "/auditor/bad.toml": b"[profile\nname="}) as srv:
        yield srv


def test_profile_fetch_pinned_url_loads_and_extends_dibp(server):
    prof = load_profile(f"{server.base}/auditor/team.toml#sha256={PIN}")
    assert prof.name == "team"
    assert "Quokka Taskforce" in prof.terms("organisation", "units")
    assert "Australian Border Force" in prof.terms("organisation", "names")  # extends the built-in
    assert server.gets == ["/auditor/team.toml"]


def test_profile_fetch_refuses_without_a_pin_and_fetches_nothing(server):
    with pytest.raises(ProfileError, match="pinned hash"):
        load_profile(f"{server.base}/auditor/team.toml")
    assert server.gets == []


def test_profile_fetch_refuses_a_hash_mismatch(server):
    wrong = hashlib.sha256(TEAM + b"\n").hexdigest()
    with pytest.raises(ProfileError, match="does not match its pinned hash"):
        load_profile(f"{server.base}/auditor/team.toml#sha256={wrong}")


def test_profile_fetch_reports_missing_and_invalid_files(server):
    with pytest.raises(ProfileError, match="404"):
        load_profile(f"{server.base}/auditor/missing.toml#sha256={PIN}")
    bad_pin = hashlib.sha256(b"[profile\nname=").hexdigest()
    with pytest.raises(ProfileError, match="invalid TOML"):
        load_profile(f"{server.base}/auditor/bad.toml#sha256={bad_pin}")


def test_profile_fetch_unreachable_host_is_a_profile_error(monkeypatch):
    no_proxy(monkeypatch)
    with serve() as srv:
        base = srv.base
    with pytest.raises(ProfileError, match="could not fetch"):
        load_profile(f"{base}/team.toml#sha256={PIN}")


def _archive(tmp_path):
    root = tmp_path / "x"
    synth.twitter_archive(
        root,
        [synth.tweet("1", "Big week with the Quokka Taskforce", datetime(2025, 5, 1))],
        account={"username": "someone_example", "email": "someone@example.com"},
    )
    return root


def test_profile_fetch_scan_uses_the_fetched_terms(server, tmp_path):
    root = _archive(tmp_path)
    url = f"{server.base}/auditor/team.toml#sha256={PIN}"
    res = CliRunner().invoke(app, ["scan", str(root), "--profile", url, "-f", "json", "-q"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["profile"] == "team"
    assert any(f["category"] == "department_identifier" for f in data["findings"])
    # the built-in profile does not know the unit
    plain = json.loads(CliRunner().invoke(app, ["scan", str(root), "-f", "json", "-q"]).stdout)
    assert not any(f["category"] == "department_identifier" for f in plain["findings"])


def test_profile_fetch_scan_with_a_mismatched_pin_exits_2(server, tmp_path):
    root = _archive(tmp_path)
    res = CliRunner().invoke(app, ["scan", str(root), "--profile", f"{server.base}/auditor/team.toml#sha256={'0' * 64}"])
    assert res.exit_code == 2
    assert "pinned hash" in res.output


def _drip(conn, stop) -> None:
    # a server that answers one byte every 0.2 s: no single read ever times out
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(40):  # gives up after 8 s, so the old per-read timeout ends in a hash mismatch
        if stop.is_set():
            return
        conn.sendall(b"x")
        time.sleep(0.2)


def test_profile_fetch_has_a_whole_download_deadline(monkeypatch):
    # issue 15: the timeout was per read, so a dripping server held a scan for minutes
    no_proxy(monkeypatch)
    with serve_raw(_drip) as base:
        start = time.monotonic()
        with pytest.raises(ProfileError, match="did not finish downloading within 1 s"):
            fetch(f"{base}/team.toml#sha256={PIN}", timeout=1.0)
        assert time.monotonic() - start < 4
