"""`auditor stats`: a volunteer's own counts (`--me`), the team's aggregate, a preview, an upload.

Thin: `auditor.teams.stats` builds the summaries, `teams.identity` the volunteer identity,
`teams.present` the table, CSV and HTML, `teams.upload` sends one. The bytes printed by
`--preview` are the bytes `--send` posts, and the table, CSV and HTML draw that same summary;
nothing is sent without an explicit yes.

Exit codes: 0 done (summary written, previewed or sent); 1 the user declined to send; 2 an
unreadable input, a missing key, a duplicate volunteer, a bad URL or a failed upload (one line
on stderr).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from auditor.baseline import SavedFileError, read_json_bounded
from auditor.cli.output import fail, note, to_file, write
from auditor.teams.identity import CampaignKeyError, key_id, read_key, volunteer
from auditor.teams.present import RENDERERS
from auditor.teams.stats import StatsError, contribution, payload, to_bytes
from auditor.teams.upload import UploadError, check_url
from auditor.teams.upload import send as post


class StatsFormat(StrEnum):
    json = "json"
    table = "table"
    csv = "csv"
    html = "html"


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
            fail(f"{p}: not a JSON scan report or summary (run 'auditor stats --me EXPORTS... -o {Path(p).name}')")
    return out


def _key(key_file: str | None, required: bool) -> bytes | None:
    try:
        return read_key(key_file)
    except CampaignKeyError as exc:
        if required or key_file:
            fail(str(exc))
    return None


def _mine(exports: list[str], profile: str, key: bytes) -> dict[str, Any]:
    """Scan the volunteer's own exports here and keep only counts and the identity."""
    # lazy: start-up (the engine loads every source, rule and reader; `stats --help` needs none)
    from auditor.config import ProfileError
    from auditor.engine import ScanOptions, scan
    from auditor.rules.registry import load_profile

    for p in exports:
        if not Path(p).exists():
            fail(f"no such file or folder: {p}")
    try:
        prof = load_profile(profile)
    except ProfileError as exc:
        fail(str(exc))
    seen: list = []
    # only the profile fields: the account identifiers are among them, and a scan keeps no Items
    result = scan(exports, prof, ScanOptions(on_item=lambda it: seen.append(it) if it.field else None))
    if not result.coverage:
        fail("the scan recognised no export in " + ", ".join(exports) + "; point --me at your downloaded data")
    try:
        who = volunteer(key, seen)
    except ValueError as exc:
        fail(str(exc))
    mine = contribution(result.to_dict(), who)
    note(
        f"counts only: {mine['findings']} finding(s) on {len(result.coverage)} export(s), identified by "
        f"{len(who['accounts'])} keyed account token(s); no content, names or places"
    )
    return mine


def _format(fmt: StatsFormat | None, output: str | None) -> StatsFormat:
    if fmt is not None:
        return fmt
    suffix = Path(output).suffix.lower() if to_file(output) else ""
    return {".html": StatsFormat.html, ".htm": StatsFormat.html, ".csv": StatsFormat.csv}.get(suffix, StatsFormat.json)


def stats_cmd(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Volunteer summaries (auditor stats --me), or with --me your own exports.", show_default=False),
    ],
    me: Annotated[
        bool, typer.Option("--me", help="Scan my own exports here and make my counts-only summary to hand in.")
    ] = False,
    key_file: Annotated[
        Optional[str],
        typer.Option("--key-file", help="The campaign key from your integrity team (or set AUDITOR_STATS_KEY).", metavar="FILE"),
    ] = None,
    own: Annotated[
        bool, typer.Option("--own", help="Accept full scan reports: they are your own team's, not volunteers'.")
    ] = False,
    profile: Annotated[str, typer.Option("--profile", "-p", help="Profile for the --me scan.")] = "dibp",
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the summary to FILE instead of stdout.")] = None,
    fmt: Annotated[
        Optional[StatsFormat],
        typer.Option("--format", "-f", help="json (what is shared), table, csv or html (default: from -o's suffix, else json)."),
    ] = None,
    min_cell: Annotated[
        int, typer.Option("--min-cell", "-k", help="Suppress every cell fewer than this many volunteers share.", min=1)
    ] = 10,
    preview: Annotated[bool, typer.Option("--preview", help="Show exactly what would be shared and exit.")] = False,
    send: Annotated[
        Optional[str], typer.Option("--send", help="After the preview and a yes, POST it to this http(s) URL.", metavar="URL")
    ] = None,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask before sending (for scripts).")] = False,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds to wait for the endpoint.", min=1)] = 15.0,
) -> None:
    """Count findings per category, severity, platform, month and fix; never content, names or places."""
    if me and own:
        fail("choose one of --me (your own exports) and --own (your team's full reports)")
    if send is not None:
        try:
            check_url(send)
        except UploadError as exc:
            fail(str(exc))
    if me:
        shared = _mine(inputs, profile, _key(key_file, required=True))  # type: ignore[arg-type]
    else:
        data = _load(inputs)
        key = _key(key_file, required=False)
        try:
            shared = payload(data, min_cell, key_id=key_id(key) if key else None, own=own, labels=inputs)
        except StatsError as exc:
            fail(str(exc))
    body = to_bytes(shared)
    if preview or send is None:
        if preview:
            typer.echo(body.decode("utf-8"), nl=False)
            return
        kind = _format(fmt, output)
        text = body.decode("utf-8") if kind == StatsFormat.json else RENDERERS[str(kind)](shared)
        write(text, output)
        if to_file(output):
            note(f"wrote {output} ({kind})")
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
