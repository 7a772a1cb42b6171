"""auditor.rules.colcontext: the work context that makes the people in a text colleagues."""

from __future__ import annotations

from auditor.config import load_profile
from auditor.rules.colcontext import not_ours, work_context


def test_work_context_says_why_the_text_is_about_work(dibp):
    assert work_context("Huge thanks to my supervisor Raj", dibp) == 'work-relationship word "my supervisor"'
    assert work_context("follow @AusBorderForce", dibp) == 'department term "@AusBorderForce"'
    assert work_context("Dinner with Sarah and Tom", dibp) is None
    assert work_context("Our team smashed trivia night, thanks Dave", dibp) is None  # a quiz team


def test_work_context_is_none_for_a_private_job_a_family_cared_for_or_a_rerun(dibp):
    qld = load_profile("qld")
    assert work_context("shoutout to my manager Raj at the Chemist Warehouse", dibp) is None
    assert work_context("shoutout to my manager Raj", dibp) is not None
    assert work_context("Thanks to Dr Okoye and the team at the hospital for looking after Dad", qld) is None
    assert work_context("Watching Water Rats reruns, best sergeant on the team", dibp) is None


def test_the_reader_given_a_post_with_the_writer_or_for_a_day_is_work(dibp):
    vic = load_profile("vic")
    assert work_context("@Kaz you're with Tui and the new grad on the Frankston car tomorrow", vic) is not None
    assert work_context("You're on 4 with me on Thursday, bring the clipboard", dibp) is not None
    # a condition, time off, the reader on their own: no post given
    assert work_context("if you're on the Bendigo roster tomorrow, check the email", vic) is None
    assert work_context("enjoy the beach while you're on leave tomorrow", vic) is None


def test_staff_praised_for_what_they_did_for_the_writers_family_are_not_ours():
    """The writer is the customer: "found my brother's stolen ute", "sat with my nan", "rebooked Mum's scan"."""
    tas = load_profile("tas")
    assert not_ours("Kel from the Burnie CIB is a legend, found my brother's stolen ute in 2 days", tas)
    assert not_ours("Constable Ng stayed past knock-off to sit with my nan after her fall", tas)
    assert not_ours("Tell Bec at the front desk she rebooked Mum's scan three times", tas)
    # ... but not a workmate who covered the writer's own shift for it
    assert not not_ours("Shoutout to Bec who covered my shift so I could sit with my nan in hospital", tas)
