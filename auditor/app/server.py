"""The app's HTTP server: 127.0.0.1 only, one session, one token, and a clean stop.

Standard library `http.server.ThreadingHTTPServer`, on purpose: the app serves one page and a
dozen small JSON calls to one local browser tab, so a framework (and its dependency tree in a
wheel meant for laptops) buys nothing that matters here; every request goes through one
`refusal` check (`auditor.app.security`) before any route runs.

The server stops when the page says goodbye (the tab was closed: `pagehide` sends a beacon,
and no heartbeat follows within a short grace period), when the page's "Stop" button is
pressed, when heartbeats stop for `idle_s`, or on Ctrl-C; the session's temporary folder is
deleted on the way out.
"""

from __future__ import annotations

import json
import signal
import threading
import time
import webbrowser
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from auditor.app.page import CSP as PAGE_CSP
from auditor.app.page import render_page
from auditor.app.security import LOOPBACK, new_token, refusal
from auditor.app.session import ActionError, Session
from auditor.reporters.html import CSP as REPORT_CSP

MAX_JSON = 1024 * 1024
BYE_GRACE_S = 8.0  # a reload also fires pagehide (its beacon may land late): wait for the new page's heartbeat


class AppServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = False

    def __init__(self, session: Session, token: str, port: int = 0, idle_s: float = 120.0) -> None:
        super().__init__((LOOPBACK, port), Handler)
        self.session = session
        self.token = token
        self.port = self.server_address[1]
        self.idle_s = idle_s
        self.last_beat = time.monotonic()
        self.seen_page = False
        self.bye_at: float | None = None
        self._stopping = threading.Event()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/?token={self.token}"

    def stop(self) -> None:
        """Ask `serve_forever` to return (from any thread but the one serving)."""
        if not self._stopping.is_set():
            self._stopping.set()
            threading.Thread(target=self.shutdown, daemon=True).start()

    def stopped(self) -> None:
        """`serve_forever` has returned: let the watcher end."""
        self._stopping.set()

    def watch(self) -> None:
        """Stop when the tab was closed or went silent (runs in its own thread)."""
        while not self._stopping.wait(0.25):
            now = time.monotonic()
            if self.bye_at is not None and now - self.bye_at > BYE_GRACE_S and self.last_beat < self.bye_at:
                self.stop()
            elif self.seen_page and now - self.last_beat > self.idle_s:
                self.stop()


class Handler(BaseHTTPRequestHandler):
    server: AppServer
    server_version = "auditor-app"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        pass  # the officer's paths must not end up in a terminal log

    # ---- plumbing --------------------------------------------------------------------------

    def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cross-Origin-Resource-Policy", "same-origin")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, data: Any, status: int = 200) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: int, message: str) -> None:
        self._json({"error": message}, status)

    def _allowed(self) -> tuple[str, dict[str, list[str]]] | None:
        parts = urlsplit(self.path)
        query = parse_qs(parts.query)
        why = refusal(
            self.command, dict(self.headers.items()), (query.get("token") or [None])[0], self.server.token, self.server.port
        )
        if why:
            self.close_connection = True
            self._error(403, f"refused: {why}")
            return None
        if parts.path != "/api/bye":
            self.server.last_beat = time.monotonic()  # any call from the page says it is still open
        return parts.path, query

    def _body(self) -> dict[str, Any]:
        n = int(self.headers.get("Content-Length") or 0)
        if n > MAX_JSON:
            raise ActionError("request too large")
        try:
            data = json.loads(self.rfile.read(n) or b"{}")
        except ValueError as exc:
            raise ActionError("not JSON") from exc
        if not isinstance(data, dict):
            raise ActionError("not a JSON object")
        return data

    def _run(self, fn: Callable[[], None]) -> None:
        try:
            fn()
        except ActionError as exc:
            self._error(400, str(exc))

    # ---- routes ------------------------------------------------------------------------------

    def do_HEAD(self) -> None:  # noqa: N802 - http.server's naming
        self.do_GET()

    def do_GET(self) -> None:  # noqa: N802
        allowed = self._allowed()
        if allowed is None:
            return
        path, query = allowed
        s = self.server.session
        if path == "/":
            self.server.seen_page = True
            self.server.last_beat = time.monotonic()
            page = render_page().encode("utf-8")
            self._send(200, page, "text/html; charset=utf-8", {"Content-Security-Policy": PAGE_CSP, "X-Frame-Options": "DENY"})
        elif path == "/api/state":
            self._json(s.status())
        elif path == "/api/browse":
            self._run(lambda: self._json(s.browse((query.get("path") or [""])[0])))
        elif path == "/api/ticks":
            self._json(s.ticks())
        elif path == "/api/compare":
            self._run(lambda: self._json(s.compare()))
        elif path == "/report":
            self._run(lambda: self._report((query.get("download") or [""])[0]))
        else:
            self._error(404, "not found")

    def _report(self, download: str) -> None:
        s = self.server.session
        if download == "json":
            body = s.report_json().encode("utf-8")
            head = {"Content-Disposition": 'attachment; filename="auditor-result.json"'}
            self._send(200, body, "application/json; charset=utf-8", head)
            return
        head = {"Content-Security-Policy": REPORT_CSP + "; frame-ancestors 'self'", "X-Frame-Options": "SAMEORIGIN"}
        if download:
            head["Content-Disposition"] = 'attachment; filename="auditor-report.html"'
        self._send(200, s.report_html().encode("utf-8"), "text/html; charset=utf-8", head)

    def do_POST(self) -> None:  # noqa: N802
        allowed = self._allowed()
        if allowed is None:
            return
        path, query = allowed
        s, srv = self.server.session, self.server
        if path == "/api/heartbeat":
            srv.last_beat = time.monotonic()
            srv.bye_at = None
            self._json({"ok": True})
        elif path == "/api/bye":
            srv.bye_at = time.monotonic()
            self._json({"ok": True})
        elif path == "/api/quit":
            self._json({"ok": True})
            srv.stop()
        elif path == "/api/upload":
            n = int(self.headers.get("Content-Length") or 0)
            name = (query.get("name") or ["upload.zip"])[0]
            self._run(lambda: self._json({"added": s.save_upload(name, self.rfile, n)}))
        elif path in ("/api/inputs", "/api/scan", "/api/strip", "/api/check", "/api/ticks"):
            self._run(lambda: self._post(path))
        else:
            self._error(404, "not found")

    def _post(self, path: str) -> None:
        s = self.server.session
        body = self._body()
        if path == "/api/inputs":
            if "remove" in body:
                s.remove_input(str(body["remove"]))
                self._json({"ok": True})
            else:
                self._json({"added": s.add_input(str(body.get("add") or ""))})
        elif path == "/api/scan":
            s.start_scan()
            self._json({"ok": True})
        elif path == "/api/strip":
            self._json(s.strip(str(body.get("out") or "")))
        elif path == "/api/check":
            self._json(s.check(str(body.get("text") or "")))
        else:
            self._json(s.set_tick(str(body.get("fingerprint") or ""), bool(body.get("done"))))


def serve(
    session: Session,
    open_browser: bool = True,
    port: int = 0,
    idle_s: float = 120.0,
    on_ready: Callable[[str], None] | None = None,
) -> None:
    """Serve the app until the page closes, Stop is pressed, or Ctrl-C; then clean up."""
    if threading.current_thread() is threading.main_thread() and signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
        # started as a background job, which inherits SIGINT ignored: Ctrl-C and `kill -INT` must still stop it
        signal.signal(signal.SIGINT, signal.default_int_handler)
    server = AppServer(session, new_token(), port=port, idle_s=idle_s)
    watcher = threading.Thread(target=server.watch, name="auditor-app-watch", daemon=True)
    try:
        if on_ready:
            on_ready(server.url)
        if open_browser:
            webbrowser.open(server.url)
        watcher.start()
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.stopped()
        server.server_close()
        session.close()
