"""Installable without a checkout: the wheel carries its data, installs into a fresh virtual
environment and scans from there, outside the source tree.

Builds the wheel from a copy of the package sources (`pip wheel --no-deps`), installs it into a
new venv (`--system-site-packages`, so the dependencies already installed here are used and the
install needs no index: `--no-index`), then runs the installed `auditor` script from a folder
with no source tree in it: `auditor scan` on a copy of the sample must find exactly what the
golden scan finds, and `auditor app --help` must work. Slow (a build and a venv): `-m slow`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
GOLDEN = REPO / "tests" / "golden" / "sample_scan.json"

pytestmark = pytest.mark.slow


def _run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    proc = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    assert proc.returncode in (0, 1), f"{args}: {proc.returncode}\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc


def test_wheel_installs_with_its_data_and_scans_outside_the_checkout(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(REPO / name, src / name)
    shutil.copytree(REPO / "auditor", src / "auditor", ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    dist = tmp_path / "dist"
    _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)], tmp_path)
    wheels = list(dist.glob("auditor-*.whl"))
    assert len(wheels) == 1
    names = set(zipfile.ZipFile(wheels[0]).namelist())
    # package data: every profile and data file of the source tree is in the wheel
    for folder in ("profiles", "data"):
        for f in (REPO / "auditor" / folder).iterdir():
            if f.is_file() and f.suffix != ".pyc":
                assert f"auditor/{folder}/{f.name}" in names, f
    assert "auditor/app/server.py" in names and "auditor/portable.py" in names
    entry_points = zipfile.ZipFile(wheels[0]).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "[gui_scripts]\nauditor-app = auditor.cli.commands.app:gui_main" in entry_points

    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], tmp_path)
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / ("python.exe" if os.name == "nt" else "python")
    _run([str(py), "-m", "pip", "install", "-q", "--no-index", str(wheels[0])], tmp_path)

    work = tmp_path / "elsewhere"
    work.mkdir()
    shutil.copytree(REPO / "sample_data", work / "sample_data")
    where = _run([str(py), "-c", "import auditor, sys; print(auditor.__file__)"], work).stdout.strip()
    assert Path(where).is_relative_to(venv), where  # the installed copy, not the checkout
    auditor = str(bindir / "auditor")
    proc = _run([auditor, "scan", "sample_data", "-f", "json", "-o", "result.json", "-q"], work)
    assert proc.returncode == 0, proc.stderr
    got = json.loads((work / "result.json").read_text(encoding="utf-8"))
    want = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [f["fingerprint"] for f in got["findings"]] == [f["fingerprint"] for f in want["findings"]]
    assert got["stats"] == want["stats"] and got["policy"] == want["policy"]  # profiles and data came along
    help_text = _run([auditor, "app", "--help"], work).stdout
    assert "--no-browser" in help_text
    assert "--no-browser" in _run([str(bindir / "auditor-app"), "--help"], work).stdout  # the launcher for a shortcut
