"""Safer wording: a rewrite of a draft that keeps what the person wanted to say.

`safer_wording(text, profile, check)` proposes a version of a draft that drops what exposes the
writer and keeps the rest, then checks the proposal with the same rules until it passes:

1. Term edits, from the exposing spans themselves (the profile's typed entities,
   `rules.analysis.entities`, and a few patterns): the organisation becomes "the APS" (the DIBP
   policy allows saying one works in the APS) or, for a state profile, "the public service"; a
   work site becomes "work"; a unit, a uniform or insignia word, a work email or phone, an
   organisation hashtag or handle is removed; a role followed by a name ("Constable Josh Tran"),
   and any @tag when a colleague was flagged, are removed; an exact time goes, a weekday becomes
   "this week" and a roster ("12 hr night shift") becomes "shift".
2. The result is checked (`check`, the same rules as `auditor check`); while a finding at medium
   or above remains, each sentence is checked on its own and a failing one is dropped (operational
   detail and official comment rarely have a smaller fix); a finding that only the whole text
   triggers drops the sentence its evidence quotes. A few rounds; if it still fails, the
   proposal is empty ("don't post it").

It never decides what is risky (the rules do) and never reads files; `word_survival` measures how
much of the draft outside the exposing spans the proposal kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from auditor.config import Profile
from auditor.geo.distance import distance_km
from auditor.geo.gazetteer import lookup
from auditor.models import Audience, Category, Finding, Item, ItemKind, Platform, blocking
from auditor.rewritenames import TITLE_ONLY, colleague_names, joined_names, stand_in
from auditor.rules.analysis import entities
from auditor.rules.base import lazy_pattern
from auditor.rules.phones import phone_numbers
from auditor.rules.registry import active_rules
from auditor.rules.runner import run_rules
from auditor.rules.superiors import NEW_STARTER

Check = Callable[[str], list[Finding]]

# Profiles of a state public service: the agency generalises to "the public service", not "the APS".
STATE_PROFILES = frozenset({"qld", "vic", "tas", "nsw", "wa", "sa", "nt", "act"})
ROUNDS = 3
NOT_TEXT = frozenset({Category.GEOTAG, Category.ACCOUNT_REGISTRATION})  # not fixed by rewording
BIG_CITIES = (
    "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide", "Hobart", "Darwin", "Canberra", "Gold Coast",
    "Newcastle", "Wollongong", "Geelong", "Townsville", "Cairns", "Launceston", "Toowoomba", "Ballarat", "Bendigo",
)  # fmt: skip
CITY_KM = 60.0  # a site further from any city than this becomes "work"
MAX_REWRITES = 500  # items of one scan given a safer wording
# The item kinds whose text a person can edit rather than delete (the scan's checklist offers these).
EDITABLE_KINDS = frozenset({ItemKind.POST, ItemKind.COMMENT, ItemKind.CAPTION})

EMAIL = lazy_pattern(r"[\w.+-]+\s*(?:@|\(at\)|\[at\])\s*[\w-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\w-]+)+", re.I)
# A named facility of the organisation and the kind of place it is (its last such word).
FACILITY = lazy_pattern(
    r"\b(hospital|school|college|prison|court|station|watch ?house|clinic)s?(?:\s+(?:of|for)\s+\w+)?\s*$", re.IGNORECASE
)
TIME = lazy_pattern(
    r"(?:\b(?:at|from|by|until|till|before|after)\s+)?"
    r"(?:\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:[01]\d|2[0-3])[0-5]\d\s?(?:hrs?|h)?\b(?!\s*(?:%|kg|km|m\b)))",
    re.I,
)
YEAR = lazy_pattern(r"(?:19|20)\d\d")
WEEKDAY = lazy_pattern(
    r"\b(?:on\s+|this\s+|last\s+|next\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)days?"
    r"(?:\s+(?:arvo|afternoon|morning|night|evening|avo))?\b",
    re.I,
)
ROSTER = lazy_pattern(
    r"\b(?:\d{1,2}\s?-?\s?(?:hr|hour)s?\s+)?(?:(?:night|nights|overnight|graveyard|early|late|day|rotating|split|double)\s+)+"
    r"(?=shifts?\b)|\b\d{1,2}\s?-?\s?(?:hr|hour)s?\s+(?=shifts?\b)",
    re.I,
)
MENTION = lazy_pattern(r"(?<![\w@])@\w+(?:\.\w+)*")  # a handle with dots goes whole: "@bec.on.the.wards"
HASHTAG = lazy_pattern(r"(?<![\w#])#\w+")
CLAUSE = lazy_pattern(r"(?:[^,;:—–(]|(?<=\d)[,:](?=\d))+(?:[,;:—–(]+|$)")
# where a clause starts inside a CLAUSE piece (the space goes with it): before a coordinating word
# ("and", "but", "so" ...) or a spaced hyphen, or after an emoji; a dependent clause ("because", "until", "which" ...)
# stays with the clause it depends on, since alone it says something else ("till the new year")
JOINT = lazy_pattern(
    r"(?<=\S)(?=\s+(?:and|but|so|yet|plus|then|meanwhile|-+)\s)|(?<=[\u2600-\u27bf\U0001f000-\U0001faff])(?=\s+\w)",
    re.IGNORECASE,
)
OPENING_JOINT = lazy_pattern(r"^(?:and|but|so|yet|plus|then)\s+|^[\s,;:—–-]+", re.IGNORECASE)
LEARNED_SCORE = lazy_pattern(r"learned score (\d+(?:\.\d+)?) \(threshold (\d+(?:\.\d+)?)\)")
MAX_CLAUSES = 10  # a sentence cut into more clauses than this goes whole (each loss tried is a check)
ABBREVIATED_DAY = lazy_pattern(
    r"\b(?:on\s+)?(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat)(?:\s+(?:arvo|morning|night|early|late|evening))?\b"
)
# a preposition and article before a site that becomes "work": "on the ward" / "in the x-ray room"
# -> "at work", "near the mail centre" -> "near work" (group 1 is replaced, group 2 kept)
# "in a cell" and "on our ward" lead the same way as "at the x-ray room": all become "at work"
SITE_LEAD = lazy_pattern(r"\b((?:(at|in|on)|from|to|near|outside|for) (?:(?:the|a|an|my|our)(?: [a-z]+){0,2} )?)$")
# a room, ward or bay code after a site word: "ward 4B", "bay 12", "pod C"
SITE_CODE = lazy_pattern(r" (?:\d{1,3}[A-Za-z]?|[A-Z]\d{0,2})\b")
# words left hanging when what followed them is removed before a gap (punctuation or the end)
HANGING = lazy_pattern(r"(?:\b(?:the|a|an|at|in|on|for|of|to|with|and|is|my|our|from|via)\s*)+$", re.I)
GAP_AFTER = lazy_pattern(r"\s*(?:[,.!?;:]|$)")
UNIFORM_LEAD = lazy_pattern(r"(?:\b(?:to\s+)?(?:wear|wearing|in|donning)\s+)?(?:\b(?:the|my|his|her|their|our|a|new)\s+)*$", re.I)
_UNIT_AFTER = lazy_pattern(r" (?:ED|ICU|CCU|NICU|PICU|HDU|CIB|SOG|DFV)\b")
_HOSPITAL_UNITS = frozenset({"ED", "ICU", "CCU", "NICU", "PICU", "HDU"})
_PHONE_LEAD = lazy_pattern(
    r"(?:^|[\s|•·,(])((?:ph|p|t|tel|phone|m|mob|mobile|w|wk|work|office|direct|desk|fax|pager|ddi|ext|extension|(?:it is |it.s )?internal)\.?\s*:?\s*|(?<=\w )(?:on|at)\s+)$",
    re.IGNORECASE,
)
_CALL_LEAD = lazy_pattern(
    r"(?:,\s*|\b)(?:call|ring|phone|text|txt|contact|reach|try|dial)\s+(?:(?:me|us|him|her|them)\s+)?(?:(?:on|at)\s+)?"
    r"(?:(?:my|our|the|his|her|their|this)\s+)?(?:(?:work|desk|office|direct|mobile|mob|number|line|phone|unit|team)\s+)*$",
    re.IGNORECASE,
)
# a short extension right after a number, which the contact rules need not read as a number of its own
# ("6222 8100 ext 42", "6222 8100 x42", "(03) 9555 0101 #7"): it goes with the number
_EXT_AFTER = lazy_pattern(r"\s*,?\s*(?:ext\.?|extn\.?|extension|x|#)\s*\d{1,6}\b", re.IGNORECASE)
_SURNAME = lazy_pattern(r" (?-i:[A-Z][a-z'’-]+)\b(?!\s+(?:Airport|Street|St|Road|Rd|Station|Prison|Hospital)\b)")
NAME_AFTER = lazy_pattern(r"\s+(?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)?")
SENTENCE = lazy_pattern(r"[^.!?\n]+(?:[.!?]+|\n+|$)")
WORD = lazy_pattern(r"[\w'’]+")


# words a rewrite leaves or puts in that carry nothing of the writer's own
_FILLER = frozenset("a an the at in on to of for with and or is it its this week work".split())


@dataclass(frozen=True)
class Rewrite:
    """A proposal: its text, whether it passes, the draft's exposing spans and what was dropped."""

    text: str
    passes: bool
    spans: tuple[tuple[int, int], ...]
    dropped: tuple[str, ...] = ()
    rounds: int = 0

    def to_dict(self) -> dict:
        return {"text": self.text, "passes": self.passes, "dropped": list(self.dropped), "rounds": self.rounds}


def check_text(
    text: str, profile: Profile, platform: Platform = Platform.TWITTER, kind: ItemKind = ItemKind.POST
) -> list[Finding]:
    """The profile's text rules on one public text (what `auditor check` runs)."""
    item = Item(platform=platform, kind=kind, path="<draft>", text=text, audience=Audience.PUBLIC)
    return list(run_rules([item], active_rules(profile), profile))


def generic_employer(profile: Profile) -> str:
    """What the employer generalises to: "the APS", or "the public service" for a state profile
    or for a profile whose own organisation is the APS (``aps`` lists "APS" among its acronyms:
    there "the APS" names the employer it replaces)."""
    state = profile.name in STATE_PROFILES or str(profile.data.get("organisation", {}).get("jurisdiction", "")) == "state"
    if state or any(e.type == "ORG" for e in entities("the APS", profile)):
        return "the public service"
    return "the APS"


def city_of(site: str) -> str:
    """The city a named site is in: a city its name begins with ("Melbourne Airport"), else the
    nearest of the big cities to where the gazetteer puts it, else "work"."""
    words = site.split()
    for n in range(len(words) - 1, 0, -1):
        place = lookup(" ".join(words[:n]))
        if place is not None and place.kind in ("city", "town"):
            return place.name
    place = lookup(site)
    if place is None:
        return "work"
    best = min(
        (p for p in (lookup(c) for c in BIG_CITIES) if p is not None),
        key=lambda p: distance_km(place.lat, place.lon, p.lat, p.lon),
    )
    return best.name if distance_km(place.lat, place.lon, best.lat, best.lon) <= CITY_KM else "work"


# The organisation's name as the object of a preposition and followed by a function word is the
# employer, not a modifier: "work at Centrelink in Cannington" -> "at the public service in
# Cannington" (not "at public service in"); the text before the name, NUL, the text after it.
_OBJECT = lazy_pattern(
    r"\b(?:at|in|with|for|from|joined|left)\s+\x00 (?:in|at|on|for|and|or|to|with|from|since|as|but|so|all|every|"
    r"this|these|today|tonight|tomorrow|again|now|until|till|last|next|each|after|before|during|when|while)\b"
)


def _edits(text: str, profile: Profile, colleague: bool, names: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every exposing span found in text, not overlapping."""
    employer = generic_employer(profile)
    out: list[tuple[int, int, str]] = []
    for name in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            end = m.end()  # the surname after a named colleague goes too (not after a handle)
            if not name.startswith("@") and (surname := _SURNAME.match(text, end)):
                end = surname.end()
            if NEW_STARTER.fullmatch(name):  # one's new starter by role: "our new grad" -> "a new colleague"
                first = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".!?\n"
                out.append((m.start(), end, "A new colleague" if first else "a new colleague"))
                continue
            if TITLE_ONLY.match(name):  # one's superior by title alone: "our AP said" -> "the boss said"
                first = not text[: m.start()].strip() or text[: m.start()].rstrip()[-1] in ".!?\n"
                out.append((m.start(), end, ("The boss" if first else "the boss") if " " in name else "boss"))
                continue
            out.append((m.start(), end, stand_in(text, m.start(), "", end)))
    out = joined_names(text, out)
    for e in entities(text, profile):
        start, end, repl = e.start, e.end, ""
        before = text[:start].lower()
        if e.text.startswith(("#", "@")):
            repl = ""
        elif e.type == "ORG" and (kind := FACILITY.search(e.text)):
            # one of the organisation's hospitals, schools, prisons or courts by name: "a nurse at
            # Royal Hobart Hospital" -> "a nurse at a hospital", not "at the public service"
            if before.endswith("the "):
                start -= 4
            noun = kind.group(1).lower()
            repl = ("an " if noun[0] in "aeiou" else "a ") + noun
        elif e.type in ("ORG", "DOMAIN"):
            if e.type == "ORG" and (unit := _UNIT_AFTER.match(text, end)):
                end = unit.end()  # a ward or unit by its letters goes too: "at the Alfred ED" -> "at a hospital"
                if unit.group(0).strip() in _HOSPITAL_UNITS:
                    # a hospital's ward says what it is, so the safer wording is a hospital, not the employer
                    # ("Took my daughter to the Austin ED" -> "to a hospital", not "to the public service")
                    if before.endswith("the "):
                        start -= 4
                    out.append((start, end, "a hospital"))
                    continue
            after = text[end : end + 3]
            if after in ("'s ", "’s "):  # "the ATO's approach" -> "the APS's approach"
                pass
            elif (
                re.match(r" [a-z]", after)
                and not before.endswith("the ")
                and not e.text.lower().startswith("the ")  # "the Austin" is a noun phrase, no modifier
                and not _OBJECT.search(before + "\0" + text[end : end + 12])
            ):
                # "ATO auditor" -> "APS auditor", "I'm ABF on the roster" -> "I'm APS on the roster"
                repl = employer.removeprefix("the ")
                if before.endswith(("a ", "an ")):
                    start -= 2 if before.endswith("a ") else 3
                    repl = ("an " if repl == "APS" else "a ") + repl
                out.append((start, end, repl))
                continue
            if before.endswith(("a ", "an ")):  # "a Border Force officer" -> "an APS officer"
                cut = 2 if before.endswith("a ") else 3
                start -= cut
                repl = "an APS" if employer == "the APS" else "a public service"
            else:
                if before.endswith("the "):
                    start -= 4
                repl = employer
        elif e.type == "SITE":  # "at Melbourne Airport" -> "at Melbourne"; "at the x-ray room" -> "at work"
            repl = city_of(e.text.lstrip("#@"))
            lead = SITE_LEAD.search(before)
            if repl == "work" and (code := SITE_CODE.match(text, end)):
                end = code.end()
            if lead and repl == "work":
                start -= len(lead.group(1))
                repl = ("at " if lead.group(2) else lead.group(1).split()[0] + " ") + repl
        elif e.type == "SYSTEM":
            if before.endswith("the "):
                start -= 4
            repl = "the system"
        elif e.type == "UNIFORM":  # "New uniform, first shift" -> "first shift": a short clause goes whole
            left = max(text.rfind(c, 0, start) for c in ",;:—–.!?\n") + 1
            right = min((i for i in (text.find(c, end) for c in ",;:—–.!?\n") if i >= 0), default=len(text))
            # a short clause, counting only its own words: "new lanyard and all" goes whole, not
            # "new lanyard" alone (which left "..., and all")
            if len([w for w in WORD.findall(text[left:right]) if w.casefold() not in _FILLER]) <= 3:
                start, end = left, min(right + 1, len(text))
            else:  # "proud to wear the uniform with" -> "proud with"
                lead = UNIFORM_LEAD.search(text, 0, start)
                start = lead.start() if lead else start
        elif e.type == "ROLE":
            name = NAME_AFTER.match(text, end)
            if name:  # a titled person: a colleague named ("thanks to Sgt Lee Kowalski and the crew"
                # -> "thanks to a colleague and the crew", "our Inspector Ng" -> "our colleague")
                end = name.end()
                repl = stand_in(text, start, "a colleague")
        out.append((start, end, repl))
    numbers: list[list[int]] = []
    for _number, _digits, p_start, p_end in phone_numbers(text):
        if numbers and not text[numbers[-1][1] : p_start].strip():
            numbers[-1][1] = p_end  # a number and its extension after it: "02 6264 1111 ext 4410"
        else:
            numbers.append([p_start, p_end])
    for p_start, p_end in numbers:
        if ext := _EXT_AFTER.match(text, p_end):
            p_end = ext.end()
        # what the contact rules read as a number ("0412 345 678" is a mobile, not a time; "oh four one
        # two ..." spelt), with the label or the "on" that introduced it: "Ph: (03) ..." -> "", "call me
        # on x5512 if" -> "call me if"
        lead = _PHONE_LEAD.search(text, max(0, p_start - 16), p_start)
        start = lead.start(1) if lead else p_start
        # a request to call with nothing left to call goes with the number when the clause ends there:
        # "Two years here, ring my desk 02 ..." -> "Two years here" (not "Two years here, ring my")
        call = _CALL_LEAD.search(text, max(0, start - 40), start)
        before = text[: call.start()].rstrip() if call else ""
        if call and GAP_AFTER.match(text, p_end) and before and before[-1] not in ".!?\n":
            start = call.start()  # a sentence that is only the request keeps it ("Ring the unit.")
        out.append((start, p_end, ""))
    for pattern, repl in (
        (EMAIL, ""),
        (TIME, ""),
        (WEEKDAY, "this week"),
        (ABBREVIATED_DAY, "this week"),
        (ROSTER, ""),
    ):
        # a bare year is no time of day ("same slides as 2021"); "at 2000" and "2030 hrs" still are
        out.extend((m.start(), m.end(), repl) for m in pattern.finditer(text) if not YEAR.fullmatch(m.group(0)))
    if colleague:
        out.extend((m.start(), m.end(), "") for m in MENTION.finditer(text))
    chosen: list[tuple[int, int, str]] = []
    # at one start the longest span wins; between equal spans, a replacement over a removal
    for start, end, repl in sorted(out, key=lambda t: (t[0], -(t[1] - t[0]), not t[2])):
        if chosen and start < chosen[-1][1]:
            continue
        chosen.append((max(start, 0), end, repl))
    return chosen


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    parts, pos = [], 0
    for start, end, repl in edits:
        head = text[pos:start]
        if not repl and GAP_AFTER.match(text, end):  # "every shift at the [unit]." -> "every shift."
            head = HANGING.sub("", head) if pos < start or not parts else head
            if not head and parts:
                parts[-1] = HANGING.sub("", parts[-1])
        parts.append(head)
        parts.append(repl)
        pos = end
    parts.append(text[pos:])
    out = tidy("".join(parts))
    if out[:1].islower() and text[:1].isupper():  # "Early shift at ..." -> "Shift at ...", not "shift at ..."
        out = out[0].upper() + out[1:]
    return out


def tidy(text: str) -> str:
    """Spacing and punctuation left behind by removed words."""
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r"\bthis week(?:,? (?:and |or |& )?this week)+", "this week", text)
    text = re.sub(r"\bevery this week\b", "every week", text)
    text = re.sub(r"^(?:and|or|with|&)\s+", "", text, flags=re.I)
    text = re.sub(r" +([,.!?;:])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    text = re.sub(r"(?:\s*[·|—–-]\s*){2,}", " · ", text)
    text = re.sub(r"\bthe (the APS|the public service|the system)\b", r"\1", text)
    text = re.sub(r"\b(at|in) the work\b", r"\1 work", text)
    text = re.sub(r"\b([Aa])n (?=[b-df-gj-np-tv-z][a-z])", r"\1 ", text)  # "as an [APS5] policy officer" -> "as a policy officer"
    text = re.sub(r"^[\s,;:·|—–-]+|[\s,;:·|—–-]+$", "", text, flags=re.M)
    return re.sub(r" {2,}", " ", text).strip()


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text) if s.strip()]


def safer_wording(text: str, profile: Profile, check: Check, findings: list[Finding] | None = None) -> Rewrite:
    """A proposal that passes `check` (no finding at medium or above), or an empty one."""
    findings = check(text) if findings is None else findings
    colleague = any(f.category == Category.COLLEAGUE_EXPOSURE for f in findings)
    edits = _edits(text, profile, colleague, colleague_names(findings))
    spans = tuple((s, e) for s, e, _ in edits)
    current = _apply(text, edits)
    dropped: list[str] = []
    for round_no in range(1, ROUNDS + 1):
        left = blocking(check(current)) if current else []
        if not left:
            if _fragment(current, text):
                break
            return Rewrite(current, True, spans, tuple(dropped), round_no)
        untagged = tidy(HASHTAG.sub("", MENTION.sub("", current)))  # the smallest fix: no hashtags or tags
        if untagged != current:
            dropped.extend(m.group(0) for m in HASHTAG.finditer(current))
            current = untagged
            continue
        current = _drop(current, left, check, dropped)
    if current and not _fragment(current, text) and not blocking(check(current)):
        return Rewrite(current, True, spans, tuple(dropped), ROUNDS)
    return Rewrite("", True, spans, tuple(dropped) + ((current,) if current else ()), ROUNDS)


def _fragment(proposal: str, draft: str) -> bool:
    """A proposal with fewer than two words of the writer's own left of a longer draft ("40 at
    work") says nothing they meant: no rewrite is better than a fragment."""
    return len(_own_words(proposal)) < 2 and len(WORD.findall(draft)) >= 6


def _own_words(text: str) -> list[str]:
    """The words of text that carry something of the writer's own: no figure, no filler."""
    return [w for w in WORD.findall(text) if w.isalpha() and w.casefold() not in _FILLER]


def _drop(text: str, left: list[Finding], check: Check, dropped: list[str]) -> str:
    """The text without its failing sentences; a failing sentence loses only its failing clauses
    when that is enough for the sentence to pass."""
    parts = sentences(text)
    failing = [s for s in parts if blocking(check(s))]
    if not failing:  # only the whole text triggers it: drop the one sentence whose loss clears it
        rest = _without_one([p + " " for p in parts], check, dropped)
        if rest:
            return rest
        # no one sentence's loss clears it: lose sentences one at a time, each the one whose loss
        # brings the learned score down most, rather than every sentence its evidence quotes
        kept_parts = _lighten([p + " " for p in parts], check, lambda ps: tidy("".join(ps)))
        if kept_parts:
            dropped.extend(p for p in parts if p + " " not in kept_parts)
            return tidy("".join(kept_parts))
        failing = [s for s in parts if any(_quotes(f.evidence or "", s) for f in left)] or parts[-1:]
    kept: list[str] = []
    for sentence in parts:
        if sentence not in failing:
            kept.append(sentence)
            continue
        smaller = _trim(sentence, check, dropped)
        if smaller:
            kept.append(smaller)
        else:
            dropped.append(sentence)
    return tidy(" ".join(kept))


def clauses(sentence: str) -> list[str]:
    """A sentence's clauses: split at commas, semicolons, colons and dashes (`CLAUSE`), then before
    a coordinating word ("and", "but", "so" ...) and after an emoji (`JOINT`), each joining word kept
    with the clause it opens ("the system crashed 4 times today | and I lost 2 case notes")."""
    out: list[str] = []
    for part in CLAUSE.findall(sentence):
        for i, piece in enumerate(JOINT.split(part)):
            # a piece after a joining word with fewer than three words of its own ("and go" of
            # "come and go", "and 'brand refresh'") is no clause: it stays with the one before it
            if i and out and len(WORD.findall(OPENING_JOINT.sub("", piece.strip()))) < 3:
                out[-1] += piece
            elif piece.strip():
                out.append(piece)
    return out


def _joined(pieces: list[str], sentence: str) -> str:
    """Clauses put back as a sentence: no joining word or stray punctuation left at its start, its
    capital and its closing mark kept ("I lost 2 case notes." from "... and I lost 2 case notes.")."""
    text = tidy("".join(pieces))
    text = OPENING_JOINT.sub("", text)
    if text[:1].islower() and not sentence[:1].islower():  # "14 ambos ramped ... and a guy" -> "A guy"
        text = text[0].upper() + text[1:]
    end = sentence.rstrip()[-1:]
    if text and end in ".!?" and text[-1] not in ".!?":
        text = text.rstrip(",;:—–-( ") + end
    return text


def _risk(findings: list[Finding]) -> float:
    """How far a text is from passing: 0 when nothing blocks; a learned finding by how far its score
    is over the threshold (its `why` says both); a word-list finding 1."""
    risk = 0.0
    for f in blocking(findings):
        m = LEARNED_SCORE.search(f.why or "")
        risk = max(risk, float(m.group(1)) - float(m.group(2)) + 0.001 if m else 1.0)
    return risk


def _lighten(pieces: list[str], check: Check, join: Callable[[list[str]], str]) -> list[str] | None:
    """The pieces less those whose loss makes ``join`` of the rest pass, one at a time: the shortest
    whose loss clears it, else the one whose loss brings the score down most; None when no single
    loss brings it closer (or nothing is left)."""
    keep = list(pieces)
    while keep and (risk := _risk(check(join(keep)))) > 0:
        best, best_key = -1, (risk, 0)
        for i, piece in enumerate(keep):
            rest = join(keep[:i] + keep[i + 1 :])
            key = (_risk(check(rest)) if WORD.search(rest) else 1.0, len(WORD.findall(piece)))
            if key < best_key:
                best, best_key = i, key
        if best < 0:
            return None
        keep.pop(best)
    return keep or None


def _trim(sentence: str, check: Check, dropped: list[str]) -> str | None:
    """A failing sentence less the fewest words of its clauses that make it pass, or None.

    The clauses that fail alone go first; then, while the rest still fails (a learned score reads
    the clauses together), the clause whose loss clears it (the shortest such), else the one whose
    loss brings the score down most. A learned finding has no span to edit, so this keeps what the
    sentence said around the risky part: "Our new case system crashed 4 times today and I lost 2
    case notes" keeps "I lost 2 case notes" when only the crash reads as operational detail.
    """
    pieces = clauses(sentence)
    if not 1 < len(pieces) <= MAX_CLAUSES:
        return None
    # a clause that fails alone goes, and so does one with no word of the writer's own left ("40
    # at work" of "40 in the unit")
    passing = [p for p in pieces if _own_words(p) and not blocking(check(p))]
    keep = _lighten(passing, check, lambda ps: _joined(ps, sentence))
    if not keep:
        return None
    text = _joined(keep, sentence)
    if len(WORD.findall(text)) < 3 or text == tidy(sentence):
        return None
    dropped.extend(p.strip() for p in pieces if p not in keep)
    return text


def _without_one(parts: list[str], check: Check, dropped: list[str]) -> str | None:
    """The parts less the shortest one whose loss makes the rest pass, or None."""
    for i in sorted(range(len(parts)), key=lambda i: len(WORD.findall(parts[i]))):
        rest = tidy("".join(parts[:i] + parts[i + 1 :]))
        if WORD.search(rest) and not blocking(check(rest)):
            dropped.append(parts[i].strip())
            return rest
    return None


def _quotes(evidence: str, sentence: str) -> bool:
    core = evidence.strip("…").strip()
    return bool(core) and (core[:20] in sentence or sentence[:20] in core)


def word_survival(text: str, spans: Iterable[tuple[int, int]], rewritten: str) -> float:
    """Share of the draft's words outside the exposing spans that the rewrite kept (1.0 if none)."""
    spans = list(spans)
    outside = [m.group(0).lower() for m in WORD.finditer(text) if not any(m.start() < e and s < m.end() for s, e in spans)]
    if not outside:
        return 1.0
    kept = Counter(w.lower() for w in WORD.findall(rewritten))
    survived = 0
    for w in outside:
        if kept[w] > 0:
            kept[w] -= 1
            survived += 1
    return survived / len(outside)


def add_rewrites(findings: list[Finding], items: Iterable[Item], profile: Profile) -> list[Finding]:
    """The findings, each on a public post, comment or caption carrying its item's safer wording
    in `extra["rewrite"]` (the scan's checklist offers it as "Or edit it to: ..."). Worked out here,
    in the pipeline, because only the rules can prove the rewrite passes; a reporter never runs
    them. At most MAX_REWRITES items are reworded, so a huge export stays bounded."""
    editable = {
        (it.path, it.item_id): it for it in items if it.kind in EDITABLE_KINDS and it.text and it.audience != Audience.PRIVATE
    }
    proposals: dict[tuple[str, str | None], str] = {}
    out: list[Finding] = []
    for f in findings:
        item = editable.get((f.path, f.item_id))
        if item is None or f.category in NOT_TEXT or not blocking([f]):
            out.append(f)
            continue
        key = (item.path, item.item_id)
        if key not in proposals and len(proposals) < MAX_REWRITES:
            own = [g for g in findings if (g.path, g.item_id) == key]
            rw = safer_wording(item.text, profile, lambda t, i=item: check_text(t, profile, i.platform, i.kind), own)
            proposals[key] = rw.text
        text = proposals.get(key, "")
        out.append(f if not text else replace(f, extra={**f.extra, "rewrite": text}))
    return out
