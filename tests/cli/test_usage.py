"""auditor.cli.usage: the top-level help and version without typer, the same as typer's.

The fast help is compared with the help typer prints for the whole app (same program name, same
terminal width), and typer's commands with the `COMMANDS` table, so neither can drift from the
other. Runs `auditor.cli.main` in process.
"""

from __future__ import annotations

import click
import pytest
from typer.main import get_command

from auditor import __version__
from auditor.cli import main
from auditor.cli.app import whole
from auditor.cli.commands import COMMANDS, MODULES
from auditor.cli.usage import ABOUT, ROOT_OPTIONS, fast_main, program_name, render


def _typer_help(capsys, prog: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as stop:
        get_command(whole()).main(["--help"], prog_name=prog)
    assert stop.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("columns", ["80", "200", "60", "30"])
def test_usage_fast_help_is_typers_help_word_for_word(capsys, monkeypatch, columns):
    monkeypatch.setenv("COLUMNS", columns)
    assert render("auditor") == _typer_help(capsys, "auditor")


def test_usage_typer_registers_exactly_the_table_with_the_same_summaries():
    group = get_command(whole())
    ctx = click.Context(group)
    listed = [(n, group.get_command(ctx, n).get_short_help_str(limit=1000)) for n in group.list_commands(ctx)]
    assert listed == [(name, summary) for name, _module, summary in COMMANDS]
    assert all(not group.get_command(ctx, n).hidden for n, _ in listed)
    assert MODULES == list(dict.fromkeys(module for _n, module, _s in COMMANDS))


def test_usage_every_summary_fits_one_help_line():
    assert [name for name, _m, summary in COMMANDS if len(summary) > 66] == []
    commands = render("auditor", width=78).split("\nCommands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in commands] == [name for name, _m, _s in COMMANDS]


def test_usage_help_lists_the_root_options_and_the_description():
    text = render("auditor", width=1000)
    assert text.startswith("Usage: auditor [OPTIONS] COMMAND [ARGS]...\n\n  " + ABOUT + "\n")
    for flags, help_text in ROOT_OPTIONS:
        assert f"  {flags}" in text and help_text in text


@pytest.mark.parametrize("argv,code", [(["--help"], 0), (["-h"], 0), ([], 2)])
def test_usage_main_answers_the_help_without_typer(capsys, argv, code):
    assert main(argv) == code
    out, err = capsys.readouterr()
    assert out == render(program_name())
    assert err == ""


def test_usage_main_answers_the_version(capsys):
    assert main(["--version"]) == 0
    assert capsys.readouterr().out == f"auditor {__version__}\n"


@pytest.mark.parametrize("argv", [["scan"], ["--help", "scan"], ["-v", "--help"], ["--version", "scan"], ["--no-color"]])
def test_usage_fast_main_leaves_everything_else_to_typer(argv):
    assert fast_main(argv) is None


def test_usage_the_subcommand_help_option_h_works_too(capsys):
    assert main(["rules", "-h"]) == 0
    assert "Usage:" in capsys.readouterr().out
