"""One app session: the chosen inputs, the scan running in the background, and the page's actions.

What the page's buttons do is done here, with the same library calls as the CLI: `engine.scan`
for a scan, `reporters.output.render` for the report, `fixers.strip.strip_paths` for GPS-free
copies, the profile's text rules for a draft, `baseline.diff` to compare with the last scan.
Files the officer drops on the page are copied into a temporary folder that the session owns
and deletes when it ends. Small state that outlives a session (ticked items, the last result,
redacted, for "compare with last time") is kept in the per-user state folder.

Never opens a network connection and never writes into an input.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from auditor.baseline import diff
from auditor.config import ProfileError
from auditor.engine import ScanOptions, scan
from auditor.fixers.strip import StripUsageError, strip_paths
from auditor.models import Audience, Item, ItemKind, Platform, sort_key
from auditor.portable import is_inside, long_path, resolved, safe_name
from auditor.reporters.output import RenderOptions, render
from auditor.reporters.prepare import prepare
from auditor.rules.registry import active_rules, load_profile
from auditor.rules.runner import run_rules
from auditor.sources import all_sources
from auditor.tree import InputError, InputTree, close_all

CHUNK = 1024 * 1024
STAGES = {
    "exports": "Reading exports",
    "media": "Reading photos and videos",
    "images": "Text in photos",
    "rules": "Checking items",
}


class ActionError(ValueError):
    """A request the officer can fix (a missing folder, an empty draft): shown on the page as is."""


@dataclass
class ScanState:
    state: str = "idle"  # idle | running | done | failed
    stages: dict[str, list[int]] = field(default_factory=dict)  # stage -> [done, total]
    exports: list[int] = field(default_factory=list)  # files of each export, as each one is read
    planned: list[dict[str, str]] = field(default_factory=list)  # the exports found, in the order they are read
    error: str = ""


def planned_exports(paths: list[str]) -> list[dict[str, str]]:
    """The exports a scan of `paths` will read, in the order the engine reads them (every
    source in `all_sources()` order, each of its roots in turn), so the page can name each one
    while its files are counted. Detection only: nothing is parsed."""
    out: list[dict[str, str]] = []
    try:
        tree = InputTree.build(paths)
        for source in all_sources():
            try:
                found = source.detect(tree)
            except Exception:  # noqa: BLE001 - the scan reports a detection failure; the plan just omits it
                continue
            out.extend({"platform": str(source.platform), "root": root or "."} for root in found)
    finally:
        close_all()
    return out


class Session:
    """The state of one `auditor app` run; every public method is safe to call from any thread."""

    def __init__(self, state_dir: str, profile: str = "dibp", workers: int | None = None) -> None:
        self.state_dir = Path(state_dir)
        self.profile = profile
        self.workers = workers
        self.temp = Path(tempfile.mkdtemp(prefix="auditor-app-"))
        self.inputs: list[str] = []
        self.scan = ScanState()
        self.result: dict[str, Any] | None = None
        self.previous: dict[str, Any] | None = None
        self._lock = threading.Lock()
        # one scan or strip at a time: both use the process-wide cache of open zips (tree.close_all)
        self._work = threading.Lock()
        self._thread: threading.Thread | None = None

    # ---- inputs ------------------------------------------------------------------------

    def add_input(self, path: str) -> str:
        if not path.strip():
            raise ActionError("type the path of a downloaded zip or a folder first")
        p = resolved(path)
        if not p.exists():
            raise ActionError(f"no such file or folder: {path.strip()}")
        if not (p.is_dir() or p.is_file()):
            raise ActionError(f"not a file or folder: {path.strip()}")
        with self._lock:
            if str(p) not in self.inputs:
                self.inputs.append(str(p))
        return str(p)

    def remove_input(self, path: str) -> None:
        with self._lock:
            self.inputs = [p for p in self.inputs if p != path]

    def browse(self, path: str) -> dict[str, Any]:
        """The folders and zips in one folder, for the page's folder picker (names only)."""
        p = resolved(path) if path.strip() else Path.home()
        if not p.is_dir():
            raise ActionError(f"not a folder: {path.strip()}")
        entries = []
        try:
            children = sorted(p.iterdir(), key=lambda c: c.name.casefold())
        except OSError as exc:
            raise ActionError(f"cannot list {p}: {exc.strerror or exc}") from exc
        for c in children:
            if c.name.startswith("."):
                continue
            try:
                kind = "folder" if c.is_dir() else "zip" if c.suffix.lower() == ".zip" else None
            except OSError:
                continue
            if kind:
                entries.append({"name": c.name, "path": str(c), "kind": kind})
        return {"path": str(p), "parent": str(p.parent) if p.parent != p else None, "entries": entries[:500]}

    def save_upload(self, name: str, body: BinaryIO, length: int) -> str:
        """Copy a file dropped on the page into the session's own temporary folder, then add it."""
        if length <= 0:
            raise ActionError(f"{name}: the file is empty")
        base = safe_name(Path(name.replace("\\", "/")).name, windows=True)
        dest, n = self.temp / base, 1
        while dest.exists():  # two downloads with the same name (twitter.zip from two accounts)
            n += 1
            dest = self.temp / f"{n}-{base}"
        with open(long_path(str(dest)), "xb") as fh:  # exclusive: never through a planted file or link
            left = length
            while left > 0:
                chunk = body.read(min(CHUNK, left))
                if not chunk:
                    break
                fh.write(chunk)
                left -= len(chunk)
        if left:
            dest.unlink(missing_ok=True)
            raise ActionError(f"{name}: the upload stopped before the end")
        return self.add_input(str(dest))

    # ---- the scan ------------------------------------------------------------------------

    def start_scan(self) -> None:
        with self._lock:
            if self.scan.state == "running":
                raise ActionError("a scan is already running")
            if not self.inputs:
                raise ActionError("choose at least one export or photo folder first")
            try:
                prof = load_profile(self.profile)
            except ProfileError as exc:
                raise ActionError(str(exc)) from exc
            self.scan = ScanState(state="running")
            paths = list(self.inputs)
        self._thread = threading.Thread(target=self._run_scan, args=(paths, prof), name="auditor-scan", daemon=True)
        self._thread.start()

    def _progress(self, stage: str, n: int, total: int | None) -> None:
        with self._lock:
            done = self.scan.stages.setdefault(stage, [0, 0])
            done[0] += n
            # the exports stage's total counts every file, photos included: show what was read
            done[1] = 0 if stage == "exports" else total or 0
            if stage == "exports":
                self.scan.exports.append(n)

    def _run_scan(self, paths: list[str], prof) -> None:
        with self._work:
            self._scan_locked(paths, prof)

    def _scan_locked(self, paths: list[str], prof) -> None:
        try:
            planned = planned_exports(paths)
            with self._lock:
                self.scan.planned = planned
            result = scan(paths, prof, ScanOptions(workers=self.workers, progress=self._progress))
            data = result.to_dict(show_evidence=True)
        except (InputError, OSError) as exc:
            with self._lock:
                self.scan.state, self.scan.error = "failed", str(exc)
            return
        except Exception as exc:  # noqa: BLE001 - the page must say what happened, not hang
            with self._lock:
                self.scan.state, self.scan.error = "failed", f"the scan stopped: {exc.__class__.__name__}: {exc}"
            return
        previous = self._load("last-result.json")
        # redacted and coarse: enough to compare next time, and no evidence or exact place kept on disk
        self._save("last-result.json", prepare(data, redact=True, coarse=True))
        with self._lock:
            self.result, self.previous = data, previous if isinstance(previous, dict) else None
            self.scan.state = "done"

    def wait(self, timeout: float | None = None) -> None:
        if self._thread:
            self._thread.join(timeout)

    def status(self) -> dict[str, Any]:
        with self._lock:
            out: dict[str, Any] = {
                "inputs": list(self.inputs),
                "state": self.scan.state,
                "error": self.scan.error,
                "stages": [
                    {"stage": k, "label": STAGES.get(k, k), "done": min(v[0], v[1]) if v[1] else v[0], "total": v[1]}
                    for k, v in self.scan.stages.items()
                ],
                "exports": list(self.scan.exports),
                "planned": list(self.scan.planned),
                "temp": str(self.temp),
                "state_dir": str(self.state_dir),
                "has_previous": self.previous is not None,
            }
            if self.result is not None:
                out["coverage"] = [
                    {
                        "platform": c.get("platform"),
                        "root": c.get("root"),
                        "files": c.get("files_parsed", 0),
                        "items": c.get("items", 0),
                    }
                    for c in self.result.get("coverage", [])
                ]
                out["findings"] = len(self.result.get("findings", []))
                out["errors"] = len(self.result.get("errors", []))
            return out

    # ---- actions on a finished scan ------------------------------------------------------

    def _need_result(self) -> dict[str, Any]:
        with self._lock:
            if self.result is None:
                raise ActionError("scan your exports first")
            return self.result

    def report_html(self) -> str:
        return render(self._need_result(), "html", RenderOptions())

    def report_json(self) -> str:
        return render(self._need_result(), "json", RenderOptions())

    def compare(self) -> dict[str, Any]:
        current = prepare(self._need_result())
        with self._lock:
            previous = self.previous
        if previous is None:
            raise ActionError("there is no earlier scan on this computer to compare with yet")
        d = diff(previous, current)

        def brief(f: dict[str, Any]) -> dict[str, str]:
            return {k: str(f.get(k) or "") for k in ("code", "severity", "message", "platform", "path")}

        return {"fixed": [brief(f) for f in d["fixed"]], "new": [brief(f) for f in d["new"]], "unchanged": d["unchanged"]}

    def strip(self, out: str, on_file: Callable | None = None) -> dict[str, Any]:
        with self._lock:
            paths = list(self.inputs)
        if not paths:
            raise ActionError("choose at least one export or photo folder first")
        if not out.strip():
            raise ActionError("type the path of a new folder for the GPS-free copies")
        target = resolved(out)
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            raise ActionError(f"{target} already exists and is not empty: choose a new folder")
        if any(is_inside(str(target), p) for p in paths):
            raise ActionError(f"{target} is inside an input: choose a folder outside it")
        if not self._work.acquire(blocking=False):
            raise ActionError("a scan is running: make the copies when it has finished")
        try:
            results = strip_paths(paths, str(target), on_file=on_file)
        except StripUsageError as exc:
            raise ActionError(str(exc)) from exc
        finally:
            self._work.release()
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        problems = [r.to_dict() for r in results if r.status in ("manual", "error")][:200]
        return {"out": str(target), "counts": counts, "problems": problems}

    def check(self, text: str) -> dict[str, Any]:
        if not text.strip():
            raise ActionError("type or paste the draft post first")
        if len(text) > 100_000:
            raise ActionError("the draft is longer than 100,000 characters")
        try:
            prof = load_profile(self.profile)
        except ProfileError as exc:
            raise ActionError(str(exc)) from exc
        item = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="<draft>", text=text, audience=Audience.PUBLIC)
        found = sorted(run_rules([item], active_rules(prof), prof), key=sort_key)
        findings = [
            {"code": f.code, "name": f.name, "severity": str(f.severity), "message": f.message, "fix": f.remediation}
            for f in found
        ]
        verdict = "OK to post" if not found else "Reconsider: " + "; ".join(dict.fromkeys(f.name for f in found)) + "."
        return {"ok": not found, "verdict": verdict, "findings": findings}

    # ---- ticks and small state -----------------------------------------------------------

    def ticks(self) -> dict[str, bool]:
        raw = self._load("ticks.json")
        return {str(k): True for k, v in raw.items() if v} if isinstance(raw, dict) else {}

    def set_tick(self, fingerprint: str, done: bool) -> dict[str, bool]:
        if not fingerprint or len(fingerprint) > 200:
            raise ActionError("not a checklist item")
        with self._lock:
            ticks = self.ticks()
            if done:
                ticks[fingerprint] = True
            else:
                ticks.pop(fingerprint, None)
            self._save("ticks.json", ticks)
        return ticks

    def _load(self, name: str) -> Any:
        try:
            return json.loads((self.state_dir / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def _save(self, name: str, data: Any) -> None:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.state_dir / f"{name}.{os.getpid()}.part"
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self.state_dir / name)  # atomic on Windows too (unlike rename over a file)

    def close(self) -> None:
        """Forget the result and delete the session's temporary folder (dropped files)."""
        with self._lock:
            self.result = None
        shutil.rmtree(self.temp, ignore_errors=True)
