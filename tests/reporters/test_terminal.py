"""The terminal summary: plain when piped, NO_COLOR respected, export text cannot restyle it."""

from __future__ import annotations

import io
import re

from rich.console import Console

from auditor.reporters import terminal
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def _out(**console_kw) -> str:
    buf = io.StringIO()
    terminal.render(prepare(sample_result()), Console(file=buf, width=120, **console_kw))
    return buf.getvalue()


def test_terminal_piped_output_has_no_escape_codes() -> None:
    out = _out()
    assert "\x1b[" not in out
    assert "11 finding(s) by category and platform" in out and "Start here" in out


def test_terminal_respects_no_color(monkeypatch) -> None:
    colour = re.compile(r"\x1b\[(?:\d+;)*3[0-7](?:;\d+)*m")
    assert colour.search(_out(force_terminal=True))  # colour when it is a terminal ...
    monkeypatch.setenv("NO_COLOR", "1")
    assert not colour.search(_out(force_terminal=True))  # ... unless NO_COLOR is set


def test_terminal_strips_control_characters_from_export_text() -> None:
    data = prepare(sample_result())
    data["findings"][0]["message"] = "evil\x1b[2J\x1b[31mred [bold]x[/bold]"
    buf = io.StringIO()
    terminal.render(data, Console(file=buf, width=120, force_terminal=True))
    out = buf.getvalue()
    assert "\x1b[2J" not in out and "[bold]x[/bold]" in out


def test_terminal_start_here_begins_with_the_most_severe_action() -> None:
    out = _out()
    top = out.split("Start here", 1)[1].splitlines()[1]
    assert top.strip().startswith("1. CRITICAL")
    assert "→ Remove" in out.split("Start here", 1)[1]  # each action says what to do


def test_terminal_full_checklist_wraps_words_and_escapes_nothing() -> None:
    buf = io.StringIO()
    terminal.render(prepare(sample_result()), Console(file=buf, width=80), full=True)
    out = buf.getvalue()
    assert "Photos and geotags" in out and "[ ] HIGH" in out
    assert "\\" not in out  # no Markdown escapes
    words = set(" ".join(ln.strip() for ln in out.splitlines()).split())
    assert "Settings" in words  # no word cut mid-line at 80 columns
    assert max(len(ln.rstrip()) for ln in out.splitlines()) <= 80
