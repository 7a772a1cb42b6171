"""Gazetteer names in text for `places`: the lookup of every name a text may hold.

The bundled gazetteer (`auditor.geo.gazetteer`), the profile's work sites and the smaller towns of
``places_minor_au.csv`` (`landmarks.minor_places`) become one lookup per profile (`gazetteer`):
names in any case, acronyms and everyday words only as written, the minor towns only in Title
Case, and multi-word names run together in a hashtag ("#sydneyairport"). `candidates` finds the
longest name starting at each word ("Mt Druitt", "Canberra-ish", "ex-Burnie", "K'gari",
"#canberralife") and `address_places` a town in an address's local part ("parks.cairns@").

It finds candidate spans only; `places` decides whether each is a place (a person, a team, a
thing sharing the name). It holds no rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from auditor.config import Profile
from auditor.geo.gazetteer import load_places
from auditor.rules.base import given_names, lazy_pattern, per_profile, word_pattern
from auditor.rules.emails import OBF_RE
from auditor.rules.landmarks import minor_places
from auditor.rules.orgwords import work_site_names
from auditor.rules.placewords import CASED, COMMON, PERSONLIKE, STATE_KEYS

STATE_ABBREVIATIONS = ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT")
_STATE_SHORT = {"Qld": "Queensland", "Vic": "Victoria", "Tas": "Tasmania"}

_TOKEN = lazy_pattern(r"\w(?:[\w&.-]*\w)?|\S")  # starts at a word character: linear on "....."
_WORD_START = lazy_pattern(r"\w")
_GAP = lazy_pattern(r"[\s_\-]+")
MAX_WORDS = 6


def norm(name: str) -> str:
    return " ".join(re.findall(r"[\w’'&.]+", name)).casefold().replace("’", "'")


@dataclass(frozen=True)
class Gazetteer:
    ci: dict[str, str]  # normalised name -> canonical name (any case)
    cs: dict[str, str]  # exact-case name -> canonical name (acronyms, common words)
    work: frozenset[str]
    exclude: re.Pattern[str] | None
    first_words: frozenset[str]  # case-folded first word of every name: a cheap prefilter
    minor: dict[str, bool]  # smaller towns, exact Title Case -> needs a place cue (an everyday word or name)
    joined: dict[str, str]  # multi-word names written as one hashtag word ("sydneyairport") -> canonical


def _build(profile: Profile) -> Gazetteer:
    names = [p.name for p in load_places()]
    work = work_site_names(profile) + [str(s["name"]) for s in profile.sites if s.get("name")]
    for s in profile.sites:
        work += [str(a) for a in s.get("aliases", []) if isinstance(a, str)]  # only string aliases are names
    all_names = list(dict.fromkeys(names + work + list(STATE_ABBREVIATIONS)))
    # acronyms ("WA", "SYD") and everyday words ("Orange") match only as written: "wa" and
    # "orange" in lower case are not places
    cs = {" ".join(re.findall(r"[\w’'&.]+", n)): n for n in all_names if n.isupper() or n.casefold() in COMMON | CASED}
    ci = {norm(n): n for n in all_names if n not in cs.values()}
    # the states' short names as written ("a regional Qld state school", "in Vic"); a name they
    # begin or end ("Qld Health", "Service Tas") is dropped below as a state inside a name
    cs.update(_STATE_SHORT)
    # the gazetteer and the profile win over the minor list: a name in both keeps its any-case match
    minor = {n: flag for n, flag in minor_places().items() if norm(n) not in ci}
    # "Mt Druitt" for "Mount Druitt" (and the other way round)
    for k, n in list(ci.items()):
        for a, b in (("mount ", "mt "), ("mt ", "mount ")):
            if k.startswith(a):
                ci.setdefault(b + k[len(a) :], n)
    for n, flag in list(minor.items()):
        for a, b in (("Mount ", "Mt "), ("Mt ", "Mount ")):
            if n.startswith(a):
                minor.setdefault(b + n[len(a) :], flag)
    # hashtag forms of multi-word names ("#sydneyairport"); short or common-word ones would
    # match ordinary run-together words
    joined = {k.replace(" ", ""): n for k, n in ci.items() if " " in k and len(k) >= 8 and k.split(" ")[0] not in COMMON}
    return Gazetteer(
        ci=ci,
        cs=cs,
        work=frozenset(norm(w) for w in work),
        exclude=word_pattern(profile.terms("places", "exclude")),
        first_words=frozenset(k.split(" ")[0] for k in ci)
        | frozenset(k.split(" ")[0].split("'")[0] for k in ci if "'" in k.split(" ")[0])  # "K'gari" starts at "K"
        | frozenset(k.split(" ")[0].casefold() for k in cs)
        | frozenset(n.split(" ")[0].casefold() for n in minor)
        | frozenset(joined),
        minor=minor,
        joined=joined,
    )


# "Canberra-ish", "Perth-based", "Sydney-born": the place is the part before the hyphen.
_PLACE_HYPHEN_SUFFIX = lazy_pattern(r"-(?:ish|based|born|bound|raised|side)$", re.IGNORECASE)


# "ex-Burnie", "ex-Melbourne": the place is the part after the prefix.
_PLACE_HYPHEN_PREFIX = lazy_pattern(r"^(?:ex|pre|post|greater|inner|outer)-(?=[A-Z])", re.IGNORECASE)


def _trim_suffix(tok: tuple[str, int, int]) -> tuple[str, int, int]:
    if "-" not in tok[0]:
        return tok
    m = _PLACE_HYPHEN_SUFFIX.search(tok[0])
    if m:
        tok = (tok[0][: m.start()], tok[1], tok[1] + m.start())
    p = _PLACE_HYPHEN_PREFIX.match(tok[0])
    return (tok[0][p.end() :], tok[1] + p.end(), tok[2]) if p else tok


# A hashtag of a place and a word of living there: "#canberralife", "#hobartlocal", "#perthweekend".
_TAG_TAILS = ("life", "living", "local", "locals", "weekend", "eats", "nights")


def _tagged_place(key: str, g: Gazetteer) -> str | None:
    for tail in _TAG_TAILS:
        head = key[: -len(tail)]
        if key.endswith(tail) and len(head) >= 5 and head in g.ci and head not in COMMON and head not in PERSONLIKE:
            return g.ci[head]
    return None


def candidates(text: str, g: Gazetteer) -> list[tuple[str, int, int]]:
    """(canonical name, start, end): longest gazetteer name starting at each word, left to right.

    A dictionary lookup over word n-grams, not one huge regex: hundreds of alternatives make
    Python's regex engine slow, and names need whole-word matches anyway.
    """
    toks = [(m.group(0).rstrip(".'’"), m.start(), m.start() + len(m.group(0).rstrip(".'’"))) for m in _TOKEN.finditer(text)]
    toks = [_trim_suffix(t) for t in toks if t[0]]
    out: list[tuple[str, int, int]] = []
    # asked once per token and per gap, not again for every span that contains them: a token
    # that starts with a word character, and words separated by spaces or hyphens only
    wordy = [_WORD_START.match(w) is not None for w, _s, _e in toks]
    # ... or an apostrophe inside a word ("Royal Children's", "Brisbane Women's", "K'gari")
    poss = [False] * max(0, len(toks) - 1)
    if "'" in text or "’" in text:
        poss = [text[toks[k][2] : toks[k + 1][1]] in ("'", "’") for k in range(len(toks) - 1)]
    gap = [poss[k] or _GAP.fullmatch(text, toks[k][2], toks[k + 1][1]) is not None for k in range(len(toks) - 1)]
    i = 0
    while i < len(toks):
        found = None
        if toks[i][0].casefold().replace("’", "'") not in g.first_words and (
            text[toks[i][1] - 1 : toks[i][1]] != "#" or _tagged_place(toks[i][0].casefold(), g) is None
        ):
            i += 1
            continue
        for n in range(min(MAX_WORDS, len(toks) - i), 0, -1):
            span = toks[i : i + n]
            if not all(wordy[i : i + n]) or not all(gap[i : i + n - 1]):
                continue
            exact = "".join(w + ("'" if poss[i + k] else " ") for k, (w, _s, _e) in enumerate(span[:-1])) + span[-1][0]
            key = exact.casefold().replace("’", "'")
            name = g.cs.get(exact) or g.ci.get(key) or (exact if exact in g.minor else None)
            if name is None and n == 1 and text[span[0][1] - 1 : span[0][1]] == "#":
                name = g.joined.get(key) or _tagged_place(key, g)  # "#sydneyairport", "#canberralife"
            if name is not None:
                found = (name, span[0][1], span[-1][2], n)
                break
        if found:
            out.append(found[:3])
            i += found[3]
        else:
            i += 1
    return out


_LOCAL_WORD = lazy_pattern(r"[A-Za-z]{4,}")
_SPELT_ADDRESS = lazy_pattern(r"@|[\[\(\{]\s*at\s*[\]\)\}]|\sdot\s", re.IGNORECASE)


def address_places(text: str, g: Gazetteer) -> Iterator[tuple[str, bool, int, int]]:
    """A town or a site named inside an address's local part ("parks.cairns@", "ambos_bendigo at ..."):
    a gazetteer name nobody is called, and not in a person's own address ("jack.perth@")."""
    if "@" not in text and " dot " not in text and "[at]" not in text and "(at)" not in text:
        return  # an address has an "@" or, written out, a " dot "
    # an address as the contact rules read it (`emails.OBF_RE`: plain, spaced or written out), with
    # an "@" or its "at" and "dot" spelt ("rangers_bendigo at parks dot vic ..."; not "Dinner at cairns.pub")
    for m in OBF_RE.finditer(text):
        local = m.group(1)
        if not _SPELT_ADDRESS.search(m.group(0)) or ("." not in local and "_" not in local):
            continue  # a local part of one word ("bendigo@") may be the writer's own name
        words = list(_LOCAL_WORD.finditer(local))
        if not words or words[0].group(0).casefold() in given_names():
            continue  # "jack.perth@", "sarah.kingston@": a person's own address
        for w in words:
            key = w.group(0).casefold()
            name = g.ci.get(key)
            if name is None or key in COMMON or key in PERSONLIKE or key in STATE_KEYS or key in given_names():
                continue
            yield name, key in g.work, m.start(1) + w.start(), m.start(1) + w.end()


def gazetteer(profile: Profile) -> Gazetteer:
    """The profile's lookup, built once per profile."""
    return per_profile(profile, "places", _build)  # type: ignore[return-value]
