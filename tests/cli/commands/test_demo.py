"""`auditor demo` (auditor.cli.commands.demo): writes the persona and reports, tells the chain,
refuses to overwrite a folder it did not make, never opens a network connection, and builds
and scans the persona of the organisation --profile names."""

from __future__ import annotations

import hashlib
import json
import socket

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.demo import MARKER
from auditor.demo.agencies import AGENCIES


def _tree(root) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()}


def test_demo_cli_writes_persona_reports_and_tells_the_chain(tmp_path):
    out = tmp_path / "demo"
    res = CliRunner().invoke(app, ["demo", "--out", str(out), "--workers", "1"])
    assert res.exit_code == 0, res.output
    assert (out / "persona" / MARKER).is_file()
    data = json.loads((out / "report.json").read_text())
    assert data["summary"]["total"] > 0
    assert (out / "checklist.md").read_text().startswith("# Social media exposure checklist")
    for step in (
        "1. Geotags: found",
        "2. Home and routine: found",
        "3. Employer: found",
        "4. Colleagues: found",
        "5. Work email: found",
    ):
        assert step in res.output
    assert f"{data['summary']['total']} finding(s)" in res.output
    # a second run replaces its own persona and gives the same tree
    first = _tree(out / "persona")
    res = CliRunner().invoke(app, ["demo", "--out", str(out), "--workers", "1", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert _tree(out / "persona") == first


def test_demo_cli_refuses_to_overwrite_a_folder_it_did_not_make(tmp_path):
    persona = tmp_path / "persona"
    persona.mkdir()
    (persona / "precious.txt").write_text("keep me")
    res = CliRunner().invoke(app, ["demo", "--out", str(tmp_path)])
    assert res.exit_code == 2
    assert (persona / "precious.txt").read_text() == "keep me"


def test_demo_makes_no_network_connection(monkeypatch, tmp_path):
    def refuse(self, *args, **kwargs):
        raise AssertionError(f"demo tried to connect to {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: refuse(None, *a))
    res = CliRunner().invoke(app, ["demo", "--out", str(tmp_path), "--workers", "1", "-f", "json"])
    assert res.exit_code == 0, res.output


def test_demo_cli_profile_builds_and_scans_that_organisations_persona(tmp_path):
    a = AGENCIES["aps"]
    res = CliRunner().invoke(app, ["demo", "--profile", "aps", "--out", str(tmp_path), "--workers", "1", "-f", "json"])
    assert res.exit_code == 0, res.output
    assert a.name in res.output and "5 of 5 links found" in res.output
    assert a.employer in res.output and "Border Force" not in res.output
    data = json.loads((tmp_path / "report.json").read_text())
    assert data["profile"] == "aps"
    assert a.name in (tmp_path / "persona" / MARKER).read_text()


def test_demo_cli_unknown_profile_exits_2(tmp_path):
    res = CliRunner().invoke(app, ["demo", "--profile", "nowhere", "--out", str(tmp_path)])
    assert res.exit_code == 2 and "no demo persona" in res.output
