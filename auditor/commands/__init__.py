"""Extra CLI commands, one module each, so command families stay out of each other's way.

Each module listed in MODULES defines `register(app: typer.Typer) -> None` and adds its
commands there. Keep the modules thin: parse options, call the library, render.
"""

from __future__ import annotations

import importlib

import typer

MODULES: list[str] = [
    "report",
    "strip",
    "demo",
    "stats",
    "onboard",
    "formats",
    "check",
    "profile",
]


def register_all(app: typer.Typer) -> None:
    for name in MODULES:
        importlib.import_module(f"auditor.commands.{name}").register(app)
