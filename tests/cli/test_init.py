"""`auditor.cli.main`: cheap to import, and the module entry point runs it."""

from __future__ import annotations

import subprocess
import sys

from auditor.cli import main


def test_init_import_loads_no_typer_engine_or_source() -> None:
    code = (
        "import sys, auditor.cli; "
        "heavy = [m for m in sys.modules if m == 'typer' or m.startswith(('auditor.sources', 'auditor.engine', "
        "'auditor.rules', 'auditor.reporters', 'auditor.media', 'numpy'))]; print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_init_help_builds_the_app_without_the_engine() -> None:
    code = (
        "import sys; from auditor.cli import main; main(['--help']); "
        "print([m for m in sys.modules if m.startswith(('auditor.sources', 'auditor.engine', 'auditor.rules', 'numpy'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_init_main_returns_the_exit_code_and_never_exits():
    assert main(["check", "Beach day with the kids"]) == 0
    assert main(["scan", "/no/such/path"]) == 2
    assert main(["no-such-command"]) == 2


def test_init_main_reads_the_process_arguments_when_given_none(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["auditor", "--version"])
    assert main() == 0
    assert capsys.readouterr().out.startswith("auditor ")
