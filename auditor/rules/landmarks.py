"""Names derived from the bundled gazetteer for the place rule and the first stage.

* The smaller towns and suburbs of ``places_minor_au.csv`` (built by
  ``scripts/build_minor_places.py``) and whether each needs a place cue: `minor_places`.
* A landmark, road or region by the first word of its gazetteer name, as locals say it ("on the
  Overland", "up at Cradle"): `landmark_stems`, and the words that can start one (`stem_words`),
  which the first stage (`rules.analysis`) keeps so such a post reaches the place rule.

It imports no rule family and nothing heavier than `rules.base`, so the first stage can read it;
`places` decides whether each span is a place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from auditor.config import Profile
from auditor.geo.gazetteer import load_places, lookup
from auditor.rules.base import given_names, lazy_pattern


@lru_cache(maxsize=1)
def minor_places() -> dict[str, bool]:
    """Smaller towns and suburbs (package data ``places_minor_au.csv``): name -> needs a place cue."""
    text = resources.files("auditor.data").joinpath("places_minor_au.csv").read_text(encoding="utf-8")
    # name,state,lat,lon,common: five plain fields a line (no quotes, tests/rules/test_places.py)
    # split at C speed, not csv.DictReader's row objects: every check that names a place loads it
    rows = (line.split(",") for line in text.splitlines()[1:] if line)
    return {name: common == "1" for name, _state, _lat, _lon, common in rows}


_END = lazy_pattern(r"[\w'’-]|\s+[A-Z]|['’]s\b")
# a thing named for the region, not the place: "Huon pine", "Tarkine honey"
_THING_AFTER = lazy_pattern(r"\s+(?:pine|timber|salmon|wine|cider|apples?|cheese|honey|oysters?)\b", re.IGNORECASE)


# A landmark, road or region by the first word of its gazetteer name, as locals say it: "on the
# Overland" (the Overland Track), "up at Cradle" (Cradle Mountain), "the Huon" (the Huon Valley),
# "burnouts on the Brooker", "Road trip to Airlie", "our floor at 50 Lonsdale". Only after "the" or
# a place preposition (a house number may come between for a street), never before another
# capitalised word or a possessive, and only a first word that is no place, given name or
# everyday word of its own ("the Great ...", "the Lord", "at the Christmas party").
_LANDMARK_KINDS = frozenset("landmark park road street region beach island river reef venue town".split())
_LANDMARK_ENDS = frozenset(
    "Mountain Track Highway Motorway Freeway Valley Beach Street Road Range Ranges Creek River Gorge Peninsula "
    "Bridge Outlet Island Reef Park National Paradise".split()
)
_LANDMARK_NEVER = frozenset(
    "the police station executive customs university christmas gold box cherry north south east west port northern southern eastern western".split()
) | frozenset(
    """great lord christmas thursday french green story harbour kings darling swan pacific chapel luna hunter
    central gold palm deer mill noble forest battery sandy wide sunny neutral deception glenmore""".split()
)
_LANDMARK_PREP = lazy_pattern(
    r"\b(?:the|at|in|on|up|to|near|around|along|off|from|inside|outside|across|past|via|into|towards)\s+"
    r"(?:(?:the|old|whole|entire)\s+)?(?P<number>\d{1,4}[A-Za-z]?\s+)?$",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def _landmark_stems() -> tuple[dict[str, tuple[str, bool]], re.Pattern[str] | None]:
    """First word -> (full name, a street or road: a house number may come before it)."""
    given, minor = given_names(), minor_places()
    stems: dict[str, tuple[str, bool]] = {}
    for p in load_places():
        words = p.name.split()
        if p.kind not in _LANDMARK_KINDS or len(words) < 2 or words[-1] not in _LANDMARK_ENDS:
            continue
        first = words[0]
        key = first.casefold()
        if not (first.isalpha() and first[0].isupper() and first[1:].islower() and len(first) >= 4):
            continue
        if key in _LANDMARK_NEVER or key in given:
            continue
        if lookup(first) is not None or first in minor:
            continue
        # the first landmark of a word wins ("the Gateway": Gateway Bridge, Gateway Motorway)
        stems.setdefault(first, (p.name, p.kind in ("street", "road")))
    # a few dozen Title Case words: one plain alternation is a single C-speed search per text
    return stems, re.compile(r"(?<![\w'’#@])(?:" + "|".join(map(re.escape, sorted(stems))) + r")\b") if stems else None


def landmark_stems(text: str) -> list[tuple[str, int, int]]:
    """(full name, start, end) for each landmark, road or region named by the first word of its name."""
    stems, pattern = _landmark_stems()
    out: list[tuple[str, int, int]] = []
    for m in pattern.finditer(text) if pattern is not None else ():
        word, a, b = m.group(0), m.start(), m.end()
        if _END.match(text, b) or _THING_AFTER.match(text, b):
            continue
        lead = _LANDMARK_PREP.search(text, max(0, a - 24), a)
        if lead is None or (lead.group("number") and not stems[word][1]):
            continue
        out.append((stems[word][0], a, b))
    return out


def stem_words() -> frozenset[str]:
    """Every word `landmark_stems` reads a landmark by, as written ("Cradle", "Overland")."""
    return frozenset(_landmark_stems()[0])


# first words no work site is named by alone: the site's name needs more than these
SITE_STEM_NEVER = frozenset(
    "the police station executive customs university christmas gold box cherry north south east west port".split()
)


def site_first_words(profile: Profile) -> dict[str, str]:
    """The first word of each of the profile's multi-word work sites that can name it alone, as
    written ("Quarrenbrook" of "Quarrenbrook Treatment Plant"), with the site's full name: not a
    place of its own (gazetteer or smaller place) nor a word that starts many names. The first
    stage keys on these words and `placeforms.site_stems` reads them, so both come from here."""
    out: dict[str, str] = {}
    for name in profile.terms("places", "work_sites"):
        words = name.split()
        first = words[0]
        if len(words) > 1 and first.isalpha() and first.casefold() not in SITE_STEM_NEVER:
            if lookup(first) is None and first not in minor_places():
                out.setdefault(first, name)
    return out
