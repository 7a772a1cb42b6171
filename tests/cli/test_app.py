"""auditor.cli.app: the root options and the turning of whatever typer raises into an exit code.

Usage errors are one line on stderr and exit 2, `--version` prints the package version, an
interrupt or an abort is one line and exit 130, and every module in
`auditor.cli.commands.MODULES` is registered in that order. Runs `auditor.cli.main` in process.
"""

from __future__ import annotations

import click
import pytest
from typer.main import get_command

from auditor import __version__
from auditor.cli import app as app_module
from auditor.cli import main
from auditor.cli.commands import MODULES


def test_app_version_prints_the_package_version_and_exits_0(capsys):
    assert main(["--version"]) == 0
    out, err = capsys.readouterr()
    assert out == f"auditor {__version__}\n"
    assert err == ""


def test_app_version_wins_over_a_command(capsys):
    # --version is eager: it answers before any command runs or any argument is checked
    assert main(["--version", "scan"]) == 0
    assert capsys.readouterr().out == f"auditor {__version__}\n"


@pytest.mark.parametrize(
    "args,needle",
    [
        (["no-such-command"], "No such command"),
        (["--no-such-option"], "No such option"),
        (["rule"], "Missing argument"),
        (["stats", "--no-such-option"], "No such option"),
    ],
)
def test_app_usage_error_is_one_line_exit_2(capsys, args, needle):
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("auditor: error: ") and needle in err
    assert "--help')" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_app_usage_error_names_the_subcommand_help(capsys):
    assert main(["scan", "--no-such-option"]) == 2
    assert " scan --help')" in capsys.readouterr().err


def test_app_registers_every_command_module_in_order():
    group = get_command(app_module.app)
    names = group.list_commands(click.Context(group))
    assert set(MODULES) <= set(names)
    assert [n for n in names if n in MODULES] == MODULES


def test_app_interrupt_is_one_line_exit_130(monkeypatch, capsys):
    def interrupted(argv):
        raise KeyboardInterrupt

    monkeypatch.setattr(app_module, "invoke", interrupted)
    assert app_module.run(["scan", "."]) == app_module.INTERRUPTED == 130
    assert capsys.readouterr().err == "auditor: interrupted\n"


def test_app_abort_is_one_line_exit_130(monkeypatch, capsys):
    def aborted(argv):
        raise click.exceptions.Abort()

    monkeypatch.setattr(app_module, "invoke", aborted)
    assert app_module.run(["onboard"]) == 130
    assert capsys.readouterr().err == "auditor: aborted\n"


def test_app_other_exceptions_are_not_swallowed(monkeypatch):
    def broken(argv):
        raise RuntimeError("a bug")

    monkeypatch.setattr(app_module, "invoke", broken)
    with pytest.raises(RuntimeError, match="a bug"):
        app_module.run(["scan", "."])


@pytest.mark.parametrize("code,expected", [(None, 0), (0, 0), (1, 1), (2, 2), ("message", 1)])
def test_app_system_exit_becomes_the_return_code(monkeypatch, code, expected):
    def exits(argv):
        raise SystemExit(code)

    monkeypatch.setattr(app_module, "invoke", exits)
    assert app_module.run([]) == expected


def test_app_no_arguments_shows_the_help_without_an_empty_error(capsys):
    assert main([]) == 2
    out, err = capsys.readouterr()
    assert "scan" in out + err and "Usage" in out + err
    assert "error:" not in err


def test_app_help_shows_plain_placeholders_not_python_types(capsys):
    """issue 16: `--help` showed `<bool>`, `<list[str]>`, `<str>` as metavars."""
    command = get_command(app_module.app)
    for name in [None, *command.commands]:
        args = [name, "--help"] if name else ["--help"]
        assert main(args) == 0
        out = capsys.readouterr().out
        assert "<" not in out and "list[" not in out, (name, out)
    assert main(["scan", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--output FILE" in out and "--workers N" in out and "[terminal|json|markdown|html|csv]" in out


def test_app_no_color_sets_no_color_for_every_console(monkeypatch, capsys):
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert main(["--no-color", "profiles"]) == 0
    import os

    assert os.environ.get("NO_COLOR") == "1"
    monkeypatch.delenv("NO_COLOR", raising=False)


def test_app_root_help_offers_verbose_no_color_and_completion(capsys):
    assert main(["--help"]) == 0
    out = capsys.readouterr().out
    for flag in ("--version", "--no-color", "-v, --verbose", "--install-completion", "--show-completion"):
        assert flag in out


@pytest.mark.parametrize(
    "argv,modules",
    [
        (["scan", "folder", "-q"], ("scan",)),
        (["-v", "--no-color", "diff", "a.json", "b.json"], ("report",)),
        (["profile", "check", "x.toml"], ("profile",)),
        (["--help"], tuple(MODULES)),
        (["no-such-command"], tuple(MODULES)),
        ([], tuple(MODULES)),
    ],
)
def test_app_runs_a_command_with_its_own_module_only(argv, modules):
    assert app_module.modules_for(argv) == modules


def test_app_completion_gets_every_command(monkeypatch):
    monkeypatch.setenv("_AUDITOR_COMPLETE", "complete_bash")
    assert app_module.modules_for(["scan"]) == tuple(MODULES)


def test_app_built_for_one_module_has_only_its_commands():
    group = get_command(app_module.build(("report",)))
    assert group.list_commands(click.Context(group)) == ["report", "baseline", "diff"]


def test_app_command_not_in_the_table_is_refused(monkeypatch):
    monkeypatch.setattr(app_module, "SUMMARIES", {"scan": "x"})
    app_module.build.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="not in auditor.cli.commands.COMMANDS"):
            app_module.build(("rules",))
    finally:
        app_module.build.cache_clear()
