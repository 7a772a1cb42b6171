"""Places named by their form, and work sites by the first word of their name, for `places`.

* A street, road, bridge or landmark no gazetteer lists, by the words that make it one ("Lonsdale
  St", "121 Exhibition St", "the Gateway Motorway", "Cataract Gorge", "Mt Coot-tha", "Logan
  Hospital"), less the streets and islands that are shows and songs ("Sesame Street"): `form_places`.
* A work site of the profile by the first word of its name, as staff say it ("six years at
  Ashley", "ED at the Northern"): `site_stems`.

It finds candidate spans only; `places` decides whether each is a place (a person, a team, a
thing sharing the name). It reads text and the profile, never files other than its package data.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.rules.base import lazy_pattern, per_profile, searched
from auditor.rules.features import department_terms
from auditor.rules.landmarks import site_first_words

# A named place by its form, for the streets, roads, bridges and landmarks no gazetteer lists:
# "Lonsdale St", "121 Exhibition St", "1 Treasury Place", "the Gateway Motorway", "Magnetic Island",
# "Cataract Gorge", "Mt Coot-tha", "Lake McKenzie", "Logan Hospital".
_FORM_PLACE = lazy_pattern(
    r"\b(?:Mt|Mount|Lake|Cape)\.?\s+[A-Z][\w'’-]+"
    r"|\b\d{1,4}[A-Za-z]?\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:St|Street|Rd|Road|Ave|Avenue|Place|Pl|Terrace|Tce|Parade|Pde|"
    r"Lane|Drive|Dr|Way|Court|Crescent|Cres|Boulevard|Blvd|Highway|Hwy)\b"
    r"|(?<![\w'’])(?:[A-Z][\w'’-]+\s+){1,3}(?:St|Street|Rd|Road|Highway|Hwy|Motorway|Freeway|Fwy|Tunnel|Bridge|Ring Road|"
    r"Outlet|Island|Bay|Gorge|Lookout|Square|Esplanade|Hospital|Falls|Neck|Plateau|Peninsula|Mountain|National Park|"
    # a creek, a track, a garden or a wharf by its name: "Merri Creek", "Kedron Brook", "the Botanic Gardens"
    r"Creek|Brook|Gardens|Track|Wharf|Jetty|Pier|"
    # a school by its name: "Ainslie Primary", "Bayside P-12", "Redbank Plains State School"
    r"Primary|Primary School|State School|High School|Secondary College|P-12)(?![\w-])"
    r"|(?<![\w'’])[A-Z][\w-]+['’]s Gap\b"  # "Cunningham's Gap" (not "the pay gap", "Gender Pay Gap")
    r"|\bHMAS\s+[A-Z][a-z]+"  # a navy base or ship: "HMAS Harman", "HMAS Cerberus"
    r"|\bRAAF\s+(?:Base\s+)?[A-Z][a-z]+|(?<![\w'’])[A-Z][a-z]+\s+Barracks\b"  # "RAAF Base Edinburgh", "Lavarack Barracks"
    # a hospital or a school by its town and its kind: "Nambour General", "Monash Children's", "Clarence High"
    # (not an office: "Attorney General", "Surgeon General")
    r"|(?<![\w'’])(?!(?:Attorney|Auditor|Surgeon|Governor|Inspector|Director|Solicitor|Adjutant|Major|Brigadier|Lieutenant|"
    r"Consul|Secretary|Postmaster|Registrar|Receiver|Paymaster|Quartermaster|Accountant|Commandant|Advocate|Public|Deputy|"
    r"Acting|Assistant|Former|Mile|Senior|Junior|Very|Too|So|Most)\b)[A-Z][a-z]+\s+(?:General|High|Children['’]s)(?![\w-])"
)
# Streets and islands that are shows, songs and films, not places here.
_NOT_FORM_PLACE = frozenset(
    """wall street|sesame street|coronation street|jump street|baker street|downing street|abbey road|love island|
    treasure island|temptation island|fantasy island|shutter island|survivor island|gilligan's island|mount everest|
    mount olympus|mount doom|lake placid|ramsay street|dawson's creek|schitt's creek|fast track|back on track""".replace(
        "\n", ""
    ).split("|")
)
_LEADING_WORDS = lazy_pattern(
    r"^(?:(?:The|A|An|At|On|In|From|To|Via|Near|Past|Up|Down|Along|Off|Over|Under|Behind|Around|Across|My|Our|Top|Big|"
    r"Watching|Rewatching|Playing|Binging|Loving)\s+)+"
)


_OWNER_WORD = lazy_pattern(r"(?:[A-Z]{2,}\w*|[A-Z][\w-]*['’]s)\s+")


def form_places(text: str) -> list[tuple[str, int, int]]:
    """(name, start, end) of each place named by its form (a street, road, island, landmark)."""
    if searched(_FORM_GATE, text) is None:
        return []
    out = []
    for m in _FORM_PLACE.finditer(text):
        lead = _LEADING_WORDS.match(m.group(0))
        start = m.start() + (lead.end() if lead else 0)
        owner = _OWNER_WORD.match(text, start, m.end())
        if owner and len(text[owner.end() : m.end()].split()) >= 2 and not text.startswith("RAAF", start):
            start = owner.end()  # "CSIRO's Black Mountain": the place is "Black Mountain"
        name = " ".join(text[start : m.end()].split())
        words = name.casefold().split()
        # a show's or song's name, whatever capitalised word runs into it ("Rewatching Dawson's Creek")
        if len(words) < 2 or any(" ".join(words[i:]) in _NOT_FORM_PLACE for i in range(len(words) - 1)):
            continue
        out.append((name, start, m.end()))
    return out


# one of the words a place by its form ends or starts with, as a whole word: most texts have none
_FORM_GATE = lazy_pattern(
    r"\b(?:Mt|Mount|Lake|Cape|St|Street|Rd|Road|Ave|Avenue|Place|Pl|Terrace|Tce|Parade|Pde|Lane|Drive|Dr|Way|Court|"
    r"Crescent|Cres|Boulevard|Blvd|Highway|Hwy|Motorway|Freeway|Fwy|Tunnel|Bridge|Outlet|Island|Bay|Gorge|Lookout|"
    r"Square|Esplanade|Hospital|Falls|Neck|Plateau|Peninsula|Mountain|Park|Gap|Creek|Brook|Gardens|Track|Wharf|Jetty|"
    r"Pier|Primary|School|College|P-12|HMAS|RAAF|Barracks|General|High|Children['’]s)\b"
)


# A work site by the first word of its name, as staff say it: "six years at Ashley", "ED at the
# Northern", "a shift in Marngoneet". Only a word that is no gazetteer place, after "the" or a place
# preposition, and neither a possessive nor the start of another name ("at Ashley's", "Ashley Smith").
# Words that start many names are never a site alone; adjectives only after "the" ("the Royal").
_STEM_THE_ONLY = frozenset("royal northern southern metropolitan princess dame central general".split())
_STEM_THE = lazy_pattern(r"\bthe\s+$", re.IGNORECASE)
# (not "from" or "to": "a text from Austin", "talk to Mary" name the person)
_STEM_PREP = lazy_pattern(r"\b(?:at|in|inside|into|outside)\s+$", re.IGNORECASE)
_STEM_END = lazy_pattern(r"[\w'’-]|\s+[A-Z]|['’]s\b")


def _stems(profile: Profile) -> tuple[dict[str, str], re.Pattern[str] | None]:
    stems: dict[str, str] = {}
    for first, name in site_first_words(profile).items():
        if not department_terms(first, profile):  # "QPS Academy": "QPS" alone is the organisation
            stems[first] = name
    pattern = re.compile(r"(?<![\w'’#@])(?:" + "|".join(map(re.escape, stems)) + r")") if stems else None
    return stems, pattern


# ... or, with no preposition, by a part or a daily matter of the site after the word or its closing
# before it: "Mersey ED", "PA ED", "Risdon reception", "Ashley staff", "the plan to close Ashley"
_STEM_PART_AFTER = lazy_pattern(
    r"\s+(?:ED|ICU|HDU|CCU|(?:emergency|reception|yard|ward|wards|unit|units|staff|campus|site|gatehouse|visits|"
    r"lockdown|lockdowns|worker|workers|officers|detainees|prisoners|inmates|patients)\b)"
)
_STEM_CLOSING_BEFORE = lazy_pattern(
    r"\b(?:close|closes|closing|closed|shut|shuts|shutting|shut down|reopen|reopening|closure of)\s+$", re.IGNORECASE
)
_STEM_CLOSURE_AFTER = lazy_pattern(r"['’]s\s+(?:closure|closing|shutdown)\b")


def site_stems(text: str, profile: Profile) -> list[tuple[str, int, int]]:
    """(site's full name, start, end) for each work site named by the first word of its name."""
    stems, pattern = per_profile(profile, "places-site-stems", _stems)  # type: ignore[misc]
    out: list[tuple[str, int, int]] = []
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        word, a, b = m.group(0), m.start(), m.end()
        if word.casefold() not in _STEM_THE_ONLY and (
            _STEM_PART_AFTER.match(text, b)
            or _STEM_CLOSURE_AFTER.match(text, b)
            or _STEM_CLOSING_BEFORE.search(text, max(0, a - 14), a)
        ):
            out.append((stems[word], a, b))
            continue
        if _STEM_END.match(text, b):
            continue
        the = _STEM_THE.search(text, max(0, a - 6), a)
        prep = _STEM_PREP.search(text, max(0, a - 10), a)
        if not the and (prep is None or word.casefold() in _STEM_THE_ONLY):
            continue
        out.append((stems[word], a, b))
    return out
