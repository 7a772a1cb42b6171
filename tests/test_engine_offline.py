"""A scan never opens a network connection (only `stats --send` and a pinned profile URL do)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from auditor.config import load_profile
from auditor.engine import ScanOptions, scan

SAMPLE = Path(__file__).resolve().parent.parent / "sample_data"


def test_scan_makes_no_network_connection(monkeypatch):
    attempts = []

    def refuse(self, *args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"scan tried to connect to {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", lambda *a, **k: refuse(None, *a))
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    # workers=1 keeps media reading in this process, where the patch applies
    result = scan([str(SAMPLE)], load_profile("dibp"), ScanOptions(workers=1))
    assert result.findings, "the sample persona should produce findings"
    assert attempts == []


def test_demo_makes_no_network_connection(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from auditor.cli.app import app

    def refuse(self, *args, **kwargs):
        raise AssertionError(f"demo tried to connect to {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    res = CliRunner().invoke(app, ["demo", "--out", str(tmp_path), "--workers", "1", "-f", "json"])
    assert res.exit_code == 0, res.output


def test_offline_guard_would_catch_a_connection(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("connect")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    with socket.socket() as s, pytest.raises(AssertionError):
        s.connect(("127.0.0.1", 9))
