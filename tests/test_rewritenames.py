"""Who a safer wording takes out, and what each removed name leaves."""

from __future__ import annotations

from auditor.models import Category, Finding, Platform, Severity
from auditor.rewritenames import colleague_names, joined_names, stand_in


def _finding(why: str, category: Category = Category.COLLEAGUE_EXPOSURE) -> Finding:
    return Finding(
        code="COL101", name="n", category=category, severity=Severity.HIGH, confidence=0.9,
        platform=Platform.FACEBOOK, path="p", message="m", remediation="r", evidence="e", why=why,
    )  # fmt: skip


def test_every_person_a_why_lists_is_named_not_only_the_first():
    why = "person reference 'Tash Brennick', 'Omar Velloza', 'Omar' with department term \"ABF College\""
    assert colleague_names([_finding(why)]) == {"Tash Brennick", "Omar Velloza", "Omar"}
    assert colleague_names([_finding(why, Category.DEPARTMENT_IDENTIFIER)]) == set()


def test_names_of_one_list_go_as_one_removal_and_a_name_inside_another_joins_it():
    text = "thanks Tash Brennick and Omar Velloza!"
    edits = [(7, 20, ""), (25, 37, "a colleague"), (25, 29, "")]
    assert joined_names(text, edits) == [(7, 37, "")]
    # names apart in the sentence stay two removals
    text = "Tash was on the desk while Omar did nights"
    assert joined_names(text, [(0, 4, ""), (27, 31, "")]) == [(0, 4, ""), (27, 31, "")]


def test_what_a_removed_name_leaves():
    assert stand_in("thanks to Bec", 10, "") == "a colleague"
    assert stand_in("our Bec said", 4, "") == "colleague"
    assert stand_in("Gibbo's roster", 0, "", 5) == "A colleague"
