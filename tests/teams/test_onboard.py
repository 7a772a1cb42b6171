"""auditor.teams.onboard: the checklist data, its Markdown (with and without a profile, ticked or not),
the walk and what is still open. The `auditor onboard` command is tested in
tests/cli/commands/test_onboard.py.
"""

from __future__ import annotations

from auditor.config import load_profile
from auditor.teams.onboard import CHECKLIST, outstanding, render_markdown, walk


def test_onboard_markdown_without_profile_has_no_policy_lines():
    assert "Why:" not in render_markdown()


def test_onboard_checklist_ids_are_unique_and_every_item_says_how():
    assert len({c.id for c in CHECKLIST}) == len(CHECKLIST)
    assert all(c.title and c.section and c.how for c in CHECKLIST)


def test_onboard_markdown_with_profile_names_the_organisation_and_cites_policy():
    md = render_markdown(load_profile("dibp"))
    assert "Organisation: " in md
    assert "  - Why: " in md and "DIBP I&G s2" in md
    assert md.count("- [ ] **") == len(CHECKLIST)


def test_onboard_walk_asks_every_item_in_order_and_outstanding_keeps_the_no():
    asked = []

    def ask(c):
        asked.append(c.id)
        return c.id != CHECKLIST[0].id

    done = walk(ask)
    assert asked == [c.id for c in CHECKLIST]
    assert list(done) == asked
    assert outstanding(done) == [CHECKLIST[0]]
    assert outstanding({}) == list(CHECKLIST)


def test_onboard_markdown_with_done_ticks_boxes_and_counts():
    done = {c.id: True for c in CHECKLIST[1:]}
    md = render_markdown(done=done)
    assert f"{len(CHECKLIST) - 1} of {len(CHECKLIST)} done." in md
    assert f"- [ ] **{CHECKLIST[0].title}**" in md
    assert f"- [x] **{CHECKLIST[1].title}**" in md
