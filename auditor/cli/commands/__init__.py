"""The CLI's commands, one module per command family, so they stay out of each other's way.

Each module listed in MODULES defines `register(app: typer.Typer) -> None` and adds its commands
there (`auditor.cli.app` calls them in this order, which is the order of `auditor --help`). Keep
the modules thin: parse options, call the library, render through `auditor.reporters`, and talk
to the user through `auditor.cli.output`; never import another command's or the app's private
names. This `__init__` stays light (no typer): the `check` fast path imports a module below it.
"""

MODULES: list[str] = [
    "scan",
    "app",
    "rules",
    "report",
    "strip",
    "demo",
    "stats",
    "onboard",
    "formats",
    "check",
    "profile",
]
