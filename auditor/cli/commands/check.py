"""`auditor check [TEXT]`: a pre-publication check of a draft post.

Runs every active text rule of the profile over the draft (TEXT, or stdin when no TEXT is
given) as if it were a public post, prints each finding with why it fired and how to fix it,
and ends with a plain verdict: "OK to post" (findings below medium are named as notes) or
"Reconsider: ..." (anything medium or above). Exit code 0 for OK, 1 when something should be
reconsidered, 2 for usage or profile errors. Nothing is written anywhere
and the draft never leaves the machine.

Deliberately no `from __future__ import annotations`: typer evaluates the command's annotations
in this module's globals, and typer itself is imported lazily inside `register` so that the
fast path (`fast_main`) starts quickly.
"""

import argparse
import json
import os
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Annotated, Optional, TextIO

if TYPE_CHECKING:
    import typer  # lazy: start-up (the fast path runs without typer)

    from auditor.rewrite import Rewrite  # lazy: typing only

from auditor.cli.output import USAGE_ERROR, error, fail
from auditor.config import ProfileError
from auditor.models import SCHEMA_VERSION, Audience, Category, Finding, Item, ItemKind, Platform, blocking, sort_key

REASONS = {
    Category.DEPARTMENT_IDENTIFIER: "it identifies your employer",
    Category.WORK_EMAIL: "it shows a work email address",
    Category.WORK_CONTACT: "it shows a work phone number",
    Category.UNIFORM: "it mentions a work uniform, badge or pass",
    Category.LOCATION_MENTION: "it names a place",
    Category.OPERATIONAL_DETAIL: "it discusses operational detail",
    Category.COLLEAGUE_EXPOSURE: "it identifies a colleague",
    Category.OFFICIAL_COMMENT: "it could read as official comment, harsh criticism or a complaint about work",
    Category.ACCOUNT_REGISTRATION: "it uses a work email for an account",
    Category.GEOTAG: "it carries a location",
}


class CheckFormat(StrEnum):
    text = "text"
    json = "json"


def check_draft(text: str, profile_spec: str = "dibp", platform: str = "twitter", private: bool = False) -> list[Finding]:
    """Findings for one draft post (the library call behind the command)."""
    if _cleared(text, profile_spec):
        return []  # the first stage let an everyday draft through without loading the rules
    from auditor.rules.registry import active_rules, load_profile  # lazy: start-up (only a draft to check needs the rules)
    from auditor.rules.runner import run_rules  # lazy: start-up

    profile = load_profile(profile_spec)
    item = Item(
        platform=Platform(platform),
        kind=ItemKind.MESSAGE if private else ItemKind.POST,
        path="<draft>",
        text=text,
        audience=Audience.PRIVATE if private else Audience.PUBLIC,
    )
    return sorted(run_rules([item], active_rules(profile), profile), key=sort_key)


def _cleared(text: str, profile_spec: str) -> bool:
    """The cheap first stage on a built-in profile: True when no text rule can fire on the draft.

    Only built-in profiles take this path (their rule codes are known to be valid); a profile
    file or URL is loaded and checked by the full path, which reports its errors."""
    from auditor.config.profile import builtin_names  # lazy: start-up

    if profile_spec not in builtin_names():
        return False
    from auditor.config import load_profile  # lazy: start-up
    from auditor.rules.analysis import first_stage  # lazy: start-up (the gate alone, without the rules)
    from auditor.rules.normalise import normalise  # lazy: start-up

    return not first_stage(normalise(text).text, load_profile(profile_spec))


NO_REWRITE = "none (every sentence of it exposes something; better not to post it)"


def safer(text: str, findings: list[Finding], profile: str, platform: str, private: bool) -> "Rewrite | None":
    """The safer wording of a draft that has a finding at medium or above (None otherwise)."""
    if not blocking(findings):
        return None  # before the imports: a cleared draft never loads the rules
    from auditor.rewrite import safer_wording  # lazy: start-up (only a draft to reword needs it)
    from auditor.rules.registry import load_profile  # lazy: start-up

    return safer_wording(text, load_profile(profile), lambda t: check_draft(t, profile, platform, private), findings)


def verdict(findings: list[Finding]) -> str:
    serious = blocking(findings)
    if not serious:
        notes = sorted({f"{f.code} ({_reason(f).removeprefix('it ')})" for f in findings})
        return "OK to post" + (f" (note: {', '.join(notes)})" if notes else "")
    reasons: list[str] = []
    for f in serious:
        reason = _reason(f)
        if reason not in reasons:
            reasons.append(reason)
    return "Reconsider: " + "; ".join(reasons) + "."


def _reason(f: Finding) -> str:
    return "it names a work site" if f.code == "LOC102" else REASONS.get(f.category, f.category.replace("_", " "))


def run_check(
    text: str,
    profile: str = "dibp",
    fmt: str = "text",
    platform: str = "twitter",
    private: bool = False,
    show_evidence: bool = False,
    out: TextIO | None = None,
) -> int:
    """Check a draft and print the result; returns the exit code (0 OK, 1 reconsider, 2 error)."""
    out = out or sys.stdout
    if not text.strip():
        error("nothing to check: the draft is empty")
        return USAGE_ERROR
    try:
        Platform(platform)
    except ValueError:
        error(f"unknown platform {platform!r} (one of: {', '.join(p.value for p in Platform)})")
        return USAGE_ERROR
    # one draft's vectors are tiny: numpy's BLAS would start a thread per core for nothing (about
    # 60 ms of a check's start-up on 2 cores, bench/README.md); a user's own setting wins
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    try:
        findings = check_draft(text, profile, platform, private)
    except ProfileError as exc:
        error(str(exc))
        return USAGE_ERROR
    summary = verdict(findings)
    proposal = safer(text, findings, profile, platform, private)
    if fmt == "json":
        from auditor.reporters.prepare import prepare  # lazy: start-up (only the JSON answer needs it)

        doc = {
            "schema_version": SCHEMA_VERSION,
            "verdict": "reconsider" if blocking(findings) else "ok",
            "message": summary,
            # the owner's view (reporters.prepare): their own draft, as written, in every field
            "findings": prepare({"findings": [f.to_dict(show_evidence=True) for f in findings]})["findings"],
            # a safer wording that passes the same rules (null when nothing needs rewording)
            "rewrite": proposal.to_dict() if proposal else None,
        }
        print(json.dumps(doc, indent=2, ensure_ascii=False), file=out)
    else:
        for f in findings:
            print(f"{str(f.severity).upper():8} {f.code} {f.name}: {f.message}", file=out)
            print(f"         why: {f.why} (confidence {f.confidence:.2f})", file=out)
            print(f"         fix: {f.remediation}", file=out)
            if f.policy and blocking([f]):  # a note (below medium) breaks no clause worth citing
                print(f"         policy: {f.policy}", file=out)
        if proposal:  # before the verdict, which stays the last line
            print(f"Safer wording: {proposal.text or NO_REWRITE}", file=out)
        print(summary, file=out)
    out.flush()
    return 1 if blocking(findings) else 0


def _read_stdin() -> str | None:
    if sys.stdin is None or sys.stdin.isatty():
        return None
    return sys.stdin.read()


def fast_main(argv: list[str]) -> int | None:
    """`auditor check ...` without building the whole typer app (start-up time matters here).

    Handles the plain forms only; returns None for anything else (--help, unknown options) so
    the caller falls back to the typer command, which prints the usual help and errors.
    """
    ap = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    ap.add_argument("text", nargs="?")
    ap.add_argument("--profile", "-p", default="dibp")
    ap.add_argument("--format", "-f", dest="fmt", choices=[f.value for f in CheckFormat], default="text")
    ap.add_argument("--platform", default="twitter")
    ap.add_argument("--private", action="store_true")
    ap.add_argument("--show-evidence", action="store_true")
    try:
        args, rest = ap.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    if rest:
        return None
    text = args.text if args.text not in (None, "-") else _read_stdin()
    if text is None:
        return None
    return run_check(text, args.profile, args.fmt, args.platform, args.private, args.show_evidence)


def register(app: "typer.Typer") -> None:
    import typer  # lazy: start-up (the fast path runs without typer)

    @app.command("check")
    def check_cmd(
        text: Annotated[
            Optional[str],
            typer.Argument(help="The draft to check; read from stdin when omitted or '-'.", show_default=False),
        ] = None,
        profile: Annotated[str, typer.Option("--profile", "-p", help="Built-in profile name or a TOML file.")] = "dibp",
        fmt: Annotated[CheckFormat, typer.Option("--format", "-f", help="Output format.")] = CheckFormat.text,
        platform: Annotated[
            str, typer.Option("--platform", help="Where you mean to post it (facebook, twitter, ...).")
        ] = "twitter",
        private: Annotated[bool, typer.Option("--private", help="Check it as a private message (lower severity).")] = False,
        show_evidence: Annotated[
            bool, typer.Option("--show-evidence", hidden=True, help="No effect: the JSON shows your draft as written.")
        ] = False,
    ) -> None:
        """Check a draft post before you publish it: findings and a plain verdict (exit 1 to reconsider)."""
        if text is None or text == "-":  # "-" is stdin, as for most command-line tools
            text = _read_stdin()
            if text is None:
                fail("give the draft as TEXT or pipe it on stdin")
        code = run_check(text, profile, fmt.value, platform, private, show_evidence)
        if code:
            raise typer.Exit(code)
