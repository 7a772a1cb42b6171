"""Shared fixtures. Every fixture is synthetic and built in code (see auditor.synth)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from auditor.config import load_profile

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "sample_data"

needs_exiftool = pytest.mark.skipif(shutil.which("exiftool") is None, reason="exiftool not installed")


@pytest.fixture(scope="session")
def dibp():
    return load_profile("dibp")


def exiftool_json(*paths, args: tuple[str, ...] = ()) -> dict[str, dict]:
    """ExifTool's numeric (-n) JSON for files, keyed by file name: the reference the media tests compare with."""
    import json
    import subprocess

    out = subprocess.run(
        ["exiftool", "-n", "-j", "-q", "-q", *args, *[str(p) for p in paths]], capture_output=True, text=True, check=False
    ).stdout
    return {Path(d["SourceFile"]).name: d for d in json.loads(out or "[]")}
