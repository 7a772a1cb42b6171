"""`auditor onboard`: printable Markdown, the not-a-terminal fallback, and the interactive walk-through
with a summary and exit 1 while items are open."""

from __future__ import annotations

from typer.testing import CliRunner

from auditor.cli.app import app
from auditor.teams.onboard import CHECKLIST


def test_onboard_print_lists_every_item_with_a_box_and_the_gate():
    res = CliRunner().invoke(app, ["onboard", "--print"])
    assert res.exit_code == 0
    for c in CHECKLIST:
        assert f"- [ ] **{c.title}** (`{c.id}`)" in res.output
    assert "--fail-on high" in res.output
    assert "DIBP I&G s2" in res.output  # policy clauses from the profile


def test_onboard_not_a_terminal_prints_instead_of_asking():
    res = CliRunner().invoke(app, ["onboard"], input="")
    assert res.exit_code == 0
    assert res.output.startswith("# Security onboarding")
    assert "Done?" not in res.output


def test_onboard_interactive_all_yes_exits_0(tmp_path):
    out = tmp_path / "done.md"
    res = CliRunner().invoke(app, ["onboard", "--interactive", "-o", str(out)], input="y\n" * len(CHECKLIST))
    assert res.exit_code == 0, res.output
    assert f"{len(CHECKLIST)} of {len(CHECKLIST)} done" in res.output
    assert "- [ ]" not in out.read_text()


def test_onboard_interactive_lists_open_items_and_exits_1(tmp_path):
    answers = ["y"] * len(CHECKLIST)
    answers[0] = "n"  # camera still geotags
    out = tmp_path / "checklist.md"
    res = CliRunner().invoke(app, ["onboard", "--interactive", "-o", str(out)], input="\n".join(answers) + "\n")
    assert res.exit_code == 1
    assert f"{len(CHECKLIST) - 1} of {len(CHECKLIST)} done" in res.output
    assert CHECKLIST[0].id in res.output.split("done.")[-1]
    md = out.read_text()
    assert f"- [ ] **{CHECKLIST[0].title}**" in md
    assert f"- [x] **{CHECKLIST[1].title}**" in md
