"""`auditor stats`: anonymised counts from many scan reports, a preview, and an optional upload.

Thin: `auditor.teams.stats` builds the summaries, `auditor.teams.upload` sends one. The bytes printed by
`--preview` are the bytes `--send` posts, and nothing is sent without an explicit yes.

Exit codes: 0 done (summary written, previewed or sent); 1 the user declined to send; 2 an
unreadable input, a bad URL or a failed upload (one line on stderr).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from auditor.baseline import SavedFileError, read_json_bounded
from auditor.cli.output import fail, write
from auditor.teams.stats import StatsError, aggregate, payload, to_bytes
from auditor.teams.upload import UploadError, check_url
from auditor.teams.upload import send as post


def _load(paths: list[str]) -> list[dict[str, Any]]:
    out = []
    for p in paths:
        try:
            out.append(read_json_bounded(p))
        except SavedFileError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot read {p}: {exc.strerror or exc}")
        except (UnicodeDecodeError, json.JSONDecodeError):
            fail(f"{p}: not a JSON scan report (run 'auditor scan ... --format json -o {Path(p).name}')")
    return out


def stats_cmd(
    reports: Annotated[
        list[str], typer.Argument(help="Scan reports (auditor scan --format json) or contributions.", show_default=False)
    ],
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the summary to FILE instead of stdout.")] = None,
    min_cell: Annotated[
        int, typer.Option("--min-cell", "-k", help="Suppress every cell fewer than this many reports share.", min=1)
    ] = 10,
    preview: Annotated[
        bool, typer.Option("--preview", help="Show exactly what would be shared (one report: its counts) and exit.")
    ] = False,
    send: Annotated[
        Optional[str], typer.Option("--send", help="After the preview and a yes, POST it to this http(s) URL.", metavar="URL")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before sending (for scripts).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the endpoint.", min=1)] = 15.0,
) -> None:
    """Count findings per category, severity, platform and month; never content, names or places."""
    data = _load(reports)
    if send is not None:
        try:
            check_url(send)
        except UploadError as exc:
            fail(str(exc))
    try:
        shared = payload(data, min_cell) if (preview or send) else aggregate(data, min_cell)
    except StatsError as exc:
        fail(str(exc))
    body = to_bytes(shared)
    if preview or send is None:
        if preview:
            typer.echo(body.decode("utf-8"), nl=False)
        else:
            write(body.decode("utf-8"), output)
        return
    typer.echo(body.decode("utf-8"), nl=False)
    typer.echo(f"The summary above is everything that will be sent to {send}.", err=True)
    if not yes:
        try:
            agreed = typer.confirm("Send it?", default=False, err=True)
        except typer.Abort:  # no answer (end of input): treat as no
            typer.echo("", err=True)
            agreed = False
        if not agreed:
            typer.echo("Nothing sent.", err=True)
            raise typer.Exit(1)
    try:
        status = post(send, body, timeout=timeout)
    except UploadError as exc:
        fail(str(exc))
    typer.echo(f"Sent ({len(body)} bytes, HTTP {status}).", err=True)


def register(app: typer.Typer) -> None:
    app.command("stats")(stats_cmd)
