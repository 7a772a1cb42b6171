"""Options that several commands share, declared once so their names and help never drift apart.

Each is an `Annotated` type a command's parameter uses as is (`output: OutputOpt = None`). Only
typer here: no command logic, no rendering.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from auditor.baseline import DEFAULT_BASELINE

OutputOpt = Annotated[
    Optional[str],
    typer.Option("--output", "-o", help="Write the report to FILE (.html, .md, .csv, .json; '-' for stdout)."),
]
RedactOpt = Annotated[
    bool,
    typer.Option(
        "--redact",
        help="A report to share: mask other people's names and handles, contact details and evidence; round positions.",
    ),
]
ShowEvidenceOpt = Annotated[
    bool, typer.Option("--show-evidence", hidden=True, help="No effect: your own report shows the evidence.")
]
ChecklistOpt = Annotated[bool, typer.Option("--checklist", "--full", help="Also print the whole checklist in the terminal.")]
CoarseOpt = Annotated[bool, typer.Option("--coarse", help="Round positions to suburb level, for sharing the report.")]
BaselineOpt = Annotated[
    Optional[str],
    typer.Option(
        "--baseline",
        help=f"Hide findings already accepted in this baseline file (auditor baseline; default: {DEFAULT_BASELINE} if here).",
    ),
]
NoBaselineOpt = Annotated[bool, typer.Option("--no-baseline", help="Ignore any baseline file: show everything.")]
FORMAT_HELP = "Report format (default: the terminal summary, or what -o's extension says)."
