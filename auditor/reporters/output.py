"""The one way to render a result: `render(result, fmt, options)` for report text and
`show(result, console, options)` for the terminal summary (shared by `scan`, `report` and `demo`).

Both prepare the result first (`reporters.prepare`: redaction, coarse positions, baseline), so
every report of the same result says the same thing, then hand it to the reporter for the
format. Also knows which format a file name asks for. Renders only: never reads inputs, never
writes files (the CLI does), never re-runs rules.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from auditor.models import visible_tree

if TYPE_CHECKING:
    from rich.console import Console


@dataclass(frozen=True)
class RenderOptions:
    redact: bool = False  # the redacted view, for sharing (see reporters.prepare); default: the owner's view
    coarse: bool = False  # positions rounded to suburb level, for sharing
    baseline: frozenset[str] = frozenset()  # fingerprints of accepted findings, left out
    show_evidence: bool = False  # the old name of the owner's view (the default): no effect


# format -> the reporter module (under auditor.reporters) whose `render(data) -> str` writes it;
# "terminal" as text is its file form: the Markdown checklist (`-f terminal -o FILE`)
_RENDERERS: dict[str, str] = {
    "terminal": "markdown",
    "json": "json",
    "markdown": "markdown",
    "html": "html",
    "csv": "csv",
}
FORMATS = tuple(_RENDERERS)


def _renderer(fmt: str) -> Callable[[dict[str, Any]], str] | None:
    module = _RENDERERS.get(fmt)
    # lazy: a reporter is imported when its report is rendered (a scan that renders none, e.g.
    # of an empty folder, or the command's argument checks, never load the HTML or CSV code)
    return importlib.import_module(f"auditor.reporters.{module}").render if module else None


_SUFFIX_FORMATS = {".html": "html", ".htm": "html", ".csv": "csv", ".json": "json", ".md": "markdown", ".markdown": "markdown"}


def _prepared(result: dict[str, Any], options: RenderOptions) -> dict[str, Any]:
    from auditor.reporters.prepare import prepare  # lazy: only when a report is rendered

    return prepare(result, redact=options.redact, coarse=options.coarse, baseline=set(options.baseline))


def render(result: dict[str, Any], fmt: str, options: RenderOptions | None = None) -> str:
    """The report of `result` in `fmt` (one of FORMATS), prepared as `options` say."""
    renderer = _renderer(fmt)
    if renderer is None:
        raise ValueError(f"unknown report format {fmt!r}")
    data = _prepared(result, options or RenderOptions())
    # JSON is for programs (its escapes keep every character); every other format is read by a
    # person, so no control or bidi character of an export reaches it raw (`models.visible`)
    return renderer(data if fmt == "json" else visible_tree(data))


def show(
    result: dict[str, Any],
    console: Console,
    options: RenderOptions | None = None,
    top: int = 5,
    written: str | None = None,
    full: bool = False,
) -> None:
    """The terminal summary of `result` on `console`, prepared as `options` say.

    `written` names the report file the command wrote (said last, so it does not scroll away);
    `full` adds the whole checklist, rendered for the terminal.
    """
    from auditor.reporters import terminal  # lazy: rich, only when the summary is drawn

    data = visible_tree(_prepared(result, options or RenderOptions()))
    terminal.render(data, console, top=top, written=written, full=full)


class UnknownSuffixError(ValueError):
    """`-o NAME` with a file name whose extension names no report format (and no `-f`)."""


def infer_format(fmt: str, output: str | None, explicit: bool = False) -> str:
    """With the default format and `-o report.html`, write what the file name says.

    A file name whose extension is no report format is an error unless the format was given
    (`explicit`): `-o notes.xyz` silently writing Markdown surprises everyone.
    """
    if fmt != "terminal" or not output or output == "-":
        return fmt
    suffix = output[output.rfind(".") :].lower() if "." in output.rsplit("/", 1)[-1] else ""
    if suffix in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[suffix]
    if explicit:
        return fmt
    known = ", ".join(sorted(_SUFFIX_FORMATS))
    raise UnknownSuffixError(
        f"cannot tell the report format from {output!r} (known: {known}); name one with -f (e.g. -f markdown)"
    )
