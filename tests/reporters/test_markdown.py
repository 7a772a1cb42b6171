"""The Markdown checklist: export text cannot inject links, HTML or structure."""

from __future__ import annotations

import re

from auditor.reporters.markdown import code, esc, render
from auditor.reporters.prepare import prepare
from tests.support.sample_result import sample_result


def test_markdown_escapes_hostile_text() -> None:
    md = render(prepare(sample_result(), show_evidence=True))
    # code spans (fenced by one or more backticks) show their content literally
    text = re.sub(r"(`+)(?!`)[^\n]*?(?<!`)\1(?!`)", "", md.replace("\\`", ""))
    assert not re.search(r"(?<!\\)<(script|img)", text)
    assert not re.search(r"(?<!\\)\]\(javascript:", text) and "<javascript:" not in md
    assert "\\<script\\>" in md  # message text is escaped, not dropped
    assert "`javascript:window.__xss=4`" in md  # a non-web link is inert code


def test_markdown_escape_keeps_one_line() -> None:
    # a carriage return is shown escaped (models.visible), never passed through
    assert esc("a\nb\r# c [x](y)") == "a b\\\\x0d# c \\[x\\](y)"


def test_code_span_keeps_backticks_verbatim() -> None:
    span = code("auditor strip 'a`b``c.jpg'")
    assert span == "``` auditor strip 'a`b``c.jpg' ```"  # fence longer than any run inside
    assert code("plain") == "`plain`"


def test_markdown_lists_every_finding_as_a_task() -> None:
    data = prepare(sample_result())
    md = render(data)
    for f in data["findings"]:
        assert f"({f['code']})" in md
    assert md.count("- [ ] ") >= len(data["findings"]) + 2
    assert "## Devices and settings" in md
