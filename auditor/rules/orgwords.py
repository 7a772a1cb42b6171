"""How people name an organisation's parts and talk about its work in plain words.

Language-level knowledge that the profile's lists cannot hold one phrase at a time, shared by the
families through `auditor.rules.features` and used by operations:

* `name_variants`: a state department's name as people write it ("Department of Justice
  (Tasmania)", "Victorian Department of Education", with or without "the"), and `portfolio_names`:
  the bare portfolio staff name as their employer ("twelve years in Health", "In Justice we've");
* `site_class_spans`: a named site of one of the organisation's own kinds (``[organisation]
  site_classes``: "Kedron State High School", "the Bridgewater police station") or the writer's
  own ("our little state school"): it names the employer and, when named, is a work site;
* `work_site_names`: the profile's work sites and the short names people give them ("the Royal
  Hobart", "Launceston General");
* `own_exclusions`: an exclusion list ("another job": "prison officer", "on the ward") without
  the entries that name the profile's own roles, units or kinds of site, so a state profile's
  prison officer or nurse is not excluded as someone else's worker;
* `STAFFING`, `WORKLOAD`, `SHORT_HANDED`, `INSPECTION` (`plain_detail`) and `CHANGE`: staffing
  figures at any site ("we're two down", "run on one officer"), caseloads and queues in figures,
  shortages and inspections in plain words
  and a change with its when ("pushed back 12 months", "extended on Monday") for an unannounced
  change passed on.

* `EMPLOYER_BEFORE`, `STRETCH_WORD` and `shift_at`: a stretch of work or a role before a name
  ("nine years with", "nurse at"), or a shift of the writer's at a site ("my late at ...");
* `CUSTOMER_VOICE` and `product_of`: the agency seen from its customer's or reader's side (thanks
  to its staff, a transaction, a refund, a wait; its app, ads, figures or queue after its name).

* re-exported from `auditor.rules.orgvoice`: `OWN_WORK`, `fiction`, `not_colleagues`,
  `own_contact_only`, `SELF_OPENING` and `REQUEST_TO_ACCOUNT` (who is speaking: the writer's own
  work, a show or a game, people who are no colleagues).

It holds no rules, reads only text and the profile, and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.base import lazy_pattern, per_profile, searched

# the writer's own voice, a show or a game, people who are no colleagues: `orgvoice` (re-exported)
from auditor.rules.orgvoice import OWN_WORK as OWN_WORK
from auditor.rules.orgvoice import REQUEST_TO_ACCOUNT as REQUEST_TO_ACCOUNT
from auditor.rules.orgvoice import SELF_OPENING as SELF_OPENING
from auditor.rules.orgvoice import fiction as fiction
from auditor.rules.orgvoice import not_colleagues as not_colleagues
from auditor.rules.orgvoice import own_contact_only as own_contact_only

# A state's name after a department's, and the forms people write it in ("(Qld)", "Victorian ...").
_STATE_FORMS = {
    "queensland": ("Queensland", ("Qld", "QLD", "Queensland")),
    "victoria": ("Victorian", ("Vic", "Victoria")),
    "tasmania": ("Tasmanian", ("Tas", "Tasmania")),
}


def name_variants(name: str) -> list[str]:
    """The spellings people give a state department's name besides the listed one: with or
    without "the" ("Department of Premier and Cabinet"), the state in brackets, as an adjective or
    after a comma ("Department of Justice (Tasmania)", "Victorian Department of Education",
    "Department of Premier and Cabinet, Tasmanian Government"), and the bare name within its own
    state's profile ("the Department of Health" in a Victorian's post)."""
    words = name.split()
    out = [name]
    state = words[-1].casefold() if words else ""
    if state in _STATE_FORMS and len(words) > 3 and words[0] == "Department" and words[1] == "of":
        core = " ".join(words[:-1])
        adj, forms = _STATE_FORMS[state]
        out += [f"{core} ({f})" for f in forms] + [f"{adj} {core}", f"{core}, {adj} Government", core]
    elif len(words) > 1 and words[0] != "Department":
        # a body named with its state, written with the state's short form: "Service Tas",
        # "Parks Vic", "Ambulance Tas", "Tas Fire Service", "Qld Ambulance Service"
        for i in (0, len(words) - 1):
            if words[i].casefold() in _STATE_FORMS:
                short = _STATE_FORMS[words[i].casefold()][1][0]
                out.append(" ".join(words[:i] + [short] + words[i + 1 :]))
    # "the" before an office-holder's title is written either way; elsewhere it is never added
    for v in list(out):
        if "Department of the " in v:
            out.append(v.replace("Department of the ", "Department of "))
        elif "Department of Premier " in v or "Department of Prime " in v:
            out.append(v.replace("Department of ", "Department of the "))
    # and "Department" is shortened: "Dept of Education", "Dept. of Health"
    out += [v.replace("Department of ", d) for v in list(out) if "Department of " in v for d in ("Dept of ", "Dept. of ")]
    return [v for v in out if v != name]


# Portfolios whose bare name is also a trade or a sector ("years in Finance", "work in Transport")
_SECTOR_WORDS = frozenset(
    """finance energy industry infrastructure agriculture transport families premier prime minister police climate
    natural government""".split()
)


def portfolio_names(names: list[str]) -> list[str]:
    """The bare portfolio of each "Department of X" name, as staff name their employer ("twelve
    years in Health", "someone from Employment", "In Justice we've been told"): the first one or two
    words after "Department of", less the sectors other employers share ("Finance", "Transport")."""
    out: list[str] = []
    for name in names:
        m = re.match(
            r"Department of (?:the )?((?:[A-Z][\w'’]*)(?: [A-Z][\w'’]*)?)(?=$|,| and | Tasmania| Victoria| Queensland)", name
        )
        words = m.group(1).split() if m else []
        if words and words[-1] in _STATE_NAMES:
            words = words[:-1]  # "Department of Justice Tasmania": the portfolio is "Justice"
        if words and words[0].casefold() not in _SECTOR_WORDS:
            out.append(" ".join(words))
    return list(dict.fromkeys(out))


_STATE_NAMES = ("Tasmania", "Victoria", "Queensland")


def dept_names(names: list[str]) -> list[str]:
    """A department's portfolio before "Dept" or "Department", as staff name it in any profile
    ("the Health Dept line on vaping", "a Justice Dept personality trait")."""
    return [f"{p} {d}" for p in portfolio_names(names) for d in ("Dept", "Department", "dept")]


_TAG_STATES = ("qld", "vic", "tas", "nsw")
_TAG_STAFF = ("civilian", "civvie", "staff", "life", "teacher", "nurse", "crew", "team", "worker")


def portfolio_tag(body: str, portfolios: frozenset[str]) -> bool:
    """A hashtag or handle made of a portfolio and a state or a staff word: "#healthtas",
    "#qldeducation", "#defencecivilian", "#justicelife" (body case-folded, without "#" or "@")."""
    for p in portfolios:
        if body.startswith(p) and body[len(p) :] in _TAG_STATES + _TAG_STAFF:
            return True
        if body.endswith(p) and body[: -len(p)] in _TAG_STATES:
            return True
    return False


def stateless_names(names: list[str]) -> list[str]:
    """A body named with its state, without the state ("nine years at Corrective Services" for
    "Queensland Corrective Services"): an employer name, read only after a stretch of work or as
    staff. Two words at least ("Queensland Health" gives no bare "Health"), never ending in "of"."""
    out: list[str] = []
    for name in names:
        words = name.split()
        if len(words) > 2 and words[0] != "Department":
            for i in (0, len(words) - 1):
                rest = words[:i] + words[i + 1 :]
                if words[i] in _STATE_NAMES and rest[0][:1].isupper() and rest[-1][:1].isupper() and rest[0] != "Department":
                    out.append(" ".join(rest))
    return list(dict.fromkeys(out))


# A portfolio's staff by a word only staff use of themselves: "Defence civvie life", "Health staffers";
# or speaking as it: "Steve from Corrective Services here, my work mob is ...", "Defence officer here: ..."
STAFF_AFTER = lazy_pattern(
    r"\s+\(?(?:civilians?|civvies?|civvie|staffers?|public servants?|employees?)\b"
    r"|\s+(?:(?:officer|worker|staffer|member)s?\s+)?here\s*[,.:;!—–-]",
    re.IGNORECASE,
)


def _site_class_pattern(classes: list[str]) -> re.Pattern[str] | None:
    """One of the organisation's own kinds of site after its name ("Kedron State High School",
    "the Bridgewater police station") or after "our"/"my" ("our little state school")."""
    if not classes:
        return None
    alt = "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(classes, key=len, reverse=True))
    name = r"(?:[A-Z][\w'’.-]*\s+){1,3}"
    # (not the start of a longer name: "Tasmania Prison Service")
    return re.compile(
        rf"(?:(?<![\w'’]){name}|\b(?:[Oo]ur|[Mm]y)\s+(?:[a-z]+\s+){{0,2}}?)(?P<kind>(?i:{alt}))(?!\w)"
        r"(?!\s+(?:Service|Services|Board|Commission|Department|Act|Authority)\b)"
    )


# The kind a work site's full name ends with, which people drop: "the Royal Hobart", "North West
# Regional", "Launceston General", "Princess Alexandra" for the hospitals, "Melbourne Assessment".
_SITE_KIND_END = lazy_pattern(
    r"\s+(?:Youth Detention Centre|Correctional Centre|Remand Centre|Medical Centre|Community Hospital|Women's Prison|"
    r"Prison Farm|Hospital|Prison)$"
)


def work_site_names(profile: Profile) -> list[str]:
    """The profile's ``[places] work_sites`` and the short names people give them: a name less its
    kind ("Royal Hobart Hospital" -> "Royal Hobart"), when two words or more are left and they are
    no gazetteer place ("Box Hill Hospital" leaves a suburb; "Geelong Hospital" a city)."""
    return per_profile(profile, "orgwords-work-sites", _work_site_names)  # type: ignore[return-value]


def _work_site_names(profile: Profile) -> list[str]:
    sites = list(profile.terms("places", "work_sites"))
    known = {s.casefold() for s in sites}
    out = list(sites)
    for name in sites:
        m = _SITE_KIND_END.search(name)
        rest = name[: m.start()].strip() if m else ""
        if len(rest.split()) >= 2 and lookup(rest) is None and rest.casefold() not in known:
            out.append(rest)
            known.add(rest.casefold())
    return out


# A school, hospital or prison of another kind than the state's: "St Mary's Primary School".
_NOT_STATE_SITE = lazy_pattern(r"\b(?:St|Saint|Catholic|Christian|Grammar|Anglican|Lutheran|Adventist|Islamic|Private)\b")


def site_class_spans(text: str, profile: Profile) -> list[tuple[int, int, bool]]:
    """(start, end, named) of every site of one of the organisation's own kinds (``site_classes``):
    named ("Kedron State High School", True: a work site too) or the writer's own ("our little
    state school", False). Either names the employer. Leading function words are not the name."""
    pat = per_profile(profile, "site-classes", lambda p: _site_class_pattern(p.terms("organisation", "site_classes")))
    if pat is None:
        return []
    out = []
    for m in pat.finditer(text):  # type: ignore[union-attr]
        if _NOT_STATE_SITE.search(m.group(0)):
            continue
        if m.group(0)[:2] in ("ou", "Ou", "my", "My"):
            out.append((m.start(), m.end(), False))
            continue
        lead = _LEADING_FUNCTION_WORDS.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        if start >= m.start("kind"):
            continue  # no name left: "At Police Station ..." is no named site
        # a kind in lower case is named only with "the" before it ("the Bridgewater police
        # station"); "Do state school teachers ...", "my son's Lego police station" are not sites
        if m.group("kind")[:1].islower() and not _THE_BEFORE.search(text, max(0, start - 5), start):
            continue
        out.append((start, m.end(), True))
    return out


# "at the ward", "from the fire station": the preposition and article before a kind of site.
_EXCLUSION_LEAD = lazy_pattern(r"^(?:(?:at|from|on|in|to)\s+)?(?:the\s+|a\s+|an\s+)?", re.IGNORECASE)
_OWN_KEYS = (
    ("organisation", "names"),
    ("organisation", "nicknames"),
    ("organisation", "capitalised"),
    ("organisation", "units"),
    ("organisation", "roles"),
    ("organisation", "weak_roles"),
    ("organisation", "staff_titles"),
    ("organisation", "site_classes"),
    ("operations", "site_words"),
)


def own_exclusions(profile: Profile, section: str, key: str) -> list[str]:
    """The ``[section] key`` exclusion list less the entries that name one of the profile's own
    roles, units or kinds of site ("prison officer", "the ward", "at the fire station" where the
    profile lists them): the base profile excludes other employers' workers, and a state whose
    corrections, health or fire services are its own must not exclude its own staff."""
    terms = profile.terms(section, key)
    own = {_EXCLUSION_LEAD.sub("", t.strip()).casefold() for sec, k in _OWN_KEYS for t in profile.terms(sec, k)}
    own.discard("")
    return [t for t in terms if _EXCLUSION_LEAD.sub("", t.strip()).casefold() not in own]


_THE_BEFORE = lazy_pattern(r"\bthe\s+$", re.IGNORECASE)
_LEADING_FUNCTION_WORDS = lazy_pattern(
    r"(?:(?:the|a|an|at|in|on|to|from|congrats|thanks|welcome|proud|farewell|ex|love|visited|visiting)\s+)+", re.IGNORECASE
)


# Staffing figures said plainly, at any site: "we're two down", "run on one officer", "no backfill",
# "100 unallocated cases", "half the ward's off crook", "beds shut for staffing".
STAFFING = lazy_pattern(
    r"\b(?:we'?re|we are|we were|we've been|were) (?:\d+|one|two|three|four|five|six) (?:\w+ )?(?:down|short)\b"
    r"|\bru(?:n|ns|nning) (?:on|with) (?:just |only )?(?:one|two|three|a single|\d+) (?:officers?|members?|staff|nurses?|teachers?|people|medics?)\b"
    r"|\b(?:\d+|two|three|four|five|six) (?:roles|positions|vacancies) (?:sitting )?(?:vacant|empty|unfilled)\b"
    r"|\babsorb (?:\w+ )?vacancies\b|\bno backfill\b|\b(?:\d+|over \d+) unallocated (?:cases|kids|children|clients)\b"
    r"|\bhalf (?:of us|the ward|the team|the unit|the staff|the crew)(?:'s| are| is)?(?: off)? (?:crook|sick)\b"
    r"|\bclosed to admissions\b|\b(?:shut|closed) for staffing\b|\bfor staff shortages\b"
    # staff against the people they look after, desks against staff: "six nurses for 32 patients",
    # "me, one grad and an agency nurse for 30 beds", "52 desks for 80 staff"
    r"|\b(?:nurses?|grads?|officers?|staff|RNs?|teachers?|PSOs?|workers?|paramedics?|crews?|guards?|of us) for (?:\d{2,}|thirty|forty) "
    r"(?:patients|beds|kids|students|prisoners|detainees|young people|residents|clients|boys|girls|cells)\b"
    r"|\b\d+ desks for \d+\b"
    # gone and not replaced: "5 officers gone since July and none replaced"
    r"|\b(?:none|nobody|no one|not one)(?: of them)? (?:\w+ )?(?:replaced|backfilled)\b",
    re.IGNORECASE,
)
# Caseloads and queues given as figures: "38 kids allocated per officer", "80 matters on the list",
# "140 calls waiting", "34 kids on my caseload", "a backlog of 300" (two digits at least: "2 kids each"),
# "carrying 25", "running about 6 weeks behind", "3 open investigations".
WORKLOAD = lazy_pattern(
    r"\b(?:over |about |around |nearly )?(?:\d{1,3}(?:,\d{3})+|\d{2,})[\d,]*\+? (?:kids|children|young people|families|clients|cases|matters|files|"
    r"notifications|reports|patients|participants|referrals|jobs|calls|claims|applications)(?: \w+)?? (?:allocated|each|per (?:officer|"
    r"worker|caseworker|nurse|teacher|head|person|clinician)|on (?:the|my|our|his|her|their|a|it) (?:list|books|caseloads?|desks?)?"
    r"|waiting|unallocated|on hold|in the queue|backed up|sitting)\b"
    r"|\bcaseloads? of (?:over |about |around )?\d{2,}|\bbacklog of (?:over |about |around )?(?!(?:19|20)\d\d\b)\d{2,}"
    r"|\bcaseloads? (?:\w+ ){0,4}?(?:sitting at|are at|is at) (?:over |about )?\d{2,}|\bcarrying (?:a caseload of )?\d{2,}\b"
    r"|\blist had \d{2,} matters\b|\brunning (?:about |around |nearly |over )?\d+ (?:weeks|months) behind\b"
    r"|\b\d+ open (?:investigations|cases|matters|files|complaints)\b|\bsitting on (?:over |about )?\d+k\b",
    re.IGNORECASE,
)
# Short-handed in plain words: "we're short 3 on D watch", "begged the region for a relief teacher",
# "only 2 crews covering the whole Huon", "short 2 RNs every late", "20+ seats short", "asked to do
# doubles again", "covered 14 extra lessons", "the only PSO on at ...", "two of us on registry".
SHORT_HANDED = lazy_pattern(
    r"\b(?:we'?re|we are|we were|we'll be|we've been) short (?:\d+|one|two|three|four|five|six|a|an)\b"
    r"|\b(?:for|without|get|getting|got|find|found) (?:a |any )?relief (?:teachers?|staff|nurses?|officers?|crews?|cover)\b"
    r"|\b(?:only|just) (?:\d+|one|two|three|four) (?:crews?|cars?|vans?|officers?|nurses?|staff|teachers?) (?:covering|to cover|on for|on shift for)"
    r" (?:the whole|all of|the entire)\b"
    r"|\bshort (?:\d+|one|two|three|four|five|six)\+? (?:RNs?|ENs?|nurses?|staff|officers?|teachers?|seats|crews?|PSOs?|paramedics?|doctors?)\b"
    r"|\b\d+\+? (?:seats|staff|officers|nurses|people|crews) short\b|\bshort of (?:crews|staff|officers|nurses|teachers|drivers)\b"
    r"|\bdo(?:ing)? doubles\b|\bcovered \d+ extra|\b(?:two|three|four|\d) of us on (?:the )?(?:registry|desk|floor|counter|ward|van|unit|phones|line)\b"
    r"|\b(?:the|ours was the|i'?m the|we were the|we're the) only (?:\w+ )?(?:crew|unit|car|van|officer|PSO|nurse|doctor|teacher|paramedic|ambo|guard)s? "
    r"(?:on|for|available|rostered|working)\b"
    r"|\b(?:team|unit|crew|station|ward|office|section|branch|shift|registry) (?:\w+ ){0,3}?(?:is|are|was|were|'s) down to (?:\d|one|two|three|four)\b(?!\s?%)",
    re.IGNORECASE,
)
# An inspection or audit of one's own workplace told plainly: "the audit team rolled into our office
# unannounced", "a surprise inspection", "pulled every file from the last quarter", "the review team
# was in for 3 days", "the depot inspection went badly, two trucks grounded".
INSPECTION = lazy_pattern(
    r"\b(?:audit|inspection|review|integrity|compliance|standards) team (?:\w+ ){0,3}?(?:rolled|turned|came|showed|rocked) "
    r"(?:in|up|through)\b(?=.{0,60}\b(?:unannounced|surprise|every|all)\b)|\b(?:unannounced|surprise) (?:audit|inspection|"
    r"spot check)s?\b|\bpulled (?:every|all the|all our|all of our) (?:files?|records|cases)\b"
    r"|\b(?:review|audit|inspection|compliance) team (?:was|were) in\b|\breviewers? (?:was |were )?in for\b"
    r"|\binspection (?:\w+ ){0,4}?went (?:badly|bad|pear-shaped|south)\b|\b(?:two|three|four|\d+) (?:trucks|buses|trains|vehicles|boats) grounded\b",
    re.IGNORECASE,
)


# A kind of worker a staffing figure names: counted only where the profile employs that kind ("five
# nurses for 32 beds" is a hospital's staffing under a state profile, another employer's under dibp).
_WORKER_KIND = lazy_pattern(r"\b(nurse|RN|EN|teacher|PSO|paramedic|ambo|guard|doctor|grad)s?\b", re.IGNORECASE)
_KIND_STEMS = {"rn": "nurse", "en": "nurse", "ambo": "paramedic", "grad": ""}


def _profile_words(profile: Profile) -> str:
    return " ".join(t for sec, k in _OWN_KEYS for t in profile.terms(sec, k)).casefold()


def plain_detail(text: str, profile: Profile | None = None) -> tuple[re.Match[str], str] | None:
    """Workplace detail in plain words, with what kind it is: a staffing level (`STAFFING`), a
    caseload or queue in figures (`WORKLOAD`), a shortage (`SHORT_HANDED`) or an inspection
    (`INSPECTION`). The caller asks for an insider cue; an inspection alone is not read as another
    workplace's ("audit team" is an accounting firm's in the colleagues' exclusions). With a
    profile, a figure that names a kind of worker the profile does not list is someone else's."""
    kinds = ((STAFFING, "staffing level"), (WORKLOAD, "caseload or queue"), (SHORT_HANDED, "shortage"))
    for pat, label in kinds:
        m = searched(pat, text)
        if m is not None:
            if profile is not None and label != "caseload or queue":
                words = per_profile(profile, "orgwords-profile-words", _profile_words)
                named = [_KIND_STEMS.get(k.casefold(), k.casefold()) for k in _WORKER_KIND.findall(m.group(0))]
                if any(k and k not in words for k in named):  # type: ignore[operator]
                    return None
            return m, label
    m = searched(INSPECTION, text)
    return (m, "inspection") if m is not None else None


# Something the agency has not announced yet, passed on: a secrecy cue ("not public yet", "don't
# quote me") with a change and when ("pushed back 12 months", "extended on Monday").
CHANGE = lazy_pattern(
    r"\b(?:next week|next month|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on the \d+(?:st|nd|rd|th)"
    r"|pushed back|delayed|slipping|extended|expanding|getting cut|being cut|being serviced|calibration|shutting|closing)\b",
    re.IGNORECASE,
)


# The agency seen from its customer's side, in words no list of the agency's own holds: thanks or
# praise for its staff ("big thanks to the ... lady in Burnie", "the officer was so patient"), a
# transaction ("renewed the rego", "caught speeding"), its letters and calls ("got a call from",
# "told me my form was lost", a scam), talk about it ("complaining about"), or an application; its
# service to the writer ("finally fixed our hot water", "came out for Dad", "got my P plates"), a
# refund or a wait ("ATO owes me $312", "been on hold two hours", "40 mins late again"), a vote,
# a job applied for, a question put to the public ("anyone know if ...", "how long does X take"); a
# bill it covered, a report of the writer's it followed up, a patient's family praising its staff.
CUSTOMER_VOICE = lazy_pattern(
    r"\b(?:thanks?|thank you|thankful|grateful|shout ?out|kudos|props|hats off|sending (?:love|thanks|hugs))\b"
    r"[^.!?\n]{0,25}?\b(?:to|for)\s+(?:the|that|this|those|these)\b"
    # (not a crew or team thanked by one of its own: "thanks to the whole Tulla crew", nor a send-off, a
    # mentor or an appointment thanked for: "thank you for the lovely send-off", "for the opportunity", "Thanks to
    # ADG Michelle Tran for the invite")
    r"(?![^.!?\n]{0,40}\b(?:crew|team|trainers?|instructors?|colleagues?|workmates?|squad|farewell|send-?off|mentoring|mentorship|opportunity|invite|invitation|nomination|privilege|boys|girls|platoon|shift|watch|brigade)\b)"
    r"|\b(?:lady|ladies|girl|bloke|guy|fella|gentleman|woman|man)\s+(?:at|in|from|on|behind)\s+(?:the\s+)?(?:\w+\s+){0,3}?"
    r"(?:counter|desk|office|branch|window|phone)s?\b"
    r"|\b(?:was|were)\s+(?:so |very |really |super |incredibly |actually |extremely )?"
    r"(?:patient|polite|kind|lovely|helpful|friendly|courteous|understanding|nice|gentle|sweet|professional)\b"
    r"|\b(?:finally )?(?:repaired|processed|paid) (?:my|our)\b|\bfinally (?:fixed|sorted) (?:my|our)\b"
    # staff who served the writer: "the Centrelink lady", "the lady at Medicare sorted my son's card",
    # "licence renewed in 5 min"; advice to the public: "just use myGov, link Medicare"
    r"|\bthe (?:(?-i:[A-Z])[\w/]*\s+){1,2}(?:lady|guy|bloke|fella|man|woman|girl)\b"
    r"|\bsorted (?:out )?(?:my|our|mum'?s|dad'?s|nan'?s) (?:son|daughter|kids?|card|claim|payment|licen[cs]e|rego|refund|tax)|\blicen[cs]e (?:renewed|sorted|done)\b"
    r"|\bjust (?:use|download|link|log ?in)\b"
    r"|\bcame (?:out )?(?:for|to) (?:my|our|dad|mum|nan|pop|grandma|grandpa)\b"
    r"|\b(?:got|getting|passed|failed|sat) my (?:Ps?|Ls?|P1|P2|licen[cs]e|learners?|plates|permit|driving test)\b"
    r"|\b(?:my|a|the) (?:tax )?refund\b|\brefund (?:landed|came|arrived|hit)\b|\bowes me\b"
    r"|\b(?:i'?ve been|i was|i'?m|been|still) on hold\b|\b\d+ mins? late\b|\b(?:i|just) voted\b|^\W*voted\b"
    r"|\bapplied for (?:a|an|the) (?:\w+ ){0,2}?(?:job|role|position)\b"
    r"|\b(?:covered|paid for|funded) (?:my|our|pop'?s|nan'?s|mum'?s|dad'?s|grandma'?s|grandpa'?s)\b"
    r"|\b(?:followed up|took|acted on|responded to) (?:my|our) (?:\w+['’]s )?(?:report|complaint|call|concerns?)\b"
    r"|\b(?:the )?(?:staff|nurses|doctors) (?:have been|were|are) (?:so |really |absolutely )?(?:amazing|incredible|wonderful|brilliant)\b"
    r"|\banyone know (?:if|whether)\b|\bhow long (?:does |do |will )?(?:\w+ ){1,4}takes?\b|\bhow long (?:does|do|will) (?:an? |my |the )[^.!?\n]{1,50}?\b(?:usually |normally |typically )?take\b"
    r"|\brenew(?:ed|ing)? (?:my|the|our|his|her|mum'?s|dad'?s)\b|\b(?:my|the|our|his|her) rego\b|\brego renewal\b|\bcaught speeding\b|\b(?:a|got a|had a) (?:call|letter|text|sms) from\b"
    r"|\bscam(?:mer|mers|s)?\b|\bcomplain(?:ing|ed|s)? about\b|\b(?:told|sent|asked) me (?:my|to|for)\b"
    r"|\b(?:my|mum'?s|dad'?s) (?:form|claim|payment|application|appointment|case|file)s?\b"
    # the agency asks its customer for papers: "Centrelink wants 3 months of payslips"
    r"|\b(?:wants?|want me to (?:send|upload|provide)|asked (?:me )?for|requires?|demand(?:s|ed|ing)?)\s+(?:\w+\s+){0,3}?"
    r"(?:payslips?|bank statements?|tax returns?|proof of|certified cop(?:y|ies)|birth certificates?|more evidence|receipts)\b"
    r"|\b(?:i'?m|am|i was|i've been) applying\b|\bapplications? (?:close|closes|open|opens)\b"
    # someone who would like to work there, or means to ring it: "wants to work at the Bureau", "should I call EPA?"
    r"|\bwants? to (?:work|be) (?:at|for|in|with)\b|\b(?:should i|shall i|do i|i'?ll|gonna) (?:call|ring|email|contact)\b"
    r"|\b(?:knock(?:ed|ing)? on (?:my|our|the) door)\b|\b(?:gold|white|health care|concession|seniors|pension) card\b"
    # a visitor or a parent: "visited my cousin at ...", "my son's school"
    r"|\bvisit(?:ed|ing|s)?\s+(?:my|our|his|her)\s+\w+"
    r"|\b(?:my|our) (?:son|daughter|kids?|child|children|boy|girl|grandson|granddaughter)(?:'s)?\s+(?:\w+\s+){0,3}?"
    r"(?:school|class|teacher|prep|kindy|ward|hospital)\b",
    re.IGNORECASE,
)
# The agency's product or service, or its figures, seen from outside, after its name ("the CSIRO
# report on sea levels", "V/Line punctuality was 82%", "a Medicare letter came"): "the Medicare
# app", "the Bureau's rain radar", "CSIRO diet book", "Ambulance Victoria membership",
# "ABS says unemployment is 4.1%"; or a wait in its queue before it: "queue at Service Tasmania".
_PRODUCT_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:app|apps|website|portal|radar|diet|book|recipe|soup|"
    r"membership|care plan|vaccine clinic|hotline|refund|reports?|stats|statistics|figures|punctuality|letter|exhibition)\b"
    r"(?!\s+(?:techs?|technicians?|team|staff|officers?|crew|unit|section|engineers?|analysts?))|\s+number\b"
    r"|\s+(?:says|said|reports?|figures show|data shows?|stats show)\b(?=[^.!?\n]{0,60}\d)",
    re.IGNORECASE,
)
_WE = lazy_pattern(r"\b(?:we|we'?re|we'?ve|us)\b", re.IGNORECASE)
_QUEUE_BEFORE = lazy_pattern(
    r"\b(?:queue|queued|line|waited|waiting) (?:at|outside)\s+(?:the\s+)?$"
    r"|\b(?:report|inquiry|review|article|story) (?:on|into|about)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def product_of(text: str, start: int, end: int) -> bool:
    """The organisation's name at text[start:end] names its product, ads, figures or queue as a
    customer or reader sees them, not an employer."""
    if searched(_WE, text):
        return False  # "the Service Victoria app went down and we took 400 calls": its staff
    return bool(_PRODUCT_AFTER.match(text, end) or _QUEUE_BEFORE.search(text, max(0, start - 25), start))


# "nine years with", "worked at", "joined", "ex-": the name that follows is an employer
EMPLOYER_BEFORE = lazy_pattern(
    r"(?:\b(?:years?|decades?|months?|career|stint|time|worked|working|work|served|serving|been)\s+(?:\w+\s+){0,2}?"
    r"(?:with|at|in|for)|\b(?:joined|left|quit|retired from|resigned from)|\bex-?|\bformer)\s+(?:the\s+)?$|\bex-$"
    # a role at the site, or back on its wards: "Outreach nurse at the Austin", "RN @ The Royal
    # Children's", "back to the ward at Geelong Hospital", "rostered at the Alfred" (not a shift
    # alone: "night shift at Perth Airport" is anyone's airport)
    r"|\b(?:nurse|RN|EN|midwife|NUM|registrar|pharmacist|physio|paramedic|CO|constable|ranger|caseworker)\s*(?:@|at|in)\s+(?:the\s+)?$"
    r"|\b(?:rostered|back to the wards?|back on the wards?)\s+(?:\S+\s+){0,2}?(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the words `EMPLOYER_BEFORE` needs, to skip the work-site scan on the many texts without one
STRETCH_WORD = lazy_pattern(
    r"\b(?:years?|decades?|months?|career|stint|time|work(?:ed|ing)?|serv(?:ed|ing)|joined|left|quit|retired|resigned|former|nurse|RN|EN|"
    r"midwife|NUM|registrar|pharmacist|physio|paramedic|CO|constable|ranger|caseworker|rostered|wards?)\b|\bex-",
    re.IGNORECASE,
)
# A shift of the writer's at a site: "my Sunday late at Launceston Reception", "Night shift in ED at
# the Royal Hobart", "can u cover my Barwon shift" (the site's name just before "shift").
# a shift by its length or its hours: "a 12hr at Lotus Glen", "roped into a 12 at ...", "my 7–3 at MAP"
_SHIFT_BY_LENGTH = (
    r"\b(?:a|my|another)\s+(?:\d{1,2}\s*(?:hr|hrs|hour)s?|1[02]|\d{1,2}(?::\d\d)?\s*[–-]\s*\d{1,2}(?::\d\d)?)\s+(?:at|in)"
)
SHIFT_WORD = lazy_pattern(
    rf"\b(?:shifts?|lates?|earl(?:y|ies)|nights?|doubles?|nighties?)\b|{_SHIFT_BY_LENGTH}\b",
    re.IGNORECASE,
)
_SHIFT_BEFORE = lazy_pattern(
    r"\b(?:my|night|day|arvo|late|early|double)\s+(?:\w+\s+){0,2}?(?:shift|late|early|night|double|nightie)s?"
    r"\s+(?:(?:in|on)\s+(?:the\s+)?\w+\s+)?(?:at|in)\s+(?:the\s+)?$"
    rf"|{_SHIFT_BY_LENGTH}\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SHIFT_AFTER = lazy_pattern(r"\s+(?:shift|late|early|night|double)s?\b", re.IGNORECASE)


def shift_at(text: str, start: int, end: int) -> bool:
    """A shift of the writer's at the site named at text[start:end]."""
    before = text[max(0, start - 50) : start]
    return bool(_SHIFT_BEFORE.search(before) or (before.rstrip().endswith("my") and _SHIFT_AFTER.match(text, end)))
