"""auditor.synth (the package): its re-exported API resolves, and the scanner never imports it."""

from __future__ import annotations

import subprocess
import sys

from auditor import synth


def test_every_exported_name_resolves():
    missing = [n for n in synth.__all__ if not hasattr(synth, n)]
    assert missing == []
    assert synth.write_files is synth.files.write_files
    assert synth.write_fit is synth.fit.write_fit


def test_the_scanner_never_imports_synth_or_the_demo():
    code = (
        "import sys, auditor.cli, auditor.engine, auditor.sources, auditor.rules, auditor.reporters\n"
        "print(sorted(m for m in sys.modules if m.startswith(('auditor.synth', 'auditor.demo'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
