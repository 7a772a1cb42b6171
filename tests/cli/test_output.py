"""The CLI's one output helper: the one-line error with exit 2, and report text to a file or stdout."""

from __future__ import annotations

import pytest

from auditor.cli.output import fail, to_file, write


def test_fail_is_one_line_on_stderr_and_exit_2(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        fail("no such file or folder: x")
    assert exc.value.code == 2
    assert capsys.readouterr().err == "auditor: error: no such file or folder: x\n"


def test_write_to_a_file_keeps_the_text_exactly(tmp_path, capsys) -> None:
    out = tmp_path / "r.csv"
    write("a,b\nc,d\n", str(out))
    assert out.read_bytes() == b"a,b\nc,d\n" and capsys.readouterr().out == ""
    write("to stdout\n", "-")
    write("also\n", None)
    assert capsys.readouterr().out == "to stdout\nalso\n"
    assert to_file("r.md") and not to_file("-") and not to_file(None)


def test_write_to_an_unwritable_place_fails_with_exit_2(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        write("x", str(tmp_path / "missing" / "r.md"))
    assert exc.value.code == 2 and capsys.readouterr().err.startswith("auditor: error: cannot write ")
