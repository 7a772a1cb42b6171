"""`auditor app`: the thin command around `auditor.app` (the page itself is tested in tests/app).

Ctrl-C stops the real process cleanly (exit 0, the session's temporary folder gone); a port that
is taken is one line on stderr and exit 2; `--help` says what the command is for.
"""

from __future__ import annotations

import signal
import socket
from pathlib import Path

from auditor.cli.commands import app as app_cmd
from tests.support.app_process import start_app
from tests.support.cli import run_cli


def test_app_help_lists_its_options() -> None:
    r = run_cli("app", "--help")
    assert r.returncode == 0
    for option in ("--no-browser", "--profile", "--port", "--state-dir", "--idle"):
        assert option in r.stdout


def test_app_ctrl_c_stops_cleanly(tmp_path: Path) -> None:
    app = start_app(tmp_path / "state")
    try:
        assert app.url.startswith("http://127.0.0.1:") and len(app.token) >= 32
        app.proc.send_signal(signal.SIGINT)
        assert app.proc.wait(20) == 0
        err = app.proc.stderr.read() if app.proc.stderr else ""
        assert "app stopped" in err and "Traceback" not in err
    finally:
        app.stop()


def test_app_port_in_use_is_a_one_line_error(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = run_cli("app", "--no-browser", "--port", str(port), "--state-dir", str(tmp_path))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "cannot start the app" in r.stderr


def test_app_gui_launcher_runs_the_app_command(monkeypatch) -> None:
    seen = []
    monkeypatch.setattr(app_cmd, "main", lambda argv: seen.append(argv) or 0)
    monkeypatch.setattr("sys.argv", ["auditor-app", "--port", "0"])
    assert app_cmd.gui_main() == 0
    assert seen == [["app", "--port", "0"]]


def test_app_started_with_ctrl_c_ignored_still_stops_on_it(tmp_path: Path) -> None:
    # a background job (`auditor app &` in a script, CI run in the background) inherits SIGINT ignored
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        app = start_app(tmp_path / "state")
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        app.proc.send_signal(signal.SIGINT)
        assert app.proc.wait(20) == 0
    finally:
        app.stop()
