"""auditor.teams.upload: only http(s) URLs with a host, the exact bytes POSTed once, redirects and
server errors refused. Every request goes to a loopback server (tests/loopback.py); nothing leaves
the machine.
"""

from __future__ import annotations

import socket
import time
import tracemalloc

import pytest

from auditor import __version__
from auditor.teams.upload import UploadError, check_url, send
from tests.loopback import no_proxy, serve, serve_raw

BODY = b'{"kind": "auditor-stats-contribution", "findings": 3}'


@pytest.mark.parametrize("url", ["http://example.test/collect", "https://example.test:8443/c?x=1"])
def test_upload_check_url_accepts_http_and_https(url):
    assert check_url(url) == url


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.test/x", "example.test/collect", "http:///collect", "https://", ""]
)
def test_upload_check_url_refuses_other_schemes_and_missing_hosts(url):
    with pytest.raises(UploadError, match="not an http"):
        check_url(url)


def test_upload_send_refuses_a_bad_url_before_any_connection(monkeypatch):
    no_proxy(monkeypatch)
    with serve() as srv, pytest.raises(UploadError):
        send(srv.base.replace("http", "gopher") + "/collect", BODY)
    assert srv.posts == []


def test_upload_send_posts_exactly_the_given_bytes_once(monkeypatch):
    no_proxy(monkeypatch)
    with serve() as srv:
        assert send(f"{srv.base}/collect", BODY) == 200
    assert len(srv.posts) == 1
    path, headers, body = srv.posts[0]
    assert path == "/collect"
    assert body == BODY
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    assert headers["User-Agent"] == f"auditor/{__version__}"
    assert srv.gets == []


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_upload_send_does_not_follow_a_redirect(monkeypatch, status):
    no_proxy(monkeypatch)
    with serve(post_status=status) as srv, pytest.raises(UploadError, match=f"answered {status} \\(redirect not followed"):
        send(f"{srv.base}/collect", BODY)
    assert len(srv.posts) == 1 and srv.gets == []


@pytest.mark.parametrize("status", [400, 404, 500, 503])
def test_upload_send_server_error_raises_with_the_status(monkeypatch, status):
    no_proxy(monkeypatch)
    with serve(post_status=status) as srv, pytest.raises(UploadError, match=f"answered {status}"):
        send(f"{srv.base}/collect", BODY)


def test_upload_send_connection_refused_raises_upload_error(monkeypatch):
    no_proxy(monkeypatch)
    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there now
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(UploadError, match="could not send to"):
        send(f"http://127.0.0.1:{port}/collect", BODY, timeout=5)


def _huge_answer(conn, stop) -> None:
    # 200 OK and then 256 MiB of answer: the old send() read all of it into memory
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 268435456\r\n\r\n")
    block = b"x" * (1024 * 1024)
    for _ in range(256):
        if stop.is_set():
            return
        conn.sendall(block)


def test_upload_send_reads_the_answer_with_a_size_cap(monkeypatch):
    no_proxy(monkeypatch)
    with serve_raw(_huge_answer) as base:
        tracemalloc.start()
        try:
            assert send(f"{base}/collect", BODY, timeout=10) == 200
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < 16 * 1024 * 1024, peak


def _drip(conn, stop) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n")
    for _ in range(40):
        if stop.is_set():
            return
        conn.sendall(b"x")
        time.sleep(0.2)


def test_upload_send_has_a_whole_answer_deadline(monkeypatch):
    no_proxy(monkeypatch)
    with serve_raw(_drip) as base:
        start = time.monotonic()
        with pytest.raises(UploadError, match="did not finish answering within 1 s"):
            send(f"{base}/collect", BODY, timeout=1.0)
        assert time.monotonic() - start < 4
