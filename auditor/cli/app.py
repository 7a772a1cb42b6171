"""The typer app: the root options, the commands registered, and `run(argv)` around it.

Knows which modules hold commands (`auditor.cli.commands.COMMANDS`) and turns what typer/click
raise (usage errors, aborts, interrupts, exits) into one line on stderr and an exit code. Holds
no command itself and renders nothing: commands live in `auditor.cli.commands`, and talk to the
user through `auditor.cli.output`.

`build(modules)` makes an app with the command modules named; `run` builds one with only the
module of the command asked for (`auditor scan ...` imports and converts nothing of the other
commands), and the whole app for the top-level help, completion and an unknown command. `app`
(the whole app) is built on first use. Each command's summary in `auditor --help` is its line
in `COMMANDS`, the same line the fast help (`auditor.cli.usage`) prints.
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from typing import Annotated, Any, Optional

import typer

from auditor import __version__
from auditor.cli.commands import MODULE_OF, MODULES, SUMMARIES
from auditor.cli.output import INTERRUPTED, USAGE_ERROR, note, set_verbose
from auditor.cli.usage import ABOUT, HELP_NAMES, OPTION_HELP


def _version(value: bool) -> None:
    if value:
        typer.echo(f"auditor {__version__}")
        raise typer.Exit()


def _root(
    version: Annotated[
        Optional[bool], typer.Option("--version", callback=_version, is_eager=True, help=OPTION_HELP["--version"])
    ] = None,
    no_color: Annotated[bool, typer.Option("--no-color", help=OPTION_HELP["--no-color"])] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help=OPTION_HELP["--verbose"])] = False,
) -> None:
    if no_color:
        os.environ["NO_COLOR"] = "1"  # rich, and so every console of ours, honours it
    set_verbose(verbose)


@cache
def build(modules: tuple[str, ...] = tuple(MODULES)) -> typer.Typer:
    """A typer app with the commands of `modules` (names under `auditor.cli.commands`), in the
    order of `COMMANDS`, each with its summary from there; built once for each set asked."""
    app = typer.Typer(
        name="auditor",
        help=ABOUT,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": HELP_NAMES},
    )
    app.callback()(_root)
    wanted = set(modules)
    for name in MODULES:
        if name in wanted:
            importlib.import_module(f"auditor.cli.commands.{name}").register(app)
    for info in [*app.registered_commands, *app.registered_groups]:
        name = info.name or ""
        if name not in SUMMARIES:
            raise RuntimeError(f"command {name!r} is not in auditor.cli.commands.COMMANDS")
        info.short_help = SUMMARIES[name]
    return app


def whole() -> typer.Typer:
    """The app with every command."""
    return build()


def __getattr__(name: str) -> Any:
    # `from auditor.cli.app import app`: the whole app, built on first use
    if name == "app":
        return whole()
    raise AttributeError(name)


def modules_for(argv: list[str]) -> tuple[str, ...]:
    """The command modules `argv` needs: its command's alone, or every one (the top-level help,
    completion, no command or an unknown one)."""
    command = next((a for a in argv if not a.startswith("-")), None)
    if command in MODULE_OF and not any(k.endswith("_COMPLETE") for k in os.environ):
        return (MODULE_OF[command],)
    return tuple(MODULES)


# what a value stands for, where the parameter's own name would not say it plainly
METAVARS = {"paths": "PATH", "path": "PATH", "output": "FILE", "baseline": "FILE", "workers": "N", "profile": "PROFILE"}


def plain_metavars(command: Any) -> None:
    """Give every option and argument a plain placeholder (PATH, FILE, N, [a|b]) in `--help`,
    where typer would show Python types such as `<list[str]>` or `<bool>`."""
    for param in getattr(command, "params", []):
        if getattr(param, "is_flag", False) or getattr(param, "count", False) or param.metavar:
            continue
        desc = getattr(param, "type_descriptor", None)
        choices = (
            getattr(desc, "choices", None)
            if getattr(desc, "is_choice", False)
            else getattr(getattr(param, "type", None), "choices", None)
        )
        if choices:
            param.metavar = "[" + "|".join(str(getattr(c, "value", c)) for c in choices) + "]"
        else:
            param.metavar = METAVARS.get(param.name or "", (param.name or "value").upper())
        if type(param).__name__ == "TyperArgument":  # typer would add "<list[str]>" after the name
            param.display_type_rich = lambda ctx=None: None
    for sub in getattr(command, "commands", {}).values():
        plain_metavars(sub)


def _is_usage_error(exc: BaseException) -> bool:
    # typer vendors its own click; match by class name so either flavour is recognised
    return any(c.__name__ == "UsageError" for c in type(exc).__mro__)


def invoke(argv: list[str]) -> object:
    """The click command built from the typer app (plain placeholders in its help), run on `argv`."""
    command = typer.main.get_command(build(modules_for(argv)))
    plain_metavars(command)
    return command.main(args=argv, standalone_mode=False)


def run(argv: list[str]) -> int:
    """Run the typer app on `argv`; usage errors become one line on stderr with exit code 2."""
    try:
        code = invoke(argv)
    except SystemExit as exc:  # `output.fail` and commands that end early
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    except KeyboardInterrupt:
        note("interrupted")
        return INTERRUPTED
    except Exception as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments at all: the help, and exit 2
            ctx = getattr(exc, "ctx", None)
            print(ctx.get_help() if ctx is not None else exc.format_message())
            return USAGE_ERROR
        if _is_usage_error(exc):
            msg = exc.format_message() if hasattr(exc, "format_message") else str(exc)
            cmd = getattr(getattr(exc, "ctx", None), "command_path", "auditor")
            note(f"error: {' '.join(msg.split())} (see '{cmd} --help')")
            return USAGE_ERROR
        if type(exc).__name__ == "Abort":
            note("aborted")
            return INTERRUPTED
        raise
    return code if isinstance(code, int) else 0
