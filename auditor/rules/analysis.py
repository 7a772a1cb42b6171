"""One analysis per text and profile: typed entities in one pass, and the cheap first stage.

The profile's vocabulary becomes typed entities, so rules and a model see "a shift at [SITE] for
[ORG]" whatever the organisation's own words are:

=========  =====================================================================================
ORG        ``[organisation]`` names, former names, nicknames, acronyms, employer names,
           capitalised and ambiguous names, hashtags and handles
UNIT       ``[organisation] units``
ROLE       ``[organisation] roles`` and ``weak_roles``
SYSTEM     ``[operations] systems``
SITE       ``[places] work_sites``, the ``[[sites]]`` names, ``[operations] site_words``
DOMAIN     ``[organisation] domains``
UNIFORM    ``[uniform] strong_terms`` and ``terms``
=========  =====================================================================================

`entities` finds all of them with one compiled pattern per profile (a character trie of every
term, so the regex engine walks the text once instead of trying hundreds of alternatives at each
position; upper-case acronyms match case-sensitively), cached per profile and per text. A term in
several lists takes the first type in the table. The entities are candidates: whether a name is
the writer's employer (a client "on hold to" the agency, a costume) is still the rules' decision.

`entity_marked` is the one function a model reads: the text with each entity replaced by its
type in brackets ("Night shift at [SITE] again, [ORG] systems down").

`first_stage` is the cheap gate in front of every text rule: a set of key words built once per
profile (one word of every term of every list, every gazetteer place and given name, a language
lexicon of work, people and criticism) and a look-up of the text's words in it. An everyday post
with none of them ("Made pancakes with the kids this morning") cannot fire any text rule and is
let through in microseconds; anything else goes to the rules. An everyday word that only a loose list
makes a key ("dog" of "drug dog", the topic "decision") counts only beside one of its second words
(`_NEEDS_SECOND`: "the dog alerted", "whoever made that decision"). ``tests/rules/test_analysis.py``
holds it to never dropping a labelled post of the evaluation sets.

`stage_level` says how far a text goes: cleared (`CLEARED`), to the learned rules only
(`LEARNED_ONLY`), or to every rule (`ALL_RULES`). A *weak* key is a word that only a loose list
makes a key, as one of several words of a term ("through" of "people who come through", "list" of
"watch list", "cannot" of "cannot say more"): no word rule can start from it alone (the term's other
words are not in the text, or the term would be matched by a strong key), so a text whose only keys
are weak goes to the learned rules alone, which read a text by all its words. A loose word that is a
whole term by itself ("decision", "laws"), or a term's words run together, stays a strong key.

This module sits beside `features` below every rule family; it reads only Item text, the profile
and the package data the place and name rules read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from auditor.config import Profile
from auditor.geo.gazetteer import load_places
from auditor.rules.base import given_names, lazy_pattern, per_profile, per_text, trie_regex
from auditor.rules.landmarks import site_first_words, stem_words
from auditor.rules.orgwords import portfolio_names, stateless_names, work_site_names

ORG_KEYS = ("names", "former_names", "nicknames", "acronyms", "employer_names", "capitalised", "ambiguous_names")
ENTITY_SOURCES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("ORG", tuple(("organisation", k) for k in ORG_KEYS)),
    ("UNIT", (("organisation", "units"),)),
    ("ROLE", (("organisation", "roles"), ("organisation", "weak_roles"))),
    ("SYSTEM", (("operations", "systems"),)),
    ("SITE", (("places", "work_sites"), ("operations", "site_words"))),
    ("DOMAIN", (("organisation", "domains"),)),
    ("UNIFORM", (("uniform", "strong_terms"), ("uniform", "terms"))),
)
TAG_KEYS = (("organisation", "hashtags"), ("organisation", "handles"))
# The lists whose terms can start a finding; the others (context words, work frames, problems,
# exclusions, customer cues) only qualify a finding that one of these started.
TRIGGER_LISTS = (
    *(("organisation", k) for k in (*ORG_KEYS, "units", "roles", "weak_roles", "hashtags", "handles", "domains", "functions")),
    ("uniform", "terms"),
    ("uniform", "strong_terms"),
    ("places", "work_sites"),
    *(
        ("operations", k)
        for k in ("terms", "weak_terms", "court", "systems", "clearances", "site_words", "secrecy", "activity_words")
    ),
    ("colleagues", "titles"),
    ("colleagues", "senior_titles"),
    ("comment", "targets"),
    ("comment", "clients"),
    ("comment", "topics"),
)
_SEP = "\x00"  # a space, "_" or "-" inside a term: any of them, or none, in the text (as `trie_regex`)
_SPLIT = lazy_pattern(r"[\s_\-]+")


@dataclass(frozen=True, slots=True)
class Entity:
    """One typed span of the profile's vocabulary in a text."""

    type: str
    start: int
    end: int
    text: str


# ---- one pattern for every term ---------------------------------------------------------------


def _key(term: str) -> str:
    return _SPLIT.sub("", term).casefold()


@dataclass(frozen=True)
class _Vocabulary:
    pattern: re.Pattern[str] | None
    types: dict[str, str]  # term key -> entity type


def _build(profile: Profile) -> _Vocabulary:
    types: dict[str, str] = {}
    ci: list[str] = []
    cs: list[str] = []
    for etype, sources in ENTITY_SOURCES:
        for section, key in sources:
            for term in profile.terms(section, key):
                words = [w for w in _SPLIT.split(term.strip()) if w]
                if not words or _key(term) in types:
                    continue
                types[_key(term)] = etype
                # upper-case acronyms and system names match case-sensitively ("ABF", not "abf")
                (cs if term.isupper() and len(term) <= 6 else ci).append(_SEP.join(words))
    tags: list[str] = []
    for section, key in TAG_KEYS:
        for tag in profile.terms(section, key):
            body = tag.lstrip("#@")
            if body:
                types.setdefault(_key(body), "ORG")
                tags.append(body)
    for site in profile.sites:
        name = str(site.get("name") or "")
        if name.strip() and _key(name) not in types:
            types[_key(name)] = "SITE"
            ci.append(_SEP.join(w for w in _SPLIT.split(name.strip()) if w))
    alts = []
    if cs:
        alts.append(f"(?-i:{trie_regex(cs, fold=False)})")
    if ci:
        alts.append(trie_regex(ci, fold=True))
    if tags:  # a hashtag or handle only with its sign ("#ABF", not "abf")
        alts.append(f"[#@]{trie_regex(tags, fold=True)}")
    pattern = lazy_pattern(rf"(?<![\w#])(?:{'|'.join(alts)})(?!\w)", re.IGNORECASE) if alts else None
    return _Vocabulary(pattern, types)


def _vocabulary(profile: Profile) -> _Vocabulary:
    return per_profile(profile, "analysis", _build)  # type: ignore[return-value]


def entities(text: str, profile: Profile) -> tuple[Entity, ...]:
    """Every typed entity of the profile's vocabulary in text, left to right, longest first."""
    if not text:
        return ()
    return per_text(profile, "analysis:entities", text, lambda: _entities(text, profile))  # type: ignore[return-value]


def _entities(text: str, profile: Profile) -> tuple[Entity, ...]:
    voc = _vocabulary(profile)
    if voc.pattern is None:
        return ()
    out = []
    for m in voc.pattern.finditer(text):
        found = m.group(0)
        etype = voc.types.get(_key(found.lstrip("#@")))
        if etype is not None:
            out.append(Entity(etype, m.start(), m.end(), found))
    return tuple(out)


def entity_marked(text: str, profile: Profile) -> str:
    """The text with every entity of the profile replaced by its type: "a shift at [SITE] for [ORG]".

    This is what a model reads, so that what it learns about one organisation's posts transfers to
    another's profile without retraining. Stable contract: types are the names in
    `ENTITY_SOURCES` (ORG, UNIT, ROLE, SYSTEM, SITE, DOMAIN, UNIFORM) in square brackets; the rest
    of the text is unchanged (case and spacing kept); a text with no entity comes back as it is.
    """
    found = entities(text, profile)
    if not found:
        return text
    parts = []
    pos = 0
    for e in found:
        parts.append(text[pos : e.start])
        parts.append(f"[{e.type}]")
        pos = e.end
    parts.append(text[pos:])
    return "".join(parts)


# ---- the first stage ---------------------------------------------------------------------------

# Language-level words that may make a text a finding without any term of the profile: work and
# workplaces, people at work, staffing, systems, criticism and policy, contact details.
_LEXICON = """
work works worked working workplace job jobs career shift shifts roster rostered overtime office desk team crew
boss manager supervisor colleague colleagues workmate workmates coworker staff staffing officer officers
department dept agency agencies government govt minister ministers premier secretary commissioner policy policies
public service servant servants union pay payrise bargaining restructure redundancy redundancies leadership exec
executive director directors sup 2ic uniform uniforms badge lanyard pass polo boots vest epaulettes
system systems outage offline down crashed login password vpn server database portal backlog caseload queue
client clients customer customers applicant applicants detainee detainees prisoner prisoners inmate inmates patients
seized seizure seizures raid raids arrest arrested detained detention court tribunal hearing case cases warrant
investigation audit compliance intel operation operations ops surveillance clearance classified confidential
email mail e-mail phone mobile mob ring call ext extension landline internal extn dial
disgrace disgraceful useless incompetent corrupt joke pathetic clowns clown idiots idiot morons shameful hopeless
outrageous shocking cruel inhumane rort rorts waste scandal cowards gutless spineless cruelty bludgers
leave promotion promotions promoted interview interviews recruitment merit eba agreement payroll hr procurement
estimates senate parliament budget funding cuts review reviews unit units branch division section nights earlies
lates covering recruit recruits trainee trainees training course graduate grads cohort academy rank ranks jacket
jackets gear kit wharf wharfie wharfies port airport terminal parcel parcels package packages cargo container
containers freight searched searching sniffer k9 gov dot au relief unallocated allocated notifications referrals
unannounced inspection inspections caseloads crews staffed patrol intake positions
management execs morale workload workloads frontline upstairs reshuffle realignment reorg stripes chevrons
callers calls targets kpi kpis quota quotas fraud debt referred referral underpaid integrity counsellor counsellors psych
psychologist aide aides caseworker caseworkers vacancies vacancy interviewers inspector inspectors
desks auditors audited auditing resignations ballots principal sarge oic dg el1 el2 grad
pax claims payments passengers admissions callouts warrants infringements rbts lodged processed ward wards ratio ratios
teachers nurses clocked muster compliances debts objections lodgements appeals determinations letters
""".split()
# superiors' short titles as staff write them (`superiors.own_superior`: "our DP made us", "the AP said"),
# as written only: "dp" and "ap" in lower case are everyday words
_TITLE_KEYS = ("AP", "DP", "EO", "NUM", "DS", "LSC", "SBFO", "EL", "GM", "OIC", "DG", "Sgt")
_COMMON = frozenset(
    """good day days new room op first who off got get gets getting anyone can can't cant night nights morning best back
    into not no yes from with than then too so also only even every each other another own same ever never always
    again well much many most less open close closed check plan house party street watch mid near far around
    home time week weekend today one two three go going went make made take took still just really very much more all
    some any what when where how why there here out up down over after before about like love lol haha big little
    old last next full half free top side end way thing things people person man woman guy guys kids""".split()
)
_STATES = ("NSW", "VIC", "Vic", "QLD", "Qld", "SA", "WA", "TAS", "Tas", "NT", "ACT")
# the words a street, road or landmark no gazetteer lists is named by ("Tasman Bridge", "Lonsdale
# St", "Mt Wellington"): the place rule reads them by their form, so they pass the first stage
_FORM_WORDS = tuple(
    "Bridge Street St Road Rd Highway Hwy Motorway Freeway Fwy Tunnel Island Gorge Lookout Esplanade Hospital Mt Mount "
    "Lake Cape Parade Terrace Avenue Ave Falls Neck Plateau Peninsula Outlet Creek Brook Gardens Track Wharf Jetty Pier "
    "Primary HMAS".split()
)
# Everyday words that a profile's loose list makes keys ("dog" of "drug dog" and "dog hit", the policy
# topic "decision"): they count only beside a word that puts them at work. A detector dog's post
# names what it searched or found, or its handler; a decision commented on from the inside is ours,
# theirs, or someone's. "The dog stole a sausage", "the kids and I made pancakes, best decision":
# cleared. The guard: `bench/dump_findings.py` gives the same findings on every labelled set.
_NEEDS_SECOND = {
    "dog": frozenset(
        """handler handlers handling alert alerted alerts alerting sniff sniffed sniffs sniffing indicated indication
        narcotics narcotic drug drugs pills powder bag bags luggage suitcase suitcases hit hits detector sniffer
        ship ships vehicle vehicles training trainer refresher""".split()
    ),
    "decision": frozenset("we our ours us they their them whoever someone somebody".split()),
    # "number ones", the dress uniform of the state profiles: not "attempt number four"
    "number": frozenset("ones one 1s".split()),
}
_WORD = lazy_pattern(r"[^\W_]+(?:['’][^\W_]+)?")
_DIGITS = lazy_pattern(r"\d[\d\s\-.()]{5,}\d")  # a phone number or a long figure
# a phone number split by a symbol, an emoji or a word no digit pattern reads ("0412 📞 345 📞 678",
# "0412/345/678", "0412 – 345 – 678", "0412 dash 345 dash 678"): ten digits close together
_SPREAD_DIGITS = lazy_pattern(r"\d(?:[^\w:]{1,4}\d|\d|\s(?:dash|dot|hyphen|then)\s\d){9}", re.IGNORECASE)
_STOP = frozenset(
    "the a an and or of to in on at for with by from my our your his her their its this that is are was be as it we i "
    "me us you he she they them st mt".split()
)


def _words(term: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(term)]


class _Keys:
    """First-stage key words: a single-word term is a key; a term of several words is a set of
    words that must all be in the text (keyed by its longest word), plus the words run together
    ("HomeAffairs"), or with ``loose`` each of its content words is a key on its own. `title`
    keys count only as written (Title Case place names, given names)."""

    __slots__ = ("alone", "multi", "paired", "single", "title", "title_multi", "weak")

    def __init__(self) -> None:
        self.weak: set[str] = set()  # a key that sends a text to the learned rules only (`stage_level`)
        self.alone: set[str] = set()  # a loose list's whole term of one word, or a term's words run together
        self.single: set[str] = set()
        self.paired: dict[str, frozenset[str]] = {}  # a key that counts only beside one of its words
        self.multi: dict[str, list[frozenset[str]]] = {}
        self.title: set[str] = set()
        self.title_multi: dict[str, list[frozenset[str]]] = {}

    def add(self, term: str, title: bool = False, loose: bool = False) -> None:
        if term.isalnum():
            # one plain word (most of the thousands of place names): `_WORD` finds it whole, so
            # the general path below would add exactly this; built for every check, so kept cheap
            (self.title if title else self.single).add(term if title else term.casefold())
            if loose and not title:
                self.alone.add(term.casefold())
            return
        self.add_words(term, title, loose)

    def add_words(self, term: str, title: bool = False, loose: bool = False) -> None:
        words = _WORD.findall(term) if title else _words(term)
        content = [w for w in words if w.casefold() not in _STOP] or words
        if not content:
            return
        single, multi = (self.title, self.title_multi) if title else (self.single, self.multi)
        if loose:
            # any one content word of the term: the rules' context and the model generalise
            # from the profile's words ("secondary", "shipment"), so the stage keeps them all,
            # except everyday words no finding starts from alone ("good", "day", "new")
            single.update(w for w in content if w not in _COMMON or len(content) == 1)
            if len(content) == 1:
                self.alone.add(content[0])
            else:  # the whole term is a strong key even where its words alone are weak ("body armour")
                multi.setdefault(max(content, key=len), []).append(frozenset(content))
        elif len(content) == 1:
            single.add(content[0])
        else:
            multi.setdefault(max(content, key=len), []).append(frozenset(content))
        if len(words) > 1 and not title:
            self.single.add("".join(words))  # "HomeAffairs", "#borderforce"
            self.alone.add("".join(words))

    def level(self, words: list[str]) -> int:
        """`ALL_RULES` at the first strong key, else `LEARNED_ONLY` when a weak key was seen, else `CLEARED`."""
        folded = None
        out = CLEARED
        for w in words:
            f = w.casefold()
            if f in self.single or w in self.title:
                return ALL_RULES
            if f in self.multi:
                folded = folded or frozenset(x.casefold() for x in words)
                if any(need <= folded for need in self.multi[f]):
                    return ALL_RULES
            if f in self.paired:
                folded = folded or frozenset(x.casefold() for x in words)
                if not folded.isdisjoint(self.paired[f]):
                    return ALL_RULES
            if w in self.title_multi and any(need <= set(words) for need in self.title_multi[w]):
                return ALL_RULES
            if f in self.weak:
                out = LEARNED_ONLY
        return out

    def merged(self, other: _Keys) -> _Keys:
        out = _Keys()
        out.single, out.title = self.single | other.single, self.title | other.title
        out.paired = {**self.paired, **other.paired}
        out.weak, out.alone = self.weak | other.weak, self.alone | other.alone
        for mine, theirs, target in (
            (self.multi, other.multi, out.multi),
            (self.title_multi, other.title_multi, out.title_multi),
        ):
            for k in mine.keys() | theirs.keys():
                target[k] = mine.get(k, []) + theirs.get(k, [])
        return out


@lru_cache(maxsize=1)
def _shared_keys() -> _Keys:
    """First-stage keys every profile shares: the lexicon, gazetteer places (any case), smaller
    places and given names (capitalised), state abbreviations."""
    keys = _Keys()
    keys.single.update(_LEXICON)
    for p in load_places():
        keys.add(p.name)
    keys.title.update(n.capitalize() for n in given_names())
    keys.title.update(_STATES)
    keys.title.update(_TITLE_KEYS)
    keys.title.update(_FORM_WORDS)
    keys.title.update(stem_words())  # a landmark by its first word: "up at Cradle", "on the Overland"
    minor = resources.files("auditor.data").joinpath("places_minor_au.csv").read_text(encoding="utf-8")
    for line in minor.splitlines()[1:]:  # name,state,lat,lon,common (no quoted fields)
        keys.add(line.split(",", 1)[0], title=True)  # Title Case only, as the place rule reads them
    return keys


def _stage_keys(profile: Profile) -> _Keys:
    own, loose_keys = _Keys(), _Keys()
    for section, key in TRIGGER_LISTS:
        # names and sites count whole (their rules need the whole name); the other lists by any
        # content word, since the rules' context and the model generalise from them
        loose = section not in ("organisation", "places")
        for term in work_site_names(profile) if (section, key) == ("places", "work_sites") else profile.terms(section, key):
            (loose_keys if loose else own).add(term, loose=loose)
    # a site by the first word of its name, as the place and department rules read it ("six years at
    # Quarrenbrook", "Mersey ED"), as written
    own.title.update(site_first_words(profile))
    # the organisation as its staff name it without a listed term (`orgstaff`: "In Health we've been
    # told", "Nine years in Education"), as written
    names = profile.terms("organisation", "names") + profile.terms("organisation", "former_names")
    for term in portfolio_names(names) + stateless_names(names):
        own.add(term, title=True)
    for site in profile.sites:
        own.add(str(site.get("name") or ""))
        for alias in site.get("aliases", []):
            if isinstance(alias, str):
                own.add(alias)
    shared = _shared_keys()
    for word, second in _NEEDS_SECOND.items():
        # only a key no name, site, lexicon word or place makes on its own
        if word in loose_keys.single and word not in own.single and word not in shared.single:
            loose_keys.single.discard(word)
            loose_keys.paired[word] = second
    # a word only a loose list makes a key, as one of a longer term's words: weak (`stage_level`)
    loose_keys.weak = loose_keys.single - own.single - shared.single - loose_keys.alone
    loose_keys.single -= loose_keys.weak
    return shared.merged(own.merged(loose_keys))


def first_stage(text: str, profile: Profile) -> bool:
    """True when any text rule might fire on text; False lets an everyday post through unchecked."""
    return stage_level(text, profile) != CLEARED


CLEARED, LEARNED_ONLY, ALL_RULES = 0, 1, 2


def stage_level(text: str, profile: Profile) -> int:
    """How far text goes: `CLEARED` (no text rule can fire), `LEARNED_ONLY` (its only keys are weak:
    the learned rules read it, no word rule can start from it) or `ALL_RULES`."""
    if not text:
        return CLEARED
    if "@" in text or "#" in text or "://" in text or _DIGITS.search(text) or _SPREAD_DIGITS.search(text):
        return ALL_RULES
    words = _WORD.findall(text)
    # "boss's", "Sarah's": the word without its possessive too
    words += [re.split(r"['’]", w)[0] for w in words if "'" in w or "’" in w]
    keys: _Keys = per_profile(profile, "analysis-stage", _stage_keys)  # type: ignore[assignment]
    return keys.level(words)
