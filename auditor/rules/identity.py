"""Department identifiers: names, former names, acronyms, units, roles, hashtags, handles, domains.

All terms come from the organisation profile (``[organisation]``), matched in any case and
spacing ("HomeAffairs", "border force"). Context decides the ambiguous ones:

* acronyms and ``capitalised`` names ("ABF", "Customs") match case-sensitively, and a
  capitalised name at the start of a sentence does not count ("Customs at Denpasar ...");
* ``ambiguous_names`` that are also everyday phrases ("home affairs") match in Title Case, or
  in lower case only next to an organisation context word (officer, policy, work, ...);
* ``weak_roles`` that other employers also use ("Compliance Officer", "Customs Officer") need
  an employment cue before them ("I'm a", "as a", "our new") or a profile field, and do not fire
  when another employer follows ("... at a superannuation fund");
* ``employer_names`` ("Immigration") count only capitalised after a stretch of work ("nine
  years with Immigration", "joined Customs"), not after "two hours with Immigration at LAX";
* ``functions`` ("Visa", "Citizenship") name a unit when a Title Case unit follows ("Visa
  Integrity team", "Citizenship Program") or a senior title comes before ("Assistant Director,
  Visa Risk");
* a handle or hashtag that carries an acronym or name as one of its parts ("@sam_r_abf",
  "@davo.abf", "#ABFdogs") is a handle or hashtag of the organisation;
* any hit inside an ``exclude`` phrase ("customs broker", "Border Security", "Customs House")
  is dropped. Generic words ("border", "customs", "immigration") are never terms on their own.

This module only reads Item text and the profile; it never reads files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    per_profile,
    per_text,
    reach_severity,
    sentence_of,
    snippet,
    word_pattern,
)

EMPLOYER_FIELDS = {"employer", "headline", "title", "work", "position", "company", "bio", "job_title", "occupation"}
ORG = "organisation"
STRONG_KEYS = ("names", "former_names", "nicknames", "units", "roles")
# Cues that the writer holds the role: "I'm a", "as a", "our new", "promoted to" (not "my uncle was a").
_EMPLOYMENT_CUE = re.compile(
    r"\b(?:i'?m|i am|im|as|became|become|becoming|been|now|new|our|fellow|proud|officially|former|ex|"
    r"work(?:s|ing|ed)? as|joined as|promoted to|promotion to|role as|job as|the department'?s?)"
    r"\W+(?:(?:an?|the|my|our|new|senior|trainee|acting|proud|former|visa|immigration|immi)\W+){0,3}$",
    re.IGNORECASE,
)
# "nine years with", "worked at", "joined", "ex-": the name that follows is an employer
_EMPLOYER_BEFORE = re.compile(
    r"(?:\b(?:years?|decades?|months?|career|stint|time|worked|working|work|served|serving)\s+(?:\w+\s+){0,2}?"
    r"(?:with|at|in|for)|\b(?:joined|left|quit|retired from|resigned from)|\bex-?)\s+(?:the\s+)?$|\bex-$",
    re.IGNORECASE,
)
_SENIOR_TITLE = (
    r"(?:First Assistant Secretary|Assistant Secretary|Executive Director|Assistant Director|Director|"
    r"Regional Commander|Commander|Superintendent|Inspector|Manager|Team Leader)"
)
_UNIT_NOUN = r"(?:team|unit|branch|section|division|program|programme|taskforce|command|directorate|network)"
# Unit words a lower-case hashtag may put after an acronym ("#abfdetectordogs", "#abfmarine"); not "#abfab".
_TAG_TAILS = ("detectordog", "dog", "k9", "marine", "officer", "life", "college", "recruit", "family", "crew", "team")
_HANDLE = re.compile(r"(?<![\w@#])([@#])([A-Za-z0-9_.]*[A-Za-z0-9_])")
_OTHER_EMPLOYER_AFTER = re.compile(r"^\s*(?:at|with|for)\s+(?:a|an|my|our)\b", re.IGNORECASE)
# A weak role the writer holds, said after it: "Case officer here", "case officers at the department".
_ROLE_CUE_AFTER = re.compile(r"^\s*(?:here\b|(?:at|in|with|for) the (?:department|dept)\b)", re.IGNORECASE)
# A role worn as a costume is no job: "dressed up as a customs officer for halloween".
_COSTUME_BEFORE = re.compile(r"\b(?:dress(?:ed|ing)?\s+(?:up\s+)?as|costume\s+as)\W+(?:an?\s+)?$", re.IGNORECASE)
# A client of the agency, not its employee: "on hold to Home Affairs" about a visa; a would-be
# applicant: "thinking of applying to the ABF".
_CLIENT_BEFORE = re.compile(
    r"\b(?:on hold (?:to|with)|waiting (?:on|for)|heard? back from|complain(?:ed|ing)? to|(?:rang|called|emailed))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPLICANT_BEFORE = re.compile(
    r"\b(?:thinking of|think about|thinking about|want to|wanting to|keen to|planning to|plan to|going to)\s+"
    r"(?:apply|applying)\s+(?:to|for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLIENT_OBJECT = re.compile(r"\b(?:visas?|citizenship|passports?|applications?|appeal)\b", re.IGNORECASE)
_CLIENT_WORDS = re.compile(
    r"\b(?:on hold|waiting|heard? back|apply|applying|applied|complain|rang|called|emailed)\b", re.IGNORECASE
)
# The writer's (or a relative's) own case with the agency: "where's my partner visa?", "dad's parent visa".
_OWN_CASE = re.compile(
    r"\b(?:my|mum'?s|dad'?s|mom'?s|partner'?s|wife'?s|husband'?s|parents'?)\s+(?:\w+\s+){0,2}?(?:visa|citizenship)"
    r"(?:\s+(?:application|grant|approval))?\b(?!\s+(?:officer|team|processing|section|unit|program|work|cases?\b))",
    re.IGNORECASE,
)
# ... unless the writer says they work there.
_STAFF_SIGN = re.compile(
    r"\b(?:i work|we work|my job|at work|colleagues?|my team|our team|shift|officers?|staff)\b", re.IGNORECASE
)
# A private-sector employer named after a weak role in the same line ("Compliance Officer | AML/CTF | Tier 1 Bank").
_PRIVATE_SECTOR_AFTER = re.compile(
    r"^[^\n.]{0,60}?\b(?:bank|banking|super fund|superannuation|insurer|insurance|AML|casino|Pty|Ltd|Limited|Inc|"
    r"Westpac|ANZ|NAB|CommBank|Commonwealth Bank|Macquarie|HMRC|HM Revenue|CBSA|CBP|council)\b",
    re.IGNORECASE,
)
# (?<!\s) and possessive runs: a start inside a long whitespace run fails at once (no O(n^2))
_DOT_WORD = re.compile(r"(?<!\s)\s*+[\[\(\{]\s*+dot\s*+[\]\)\}]\s*+|(?<!\s)\s++dot\s++", re.IGNORECASE)


@dataclass(frozen=True)
class _Compiled:
    strong: re.Pattern[str] | None
    strong_key: dict[str, str]
    ambiguous: re.Pattern[str] | None
    capitalised: re.Pattern[str] | None
    acronyms: re.Pattern[str] | None
    weak_roles: re.Pattern[str] | None
    context: re.Pattern[str] | None
    exclude: re.Pattern[str] | None
    tags: re.Pattern[str] | None
    domains: tuple[str, ...]
    employer: re.Pattern[str] | None
    unit: re.Pattern[str] | None
    tag_parts: frozenset[str]  # case-folded acronyms and joined names a handle may carry
    tag_prefixes: tuple[str, ...]  # acronyms as written (a hashtag may start with "ABF...")


def _build(profile: Profile) -> _Compiled:
    strong_key: dict[str, str] = {}
    terms: list[str] = []
    ambiguous = {t.casefold() for t in profile.terms(ORG, "ambiguous_names")}
    for key in STRONG_KEYS:
        for t in profile.terms(ORG, key):
            if t.casefold() in ambiguous:
                continue
            strong_key.setdefault(_norm(t), key)
            terms.append(t)
    tag_alts = [re.escape("#" + t.lstrip("#@")) for t in profile.terms(ORG, "hashtags")]
    tag_alts += [re.escape("@" + t.lstrip("#@")) for t in profile.terms(ORG, "handles")]
    tags = re.compile(rf"(?<![\w@#])(?:{'|'.join(tag_alts)})(?!\w)", re.IGNORECASE) if tag_alts else None
    return _Compiled(
        strong=word_pattern(terms),
        strong_key=strong_key,
        ambiguous=word_pattern(profile.terms(ORG, "ambiguous_names")),
        capitalised=word_pattern(profile.terms(ORG, "capitalised"), case_sensitive=True),
        acronyms=word_pattern(profile.terms(ORG, "acronyms"), case_sensitive=True),
        weak_roles=word_pattern(profile.terms(ORG, "weak_roles")),
        context=word_pattern(profile.terms(ORG, "context")),
        exclude=word_pattern(profile.terms(ORG, "exclude")),
        tags=tags,
        domains=tuple(d.lower() for d in profile.terms(ORG, "domains")),
        employer=word_pattern(profile.terms(ORG, "employer_names"), case_sensitive=True),
        unit=_unit_pattern(profile.terms(ORG, "functions")),
        tag_parts=frozenset(a.casefold() for a in profile.terms(ORG, "acronyms"))
        | frozenset(_norm(n) for n in profile.terms(ORG, "names") if len(_norm(n)) >= 8),
        tag_prefixes=tuple(a for a in profile.terms(ORG, "acronyms") if a.isupper()),
    )


def _unit_pattern(functions: list[str]) -> re.Pattern[str] | None:
    """ "Visa Integrity team", "Citizenship Program", "Assistant Director, Visa Risk" (Title Case)."""
    if not functions:
        return None
    fn = "|".join(re.escape(f) for f in sorted(functions, key=len, reverse=True))
    cap = r"[A-Z][a-z]+"
    title_nouns = "|".join(n.capitalize() for n in _UNIT_NOUN[3:-1].split("|"))
    own_nouns = "Program|Programme|Division|Branch|Command|Directorate|Taskforce"  # "Visa Team" could be anyone's
    return re.compile(
        rf"\b(?:{fn})\s+(?:{own_nouns})\b"  # "Citizenship Program"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+(?:{title_nouns})\b"  # "Migration Policy Division"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+{_UNIT_NOUN}\b"  # "Visa Integrity team"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+Officers?\b"  # "Visa Processing Officer" (not "Immigration Officer")
        rf"|\b{_SENIOR_TITLE}\s*(?:[,–—-]|\s+of)\s*(?:{fn})(?:\s+{cap}){{1,2}}\b"  # "Assistant Director, Visa Risk"
    )


def _tag_hits(text: str, c: _Compiled) -> list[tuple[str, str, int, int]]:
    out: list[tuple[str, str, int, int]] = []
    if "@" not in text and "#" not in text:
        return out
    for m in _HANDLE.finditer(text):
        body = m.group(2)
        parts = [p.casefold() for p in re.split(r"[_.]+", body) if p]
        hit = len(parts) > 1 and (
            any(p in c.tag_parts for p in parts) or any(a + b in c.tag_parts for a, b in zip(parts, parts[1:], strict=False))
        )
        low = body.casefold()
        low = low[2:] if low.startswith("ex") and len(low) > 4 else low  # "#exBFO", "#exABF"
        hit = hit or any(low.startswith(a.casefold()) and low[len(a) :].startswith(_TAG_TAILS) for a in c.tag_prefixes)
        hit = hit or any(low.casefold() == a.casefold() for a in c.tag_prefixes)
        hit = hit or any(body.casefold().startswith(p) for p in c.tag_parts if len(p) >= 8)
        for a in c.tag_prefixes:  # "#ABFdogs", "#ABFDogs"; not "#ABFC"
            rest = body[len(a) :]
            if body.startswith(a) and (not rest or rest[0].islower() or (len(rest) > 1 and rest[:2].istitle())):
                hit = True
        if hit:
            out.append((m.group(0), "hashtags" if m.group(1) == "#" else "staff_handles", m.start(), m.end()))
    return out


def _client_mention(text: str, hit: tuple[str, str, int, int]) -> bool:
    """A name, acronym or handle said by a client of the agency ("on hold to Home Affairs about dad's visa")."""
    if hit[1] not in ("names", "acronyms", "handles", "staff_handles", "nicknames"):
        return False
    a, b = sentence_of(text, hit[2], hit[3])
    before = text[max(a, hit[2] - 40) : hit[2]]
    if _APPLICANT_BEFORE.search(before) or _OWN_CASE.search(text, a, b):
        return True
    return bool(_CLIENT_BEFORE.search(before) and _CLIENT_OBJECT.search(text, a, b))


def _norm(term: str) -> str:
    return re.sub(r"[\s_\-]+", "", term).casefold()


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?\n:;|-–—•"


def department_terms(text: str, profile: Profile, field: str | None = None) -> list[tuple[str, str, int, int]]:
    """(matched text, list name, start, end) for every department identifier in text."""
    if not text:
        return []
    return list(per_text(profile, f"identity:{field}", text, lambda: _department_terms(text, profile, field)))  # type: ignore[call-overload]


def _department_terms(text: str, profile: Profile, field: str | None) -> list[tuple[str, str, int, int]]:
    c: _Compiled = per_profile(profile, "identity", _build)  # type: ignore[assignment]
    hits: list[tuple[str, str, int, int]] = []
    if c.strong:
        for m in c.strong.finditer(text):
            hits.append((m.group(0), c.strong_key.get(_norm(m.group(0)), "names"), m.start(), m.end()))
    if c.acronyms:
        hits += [(m.group(0), "acronyms", m.start(), m.end()) for m in c.acronyms.finditer(text)]
    if c.tags:
        for m in c.tags.finditer(text):
            hits.append((m.group(0), "hashtags" if m.group(0).startswith("#") else "handles", m.start(), m.end()))
    if c.tag_parts or c.tag_prefixes:
        hits += _tag_hits(text, c)
    if c.employer:
        for m in c.employer.finditer(text):
            if _EMPLOYER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]):
                hits.append((m.group(0), "former_names", m.start(), m.end()))
    if c.unit:
        hits += [(m.group(0), "units", m.start(), m.end()) for m in c.unit.finditer(text)]
    if c.capitalised:
        for m in c.capitalised.finditer(text):
            if not _sentence_start(text, m.start()):
                hits.append((m.group(0), "former_names", m.start(), m.end()))
    if c.ambiguous:
        for m in c.ambiguous.finditer(text):
            words = re.findall(r"[A-Za-z]+", m.group(0))
            title = all(w[:1].isupper() for w in words)  # "Home Affairs", "HomeAffairs"; not "home affairs"
            a, b = sentence_of(text, m.start(), m.end())
            a = max(0, a - 40)  # the sentence before may give the context: "my job? home affairs."
            if title or (c.context and c.context.search(text, a, b)):
                hits.append((m.group(0), "names", m.start(), m.end()))
    if c.weak_roles:
        for m in c.weak_roles.finditer(text):
            before = text[max(0, m.start() - 40) : m.start()]
            if _COSTUME_BEFORE.search(before):
                continue
            cue = _EMPLOYMENT_CUE.search(before) or _ROLE_CUE_AFTER.match(text[m.end() :])
            other = _OTHER_EMPLOYER_AFTER.match(text[m.end() :]) or _PRIVATE_SECTOR_AFTER.match(text[m.end() :])
            if (cue or (field or "") in EMPLOYER_FIELDS) and not other:
                hits.append((m.group(0), "roles", m.start(), m.end()))
    if c.domains:
        plain = _DOT_WORD.sub(".", text).lower() if "dot" in text.lower() else text.lower()
        for d in c.domains:
            i = plain.find(d)
            if i >= 0 and (i == 0 or not plain[i - 1].isalnum() or plain[i - 1] in "@."):
                hits.append((d, "domains", 0, 0) if plain != text.lower() else (text[i : i + len(d)], "domains", i, i + len(d)))
    if hits and field is None and (_CLIENT_WORDS.search(text) or _OWN_CASE.search(text)) and not _STAFF_SIGN.search(text):
        hits = [h for h in hits if not _client_mention(text, h)]
    if c.exclude:
        spans = [(m.start(), m.end()) for m in c.exclude.finditer(text)]
        hits = [h for h in hits if not any(a <= h[2] and h[3] <= b and h[3] > h[2] for a, b in spans)]
    # drop hits contained in a longer one
    hits.sort(key=lambda h: (h[2], -(h[3] - h[2])))
    out: list[tuple[str, str, int, int]] = []
    end = -1
    for h in hits:
        if h[3] == h[2] or h[2] >= end:
            out.append(h)
            end = max(end, h[3])
    return out


def _department(item: Item, profile: Profile) -> Iterator[Match]:
    if item.kind == ItemKind.PROFILE_FIELD and ((item.field or "").endswith("email") or item.field == "email_change"):
        return  # an account's own address is account_registration's business
    if item.field == "connection":
        return  # another person's employer: colleague exposure (COL101), not your own identifier
    seen: set[str] = set()
    for term, key, start, end in department_terms(item.text, profile, item.field):
        norm = " ".join(term.lower().split())
        if norm in seen:
            continue
        seen.add(norm)
        sentence = item.text[slice(*sentence_of(item.text, start, end))] if end > start else item.text
        if item.kind == ItemKind.PROFILE_FIELD:
            sev = Severity.HIGH
            msg = f'Your {item.platform} profile ({item.field or "profile"}) names the Department: "{term}"'
        else:
            sev = reach_severity(Severity.MEDIUM, item)
            msg = f'{describe(item)} identifies the Department: "{term}"'
        conf = 0.95 if key in ("names", "former_names", "hashtags", "handles", "domains", "units") else 0.85
        yield Match(
            key=norm,
            evidence=snippet(item.text, start, end) if end > start else term,
            why=f'{key.replace("_", " ")} term "{term}" in "{sentence.strip()[:80]}"',
            message=msg,
            severity=sev,
            confidence=conf,
        )


RULES = [
    Rule(
        code="DEP101",
        name="department-identified",
        category=Category.DEPARTMENT_IDENTIFIER,
        severity=Severity.MEDIUM,
        confidence=0.9,
        summary="Text names the Department or the ABF: names, former names, acronyms, units, programs, roles, hashtags, handles or official domains.",
        rationale="Naming your employer lets anyone searching for departmental staff find you, your family and your associates.",
        remediation="Remove the employer, unit or role from the post, bio or profile field (on LinkedIn and Facebook, hide or generalise it, e.g. 'Australian Public Service').",
        check=_department,
        examples=(
            Example("Border Force Officer at Australian Border Force", False, kind=ItemKind.PROFILE_FIELD, field="connection"),
            Example("First week done at the Australian Border Force!", True),
            Example("Proud to serve with ABF at the airport", True),
            Example("Long day #AusBorderForce", True),
            Example("Border Force Officer", True, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("ten years with the department of immigration and border protection", True),
            Example("Policy officer, home affairs (visa policy)", True, kind=ItemKind.PROFILE_FIELD, field="bio"),
            Example("I'm a Customs Officer at the port", True),
            Example("haha my old Customs days", True),
            Example("details on www.homeaffairs.gov.au", True),
            Example("Hey @sam_r_abf you left your lanyard in the crib room", True),
            Example("nine years with Immigration before I retired", True),
            Example("Congratulations to our new Assistant Director, Visa Risk", True),
            Example("late nights across the Migration Policy Division", True),
            Example("protip for new Visa Processing Officers: chase the health checks", True),
            Example("Compliance Officer | AML/CTF | Tier 1 Bank", False, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("Ex-Customs here, we x-rayed every third pallet from that shipper", True),
            Example("Case officer here. Partner visa queues are months long", True),
            Example("me and @aus.bf.kenji doing the eGate reset again", True),
            Example("graduation day, big congrats to Zeus #abfdetectordogs", True),
            Example("Good luck to everyone still on the line #exBFO", True),
            Example("my job? home affairs. my passion? sourdough", True),
            Example("dressing up as a customs officer for halloween, rate the fit", False),
            Example("Mum's on hold to Home Affairs again about dad's parent visa", False),
            Example("Thinking of applying to the ABF, anyone know the fitness test?", False),
            Example("stuck for two hours with Immigration at LAX", False),
            Example("Please welcome Olu, joining us from the UK Border Force", False),
            Example("Our border collie loves the beach", False),
            Example("my parcel is still held at customs", False),
            Example("Watching Border Security again tonight", False),
            Example("abf is not an acronym here in lower case", False),
            Example("Customs at Denpasar took an hour", False),
            Example("Licensed Customs Broker, freight forwarding", False, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("The immigration officer at Heathrow asked about my ticket", False),
            Example("Excited to start as Compliance Officer at a superannuation fund", False),
            Example("home affairs: who left the milk out again", False),
            Example("Christmas customs: pavlova and cricket", False),
            Example("Services Australia is hiring", True, profile="aps"),
            Example("ABF is hiring", False, profile="aps"),
            Example("Eight years with Queensland Corrective Services", True, profile="qld"),
            Example("Proud to join Corrections Victoria", True, profile="vic"),
            Example("New role at the Tasmania Prison Service", True, profile="tas"),
            Example("Proud to join Corrections Victoria", False, profile="tas"),
        ),
    ),
]
