"""`auditor app`: open the scanner as a local page in the default browser (see `auditor.app`).

Also `gui_main`, the `auditor-app` launcher that pipx installs beside `auditor`. Thin: picks the state folder, starts the session and the loopback server, prints the address
(for a browser that did not open by itself), and returns when the page is closed, its Stop
button is pressed, or on Ctrl-C. Exit 0 on a clean stop; 2 for bad options.
"""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from auditor.cli import main
from auditor.cli.output import fail, note


def gui_main() -> int:
    """The `auditor-app` launcher (a gui-script: on Windows it starts without a console window,
    so a desktop shortcut to it opens the page and nothing else). Same as `auditor app ARGS`."""
    return main(["app", *sys.argv[1:]])


def register(app: typer.Typer) -> None:
    @app.command("app")
    def app_cmd(
        no_browser: Annotated[
            bool, typer.Option("--no-browser", help="Do not open a browser; print the address to open instead.")
        ] = False,
        profile: Annotated[str, typer.Option("--profile", "-p", help="Built-in profile name or a TOML file.")] = "dibp",
        port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (default: a random free one).", min=0)] = 0,
        state_dir: Annotated[
            Optional[str], typer.Option("--state-dir", help="Folder for ticks and the last result (default: per user).")
        ] = None,
        idle: Annotated[float, typer.Option("--idle", help="Stop after this many seconds without the page.", min=1)] = 120.0,
    ) -> None:
        """Open the scanner in your web browser: choose downloads, scan, tick off the checklist. Nothing leaves this computer."""
        # lazy: start-up (the app loads the engine, reporters and fixers; `--help` needs none)
        from auditor.app.server import serve
        from auditor.app.session import Session
        from auditor.portable import user_state_dir

        if port > 65535:
            fail(f"not a port number: {port}")
        session = Session(state_dir or user_state_dir(), profile=profile)

        def ready(url: str) -> None:
            # stdout, first line: the address (tests and a person whose browser did not open read it)
            typer.echo(url)
            note("app running on this computer only; close the page or press Ctrl-C to stop")

        try:
            serve(session, open_browser=not no_browser, port=port, idle_s=idle, on_ready=ready)
        except OSError as exc:
            session.close()
            fail(f"cannot start the app on port {port}: {exc.strerror or exc}")
        note("app stopped")
