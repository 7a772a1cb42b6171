"""`auditor profile check FILE` and `auditor profile show NAME`: organisation profiles.

`check` loads a profile TOML the way a scan would (merging it over the profile it extends),
reports precise errors with exit code 2, refuses a profile that leaves no rule active, and
prints what the merged profile contains plus warnings for lists that leave a rule blind.
`show` prints a built-in profile's TOML so a security team can copy and extend it.
"""

from __future__ import annotations

from importlib import resources
from typing import Annotated

import typer

from auditor.cli.output import fail
from auditor.config import ProfileError, builtin_names

# Lists a rule cannot work without: (section, key, what goes blind).
ESSENTIAL = (
    ("organisation", "names", "DEP101 cannot recognise the organisation's name"),
    ("organisation", "domains", "CON101 only recognises .gov.au addresses"),
    ("places", "work_sites", "LOC102 cannot rate work sites higher"),
    ("operations", "terms", "OPS101 has no operational terms"),
    ("policy", None, "findings will cite no policy clause"),
)


def register(app: typer.Typer) -> None:
    profile_app = typer.Typer(help="Validate and show organisation profiles.", no_args_is_help=True)

    @profile_app.command("check")
    def check_cmd(file: Annotated[str, typer.Argument(help="A profile TOML file (or a built-in profile name).")]) -> None:
        """Validate a profile: precise errors (exit 2), a summary and warnings."""
        from auditor.rules.registry import active_rule_codes, load_profile  # lazy: start-up (loads every rule)

        try:
            prof = load_profile(file)
        except ProfileError as exc:
            fail(str(exc))
        active = active_rule_codes(prof)
        extends = prof.data.get("profile", {}).get("extends") or ("dibp" if file.endswith(".toml") else "")
        typer.echo(f"profile {prof.name}: {prof.title or '(no title)'}")
        if extends:
            typer.echo(f"  extends {extends}")
        for section in ("organisation", "uniform", "contact", "places", "operations", "colleagues", "comment"):
            table = prof.data.get(section, {})
            counts = ", ".join(f"{k} {len(v)}" for k, v in table.items() if isinstance(v, list) and v)
            if counts:
                typer.echo(f"  [{section}] {counts}")
        typer.echo(f"  sites: {len(prof.sites)}; policy clauses: {len(prof.data.get('policy', {}))}")
        typer.echo(f"  active rules ({len(active)}): {' '.join(active)}")
        for section, key, what in ESSENTIAL:
            empty = not prof.data.get(section) if key is None else not prof.terms(section, key)
            if empty:
                typer.echo(f"  warning: {section}{'.' + key if key else ''} is empty: {what}", err=True)
        typer.echo("OK")

    @profile_app.command("show")
    def show_cmd(name: Annotated[str, typer.Argument(help="Built-in profile name (dibp, aps, qld, vic, tas, _base).")]) -> None:
        """Print a built-in profile's TOML (copy it, set `extends`, and add your own terms)."""
        res = resources.files("auditor.profiles").joinpath(f"{name}.toml")
        if not res.is_file():
            fail(f"unknown profile {name!r} (built-in profiles: {', '.join(builtin_names())}, _base)")
        typer.echo(res.read_text(encoding="utf-8"), nl=False)

    app.add_typer(profile_app, name="profile")
