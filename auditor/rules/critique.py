"""Harsh criticism for the comment family (OFC102): words aimed at those in charge.

A harsh word ("corrupt", "disgrace", "bludgers") aimed, in the same stretch of text, at the
government, a minister, the department or its clients; a broader negative judgement ("a farce",
"treats us like dirt") in the same sentence as a government or employer target; a phrase of
those in charge in scare quotes; sarcasm with no harsh word; those in charge said to be out of
touch with the work. Also the per-profile lexicon (`lexicon`) and the nearness test (`near`) the
other comment checks share. The English word lists are in `rules.tone`; this module decides
nothing about rules or their examples, which stay in `rules.comment`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.config import Profile
from auditor.models import Item, Severity
from auditor.rules.base import (
    Match,
    TermSet,
    describe,
    lazy_pattern,
    per_profile,
    reach_severity,
    searched,
    sentence_spans,
    snippet,
    word_pattern,
)
from auditor.rules.employers import private_job, shop_department
from auditor.rules.features import WORK_FRAME, department_terms
from auditor.rules.tone import (
    BOSS,
    BOSS_SPEAKS,
    COMPLAINT,
    DENIED,
    EMPLOYMENT,
    GENERIC_CLIENTS,
    GENERIC_TARGETS,
    GENERIC_TOPICS,
    HARSH,
    INSIDER,
    IRONIC_KEYS,
    IRONIC_LABEL,
    IRONIC_LABEL_KEYS,
    IRONIC_VERDICT,
    IRONY_CUE,
    LABEL_ENDS,
    MOCKED_AFTER,
    NEGATIVE,
    NEVER_DONE_THE_WORK,
    NOT_INSIDE,
    PRIVATE_EMPLOYER,
    PRIVATE_LIFE,
    QUOTED_SCHEME_AFTER,
    QUOTED_SCHEME_BEFORE,
    RENAMED_BEFORE,
    RESOURCING_VERDICT,
    SAID_BEFORE,
    SARCASM,
    SCARE_QUOTE,
    SERVICE_LABELLED,
    SET_AGAINST,
    SHOW_SPENDING,
    SHOW_SPENDING_KEYS,
    STRONG_TARGETS,
    THEY_BEFORE,
    TRY_THE_JOB,
)

# The writer's own past self, not a target: "when we were both clueless APS3s", "I was useless at it".
_SELF_DIRECTED = lazy_pattern(
    r"\b(?:we were|we're|we are|i was|i'm|i am|im)\s+(?:both\s+|all\s+|so\s+|such\s+|just\s+)?(?:an?\s+)?$", re.IGNORECASE
)


@dataclass(frozen=True)
class Lex:
    negative: re.Pattern[str] | None
    strong_targets: TermSet
    harsh: re.Pattern[str] | None
    targets: TermSet
    topics: re.Pattern[str] | None
    employment: TermSet
    complaint: re.Pattern[str] | None


def _build(profile: Profile) -> Lex:
    t = profile.terms
    return Lex(
        negative=word_pattern(NEGATIVE),
        strong_targets=TermSet([*STRONG_TARGETS, *t("comment", "targets")]),
        harsh=word_pattern(HARSH),
        targets=TermSet([*GENERIC_TARGETS, *GENERIC_CLIENTS, *t("comment", "targets"), *t("comment", "clients")]),
        topics=word_pattern([*t("comment", "topics"), *GENERIC_TOPICS]),
        employment=TermSet(EMPLOYMENT),
        complaint=word_pattern(COMPLAINT),
    )


def lexicon(profile: Profile) -> Lex:
    return per_profile(profile, "comment", _build)  # type: ignore[return-value]


def near(a: re.Match[str], b_list: list[tuple[int, int, str]], chars: int) -> tuple[int, int, str] | None:
    for s, e, label in b_list:
        if abs(s - a.start()) <= chars or abs(a.end() - e) <= chars:
            return s, e, label
    return None


def _irony(text: str, item: Item, lex: Lex) -> Iterator[Match]:
    """A short phrase of those in charge put in scare quotes: sarcasm with no harsh word."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return
    if private_job(text):
        return  # "my café boss says we're 'a family'": not the public service
    for q in SCARE_QUOTE.finditer(text):
        before = max(0, q.start() - 60)
        renamed = RENAMED_BEFORE.search(text, before, q.start()) or MOCKED_AFTER.match(text, q.end())
        said = None if renamed else SAID_BEFORE.search(text, before, q.start())
        if said is not None:
            boss = BOSS_SPEAKS.search(text, max(0, said.start() - 40), said.start())
            if boss is None and said.group(0)[:4].casefold() == "keep":
                boss = THEY_BEFORE.search(text, max(0, said.start() - 8), said.start())  # "they keep telling us"
            if boss is None or not IRONY_CUE.search(text):
                continue
        elif renamed is None:
            continue
        if said is not None:
            # the one in charge, not the words after them ("head office", not "head office just")
            target = BOSS.search(text, boss.start(), boss.end()) or boss
        else:
            target = lex.strong_targets.search(text) or BOSS.search(text)
        if target is None:
            continue
        yield _mocks(text, item, target, q)
        return


def _mocks(text: str, item: Item, target: re.Match[str] | _Span, q: re.Match[str]) -> Match:
    """The finding of a phrase in scare quotes aimed at those in charge (both scare-quote readers)."""
    return Match(
        key="harsh",
        evidence=snippet(text, min(target.start(), q.start()), max(target.end(), q.end())),
        why=f'"{q.group(0)}" in scare quotes, aimed at "{target.group(0).strip()}"',
        message=f"{describe(item)} mocks {target.group(0).strip()}",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )


def _quoted_scheme(text: str, item: Item, lex: Lex, profile: Profile) -> Iterator[Match]:
    """A phrase of those in charge in scare quotes with no "said" before it: the scheme's own name
    ("Another 'wellbeing survey' from DPAC", `QUOTED_SCHEME_BEFORE`/`_AFTER`) or the phrase set against
    what the work is (`SET_AGAINST`: "The Minister's 'record investment' hasn't produced a single extra
    bed"). Those in charge or the organisation must be in the quote's sentence, and the writer inside
    (`INSIDER`) or the organisation named; not a one-word jab ("my 'no'"), a private job or private life."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return
    if private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
        return
    dept = [(s, e) for _t, k, s, e in department_terms(text, profile) if e > s and k != "staff_handles"]
    if not dept and searched(INSIDER, text) is None:
        return
    for q in SCARE_QUOTE.finditer(text):
        if len(q.group(1)) < 4:
            continue  # "my 'no' to the survey": a jab, not a scheme
        a, b = next(((a, b) for a, b in sentence_spans(text) if a <= q.start() < b), (0, len(text)))
        target = lex.strong_targets.search(text, a, b) or BOSS.search(text, a, b)
        if target is None:
            target = next((_Span(text, s, e) for s, e in dept if a <= s < b), None)
        if target is None:
            continue
        # a phrase said ("EL2 said we're getting new starters 'soon'") is no scheme's name by the words before it
        said = SAID_BEFORE.search(text, max(0, q.start() - 60), q.start())
        before = None if said else QUOTED_SCHEME_BEFORE.search(text, max(0, q.start() - 30), q.start())
        scheme = before or QUOTED_SCHEME_AFTER.match(text, q.end())
        if scheme is None and SET_AGAINST.search(text, q.end()) is None:
            continue
        yield _mocks(text, item, target, q)
        return


def _show_over_staff(text: str, item: Item, lex: Lex, profile: Profile) -> Iterator[Match]:
    """Money or a show for those in charge set against the work (`SHOW_SPENDING`): "Pay freeze again.
    Meanwhile the executive floor got a fit-out", "if head office put half the consultant money into
    actual staff". The writer is inside (`INSIDER`), those in charge or the organisation are named, and
    the text sets the two apart (`SET_AGAINST`, `IRONY_CUE` or a denial); not a private job or private life."""
    low = text.casefold()
    if not any(k in low for k in SHOW_SPENDING_KEYS):
        return
    cue = searched(SHOW_SPENDING, text)
    if cue is None or private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
        return
    inside = searched(INSIDER, text)
    if inside is None or not (searched(SET_AGAINST, text) or searched(IRONY_CUE, text) or searched(DENIED, text)):
        return
    target = lex.strong_targets.search(text) or BOSS.search(text)
    if target is None:
        target = next(
            (_Span(text, s, e) for _t, k, s, e in department_terms(text, profile) if e > s and k != "staff_handles"), None
        )
    if target is None:
        return
    yield Match(
        key="harsh",
        evidence=snippet(text, min(target.start(), cue.start()), max(target.end(), cue.end())),
        why=f'sets "{target.group(0).strip()}" and its "{cue.group(0)}" against their own work ("{inside.group(0).strip()}")',
        message=f"{describe(item)} criticises {target.group(0).strip()}",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )


class _Span:
    """A stretch of text read like a match: the organisation's name as a target."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _n: int = 0) -> str:
        return self._text[self._start : self._end]


def _sarcasm(text: str, item: Item, lex: Lex, profile: Profile) -> Iterator[Match]:
    """A sarcastic turn aimed at those in charge or at the work: irony with no harsh word. An ironic
    verdict on the work's priorities or plans (`IRONIC_VERDICT`: "Priorities.", "Great strategy,
    truly.") may also aim at the organisation named or the work's "we"."""
    cue = searched(SARCASM, text)  # the cue first: it is rarer and cheaper than the targets
    ironic = None
    if cue is None:
        low = text.casefold()
        cue = ironic = searched(IRONIC_VERDICT, text) if any(k in low for k in IRONIC_KEYS) else None
    if cue is None or private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
        return  # "my landlord's 'restructure' of the rent ... Cool cool cool": private life
    # not "the top-up", not a shop's department ("Nothing says Monday like the print department at Officeworks ...")
    boss = next(
        (m for m in BOSS.finditer(text) if not text.startswith("-", m.end()) and not shop_department(text, m.start(), m.end())),
        None,
    )
    target = next((m for m in lex.strong_targets.finditer(text) if not shop_department(text, m.start(), m.end())), None)
    target = target or boss or lex.employment.search(text)
    own = None
    if target is None and ironic is not None:
        dept = next(((s, e) for _t, _k, s, e in department_terms(text, profile) if e > s), None)
        target = _Span(text, *dept) if dept else None
        own = None if target is not None else searched(INSIDER, text)  # the work's "we": "we closed 3 centres"
    if target is None and own is None:
        return
    about = f'"{target.group(0).strip()}"' if target is not None else f'their own work ("{own.group(0).strip()}")'
    target = target or own
    yield Match(
        key="harsh",
        evidence=snippet(text, min(target.start(), cue.start()), max(target.end(), cue.end())),
        why=f'sarcasm ("{cue.group(0).strip()}") about {about}',
        message=f"{describe(item)} mocks {target.group(0).strip() if own is None else 'their own workplace'}",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )


def _ironic_label(text: str, item: Item, lex: Lex, profile: Profile) -> Iterator[Match]:
    """The organisation labelled by its habit (`IRONIC_LABEL`: "Classic DET.", "Peak ABF. 🙄"): the
    next words are the organisation (a term of the profile), or, from a writer inside (`INSIDER`), those
    in charge or the service itself (`SERVICE_LABELLED`), and end the clause; not at a private job or
    in private life."""
    low = text.casefold()
    if not any(k in low for k in IRONIC_LABEL_KEYS):
        return
    for cue in IRONIC_LABEL.finditer(text):
        a = cue.end()
        ends = [e for _t, k, s, e in department_terms(text, profile) if s == a and e > s and k != "staff_handles"]
        if not ends and searched(INSIDER, text) is not None:
            # those in charge or a portfolio's name need the writer inside: "Waited 9 hours in ED. Classic Health." is a patient's
            boss = lex.strong_targets.search(text, a, a + 40)
            service = SERVICE_LABELLED.match(text, a)
            ends = [m.end() for m in (boss, service) if m is not None and m.start() == a]
        end = next((e for e in sorted(ends, reverse=True) if LABEL_ENDS.match(text, e)), None)
        if end is None:
            continue
        if private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
            return
        label = text[cue.start() : end].strip()
        yield Match(
            key="harsh",
            evidence=snippet(text, cue.start(), end),
            why=f'sarcasm ("{label}") about "{text[a:end].strip()}"',
            message=f"{describe(item)} mocks {text[a:end].strip()}",
            severity=reach_severity(Severity.MEDIUM, item),
            confidence=0.6,
        )
        return


def harsh_criticism(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text or ""
    lex = lexicon(profile)
    if lex.harsh is None:
        return
    low = text.casefold()
    if ("work" in low or "public" in low) and searched(NOT_INSIDE, text) and searched(INSIDER, text) is None:
        return  # "Tas budget papers out. Glad I don't work in govt, must be a mess for them": a citizen's view
    harsh = list(lex.harsh.finditer(text))
    if not harsh:
        found = (
            list(_negative_in_sentence(text, item, lex))
            or list(_irony(text, item, lex))
            or list(_quoted_scheme(text, item, lex, profile))
            or list(_show_over_staff(text, item, lex, profile))
            or list(_sarcasm(text, item, lex, profile))
            or list(_ironic_label(text, item, lex, profile))
        )
        found = found or list(_out_of_touch(text, item, lex))
        yield from found or _resourcing(text, item, profile)
        return
    targets = [(m.start(), m.end(), m.group(0)) for m in lex.targets.finditer(text)]
    # a staff member's handle ("@sam_r_abf") is a person, not the department
    targets += [(s, e, t) for t, k, s, e in department_terms(text, profile) if e > s and k != "staff_handles"]
    for h in harsh:
        if _SELF_DIRECTED.search(text, max(0, h.start() - 30), h.start()):
            continue  # "when we were both clueless APS3s"
        tgt = near(h, targets, 100)
        if tgt is None:
            continue
        yield Match(
            key="harsh",
            evidence=snippet(text, min(h.start(), tgt[0]), max(h.end(), tgt[1])),
            why=f'harsh word "{h.group(0)}" aimed at "{tgt[2]}"',
            message=f"{describe(item)} harshly criticises {tgt[2]}",
            severity=reach_severity(Severity.MEDIUM, item),
            confidence=0.75,
        )
        return
    yield from _out_of_touch(text, item, lex)


def _out_of_touch(text: str, item: Item, lex: Lex) -> Iterator[Match]:
    """Those in charge said not to know the work, or told to try it: "reforms written by people
    who've never set foot in a rural pharmacy", "The Health Minister should do one night on 4D"."""
    cue = searched(NEVER_DONE_THE_WORK, text) or searched(TRY_THE_JOB, text)
    if cue is None or private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
        return
    target = lex.targets.search(text) or lex.strong_targets.search(text) or (lex.topics.search(text) if lex.topics else None)
    if target is None:
        return
    yield Match(
        key="harsh",
        evidence=snippet(text, min(target.start(), cue.start()), max(target.end(), cue.end())),
        why=f'says "{target.group(0)}" does not know the work ("{cue.group(0).strip()}")',
        message=f"{describe(item)} criticises {target.group(0)} as out of touch",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )


def _negative_in_sentence(text: str, item: Item, lex: Lex) -> Iterator[Match]:
    """A broader negative judgement in the same sentence as a government or employer target."""
    if lex.negative is None or lex.negative.search(text) is None:
        return  # one search of the whole text first: most texts hold no negative word at all
    if searched(_ASKS_THE_PUBLIC, text):
        return  # "the upload button keeps failing on the app. any tips?": a customer stuck, not a verdict
    for a, b in sentence_spans(text):
        neg = lex.negative.search(text, a, b)
        if neg is not None and _NOUN_USE_AFTER.match(text, neg.end()):
            neg = None  # "Queensland Health's disaster management unit": a kind of work, not a verdict
        if neg is None:
            continue
        tgt = lex.strong_targets.search(text, a, b)
        if tgt is None or _FOREIGN_BEFORE.search(text, max(a, tgt.start() - 20), tgt.start()):
            continue
        yield Match(
            key="harsh",
            evidence=snippet(text, min(neg.start(), tgt.start()), max(neg.end(), tgt.end())),
            why=f'negative judgement "{neg.group(0)}" in the same sentence as "{tgt.group(0)}"',
            message=f"{describe(item)} harshly criticises {tgt.group(0)}",
            severity=reach_severity(Severity.MEDIUM, item),
            confidence=0.65,
        )
        return


# A customer asking the public for help with the agency: "any tips?", "has anyone else had this?".
_ASKS_THE_PUBLIC = lazy_pattern(
    r"\b(?:any tips|any advice|anyone know (?:how|if|what|why)|does anyone know|has anyone (?:else )?had|"
    r"is anyone else having|how do i (?:get|fix|upload|lodge))\b",
    re.IGNORECASE,
)


# A negative word used as the name of a kind of work: "disaster management", "disaster recovery".
_NOUN_USE_AFTER = lazy_pattern(
    r"\s+(?:management|recovery|response|relief|preparedness|resilience|coordinator|unit|team)\b", re.IGNORECASE
)


# Another country's government: "the UK govt is an absolute circus".
_FOREIGN_BEFORE = lazy_pattern(
    r"\b(?:UK|U\.K\.|British|US|U\.S\.|American|Canadian|NZ|Kiwi|Chinese|Russian|Indian|Indonesian|foreign|Tory|Trump)\s+$"
)


# Staff counted against the work they face, then a short verdict on it: "Our licensing desk has 3
# assessors and 900 applications this month. Turnaround targets are a fantasy.", "two rangers for
# eleven parks. The new strategy says... more signage." The figures alone are an operational report
# (left to the operational rules); the verdict after them is the writer's comment on the resourcing.
_NUMBER = r"(?:\d{1,3}(?:,\d{3})*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_STAFF_COUNT = lazy_pattern(
    rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:staff|people on|detectives?|nurses?|teachers?|officers?|workers?|"
    r"caseworkers?|FTE|grads|doctors?|paramedics?|ambos?|clinicians?|crews?|assessors?|processors?|lawyers?|rangers?|"
    r"inspectors?|police|midwives|carers?|psychologists?|of us|analysts?|delegates?)\b",
    re.IGNORECASE,
)
_WORK_COUNT = lazy_pattern(
    rf"\b{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:requests?|notifications?|calls?|cases?|claims?|classes|beds?|patients?|"
    r"addresses|referrals?|applications?|apps|files?|jobs?|clients?|kids|students?|reports?|callers?|tickets?|matters?|"
    r"prisoners?|inmates?|families|incidents?|emails?|complaints?|appeals?|passengers?|schools?|parks|properties|"
    r"inspections?|people waiting)\b",
    re.IGNORECASE,
)
# The verdict: a sentence after the figures that calls the work's promise unreal or unsafe, or an
# ellipsis that leads to the punchline ("The review recommended... a new logo").
_RATIO_VERDICT = lazy_pattern(
    r"(?:^|(?<=[.!?]\s))[^.!?]{0,60}?(?:\b(?:fiction|fantasy|yeah,? nah|unsafe|not safe|make it make sense|a joke|madness|"
    r"insane|unsustainable|not sustainable|ridiculous|impossible|absurd|laughable)\b|\w(?:\.\.\.?|…) [^.!?]+)",
    re.IGNORECASE,
)
_RATIO_KEYS = ("fiction", "fantasy", "nah", "safe", "make sense", "joke", "madness", "insane", "sustainable", "ridiculous")
_RATIO_KEYS += ("impossible", "absurd", "laughable", "..", "…")


def _ratio_verdict(text: str) -> tuple[re.Match[str], re.Match[str], re.Match[str]] | None:
    """Staff counted against the work and a short verdict after both (the three matches), or None."""
    low = text.casefold()
    if not any(k in low for k in _RATIO_KEYS):
        return None  # the verdict's words, looked up first: most texts hold none
    staff = searched(_STAFF_COUNT, text)
    work = staff and next((w for w in _WORK_COUNT.finditer(text) if w.span() != staff.span()), None)
    if not staff or work is None:
        return None
    verdict = _RATIO_VERDICT.search(text, max(staff.end(), work.end()))
    return None if verdict is None else (staff, work, verdict)


def _resourcing(text: str, item: Item, profile: Profile) -> Iterator[Match]:
    """A verdict on how the work is resourced, from inside it: "Participants deserve better and
    honestly so do we", "Two vans for the whole night shift. Do the maths.", staff counted against the
    work and then judged (`_ratio_verdict`). The writer must be at the work (the work's "we", one's
    own job or team, a work word, the organisation named) and not at a private job."""
    low = text.casefold()
    # the words the verdict needs, looked up first: cheaper than the pattern on every text
    cue = searched(RESOURCING_VERDICT, text) if any(k in low for k in ("deserve", "math", "hiring")) else None
    ratio = None if cue is not None else _ratio_verdict(text)
    if ratio is not None:
        cue = ratio[2]
    if cue is None or private_job(text) or searched(PRIVATE_EMPLOYER, text) or searched(PRIVATE_LIFE, text):
        return
    anchor = searched(INSIDER, text) or searched(WORK_FRAME, text)
    if anchor is None and not department_terms(text, profile):
        return
    why = f'says the work is not resourced as it should be ("{cue.group(0).strip()}")'
    if ratio is not None:
        staff, work, _ = ratio
        why = (
            f'counts the staff against the work ("{staff.group(0)}", "{work.group(0)}") and judges it ("{cue.group(0).strip()}")'
        )
    yield Match(
        key="harsh",
        evidence=snippet(text, cue.start(), cue.end()),
        why=why,
        message=f"{describe(item)} criticises how the work is resourced",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=0.6,
    )
