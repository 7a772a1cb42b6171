"""`auditor strip PATH... --out DIR`: GPS-free copies of photos and videos (see auditor.fixers.strip).

Exit codes: 0 every media file was written clean (or needed nothing); 1 some files need a
manual step or failed (listed); 2 usage errors such as an output folder inside an input.
"""

from __future__ import annotations

import json
import os
from typing import Annotated

import typer

from auditor.cli.output import fail
from auditor.models import visible


def register(app: typer.Typer) -> None:
    @app.command("strip")
    def strip_cmd(
        paths: Annotated[list[str], typer.Argument(help="Photo folders, files or export zips.", show_default=False)],
        out: Annotated[str, typer.Option("--out", help="Folder for the cleaned copies (mirrors the input tree).")],
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Say what would be removed; write nothing.")] = False,
        all_identifying: Annotated[
            bool,
            typer.Option("--all-identifying", help="Also remove owner name, artist, copyright, serial numbers and maker notes."),
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print one JSON report instead of lines.")] = False,
        force: Annotated[bool, typer.Option("--force", help="Write into an output folder that already holds files.")] = False,
    ) -> None:
        """Write copies of photos and videos without GPS; originals are never changed."""
        from auditor.fixers.strip import StripUsageError, strip_paths  # lazy: start-up (media readers)

        for p in paths:
            if not os.path.exists(p):
                fail(f"no such file or folder: {p}")

        def show(res) -> None:
            if as_json:
                return
            what = f" (removed: {', '.join(res.removed)})" if res.removed else ""
            if res.status in ("stripped", "clean"):
                verb = "would write" if dry_run else "wrote"
                typer.echo(visible(f"{res.status:9} {res.path} -> {verb} {res.out}{what}"))
            else:
                typer.echo(visible(f"{res.status:9} {res.path}: {res.reason}"))

        try:
            results = strip_paths(paths, out, dry_run=dry_run, all_identifying=all_identifying, on_file=show, force=force)
        except StripUsageError as exc:
            fail(str(exc))
        counts: dict[str, int] = {}
        for r in results:
            counts[r.status] = counts.get(r.status, 0) + 1
        if as_json:
            typer.echo(json.dumps({"dry_run": dry_run, "counts": counts, "files": [r.to_dict() for r in results]}, indent=2))
        else:
            summary = ", ".join(f"{n} {k}" for k, n in sorted(counts.items())) or "no photos or videos found"
            typer.echo(f"\n{summary}{' (dry run: nothing written)' if dry_run else ''}")
        if counts.get("manual") or counts.get("error"):
            raise typer.Exit(1)
