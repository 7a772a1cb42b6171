"""`auditor.rewrite`: a safer wording that keeps the draft's point and passes the same rules."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from auditor.models import Audience, Category, Finding, Item, ItemKind, Platform, Severity
from auditor.rewrite import (
    MENTION,
    _fragment,
    _joined,
    _lighten,
    _risk,
    add_rewrites,
    blocking,
    check_text,
    city_of,
    clauses,
    colleague_names,
    generic_employer,
    safer_wording,
    sentences,
    tidy,
    word_survival,
)
from auditor.rules.registry import load_profile

EVAL = Path(__file__).parent / "eval"
# The blind sets and the profile each was written for (the sixth organisation's profile is a file).
BLIND = {
    "dibp": "dibp",
    "aps": "aps",
    "qld": "qld",
    "vic": "vic",
    "tas": "tas",
    "ato": str(EVAL / "profiles" / "ato.toml"),
}


def _reworded(text: str, spec: str = "dibp"):
    profile = load_profile(spec)
    return safer_wording(text, profile, lambda t: check_text(t, profile))


def test_rewrite_generalises_the_agency_to_the_aps():
    rw = _reworded("Proud to work for Border Force, best team in the country")
    assert "Border Force" not in rw.text and "the APS" in rw.text
    assert "best team in the country" in rw.text and rw.passes


def test_rewrite_generalises_a_state_agency_to_the_public_service():
    profile = load_profile("qld")
    assert generic_employer(profile) == "the public service"
    assert generic_employer(load_profile("dibp")) == "the APS"


def test_rewrite_never_generalises_to_the_profiles_own_organisation():
    """The aps profile's organisation is the APS itself: "the APS" would still name the employer."""
    profile = load_profile("aps")
    assert generic_employer(profile) == "the public service"
    rw = safer_wording("Works at Department of Human Services (Australia)", profile, lambda t: check_text(t, profile))
    assert rw.passes and "public service" in rw.text


def test_rewrite_turns_a_work_site_into_its_city_and_drops_a_colleague():
    rw = _reworded("Congrats Superintendent Hollis!! Well deserved, best boss I had at Melbourne Airport")
    assert "Hollis" not in rw.text and "Melbourne Airport" not in rw.text
    assert "best boss I had at Melbourne" in rw.text  # the site generalised to its city
    assert not blocking(check_text(rw.text, load_profile("dibp")))


def test_rewrite_removes_a_work_email_and_phone():
    rw = _reworded("Footy tipping sheet: send it to j.smith@abf.gov.au or ring my desk (02) 6264 1111, cheers")
    assert "@" not in rw.text and "6264" not in rw.text
    assert "Footy tipping sheet" in rw.text


@pytest.mark.parametrize(
    "number", ["0412 345 678", "0412-345-678", "+61 412 345 678", "(07) 3235 1111", "1300 123 456", "6264 1111"]
)
def test_rewrite_removes_every_digit_of_a_work_number(number):
    """A mobile is written 4-3-3: the rewrite once read "0412" as a time and left "345 678"."""
    rw = _reworded(f"New role at the ABF, call me on my work mobile {number} anytime", "dibp")
    assert not any(ch.isdigit() for ch in rw.text), rw.text


def test_rewrite_turns_a_named_hospital_or_school_into_its_kind():
    """'a nurse at Royal Hobart Hospital' once read 'a nurse at the public service'."""
    rw = _reworded("My cousin's a nurse at Royal Hobart Hospital and she loves it", "tas")
    assert rw.passes and "a nurse at a hospital" in rw.text, rw.text
    assert "Hobart" not in rw.text


def test_rewrite_reads_an_organisation_before_an_everyday_word_as_a_noun():
    """'at the Austin all weekend' once read 'at public service all weekend' (as if the name
    modified 'all'); 'ATO auditor' still reads as a modifier."""
    rw = _reworded("Rostered on at the Austin all weekend, send snacks", "vic")
    assert "at the public service all weekend" in rw.text, rw.text
    assert _reworded("Proud ABF officer, ten years in", "dibp").text.startswith("Proud APS officer")


def test_rewrite_makes_an_exact_time_and_day_vague():
    rw = _reworded("Night shift at Sydney Airport again, on at 0600 on Saturday then home to bed")
    assert "0600" not in rw.text and "Saturday" not in rw.text and "Sydney Airport" not in rw.text
    assert "home to bed" in rw.text and rw.passes


def test_rewrite_drops_a_sentence_of_operational_detail():
    draft = "Big seizure today, 40kg of meth in a shipping container at the wharf. Then pizza with the kids."
    rw = _reworded(draft)
    assert "meth" not in rw.text and "pizza with the kids" in rw.text
    assert rw.dropped


def test_rewrite_of_a_clean_draft_keeps_it_whole():
    rw = _reworded("Pancakes with the kids then a long walk on the beach")
    assert rw.text == "Pancakes with the kids then a long walk on the beach" and rw.passes and not rw.dropped


def test_colleague_names_read_from_the_findings_why():
    findings = check_text("Huge thanks to Supt. Mark Ellery and the whole ABF marine crew", load_profile("dibp"))
    assert any("Ellery" in n for n in colleague_names(findings))


def test_every_person_a_colleague_finding_lists_is_removed_and_a_list_goes_as_one():
    text = "Proud to graduate with my cohort at the ABF College, thanks Tash Brennick and Omar Velloza!"
    findings = check_text(text, load_profile("dibp"))
    assert {"Tash Brennick", "Omar Velloza"} <= colleague_names(findings)
    rw = _reworded(text)
    assert "Omar" not in rw.text and "Tash" not in rw.text and " and " not in rw.text and "colleague" not in rw.text
    assert rw.text.startswith("Proud to graduate with my cohort") and rw.passes


def test_tidy_and_sentences_clean_up_after_removals():
    assert tidy("call me ,  or this week, this week and this week .") == "call me, or this week."
    assert sentences("One. Two! Three") == ["One.", "Two!", "Three"]


def test_word_survival_counts_only_words_outside_the_spans():
    text = "Night at Sydney Airport with the crew"
    start = text.index("Sydney Airport")
    spans = [(start, start + len("Sydney Airport"))]
    assert word_survival(text, spans, "Night at work with the crew") == 1.0
    assert word_survival(text, spans, "Night at work") == pytest.approx(2 / 5)
    assert word_survival("", [], "") == 1.0


def _risky_drafts() -> list[tuple[str, str]]:
    """Every draft of the blind sets that a human labelled risky and `check` blocks (371)."""
    out: list[tuple[str, str]] = []
    for name, spec in BLIND.items():
        profile = load_profile(spec)
        for line in (EVAL / f"blind13_{name}.jsonl").read_text(encoding="utf-8").splitlines():
            post = json.loads(line)
            if not post["labels"] or not blocking(check_text(post["text"], profile)):
                continue
            out.append((spec, post["text"]))
    return out


@pytest.mark.slow
def test_rewrite_of_risky_blind_drafts_passes_and_keeps_most_words():
    """Issue 16: every rewrite passes `check`; on average >= 70 % of the words outside the
    exposing spans survive. The blind posts are used as drafts only; no rule is tuned on them."""
    drafts = _risky_drafts()
    assert len(drafts) >= 300
    survival = []
    for spec, text in drafts:
        profile = load_profile(spec)
        rw = safer_wording(text, profile, lambda t, p=profile: check_text(t, p))
        assert rw.passes
        assert not blocking(check_text(rw.text, profile)), (text, rw.text)
        survival.append(word_survival(text, rw.spans, rw.text))
    assert sum(survival) / len(survival) >= 0.70


def test_add_rewrites_only_on_public_text_findings_of_editable_items():
    profile = load_profile("dibp")
    text = "Two years with the Australian Border Force this week. Proud of this crew"
    post = Item(platform=Platform.TWITTER, kind=ItemKind.POST, path="t.js", text=text, item_id="1")
    dm = Item(platform=Platform.TWITTER, kind=ItemKind.MESSAGE, path="dm.js", text=text, item_id="2", audience=Audience.PRIVATE)
    found = check_text(text, profile)
    findings = [replace(f, path=it.path, item_id=it.item_id) for it in (post, dm) for f in found]
    out = add_rewrites(findings, [post, dm], profile)
    on_post = [f.extra.get("rewrite") for f in out if f.path == "t.js"]
    assert on_post and all(r == "Two years with the APS this week. Proud of this crew" for r in on_post)
    assert not any(f.extra.get("rewrite") for f in out if f.path == "dm.js")


def test_city_of_a_site_or_work():
    assert city_of("Melbourne Airport") == "Melbourne"
    assert city_of("Port Botany") == "Sydney"  # the nearest big city
    assert city_of("the mail centre") == "work"


def test_rewrite_keeps_the_article_when_the_employer_is_a_place_of_work():
    profile = load_profile("aps")
    rw = safer_wording("Proud to say I work at Centrelink in Cannington", profile, lambda t: check_text(t, profile))
    assert "at the public service in" in rw.text


def test_rewrite_turns_an_unnamed_site_and_its_preposition_into_at_work():
    profile = load_profile("tas")
    rw = safer_wording("Long night on ward 4B, so tired", profile, lambda t: check_text(t, profile))
    assert "Long night at work, so tired" in rw.text  # not "on work 4B"
    assert "ward" not in rw.text and "4B" not in rw.text


def test_tidy_mends_the_article_a_removal_leaves():
    assert tidy("as an policy officer") == "as a policy officer"  # "as an [APS5] policy officer"
    assert tidy("an hour late, an APS officer, an ICU nurse") == "an hour late, an APS officer, an ICU nurse"


def test_rewrite_offers_nothing_rather_than_a_fragment():
    profile = load_profile("tas")
    rw = safer_wording(
        "Only 3 of us on tonight at Risdon and they won't backfill, 40 in the unit", profile, lambda t: check_text(t, profile)
    )
    # not "40 at work": a fragment says nothing the writer meant; the one clause nothing blocks
    # may stay, without the clause left with no word of the writer's own
    assert rw.text in ("", "They won't backfill"), rw.text
    assert _fragment("40 at work", "Only 3 of us on tonight and they won't backfill, 40 in the unit")
    assert not _fragment("first shift at work", "New uniform, first shift at Brisbane Airport today")


@pytest.mark.parametrize(
    ("profile_name", "draft", "wanted"),
    [
        # a named colleague becomes "a colleague" after a preposition, "colleague" after "our", and
        # the surname goes too: no "thanks to and the crew", no "our Ng"
        (
            "vic",
            "Huge thanks to Sgt Lee Kowalski and the crew at Footscray for the send-off",
            "thanks to a colleague and the crew",
        ),
        ("dibp", "Farewell drinks for our Inspector Dana Ng tonight, 30 years on the wharf", "for our colleague tonight"),
        (
            "dibp",
            "lol tell Bree the roster for the airport is out, she is on nights with Sam",
            "tell a colleague the roster for work",
        ),
        # a name before a possessive leaves "A colleague's", not "'s last shift" (a roster of one's
        # own is operational detail the model may read whatever the name: the draft avoids it)
        ("dibp", "Gibbo's last shift at the terminal today, legend", "A colleague's last shift"),
    ],
)
def test_rewrite_leaves_a_sentence_where_a_colleague_was(profile_name, draft, wanted):
    profile = load_profile(profile_name)
    rw = safer_wording(draft, profile, lambda t: check_text(t, profile))
    assert wanted in rw.text


def test_rewrite_drops_a_unit_by_its_letters_with_the_organisation():
    profile = load_profile("vic")
    rw = safer_wording("Night shift done, 12 hours at the Alfred ED and not one break", profile, lambda t: check_text(t, profile))
    assert "at a hospital and not one break" in rw.text  # not "at the public service ED"


def test_rewrite_drops_a_numbers_label_and_the_on_before_it():
    rw = _reworded("Priya Nair, Senior Case Coordinator\nPh: (03) 5550 7318", "vic")
    assert rw.passes and rw.text == "Priya Nair, Senior Case Coordinator"
    rw = _reworded("call me on x5512 if it eats your forms")
    assert rw.passes and rw.text == "call me if it eats your forms"
    # an internal line's own label goes with it: not "the helpdesk is internal from any desk"
    rw = _reworded("Rang the helpdesk, it is internal 4471 from any desk phone", "aps")
    assert rw.passes and "internal" not in rw.text and "4471" not in rw.text


def test_rewrite_reads_a_site_after_a_or_our_as_at_work():
    # "in a cell" was "in a work": the lead of an unnamed site is any determiner, not only "the"
    rw = _reworded("Found a phone in a cell during the 2pm search", "vic")
    assert rw.text == "Found a phone at work during the search"


def test_rewrite_drops_a_short_uniform_clause_whole_and_keeps_the_capital():
    # "new lanyard and all" has three words of its own: it goes whole ("..., and all" was left),
    # and the draft's capital survives the removal of its first word ("Early")
    rw = _reworded("Early shift at Brisbane Airport again, new lanyard and all")
    assert rw.text == "Shift at Brisbane again"
    assert rw.passes


def test_rewrite_replaces_a_superior_by_title_with_the_boss():
    # "our AP" is a person by title alone: the boss stands in, not a gap before "said"
    rw = _reworded("Staff meeting ran over again, our AP said the timetable is final", "qld")
    assert rw.passes and rw.text == "Staff meeting ran over again, the boss said the timetable is final"


def test_rewrite_replaces_a_new_starter_by_role_with_a_new_colleague():
    # "our new grad" is one's new starter, not the boss
    rw = _reworded("Shoutout to our new grad who baked for the whole floor", "aps")
    assert rw.text == "Shoutout to a new colleague who baked for the whole floor"


def _learned(score: float, threshold: float = 0.4) -> Finding:
    """A learned finding as the rules write it (only its severity and `why` matter here)."""
    return Finding(
        code="OPS105",
        name="operational-detail-learned",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.MEDIUM,
        confidence=0.5,
        platform=Platform.TWITTER,
        path="<draft>",
        message="",
        remediation="",
        evidence="",
        why=f'learned score {score:.2f} (threshold {threshold:.2f}); the words that raised it most: "queue"',
    )


def test_clauses_split_before_a_coordinating_word_and_after_an_emoji():
    assert clauses("The rostering app froze 4 times today and I missed lunch again.") == [
        "The rostering app froze 4 times today",
        " and I missed lunch again.",
    ]
    assert clauses("Big crowd at the gate 😅 home by nine") == ["Big crowd at the gate 😅", " home by nine"]
    assert clauses("Flat out all arvo - four desks for two flights") == ["Flat out all arvo", " - four desks for two flights"]
    assert clauses("A well-known e-gate quirk") == ["A well-known e-gate quirk"]  # a hyphen inside a word joins
    # too short to be a clause ("and go"), or a dependent one ("till the new year"): kept with the one before
    assert clauses("Seen every manager come and go") == ["Seen every manager come and go"]
    assert clauses("No new hires till the new financial year") == ["No new hires till the new financial year"]


def test_risk_reads_how_far_a_learned_score_is_over_its_threshold():
    assert _risk([]) == 0.0
    assert _risk([_learned(0.62, 0.42)]) == pytest.approx(0.201)
    word_list = replace(_learned(0.9), why="operational terms 'seized'")
    assert _risk([word_list, _learned(0.62, 0.42)]) == 1.0  # a word-list finding has no smaller fix than its span


def test_lighten_loses_the_pieces_that_carry_the_score_not_the_first_or_the_last():
    """A learned score reads the pieces together: none fails alone, and losing any one is not
    enough; the pieces that carry the score go, one at a time, the rest stays."""
    weights = {"queue": 0.3, "staff": 0.25, "beach": -0.05, "dog": -0.05}

    def check(text: str) -> list[Finding]:
        score = 0.2 + sum(w for word, w in weights.items() if word in text)
        return [_learned(score)] if score >= 0.4 else []

    pieces = ["The queue hit 300 by ten. ", "Beach walk after. ", "Two staff on the floor. ", "The dog is fine. "]
    assert _lighten(pieces, check, "".join) == ["Beach walk after. ", "The dog is fine. "]
    assert _lighten(["The queue and the staff. "], check, "".join) is None  # nothing left


def test_rewrite_keeps_the_clause_a_learned_finding_does_not_read():
    """An invented draft the rules block as operational detail: the outage and the queue go, the
    writer's own evening stays (it was dropped whole: a learned finding has no span to edit)."""
    profile = load_profile("aps")
    draft = "Our case system went down 3 times today and we had 200 people waiting in the queue but I got home in time for dinner"
    assert blocking(check_text(draft, profile))
    rw = safer_wording(draft, profile, lambda t: check_text(t, profile))
    assert rw.passes and not blocking(check_text(rw.text, profile))
    assert "I got home in time for dinner" in rw.text and "queue" not in rw.text, rw.text


def test_rewrite_keeps_a_year_and_drops_a_time_of_day():
    """A bare year once went as if it were 20:21, leaving "same slides as"."""
    rw = _reworded("Knocked off at 1930, the same roster template as 2021")
    assert "1930" not in rw.text and "as 2021" in rw.text, rw.text


def test_joined_clauses_read_as_a_sentence():
    sentence = "14 ambos ramped at once, and a guy who swallowed a battery."
    assert _joined([" and a guy who swallowed a battery."], sentence) == "A guy who swallowed a battery."
    assert _joined(["heads up, count was off"], "heads up, count was off, so I'll be late.") == "heads up, count was off."


def test_a_handle_with_dots_is_one_mention():
    """ "@bec.on.the.wards" once left "on. the. wards" behind."""
    assert [m.group(0) for m in MENTION.finditer("@bec.on.the.wards see you at handover, @kev_ops.")] == [
        "@bec.on.the.wards",
        "@kev_ops",
    ]
    assert not MENTION.search("mail e.walsh@example.org")


def test_rewrite_drops_a_request_to_call_with_the_number_it_asked_for():
    """A number and its extension go together, and "ring my desk" with nothing left to ring goes
    with them when the clause ends there; a sentence that is only the request keeps it."""
    profile = load_profile("dibp")

    def rewrite(text: str) -> str:
        return safer_wording(text, profile, lambda t: check_text(t, profile)).text

    assert rewrite("Ten years with the Australian Border Force, ring my desk 02 6264 7730 ext 4410") == "Ten years with the APS"
    assert rewrite("Any questions? Phone the team on 02 6264 7730.") == "Any questions? Phone the team."


def test_rewrite_drops_a_short_extension_with_its_number():
    """An extension too short to be a number of its own ("ext 42", "x7", "#318") still goes with the
    number before it: "x42" left behind would point a caller at the same desk."""
    profile = load_profile("tas")

    def rewrite(text: str) -> str:
        return safer_wording(text, profile, lambda t: check_text(t, profile)).text

    for ext in ("ext 42", "x7", "#318", ", extn. 905"):
        out = rewrite(f"Questions about the forms? Ring the front desk on 6233 7110 {ext} before Friday.")
        assert "6233" not in out and not any(c.isdigit() for c in out), out


def test_rewrite_makes_a_hospital_by_its_ward_a_hospital_not_the_employer():
    profile = load_profile("vic")
    rw = safer_wording("Took my daughter to the Austin ED, 7 hours wait", profile, lambda t: check_text(t, profile))
    assert "to a hospital, 7 hours wait" in rw.text
    assert "public service" not in rw.text
