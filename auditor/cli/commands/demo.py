"""`auditor demo`: build a synthetic persona, scan it, write the reports, tell the chain.

`--profile` picks the organisation (dibp, qld, vic, tas, aps): its own persona, scanned with
its own profile, so the findings use its names, sites, systems and policy clauses. Thin:
`auditor.demo` builds the persona and tells the story, the ordinary engine scans it and the
ordinary reporters write the reports. Refuses to overwrite a folder it did not create.
"""

from __future__ import annotations

import shutil
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer

from auditor.cli.output import fail, write
from auditor.config import ProfileError, load_profile
from auditor.reporters.output import RenderOptions, render


class DemoFormat(StrEnum):
    json = "json"
    markdown = "markdown"
    html = "html"


REPORT_FILES = {DemoFormat.json: "report.json", DemoFormat.markdown: "checklist.md", DemoFormat.html: "report.html"}


def _prepare(persona: Path) -> None:
    from auditor.demo import MARKER  # lazy: start-up (the persona builder loads the synthetic generators)

    if persona.exists():
        if not persona.is_dir():
            fail(f"{persona} exists and is not a folder")
        if any(persona.iterdir()):
            if not (persona / MARKER).is_file():
                fail(f"{persona} is not empty and was not made by 'auditor demo'; choose another --out")
            shutil.rmtree(persona)


def demo_cmd(
    out: Annotated[str, typer.Option("--out", help="Folder for the persona (OUT/persona/) and the reports.")] = "auditor-demo",
    formats: Annotated[
        Optional[list[DemoFormat]],
        typer.Option("--format", "-f", help="Report(s) to write (repeatable; default: json, markdown, and html if available)."),
    ] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", help="Processes for reading media.", min=1)] = None,
    profile: Annotated[
        str, typer.Option("--profile", "-p", help="Whose persona: dibp, qld, vic, tas or aps (scanned with that profile).")
    ] = "dibp",
) -> None:
    """Build an invented officer's exports, scan them and show the chain an adversary follows."""
    # lazy: start-up (the engine loads every source, rule and reader; `--help` needs none)
    from auditor.demo import PROFILES, build_for, narrate, persona_name, render_narrative
    from auditor.engine import ScanOptions, scan

    if profile not in PROFILES:
        fail(f"no demo persona for profile {profile!r} (built-in personas: {', '.join(PROFILES)})")
    try:
        prof = load_profile(profile)
    except ProfileError as exc:
        fail(str(exc))

    wanted = list(dict.fromkeys(formats or [DemoFormat.json, DemoFormat.markdown, DemoFormat.html]))
    root = Path(out)
    persona = root / "persona"
    _prepare(persona)
    try:
        files = build_for(profile, persona)
    except OSError as exc:
        fail(f"cannot write the persona under {persona}: {exc.strerror or exc}")
    typer.echo(
        f"Wrote a synthetic persona ({persona_name(profile)}, {prof.title}): {len(files)} files under {persona} (nothing real)."
    )
    result = scan([str(persona)], prof, ScanOptions(workers=workers))
    # the reports are rendered like every other report (the owner's view, see
    # reporters.prepare); the narrative and the counts read the result with its evidence redacted
    full = result.to_dict(show_evidence=True)
    data = result.to_dict()
    summary = data["summary"]
    sev = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items() if n)
    typer.echo(f"Scanned it: {summary['total']} finding(s) ({sev or 'none'}) on {len(summary['by_platform'])} platform(s).")
    written = []
    for fmt in wanted:
        path = root / REPORT_FILES[fmt]
        try:
            text = render(full, str(fmt), RenderOptions())
        except Exception as exc:  # noqa: BLE001 - the HTML report is not required for the demo
            # only when HTML was not asked for by name: then the other reports still matter
            if fmt != DemoFormat.html or formats:
                raise
            typer.echo(f"(skipped report.html: the HTML reporter failed: {exc.__class__.__name__})", err=True)
            continue
        write(text, str(path))
        written.append(str(path))
    typer.echo("")
    typer.echo(render_narrative(narrate(data)), nl=False)
    typer.echo("")
    typer.echo("Reports: " + ", ".join(written))


def register(app: typer.Typer) -> None:
    app.command("demo")(demo_cmd)
