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
