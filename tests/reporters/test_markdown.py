"""The Markdown checklist: export text cannot inject links, HTML or structure."""

from __future__ import annotations

import re

from auditor.reporters.markdown import esc, render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def test_markdown_escapes_hostile_text() -> None:
    md = render(prepare(sample_result(), show_evidence=True))
    text = re.sub(r"`[^`\n]*`", "", md.replace("\\`", ""))  # code spans show their content literally
    assert not re.search(r"(?<!\\)<(script|img)", text)
    assert not re.search(r"(?<!\\)\]\(javascript:", text) and "<javascript:" not in md
    assert "\\<script\\>" in md  # message text is escaped, not dropped
    assert "`javascript:window.__xss=4`" in md  # a non-web link is inert code


def test_markdown_escape_keeps_one_line() -> None:
    assert esc("a\nb\r# c [x](y)") == "a b # c \\[x\\](y)"


def test_markdown_lists_every_finding_as_a_task() -> None:
    data = prepare(sample_result())
    md = render(data)
    for f in data["findings"]:
        assert f"({f['code']})" in md
    assert md.count("- [ ] ") >= len(data["findings"]) + 2
    assert "## Devices and settings" in md
