"""The app's HTTP server in process: headers, refusals, routes, and every way it stops."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from auditor.app import server as server_mod
from auditor.app.page import CSP as PAGE_CSP
from auditor.app.server import AppServer, serve
from auditor.app.session import Session
from auditor.reporters.html import CSP as REPORT_CSP
from tests.conftest import SAMPLE

OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


class Running:
    def __init__(self, tmp_path: Path, idle_s: float = 60.0) -> None:
        self.session = Session(str(tmp_path / "state"), workers=1)
        self.urls: list[str] = []
        self.thread = threading.Thread(
            target=serve, args=(self.session,), kwargs={"open_browser": False, "idle_s": idle_s, "on_ready": self.urls.append}
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.urls and time.monotonic() < deadline:
            time.sleep(0.01)
        self.url = self.urls[0]
        self.base, _, self.token = self.url.partition("/?token=")

    def call(self, path: str, body: dict | None = None, headers: dict[str, str] | None = None) -> tuple[int, dict, dict]:
        h = {"X-Auditor-Token": self.token, **({"Origin": self.base} if body is not None else {}), **(headers or {})}
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, headers=h, method="POST" if data is not None else "GET")
        try:
            with OPENER.open(req, timeout=30) as r:
                raw = r.read()
                return (
                    r.status,
                    dict(r.headers),
                    json.loads(raw) if "json" in r.headers.get("Content-Type", "") else {"text": raw},
                )
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), json.loads(exc.read() or b"{}")

    def stop(self) -> None:
        if self.thread.is_alive():
            self.call("/api/quit", {})
        self.thread.join(15)
        assert not self.thread.is_alive()


@pytest.fixture()
def app(tmp_path: Path):
    r = Running(tmp_path)
    yield r
    r.stop()


def test_server_listens_on_loopback_only_with_a_random_port(tmp_path: Path) -> None:
    s1 = AppServer(Session(str(tmp_path / "a")), "t")
    s2 = AppServer(Session(str(tmp_path / "b")), "t")
    try:
        assert s1.server_address[0] == "127.0.0.1" and s1.port != s2.port and s1.port > 0
        assert s1.url == f"http://127.0.0.1:{s1.port}/?token=t"
    finally:
        for s in (s1, s2):
            s.server_close()
            s.session.close()


def test_server_page_headers(app: Running) -> None:
    with OPENER.open(app.url, timeout=10) as r:
        page = r.read().decode()
        assert r.headers["Content-Security-Policy"] == PAGE_CSP
        assert r.headers["X-Frame-Options"] == "DENY" and r.headers["Referrer-Policy"] == "no-referrer"
        assert r.headers["Cache-Control"] == "no-store" and r.headers["X-Content-Type-Options"] == "nosniff"
    assert "Nothing is uploaded anywhere" in page and app.token not in page  # the page reads the token from its address


def test_server_refuses_wrong_token_foreign_origin_and_host(app: Running) -> None:
    assert app.call("/api/state", headers={"X-Auditor-Token": "nope"})[0] == 403
    status, _, body = app.call("/api/state", headers={"Origin": "https://evil.example"})
    assert status == 403 and body == {"error": "refused: foreign origin"}
    assert app.call("/api/state", headers={"Host": "rebind.example:80"})[0] == 403
    assert app.call("/api/inputs", {"add": str(SAMPLE)}, headers={"Origin": "https://evil.example"})[0] == 403
    assert app.call("/api/state")[2]["inputs"] == []  # nothing refused changed anything
    assert app.call("/nowhere")[0] == 404


def test_server_scan_report_and_actions(app: Running, tmp_path: Path) -> None:
    status, _, body = app.call("/api/inputs", {"add": str(tmp_path / "missing")})
    assert status == 400 and "no such file" in body["error"]
    assert app.call("/api/inputs", {"add": str(SAMPLE / "camera_roll")})[0] == 200
    assert app.call("/report")[0] == 400  # nothing scanned yet
    assert app.call("/api/scan", {})[0] == 200
    app.session.wait(120)
    st = app.call("/api/state")[2]
    assert st["state"] == "done" and st["findings"] > 0
    status, headers, body = app.call("/report")
    assert status == 200 and headers["Content-Security-Policy"] == REPORT_CSP + "; frame-ancestors 'self'"
    assert b"Social media exposure checklist" in body["text"]
    _, headers, _ = app.call("/report?download=html")
    assert headers["Content-Disposition"].startswith("attachment")
    status, _, saved = app.call("/report?download=json")
    assert status == 200 and saved["findings"] and "schema_version" in saved
    assert app.call("/api/ticks", {"fingerprint": "abc", "done": True})[2] == {"abc": True}
    assert app.call("/api/ticks")[2] == {"abc": True}
    assert app.call("/api/check", {"text": "Lovely day at the beach"})[2]["ok"] is True
    assert app.call("/api/inputs", {"add": "x"}, headers={"Content-Type": "application/json"})[0] == 400
    req = urllib.request.Request(
        app.base + "/api/check", data=b"[1]", headers={"X-Auditor-Token": app.token, "Origin": app.base}, method="POST"
    )
    with pytest.raises(urllib.error.HTTPError) as err:
        OPENER.open(req, timeout=10)
    assert err.value.code == 400


def test_server_stops_when_the_page_says_goodbye(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(server_mod, "BYE_GRACE_S", 0.3)
    r = Running(tmp_path)
    temp = r.session.temp
    assert r.call("/api/heartbeat", {})[0] == 200
    assert r.call("/api/bye", {})[0] == 200
    r.thread.join(10)
    assert not r.thread.is_alive() and not temp.exists()


def test_server_stops_when_the_page_goes_silent(tmp_path: Path) -> None:
    r = Running(tmp_path, idle_s=0.5)
    with OPENER.open(r.url, timeout=10):  # the page was opened once, then nothing
        pass
    r.thread.join(10)
    assert not r.thread.is_alive()


def test_server_stop_button(app: Running) -> None:
    assert app.call("/api/quit", {})[0] == 200
    app.thread.join(10)
    assert not app.thread.is_alive()
