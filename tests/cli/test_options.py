"""auditor.cli.options: the options scan and report share are one declaration each."""

from __future__ import annotations

from tests.support.cli import run_cli


def test_options_scan_and_report_show_the_same_shared_options():
    scan = run_cli("scan", "--help").stdout
    report = run_cli("report", "--help").stdout
    for flag in ("--output", "--redact", "--checklist", "--coarse", "--baseline", "--no-baseline"):
        assert flag in scan and flag in report, flag
    assert "--show-evidence" not in scan and "--show-evidence" not in report  # hidden: it does nothing now
