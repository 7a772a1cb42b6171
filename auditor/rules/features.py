"""Shared text features: what several rule families ask of one text, in one place.

Department terms (`department_terms`: names, acronyms, units, roles, hashtags, handles and
domains of the profile's ``[organisation]``), the compiled ``[operations]`` lists (`ops`) with the
insider and shift cues built on them (`insider_cue`, `shift_at_site`, `work_site`), and whether a
text is about somewhere other than the agency (`elsewhere`). Each is memoised per profile or
per text, so the families that ask the same question share the answer.

Department terms, in detail: all terms come from the organisation profile (``[organisation]``),
matched in any case and spacing ("HomeAffairs", "border force"). Context decides the ambiguous
ones:

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

This module sits below every rule family: it must not import one (a family imports it), and it
holds no rules. It only reads Item text and the profile; it never reads files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from auditor.config import Profile
from auditor.rules.base import TermSet, lazy_pattern, per_profile, per_text, searched, sentence_of, word_pattern
from auditor.rules.orgwords import (
    CUSTOMER_VOICE,
    EMPLOYER_BEFORE,
    OWN_WORK,
    REQUEST_TO_ACCOUNT,
    SELF_OPENING,
    SHIFT_WORD,
    STAFF_AFTER,
    STRETCH_WORD,
    dept_names,
    name_variants,
    not_colleagues,
    own_contact_only,
    own_exclusions,
    portfolio_names,
    portfolio_tag,
    product_of,
    shift_at,
    site_class_spans,
    stateless_names,
    work_site_names,
)

# ---- department terms ----------------------------------------------------------------------

EMPLOYER_FIELDS = {"employer", "headline", "title", "work", "position", "company", "bio", "job_title", "occupation"}
ORG = "organisation"
STRONG_KEYS = ("names", "former_names", "nicknames", "units", "roles")
# Cues that the writer holds the role: "I'm a", "as a", "our new", "promoted to" (not "my uncle was a").
_EMPLOYMENT_CUE = lazy_pattern(
    r"\b(?:i'?m|i am|im|as|became|become|becoming|been|now|new|our|fellow|proud|officially|former|ex|"
    r"work(?:s|ing|ed)? as|joined as|promoted to|promotion to|role as|job as|the department'?s?|"
    # the writer's own video series: "day in the life of a Metro bus driver", "a day in my life as a ranger"
    r"day\s+in\s+(?:the|my)\s+life\s+(?:of|as))"
    r"\W+(?:(?:an?|the|my|our|new|senior|trainee|acting|proud|former|visa|immigration|immi)\W+){0,3}$",
    re.IGNORECASE,
)
_SENIOR_TITLE = (
    r"(?:First Assistant Secretary|Assistant Secretary|Executive Director|Assistant Director|Director|"
    r"Regional Commander|Commander|Superintendent|Inspector|Manager|Team Leader)"
)
_UNIT_NOUN = r"(?:team|unit|branch|section|division|program|programme|taskforce|command|directorate|network)"
# Unit words a lower-case hashtag may put after an acronym ("#abfdetectordogs", "#abfmarine"); not "#abfab".
_TAG_TAILS = tuple("detectordog dog k9 marine officer life college recruit family crew team teacher nurse".split())
_HANDLE = lazy_pattern(r"(?<![\w@#])([@#])([A-Za-z0-9_.]*[A-Za-z0-9_])")
_OTHER_EMPLOYER_AFTER = lazy_pattern(r"^\s*(?:at|with|for)\s+(?:a|an|my|our)\b", re.IGNORECASE)
# A weak role the writer holds, said after it: "Case officer here", "case officers at the department".
_ROLE_CUE_AFTER = lazy_pattern(r"^\s*(?:here\b|(?:at|in|with|for) the (?:department|dept)\b)", re.IGNORECASE)
_STATE_AFTER = lazy_pattern(
    r"\s+(?:Victoria|Queensland|Tasmania|NSW|New South Wales|WA|Western Australia|SA|South Australia|NT|ACT|Qld|Vic|Tas)\b"
)
# A rank or title then a surname: "Sgt Morrison", "Congrats Sergeant Walsh", "Supt. Wallace"
# (ranks only: "my student teacher Miss Hogan" names a teacher, not the writer's employer).
_RANK = lazy_pattern(
    r"^(?:(?:acting|a/|senior|snr|detective|leading|first class|chief)\s*)*"
    r"(?:sergeant|sgt|sarge|constable|inspector|superintendent|supt|commander|num|nurse unit manager)$",
    re.IGNORECASE,
)
_SURNAME_AFTER = lazy_pattern(r"^\.?[ \t]+([A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?)\b")


def _rank_and_name(text: str, end: int) -> bool:
    m = _SURNAME_AFTER.match(text[end : end + 60])
    if not m or m.group(1).casefold() in _NOT_A_SURNAME:
        return False
    return not _PET_AFTER.match(text[end + m.end() : end + m.end() + 30])  # "Sergeant Pepper (the cat)"


_PET_AFTER = lazy_pattern(
    r"^\s*[(,–—-]?\s*(?:the|our|my)\s+(?:cat|dog|kitten|puppy|pup|budgie|bird|horse|pony|chook|fish|goldfish|bunny|rabbit)\b",
    re.IGNORECASE,
)


# capitalised words after a title that are no surname: "Sergeant Major", "Inspector General", days
_NOT_A_SURNAME = frozenset(
    """major general of and at in on for with the from to is was says said wants has had will
    monday tuesday wednesday thursday friday saturday sunday pepper pepper's""".split()
)
# A role worn as a costume or not held yet: "dressed up as a customs officer for halloween",
# "dressed Noah up as a paramedic", "future paramedic".
_COSTUME_BEFORE = lazy_pattern(
    r"\b(?:dress(?:ed|ing)?\s+(?:\w+\s+)?(?:up\s+)?as|costume\s+as)\W+(?:an?\s+)?$|\b(?:future|aspiring|wannabe)\s+$",
    re.IGNORECASE,
)
# A client of the agency, not its employee: "on hold to Home Affairs" about a visa; a would-be
# applicant: "thinking of applying to the ABF".
_CLIENT_BEFORE = lazy_pattern(
    r"\b(?:on hold (?:to|with)|waiting (?:on|for)|heard? back from|complain(?:ed|ing)? to|(?:rang|called|emailed))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_APPLICANT_BEFORE = lazy_pattern(
    r"\b(?:thinking of|think about|thinking about|want to|wanting to|keen to|planning to|plan to|going to)\s+"
    r"(?:apply|applying)\s+(?:to|for|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLIENT_OBJECT = lazy_pattern(r"\b(?:visas?|citizenship|passports?|applications?|appeal)\b", re.IGNORECASE)
_CLIENT_WORDS = lazy_pattern(
    r"\b(?:on hold|waiting|heard? back|apply|applying|applied|complain|rang|called|emailed)\b", re.IGNORECASE
)
# The writer's (or a relative's) own case with the agency: "where's my partner visa?", "dad's parent visa".
_OWN_CASE = lazy_pattern(
    r"\b(?:my|mum'?s|dad'?s|mom'?s|partner'?s|wife'?s|husband'?s|parents'?)\s+(?:\w+\s+){0,2}?(?:visa|citizenship)"
    r"(?:\s+(?:application|grant|approval))?\b(?!\s+(?:officer|team|processing|section|unit|program|work|cases?\b))",
    re.IGNORECASE,
)
# ... unless the writer says they work there.
_STAFF_SIGN = lazy_pattern(
    r"\b(?:i work|we work|my job|at work|colleagues?|my team|our team|shift|officers?|staff)\b", re.IGNORECASE
)
_NAMED_BEFORE = lazy_pattern(r"\b(?:called|named|nicknamed|christened|name is|name's)\s+(?:her|him|it)?\s*$", re.IGNORECASE)
# Staff of a portfolio named bare: "someone from Employment told estimates", "In Justice we've been told"
_STAFF_OF = lazy_pattern(
    r"\b(?i:someone|whoever|anyone|everyone|people|colleagues|mates|friends)\s+(?:in|from)\s+$|(?:^|[.!?]\s+)In\s+$"
)
_WE_AFTER = lazy_pattern(r"\s+(?:we|we['’]ve|we['’]re|I)\b")
# A private-sector employer named after a weak role in the same line ("Compliance Officer | AML/CTF | Tier 1 Bank").
_PRIVATE_SECTOR_AFTER = lazy_pattern(
    r"^[^\n.]{0,60}?\b(?:bank|banking|super fund|superannuation|insurer|insurance|AML|casino|Pty|Ltd|Limited|Inc|"
    r"Westpac|ANZ|NAB|CommBank|Commonwealth Bank|Macquarie|HMRC|HM Revenue|CBSA|CBP|council|telco|retail|logistics|supermarket)\b",
    re.IGNORECASE,
)
# (?<!\s) and possessive runs: a start inside a long whitespace run fails at once (no O(n^2))
_DOT_WORD = lazy_pattern(r"(?<!\s)\s*+[\[\(\{]\s*+dot\s*+[\]\)\}]\s*+|(?<!\s)\s++dot\s++", re.IGNORECASE)


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
    tag_portfolios: frozenset[str]  # the bare portfolios, case-folded: "#healthtas", "#defencecivilian"
    tag_prefixes: tuple[str, ...]  # acronyms as written (a hashtag may start with "ABF...")
    customer: re.Pattern[str] | None  # ``customer_cues``: the writer is the agency's patient, client or customer


def _build_department(profile: Profile) -> _Compiled:
    strong_key: dict[str, str] = {}
    names = profile.terms(ORG, "names") + profile.terms(ORG, "former_names")
    terms: list[str] = []
    ambiguous = {t.casefold() for t in profile.terms(ORG, "ambiguous_names")}
    for key in STRONG_KEYS:
        for t in profile.terms(ORG, key):
            if t.casefold() in ambiguous:
                continue
            strong_key.setdefault(_norm(t), key)
            terms.append(t)
            if key in ("names", "former_names"):
                for v in name_variants(t):
                    strong_key.setdefault(_norm(v), key)
                    terms.append(v)
    tag_alts = [re.escape("#" + t.lstrip("#@")) for t in profile.terms(ORG, "hashtags")]
    tag_alts += [re.escape("@" + t.lstrip("#@")) for t in profile.terms(ORG, "handles")]
    tags = re.compile(rf"(?<![\w@#])(?:{'|'.join(tag_alts)})(?!\w)", re.IGNORECASE) if tag_alts else None
    return _Compiled(
        strong=word_pattern(terms),
        strong_key=strong_key,
        ambiguous=word_pattern(profile.terms(ORG, "ambiguous_names")),
        capitalised=word_pattern(profile.terms(ORG, "capitalised") + dept_names(names), case_sensitive=True),
        acronyms=word_pattern(profile.terms(ORG, "acronyms"), case_sensitive=True),
        weak_roles=word_pattern(profile.terms(ORG, "weak_roles")),
        context=word_pattern(profile.terms(ORG, "context")),
        exclude=word_pattern(profile.terms(ORG, "exclude")),
        tags=tags,
        domains=tuple(d.lower() for d in profile.terms(ORG, "domains")),
        employer=word_pattern(
            profile.terms(ORG, "employer_names") + portfolio_names(names) + stateless_names(names),
            case_sensitive=True,
        ),
        unit=_unit_pattern(profile.terms(ORG, "functions")),
        tag_parts=frozenset(a.casefold() for a in profile.terms(ORG, "acronyms"))
        | frozenset(_norm(n) for n in profile.terms(ORG, "nicknames") if len(_norm(n)) >= 5 and " " not in n)
        | frozenset(_norm(n) for n in profile.terms(ORG, "names") if len(_norm(n)) >= 8),
        tag_portfolios=frozenset(_norm(p) for p in portfolio_names(names)),
        tag_prefixes=tuple(a for a in profile.terms(ORG, "acronyms") if a.isupper()),
        customer=word_pattern(profile.terms(ORG, "customer_cues")),
    )


def _unit_pattern(functions: list[str]) -> re.Pattern[str] | None:
    """ "Visa Integrity team", "Citizenship Program", "Assistant Director, Visa Risk" (Title Case)."""
    if not functions:
        return None
    fn = "|".join(re.escape(f) for f in sorted(functions, key=len, reverse=True))
    cap = r"[A-Z][a-z]+"
    title_nouns = "|".join(n.capitalize() for n in _UNIT_NOUN[3:-1].split("|"))
    own_nouns = "Program|Programme|Division|Branch|Command|Directorate|Taskforce"  # "Visa Team" could be anyone's
    return lazy_pattern(  # from the regex store when it holds it
        rf"\b(?:{fn})\s+(?:{own_nouns})\b"  # "Citizenship Program"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+(?:{title_nouns})\b"  # "Migration Policy Division"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+{_UNIT_NOUN}\b"  # "Visa Integrity team"
        rf"|\b(?:{fn})(?:\s+{cap}){{1,2}}\s+Officers?\b"  # "Visa Processing Officer" (not "Immigration Officer")
        rf"|\b{_SENIOR_TITLE}\s*(?:[,–—-]|\s+of)\s*(?:{fn})(?:\s+{cap}){{1,2}}\b"  # "Assistant Director, Visa Risk"
    )


def _tag_hits(text: str, c: _Compiled) -> list[tuple[str, str, int, int]]:
    out: list[tuple[str, str, int, int]] = []
    if "@" not in text and "#" not in text:
        return out  # no handle or hashtag: skip the scan on most posts
    for m in _HANDLE.finditer(text):
        body = m.group(2)
        parts = [p.casefold() for p in re.split(r"[_.]+", body) if p]
        # a separated part is an acronym or two adjacent parts join a long name ("@sam_r_abf",
        # "@davo.abf", "@border_force_fan"); one-part bodies are left to the prefix checks below
        hit = len(parts) > 1 and (
            any(p in c.tag_parts for p in parts) or any(a + b in c.tag_parts for a, b in zip(parts, parts[1:], strict=False))
        )
        low = body.casefold()
        low = low[2:] if low.startswith("ex") and len(low) > 4 else low  # "#exBFO", "#exABF"
        low = low[3:] if low[:3] in ("vic", "qld", "tas") and low[3:] in c.tag_parts else low  # "#VicDET"
        # lower case run together: an acronym then a unit word ("#abfdetectordogs"), not "#abfab"
        hit = hit or any(low.startswith(a.casefold()) and low[len(a) :].startswith(_TAG_TAILS) for a in c.tag_prefixes)
        # the acronym alone in any case ("#abf", "@DIBP")
        hit = hit or any(low.casefold() == a.casefold() for a in c.tag_prefixes)
        # a long name first ("#borderforcelife", "@homeaffairsau"); 8+ letters cannot be a chance prefix
        hit = hit or any(p in body.casefold() for p in c.tag_parts if len(p) >= 8)  # "#teamcentrelink" too
        hit = hit or portfolio_tag(body.casefold(), c.tag_portfolios)
        for a in c.tag_prefixes:  # "#ABFdogs", "#ABFDogs"; not "#ABFC"
            rest = body[len(a) :]
            if body.startswith(a) and (not rest or rest[0].islower() or (len(rest) > 1 and rest[:2].istitle())):
                hit = True
        if hit:
            # a handle carrying the agency's name is usually a staff member's own ("@sam_r_abf"):
            # "staff_handles" lets colleagues count it as a person too
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


_LEADING_HANDLE = lazy_pattern(r"^\W*(@\w+)")


def org_request(text: str, profile: Profile) -> bool:
    """A request put to one of the organisation's listed accounts ("@QldPolice can you do something
    about the hoons"): the writer is the agency's customer, and the account no person."""
    if searched(REQUEST_TO_ACCOUNT, text) is None:
        return False
    c: _Compiled = per_profile(profile, "identity", _build_department)  # type: ignore[assignment]
    h = _LEADING_HANDLE.match(text)
    return bool(h and c.tags is not None and c.tags.fullmatch(h.group(1)))


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
    c: _Compiled = per_profile(profile, "identity", _build_department)  # type: ignore[assignment]
    hits: list[tuple[str, str, int, int]] = []
    if c.strong:
        # names, units and roles that only the agency uses: any case, no context needed
        for m in c.strong.finditer(text):
            hits.append((m.group(0), c.strong_key.get(_norm(m.group(0)), "names"), m.start(), m.end()))
    if c.acronyms:
        hits += [(m.group(0), "acronyms", m.start(), m.end()) for m in c.acronyms.finditer(text)]
    if c.tags:
        # the listed official hashtags and handles, exactly
        for m in c.tags.finditer(text):
            hits.append((m.group(0), "hashtags" if m.group(0).startswith("#") else "handles", m.start(), m.end()))
    if c.tag_parts or c.tag_prefixes:
        hits += _tag_hits(text, c)  # unlisted handles and hashtags built from an acronym or name
    if c.employer:
        for m in c.employer.finditer(text):
            # "nine years with Immigration" is an employer; "two hours with Immigration at LAX" is not
            # ... and staff of it: "someone from Employment told Senate estimates", "In Justice we've been told"
            staff = _STAFF_OF.search(text, max(0, m.start() - 30), m.start())
            if staff and staff.group(0).strip() == "In":
                staff = _WE_AFTER.match(text, m.end())
            if EMPLOYER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or staff or STAFF_AFTER.match(text, m.end()):
                hits.append((m.group(0), "employer_names", m.start(), m.end()))
    if c.unit:
        hits += [(m.group(0), "units", m.start(), m.end()) for m in c.unit.finditer(text)]
    hits += [(text[a:b], "units", a, b) for a, b, _named in site_class_spans(text, profile)]
    # one of the profile's work sites after a stretch of work ("22 years at Wolston", "ex-Risdon")
    # ... or a shift of the writer's at one, where the profile's sites are of its own kinds ("my
    # Tues late at Mary Hutch", "Night shift at the Royal Hobart ED"; not anyone's airport)
    shift = profile.terms(ORG, "site_classes") and searched(SHIFT_WORD, text)
    for m in ops(profile).places.finditer(text) if shift or searched(STRETCH_WORD, text) else ():
        if EMPLOYER_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or (shift and shift_at(text, m.start(), m.end())):
            hits.append((m.group(0), "units", m.start(), m.end()))
    if c.capitalised:
        for m in c.capitalised.finditer(text):
            # at a sentence start every word is capitalised: "Customs at Denpasar took ages"; a
            # state's name after it makes it that state's body ("Corrections Victoria" in Tasmania)
            if not _sentence_start(text, m.start()) and not _STATE_AFTER.match(text, m.end()):
                hits.append((m.group(0), "capitalised", m.start(), m.end()))
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
            cue = (
                _EMPLOYMENT_CUE.search(before)
                or _ROLE_CUE_AFTER.match(text[m.end() :])
                or (_RANK.match(m.group(0)) and _rank_and_name(text, m.end()))
            )
            other = _OTHER_EMPLOYER_AFTER.match(text[m.end() :]) or _PRIVATE_SECTOR_AFTER.match(text[m.end() :])
            # other employers use these titles too: the writer must hold the role (a cue, or a
            # job field of the profile) and no other employer may follow ("... at a bank")
            if (cue or (field or "") in EMPLOYER_FIELDS) and not other:
                hits.append((m.group(0), "roles", m.start(), m.end()))
    if c.domains:
        # "abf dot gov dot au" is the domain too: spell the dots out before looking
        plain = _DOT_WORD.sub(".", text).lower() if "dot" in text.lower() else text.lower()
        for d in c.domains:
            i = plain.find(d)
            # a whole domain, or one after "@" or a subdomain ("www."); not inside "xabf.gov.au"
            if i >= 0 and (i == 0 or not plain[i - 1].isalnum() or plain[i - 1] in "@."):
                # spelt-out dots shift the offsets, so such a hit gets no span (0, 0) in the text
                hits.append((d, "domains", 0, 0) if plain != text.lower() else (text[i : i + len(d)], "domains", i, i + len(d)))
    # a client or applicant naming the agency ("on hold to Home Affairs about my visa") is not
    # staff; a profile field and any sign of working there ("my team", "shift") keep every hit
    if hits and field is None and (_CLIENT_WORDS.search(text) or _OWN_CASE.search(text)) and not _STAFF_SIGN.search(text):
        hits = [h for h in hits if not _client_mention(text, h)]
    # a patient, a licence holder or a parent praising the counter ("renewed my licence at TMR,
    # the officer was lovely") names the agency as its customer; a nurse naming her own employer
    # ("my shift at a Queensland Health hospital") says she works there and keeps every hit
    if (
        hits
        and field is None
        and ((c.customer and c.customer.search(text)) or searched(CUSTOMER_VOICE, text) or org_request(text, profile))
        and not OWN_WORK.search(text)
    ):
        hits = [h for h in hits if h[1] == "domains"]
    if hits and field is None and not OWN_WORK.search(text):
        # the agency's app, website, ads, figures or queue, seen from outside ("the Medicare app
        # logged me out", "ABS says unemployment is 4.1%", "queue at Service Tas"): no employer
        hits = [h for h in hits if h[3] <= h[2] or not product_of(text, h[2], h[3])]
    if hits:
        # an organisation's name given to a pet or a thing: "our cat is called Medicare"
        hits = [h for h in hits if not _NAMED_BEFORE.search(text, max(0, h[2] - 20), h[2])]
    if c.exclude:
        # a hit inside an excluded phrase ("customs broker", "Customs House") is not the agency;
        # span-less domain hits cannot sit inside one and stay
        spans = [(m.start(), m.end()) for m in c.exclude.finditer(text)]
        hits = [h for h in hits if not any(a <= h[2] and h[3] <= b and h[3] > h[2] for a, b in spans)]
    # drop hits contained in a longer one
    hits.sort(key=lambda h: (h[2], -(h[3] - h[2])))
    out: list[tuple[str, str, int, int]] = []
    end = -1
    for h in hits:
        # a span-less hit (a spelt-out domain) overlaps nothing; others must start past the last kept one
        if h[3] == h[2] or h[2] >= end:
            out.append(h)
            end = max(end, h[3])
    return out


# ---- operations lexicon --------------------------------------------------------------------

OPERATIONS = "operations"
FIRST_PERSON = lazy_pattern(
    r"\b(?:we|we're|we've|we'd|weve|our|us|i|i'm|im|i've|my|me)\b|\b(?:whole|my|our|the) team\b", re.IGNORECASE
)
TIME_CUE = lazy_pattern(
    r"\b(?:today|tonight|this morning|this arvo|overnight|last night|this week|this month|this quarter|this year|"
    r"tomorrow|at \d{1,2}(?::\d\d)?\s?(?:am|pm)?|on shift|day \d+ of \d+)\b",
    re.IGNORECASE,
)
ROSTER_PATTERNS = lazy_pattern(
    r"\broster(?:ed|s|ing)?\b|\b(?:nobody|no one|no-one) (?:on|at|in)\b|\bshift pattern|\b\d+\s*on\s*,?\s*\d+\s*off\b|\b\d+\s*x\s*12s?\b|\brotat(?:e|es|ing|ion)\b"
    r"|\bonly (?:has |have |had )?(?:\d+|one|two|three|four|five|six) (?:of us|officers?|staff|people)\b"
    r"|\brunning on (?:\d+|one|two|three|four|five) (?:officers?|staff|people)\b"
    r"|\b(?:only )?(?:one|two|three|\d+) officers? (?:on|at|in|between)\b"
    r"|\b(?:just|only) me and (?:one|two|three|\d+|a couple of) (?:other )?(?:officers?|staff|people)\b"
    r"|\bskeleton (?:crew|staff)\b|\b(?:under|short)[- ]?staffed\b"
    r"|\bbetween \d{1,2}(?::\d\d)?\s?(?:am|pm)? and \d{1,2}(?::\d\d)?\s?(?:am|pm)\b"
    # shift slang and shift lengths: "on earlies", "a nightie", "3 doubles", "14hr shift", "0500-1330"
    r"|\bon (?:earlies|lates|nighties|graveyards?|12s|10s|8s)\b|\bdown (?:\d+|two|three|four|five) (?:staff|officers|people)\b"
    r"|\bcovering (?:his|her|my|your|their) (?:\w+ )?shift\b"
    r"|\b(?:a|\d+|two|three) doubles?\b|\bpulled a double\b|\b\d+\s?(?:hr|hrs|hour)s? (?:shift|day|night|nightie)s?\b"
    r"|\bnights straight\b|\b\d+ nights in a row\b|\bcover my shift\b|\bswap(?:ped)? shifts?\b|\b[0-2]\d[0-5]\d\s?-\s?[0-2]\d[0-5]\d\b",
    re.IGNORECASE,
)

# A shift worked is an insider's time frame too ("down for the whole shift").
_SHIFT_CUE = lazy_pattern(
    r"\b(?:(?:whole|entire|last|this|every|each|the) shift|mid-?shift|shift change|handover)\b", re.IGNORECASE
)

# Working a shift (not a roster pattern on its own): puts people named with it at work.
SHIFT_WORDS = lazy_pattern(
    r"\b(?:night|day|arvo|late|early|double|morning) shifts?\b|\bnighties?\b|\bworking the\b|\bon (?:nights|days)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Ops:
    terms: TermSet
    weak: TermSet
    court: TermSet
    court_work: TermSet
    court_insider: TermSet
    systems: TermSet
    problems: TermSet
    clearances: TermSet
    sites: TermSet
    secrecy: TermSet
    exclude: TermSet
    places: TermSet
    activity: TermSet
    frames: TermSet
    customer: TermSet


def _build_ops(profile: Profile) -> Ops:
    t = profile.terms
    return Ops(
        *(
            TermSet(t(OPERATIONS, k))
            for k in (
                "terms",
                "weak_terms",
                "court",
                "court_work",
                "court_insider",
                "systems",
                "system_problems",
                "clearances",
                "site_words",
                "secrecy",
            )
        ),
        TermSet(own_exclusions(profile, OPERATIONS, "exclude")),
        TermSet(work_site_names(profile)),
        TermSet(t(OPERATIONS, "activity_words")),
        TermSet(t(OPERATIONS, "work_frames")),
        TermSet(t(OPERATIONS, "customer_side")),
    )


def ops(profile: Profile) -> Ops:
    """The compiled ``[operations]`` term lists (and the work sites) of a profile, built once."""
    return per_profile(profile, "operations", _build_ops)  # type: ignore[return-value]


def insider_cue(text: str, profile: Profile) -> str | None:
    """Why the writer reads as someone inside the agency, or None."""
    o = ops(profile)
    for pat, label in ((FIRST_PERSON, "first person"), (TIME_CUE, "time"), (_SHIFT_CUE, "shift")):
        m = searched(pat, text)
        if m:
            return f'{label} "{m.group(0)}"'
    for ts, label in ((o.secrecy, "secrecy"), (o.sites, "work site")):
        m = ts.search(text)
        if m:
            return f'{label} "{m.group(0)}"'
    dept = department_terms(text, profile)
    return f'department term "{dept[0][0]}"' if dept else None


def shift_at_site(text: str, profile: Profile) -> str | None:
    """A roster or shift phrase ("on earlies", "14 hour day") with a work site in the text, or None.
    Memoised per text: the colleague, learned and operations rules all ask."""
    return per_text(profile, "shift-at-site", text, lambda: _shift_at_site(text, profile))  # type: ignore[return-value]


def roster_pattern(text: str, profile: Profile) -> re.Match[str] | None:
    """The first `ROSTER_PATTERNS` match in text, memoised per text (a long pattern that two families ask)."""
    return per_text(profile, "roster-pattern", text, lambda: searched(ROSTER_PATTERNS, text))  # type: ignore[return-value]


def _shift_at_site(text: str, profile: Profile) -> str | None:
    pattern = roster_pattern(text, profile) or searched(SHIFT_WORDS, text)
    if pattern is None:
        return None
    o = ops(profile)
    site = o.sites.search(text) or o.places.search(text)
    return f"{pattern.group(0)} ... {site.group(0)}" if site else None


def work_site(text: str, profile: Profile) -> str | None:
    """The first work site (a ``site_words`` entry or a profile work site) named in the text, or None."""
    o = ops(profile)
    m = o.sites.search(text) or o.places.search(text)
    return m.group(0) if m else None


# ---- somewhere else, and a work frame --------------------------------------------------------


def elsewhere(text: str, profile: Profile, family: str = "") -> bool:
    """The text is about a club, volunteering or another workplace (``[colleagues] exclude``),
    or, for uniforms, about school, sport or a costume (``[uniform] exclude``), or, for colleagues,
    about fiction or the agency's customers (`not_colleagues`) or the writer introducing themselves.
    Memoised per text (one answer for every family but uniforms and colleagues)."""
    family = family if family in ("attire", "colleagues") else ""
    return per_text(profile, f"learned-elsewhere:{family}", text, lambda: _elsewhere_of(text, profile, family))  # type: ignore[return-value]


def _elsewhere_of(text: str, profile: Profile, family: str) -> bool:
    if family == "colleagues":
        if elsewhere(text, profile) or not_colleagues(text, profile) is not None or org_request(text, profile):
            return True
        return bool(SELF_OPENING.match(text)) or own_contact_only(text)
    if family == "attire":
        if elsewhere(text, profile):
            return True
        upat = per_profile(profile, "learned-elsewhere-attire", lambda p: word_pattern(p.terms("uniform", "exclude")))
        return upat is not None and upat.search(text) is not None  # type: ignore[union-attr]
    pat = per_profile(profile, "learned-elsewhere", lambda p: word_pattern(own_exclusions(p, "colleagues", "exclude")))
    return pat is not None and pat.search(text) is not None  # type: ignore[union-attr]


# Language-level words that frame a person as someone one works with; COL102 needs one of them
# (or a colleague cue or uniform work context of the profile), since the model alone also
# learned "welcome", "congrats to" and "miss my old", which fit a puppy or a housemate.
WORK_FRAME = lazy_pattern(
    r"\b(?:work|works|worked|job|team|section|crew|unit|branch|division|shifts?|nights|earlies|lates|rosters?|"
    r"office|floor|desk|manager|supervisor|boss|officer|officers|director|analyst|leader|lead|2ic|recruits?|"
    r"starter|graduate|trainee|mentor|mentored|handler|career|service|colleagues?|workmates?|offsider|working|course|line|training|posted|posting|boarding)\b",
    re.IGNORECASE,
)
