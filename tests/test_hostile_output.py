"""Hostile text reaching people (issue 15): control and bidi characters from file names and posts
are shown escaped in every human-facing output, and the suggested fix commands are safe to paste.

Every case failed on the main of 2026-12-06 (commit 4763f39): ESC, OSC and clear-screen reached
the Markdown and CSV reports raw, and the Markdown fix command for a file named with backticks
ran the command inside them.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from rich.console import Console

from auditor.cli import main
from auditor.reporters.output import render, show
from auditor.synth.media import photo
from tests.support.sample_result import sample_result

HOSTILE = "Post\x1b]0;pwned title\x07 \x1b[2J\x1b[31mred\u202eevil\x9b1m\rover"
RAW = ("\x1b", "\x07", "\u202e", "\x9b", "\r")


def _hostile_result() -> dict:
    data = sample_result()
    for f in data["findings"]:
        f["message"] = HOSTILE
        f["evidence"] = HOSTILE
        f["path"] = f"photos/{HOSTILE}.jpg"
    data["errors"] = [{"path": f"bad{HOSTILE}.json", "reason": HOSTILE}]
    return data


@pytest.mark.parametrize("fmt", ["markdown", "csv", "html", "terminal"])
def test_no_control_or_bidi_character_reaches_a_report(fmt: str) -> None:
    text = render(_hostile_result(), fmt)
    for ch in RAW:
        assert ch not in text, (fmt, repr(ch))
    assert "x1b" in text and "<U+202E>" in text.replace("&lt;", "<").replace("&gt;", ">")


def test_no_control_character_reaches_the_terminal() -> None:
    buf = io.StringIO()
    show(_hostile_result(), Console(file=buf, force_terminal=False, width=200), full=True)
    out = buf.getvalue()
    for ch in RAW:
        assert ch not in out, repr(ch)
    assert "\\x1b" in out


def test_json_keeps_the_text_exactly() -> None:
    # JSON is for programs: its own escapes carry every character, nothing is rewritten
    assert "\\u001b]0;pwned title" in render(_hostile_result(), "json")


def test_cli_messages_show_control_characters_escaped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "no\x1b]0;owned\x07such"
    assert main(["scan", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "\x1b" not in err and "\x07" not in err and "\\x1b" in err


# the last name ran `touch pwned5` when pasted from the Markdown of 4763f39 (backticks were
# rewritten after quoting); the folder name tests the command for a whole folder of photos
NASTY_NAMES = ["a`touch pwned1`.jpg", "b$(touch pwned2).jpg", "c'$(touch pwned3)'.jpg", 'd";touch pwned4;".jpg']
NASTY_NAMES.append("e`b'$(touch pwned5)'c`.jpg")
NASTY_FOLDER = "g`b'$(touch pwned6)'c`"


def _fix_lines(text: str) -> list[str]:
    # the Markdown code span after "Auto-fix:" (whatever its fence), or the terminal's line
    cmds = [m.group(2) for m in re.finditer(r"Auto-fix: (`+) ?(.*?) ?\1(?!`)", text)]
    return cmds or [m.group(1).strip() for m in re.finditer(r"Auto-fix: (auditor strip .*)", text)]


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_pasted_fix_commands_run_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no baseline file found by default
    monkeypatch.setenv("COLUMNS", "2000")  # the terminal line unwrapped, as a wide terminal shows it
    photos = tmp_path / "in"
    for i, name in enumerate(NASTY_NAMES):  # one photo per folder: a command naming the file
        (photos / str(i)).mkdir(parents=True)
        (photos / str(i) / name).write_bytes(photo(-27.47 + i / 100, 153.02))
    (photos / NASTY_FOLDER).mkdir()
    for i in range(6):  # a folder of photos: one command naming the folder
        (photos / NASTY_FOLDER / f"p{i}.jpg").write_bytes(photo(-27.4 - i / 100, 153.1))
    md = tmp_path / "out.md"
    main(["scan", str(photos), "-o", str(md), "-q"])
    capsys.readouterr()
    main(["scan", str(photos), "--checklist", "-q"])
    from_md, from_terminal = _fix_lines(md.read_text(encoding="utf-8")), _fix_lines(capsys.readouterr().out)
    # paste each line into sh in an empty folder, with `auditor` a stub that records its arguments
    work = tmp_path / "paste"
    stub = work / "bin" / "auditor"
    stub.parent.mkdir(parents=True)
    stub.write_text('#!/bin/sh\nfor a in "$@"; do printf "%s\\n" "$a"; done >> "$ARGS_LOG"\n')
    stub.chmod(stub.stat().st_mode | stat.S_IXUSR)
    log = work / "args.log"
    env = {**os.environ, "PATH": f"{stub.parent}{os.pathsep}{os.environ.get('PATH', '')}", "ARGS_LOG": str(log)}
    for cmd in from_md + from_terminal:
        subprocess.run(["sh", "-c", cmd], cwd=work, env=env, check=False, timeout=30)
    assert not list(work.rglob("pwned*")) and not list(tmp_path.glob("pwned*")), "a pasted command ran code"
    assert len(from_md) >= len(NASTY_NAMES) + 1 and len(from_terminal) >= len(NASTY_NAMES) + 1, (from_md, from_terminal)
    # and each command names the real file or folder: every path argument exists as written
    paths = [a for a in log.read_text(encoding="utf-8").splitlines() if a not in ("strip", "--out", "CLEAN_DIR")]
    assert paths and all(Path(a).exists() for a in paths), paths
    assert any(Path(a).name == NASTY_FOLDER for a in paths)
