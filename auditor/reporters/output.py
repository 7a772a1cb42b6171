"""The one way to render a result: `render(result, fmt, options)` for report text and
`show(result, console, options)` for the terminal summary (shared by `scan`, `report` and `demo`).

Both prepare the result first (`reporters.prepare`: redaction, coarse positions, baseline), so
every report of the same result says the same thing, then hand it to the reporter for the
format. Also knows which format a file name asks for. Renders only: never reads inputs, never
writes files (the CLI does), never re-runs rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rich.console import Console

from auditor.reporters import csv, html, json, markdown, terminal
from auditor.reporters.prepare import prepare


@dataclass(frozen=True)
class RenderOptions:
    show_evidence: bool = False  # evidence and the messages that quote it, unredacted
    coarse: bool = False  # positions rounded to suburb level, for sharing
    baseline: frozenset[str] = frozenset()  # fingerprints of accepted findings, left out


# "terminal" as text is its file form: the Markdown checklist (`-f terminal -o FILE`)
_RENDERERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "terminal": markdown.render,
    "json": json.render,
    "markdown": markdown.render,
    "html": html.render,
    "csv": csv.render,
}
FORMATS = tuple(_RENDERERS)

_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


def _prepared(result: dict[str, Any], options: RenderOptions) -> dict[str, Any]:
    return prepare(result, show_evidence=options.show_evidence, coarse=options.coarse, baseline=set(options.baseline))


def render(result: dict[str, Any], fmt: str, options: RenderOptions | None = None) -> str:
    """The report of `result` in `fmt` (one of FORMATS), prepared as `options` say."""
    renderer = _RENDERERS.get(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}")
    return renderer(_prepared(result, options or RenderOptions()))


def show(result: dict[str, Any], console: Console, options: RenderOptions | None = None, top: int = 15) -> None:
    """The terminal summary of `result` on `console`, prepared as `options` say."""
    terminal.render(_prepared(result, options or RenderOptions()), console, top=top)


def infer_format(fmt: str, output: str | None) -> str:
    """With the default format and `-o report.html`, write what the file name says."""
    if fmt != "terminal" or not output or output == "-":
        return fmt
    suffix = output[output.rfind(".") :].lower() if "." in output else ""
    return _SUFFIX_FORMATS.get(suffix, fmt)
