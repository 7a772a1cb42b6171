"""auditor.__main__: `python -m auditor` runs the same command line and exits with its code."""

from __future__ import annotations

import subprocess
import sys

from auditor import __version__
from tests.conftest import REPO


def test_main_module_prints_the_version_and_exits_0():
    proc = subprocess.run([sys.executable, "-m", "auditor", "--version"], capture_output=True, text=True, cwd=REPO, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == f"auditor {__version__}\n"
    assert proc.stderr == ""
