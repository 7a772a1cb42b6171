"""Start `python -m auditor app --no-browser` as a real process and read its address.

The app prints its address (with the session token) as the first line on stdout. The process
runs from this checkout (PYTHONPATH), with its state in a test folder.
"""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

REPO = Path(__file__).resolve().parents[2]


@dataclass
class AppProcess:
    proc: subprocess.Popen
    url: str

    @property
    def base(self) -> str:
        p = urlsplit(self.url)
        return f"{p.scheme}://{p.netloc}"

    @property
    def port(self) -> int:
        return int(urlsplit(self.url).port or 0)

    @property
    def token(self) -> str:
        return parse_qs(urlsplit(self.url).query)["token"][0]

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start_app(state_dir: Path, *extra: str, timeout: float = 60.0) -> AppProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        env.pop(var, None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "auditor", "app", "--no-browser", "--state-dir", str(state_dir), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: lines.put(proc.stdout.readline() if proc.stdout else ""), daemon=True).start()
    try:
        url = lines.get(timeout=timeout).strip()
    except queue.Empty:
        proc.kill()
        raise AssertionError("auditor app printed no address") from None
    if not url.startswith("http://127.0.0.1:"):
        proc.kill()
        raise AssertionError(f"auditor app did not start: {url!r} {proc.stderr.read() if proc.stderr else ''}")
    return AppProcess(proc, url)
