"""Location mentions: named Australian places, with the profile's work sites rated higher.

Names come, through the lookup of `placenames`, from the bundled gazetteer (`auditor.geo.gazetteer`:
cities, suburbs, towns, states, airports, ports, mail centres, facilities, venues) plus the profile's ``[places] work_sites``
and ``[[sites]]``, and about 4,000 smaller towns and suburbs (``places_minor_au.csv``, built by
``scripts/build_minor_places.py``) that count only in Title Case, and, when the name is also an
everyday word or a name ("Bright", "Clyde"), only with a place cue ("in Bright", "Clyde NSW",
"the Clyde depot"). A work site is also named by the first word of its name after "the" or a place
preposition ("six years at Ashley", "the Northern"), and a street, road or landmark by its form
("Lonsdale St", "Cataract Gorge"): both from `placeforms`. A mention of a work site is LOC102 (it
also confirms the employment); any other place is LOC101.

Context decides what is not a place:
* people who share a place's name ("Mr Darwin", "my sister Victoria", "Lara made dinner",
  "Victoria Beckham"); names that are often given names need no person cue to be dropped when
  written in lower case without a place preposition; a name read as a person or a pet once is
  that at each mention without a place preposition ("Our dog Tully ... Tully: unbothered");
* sports teams and events ("Sydney Swans", "Richmond won by 40", "Melbourne Cup");
* places abroad that share an Australian name ("Brighton, England");
* code names ("Operation Ironbark");
* common words that are also towns ("Officer", "Orange", "Reservoir") count only when
  capitalised after a place preposition ("moved to Orange").
The word lists below are language data, not organisation data; profiles add exclusions.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.config import Profile
from auditor.models import Category, Item, ItemKind, Severity
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    lazy_pattern,
    per_text,
    reach_severity,
    sentence_of,
    snippet,
)
from auditor.rules.features import department_terms, site_class_spans
from auditor.rules.landmarks import landmark_stems
from auditor.rules.orgwords import fiction
from auditor.rules.placeforms import form_places, site_stems
from auditor.rules.placenames import address_places, candidates, gazetteer, norm
from auditor.rules.placewords import (
    COMMON,
    PERSONLIKE,
    PREP_BEFORE,
    STATE_KEYS,
    is_person,
    named_thing,
    place_word_after,
    state_in_a_name,
)

# After a place: a state ("Clyde NSW", "Exeter, SA") or a place word ("the Eagle Farm office").
_STATE_AFTER = lazy_pattern(r"^,?\s+(?:NSW|VIC|Vic|QLD|Qld|WA|SA|TAS|Tas|NT|ACT)\b")
_SHOW_AFTER = lazy_pattern(r"^\s+(?:season|series|episode|marathon|reruns?|boxset|box set)\b", re.IGNORECASE)
# a state's abbreviation as the last part of a line or a bio: "NDIA liaison, WA." (not "wa" or "WA Day")
_STATE_AT_END = lazy_pattern(r"^(?:WA|SA|NT|ACT)(?:\.|\s*$|\s*\n|\s*[|•·])")
# the title just after watching: "Watching Wentworth again", "rewatching Brooklyn 99"
_WATCHING = lazy_pattern(
    r"\b(?:re-?watch(?:ing|ed)|binge-?watch(?:ing|ed)|binging|bingeing|watching|watched)\s+(?:the\s+)?$", re.IGNORECASE
)
# Code names: "Operation Ironbark", "Taskforce Maple" name an operation, not a place.
_CODENAME_BEFORE = lazy_pattern(r"\b(?:Operation|Op|Project|Taskforce|Task Force|Exercise)\s+$")
# a venue sharing a work site's name: "Customs House restaurant", "dinner at Customs House"
_VENUE_AFTER = lazy_pattern(
    r"^[\s'’s]*(?:restaurant|bistro|brasserie|cafe|café|bar|pub|hotel|function room|functions|dining room|wedding|reception|dinner|lunch|brunch|high tea|degustation)\b",
    re.IGNORECASE,
)
_MEAL_BEFORE = lazy_pattern(
    r"\b(?:dinner|lunch|brunch|breakfast|high tea|drinks|cocktails|date night|degustation|wedding|reception|birthday dinner)\s+(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A bio's last segment, after a separator: "Fire Investigator | Tasmania Fire Service | Cambridge"
_SEGMENT_BEFORE = lazy_pattern(r"[|•·]\s*$")
_SEGMENT_AFTER = lazy_pattern(r"^\s*$")
# ... or a segment's last part, before the next separator: "Station Officer, Scottsdale · work mob ..."
_SEGMENT_TAIL_BEFORE = lazy_pattern(r"(?:[|•·]|,)\s*$")
_SEGMENT_TAIL_AFTER = lazy_pattern(r"^\s*[|•·]")


def _segment(before: str, after: str) -> bool:
    return bool(
        (_SEGMENT_BEFORE.search(before) and _SEGMENT_AFTER.match(after))
        or (_SEGMENT_TAIL_BEFORE.search(before) and _SEGMENT_TAIL_AFTER.match(after))
    )


def place_mentions(text: str, profile: Profile) -> list[tuple[str, bool, int, int]]:
    """(canonical name, is work site, start, end) for every place named in text."""
    if not text:
        return []
    return list(per_text(profile, "places", text, lambda: _place_mentions(text, profile)))  # type: ignore[call-overload]


def _place_mentions(text: str, profile: Profile) -> list[tuple[str, bool, int, int]]:
    g = gazetteer(profile)
    excluded = [(x.start(), x.end()) for x in g.exclude.finditer(text)] if g.exclude is not None else []
    out: list[tuple[str, bool, int, int]] = []
    people: set[str] = set()  # names read as a person's or a pet's
    # a named site of one of the organisation's own kinds ("Kedron State High School") is a work site
    classed = [(a, b) for a, b, named in site_class_spans(text, profile) if named]
    for name, start, end in candidates(text, g):
        key = norm(name)
        surface = text[start:end]
        if any(a <= start and end <= b for a, b in excluded):
            continue  # inside a phrase the profile excludes
        if any(a <= start < b for a, b in classed):
            continue  # part of a classed site's name, reported whole below
        after = text[end : end + 40]
        before = text[max(0, start - 30) : start]
        # a team ("Sydney Swans"), a result ("Richmond won by 40") or a place abroad ("Brighton, England")
        if named_thing(text, start, end):
            continue
        if key in STATE_KEYS and state_in_a_name(text, start, before, after, profile):
            continue  # "NSW Police", "Queensland Country Bank", "Corrections Victoria": a name, not the place
        if any(
            a <= start and end <= b and k == "names" and (key not in g.work or (a, b) != (start, end))
            for _t, k, a, b in department_terms(text, profile)
        ):
            continue  # inside one of the organisation's names ("Grampians Health"); a site named whole stays
        if _WATCHING.search(before):
            continue  # "Watching Wentworth again": a show (or a team) watched, not a place
        if _CODENAME_BEFORE.search(before):
            continue  # "Operation Ironbark": a code name
        if key in COMMON and not PREP_BEFORE.search(before) and not _STATE_AT_END.match(surface + after):
            continue  # "Officer", "Orange": a place only after a place preposition ("moved to Orange")
        if key in PERSONLIKE and surface.islower() and not PREP_BEFORE.search(before):
            continue  # "lara" in lower case with no "in"/"to" before it: most likely the person
        # a place just before the organisation's name is where its office is ("Greenway Centrelink",
        # "the Queenstown Service Tasmania shop", "Moe QAS"), not a given name before a surname
        org_after = any(0 < a - end <= 2 for _t, _k, a, _b in department_terms(text, profile))
        minor = g.minor.get(name)
        if minor and not (
            PREP_BEFORE.search(before)
            or _STATE_AFTER.match(after)
            or place_word_after(after)
            or _segment(before, after)
            or org_after
        ):
            continue  # "Bright", "Clyde", "The Rock": only "in Bright", "Clyde NSW", "the Clyde depot", "... | Clyde"
        # a minor place's name is as likely a person's, so it gets the weaker person cues too; in
        # a post about a show any place's name may be a character's or the show's ("Tom Croydon",
        # "That Bondi Vet episode", "Wentworth season 4")
        story = fiction(text)
        if not org_after and is_person(text, start, end, key, personlike=minor is not None or story):
            people.add(key)
            continue
        if story and _SHOW_AFTER.match(after):
            continue
        if story and " " not in name and fiction(text[slice(*sentence_of(text, start, end))]):
            continue  # one word in the sentence about the show: its title ("Season 3 of Wentworth")
        if story and not PREP_BEFORE.search(before):
            continue  # a place of the show's, not the writer's: "the best boss Mt Thomas ever had"
        if key in g.work and _venue(before, after):
            continue  # "dinner at Customs House restaurant": a venue that shares a site's name
        out.append((name, key in g.work, start, end))
    if people:
        # one name, one referent: "Our dog Tully ate a sock ... Tully: unbothered" (not "in Tully")
        out = [h for h in out if norm(h[0]) not in people or PREP_BEFORE.search(text, max(0, h[2] - 30), h[2])]
    for a, b in classed:
        if not any(s < b and a < e for _, _, s, e in out):
            out.append((" ".join(text[a:b].split()), True, a, b))
    for name, a, b in site_stems(text, profile):
        if not any(s < b and a < e for _, _, s, e in out):
            out.append((name, True, a, b))
    for hit in address_places(text, g):
        if not any(s < hit[3] and hit[2] < e for _, _, s, e in out):
            out.append(hit)
    for name, a, b in landmark_stems(text):
        # "on the Overland", "up at Cradle": a landmark by its first word, unless a name found above
        # covers it or the word names a person here ("Airlie's mum")
        if any(s < b and a < e for _, _, s, e in out) or is_person(text, a, b, norm(name)):
            continue
        out.append((name, False, a, b))
    for name, a, b in form_places(text):
        # a street, road or landmark no gazetteer lists, unless it overlaps a name found above,
        # an excluded phrase, a team or a person ("Bruce Highway" is a road, "Mr Bay" a person)
        if any(s < b and a < e for _, _, s, e in out) or any(x <= a and b <= y for x, y in excluded):
            continue
        if is_person(text, a, b, norm(name)) or named_thing(text, a, b):
            continue
        if fiction(text) and not PREP_BEFORE.search(text, max(0, a - 30), a):
            continue  # a place of the show's: "best sergeant Mt Kembla ever had"
        out.append((name, False, a, b))
    out.sort(key=lambda h: h[2])
    return out


def _venue(before: str, after: str) -> bool:
    """A dining or venue word next to the name: the restaurant, bar or function room of that name."""
    return bool(_VENUE_AFTER.match(after) or _MEAL_BEFORE.search(before))


def _mentions(item: Item, profile: Profile, work_sites: bool) -> Iterator[Match]:
    seen: set[str] = set()
    for name, is_site, start, end in place_mentions(item.text, profile):
        if is_site != work_sites:
            continue
        key = name.casefold()
        if key in seen:
            continue
        seen.add(key)
        if is_site:
            base = Severity.HIGH if item.kind == ItemKind.PROFILE_FIELD else Severity.MEDIUM
        else:
            # a place name alone (a home town in a bio, a run by the river) is at most low; a
            # profile field that also names the employer ("ABF officer, Brisbane") is medium
            work = item.kind == ItemKind.PROFILE_FIELD and department_terms(item.text, profile)
            base = Severity.MEDIUM if work else Severity.LOW
        yield Match(
            key=key,
            evidence=snippet(item.text, start, end),
            why=f'{"work site" if is_site else "gazetteer place"} "{name}" named as "{item.text[start:end]}"',
            message=f"{describe(item)} names {'a work site' if is_site else 'a place'}: {name}",
            severity=reach_severity(base, item),
            confidence=0.9 if is_site else 0.7,
        )


RULES = [
    Rule(
        code="LOC101",
        name="place-mentioned",
        category=Category.LOCATION_MENTION,
        severity=Severity.LOW,
        confidence=0.7,
        summary="Text names an Australian place (suburb, town, city, venue); work sites are LOC102.",
        rationale="Naming where you live, shop, train and travel helps an observer locate you and your routine.",
        remediation="Remove place names from posts about your routine (home suburb, gym, school run), or post them only after you have left.",
        check=lambda item, profile: _mentions(item, profile, work_sites=False),
        examples=(
            Example("Coffee in Parramatta before work", True),
            Example("Moving to Geelong next month!", True),
            Example("lunch on Darwin's waterfront", True),
            Example("heading down to victoria for the long weekend", True),
            Example("Sunday drive out to Hahndorf, best pie of my life", True),
            Example("Mail Gateway, Clyde NSW", True),
            Example("first surf lesson at Bondi and I swallowed half the ocean", True),
            Example("a planned job on a farm out past Gatton Thursday", True),
            Example("long weekend in Coffs, then the footy at Allianz Stadium", True),
            Example("#bondibeach at sunrise", True),
            Example("Bright idea from Tim Ashford today", False),
            Example("Great work on Operation Ironbark", False),
            Example("Mr Darwin was our science teacher", False),
            Example("Dear Canberra executives, you can't keep cutting frontline numbers", True),
            Example("Happy 30th to my sister Victoria!", False),
            Example("Sydney Swans are cooked this season", False),
            Example("Richmond won by 40", False),
            Example("Brighton, England was freezing", False),
            Example("Lara made the best lasagne", False),
            Example("boat crew from left: Kelso, Brodie, Tui and me", False),
            Example("my aunt wants to send a jar of manuka for my mum", False),
            Example("Had a great weekend at home", False),
            Example("engine seized on the Hume, tow truck two hours away", True),
            Example("welcome to the fam, newest member of the Whitfield clan", False),
            Example("card is on Lou's desk for Jaz's last day at the Darwin ABF office", True),
            Example("forever grateful to the academy. NSW Police", False),
            Example("Hi fedi, Canberra-ish. Into birds, bikes and bad puns", True),
            # a state's name inside a name, and pets by their breed
            Example("Queensland Symphony Orchestra tickets for Mum's birthday", False),
            Example("Ambulance Victoria crews were out in force at the fun run", False),
            Example("baked a Victoria sponge for the street party", False),
            Example("our beagle Geelong ate a whole sock", False),
            Example("Road trip around Tasmania next month", True),
            Example("Long weekend in Queensland with the kids", True),
            # streets, roads and landmarks by their form, where no gazetteer lists them
            Example("coffee on Pemberton St before the 9am briefing", True),
            Example("Mt Bellamy summit walk this morning", True),
            Example("Lunch near 14 Wattle Parade", True),
            Example("binge-watching Coronation Street with Nan", False),
            Example("Carlton were robbed again on Saturday", False),
            Example("the Spirit of Tasmania was an hour late out of port", False),
            # characters and shows, a pet named after its kind, a namesake abroad or on a team; a river
            Example("Binge-watching the old hospital drama again, Dr Kate Bendigo is my favourite character", False),
            Example("Meet Ballarat 🐱 our new rescue kitten, already on the bench", False),
            Example("Perth in Scotland is tiny next to ours", False),
            Example("is that the Geelong who played for the Saints?", False),
            Example("dredging on the Tamar starts Monday", True),
            # a state's short name as written, not inside a name or a person's name
            Example("Teaching in a regional Qld state school is a whole different world", True),
            Example("Booked my test with Service Tas for Friday", False),
            Example("Vic and I went to the footy", False),
            Example("it's Grampians Health now, the rebrand still confuses everyone", False, profile="vic"),
            # a pet or a thing named for a place; a show's title; a team, an event, a brand; a body
            # named with its state; "won't" is no result
            Example("Geelong the greyhound stole a whole pie off the bench", False),
            Example("Our puppy's name is Ballarat, don't ask", False),
            Example("Named my new ute Darwin, she's a beauty", False),
            Example("Season 2 of Wentworth had me hooked all weekend", False),
            Example("Hawthorn are done for the year", False),
            Example("Geelong's season is over already", False),
            Example("Mildura Jazz Festival crowds were huge", False),
            Example("Paid the parking fine through Fines Victoria in five minutes", False),
            Example("Sent the permit to NRE Tas this morning", False),
            Example("Mildura won't be the same without the Nguyens", True),
            Example("Thanks Tasmania, what a weekend", True),
            # a landmark by its form, with no other key word in the post
            Example("Gellibrand Bridge at 5pm is a car park", True),
            Example("Forms to depot.registry.townsville@courts.example.gov.au please", True),
            Example("Big week for our little Huonville station", True),
            Example("Ran the Perth Marathon in under four hours", False),
            Example("Captain Holt in Brooklyn 99 would never allow this roster", False),
            Example("Sending love to Clare and the kids today", False),
            Example("Kayak rescue drills at Kooroona Falls this morning", True),
            Example("the Clyde car is off the road again", True),
            # a bio's last segment; a short day after a town is no surname
            Example("Paramedic | coffee snob | Clyde", True),
            Example("Out at Scottsdale Thurs, back Fri", True),
            # a place's name after a given name is a surname
            Example("Big shout out to Tom Croydon for the lift home", False),
            # one name, one referent: a pet named for a town is the pet every time it is named
            Example("Our kelpie Gympie chewed the hose again. Gympie: zero regrets", False, profile="qld"),
            # a drink by its brand, a team by its name and a match word, someone from school
            Example("Cold Bundaberg Rum after mowing", False),
            Example("Watching the Perth Wildcats game with Dad", False),
            Example("Omg Adelaide from year 12 just had her baby", False),
            # a boat, a song in quotes, a pet by its emoji or its parent; a place before the organisation's name
            Example("Our boat Port Douglas Belle is back in the water", False),
            Example("on repeat: 'Bendigo Rain' by Kate Arden", False),
            Example("brekkie date with Mildura 🐕 #kelpie", False),
            Example("Dog mum to Bendigo 🐶 | coffee", False),
            # a mountain, a national park, a gap by its owner's name; a body's name before it is dropped
            Example("Site visit at CSIRO's Black Mountain labs today", True, profile="aps"),
            Example("Three lost walkers at Mount Field National Park before lunch", True, profile="tas"),
            Example("Road crew at Cunningham's Gap all week", True, profile="qld"),
            Example("The Gender Pay Gap report is out at work", False),
            Example("Greenway Centrelink had a lockdown this arvo", True, profile="aps"),
            # a landmark, road or region by the first word of its name (a house number may come
            # before a street's), not a thing named for it; creeks, jetties, schools, navy bases by
            # their form; a name with an apostrophe inside it
            Example("Two days walking the Overland with my brother, feet wrecked", True),
            Example("traffic banked up on the Calder all the way to the tunnel", True),
            Example("new desk on level 9 at 120 Lonsdale, the lifts are a joke", True),
            Example("Bought a Huon pine cutting board at the market", False),
            Example("Clean-up crew along Bulimba Creek this morning", True),
            Example("Assembly ran long at Tallowood Primary again", True),
            Example("open day tour of HMAS Kuttabul with the kids", True),
            Example("Camping on K'gari next week, no signal", True),
            Example("Binge-watching Dawson's Creek reruns with my sister", False),
            # a show watched, a boat christened or a name in quotes, a team by a plural name and a club
            # word; a result verb after "in" is no result; a hashtag of a town and living there; a
            # place after "ex-"; a state at the end of a bio line; a place before a school or base word
            Example("Watching Ballarat again from episode one", False),
            Example("The old runabout is christened 'The Tamar' now", False),
            Example("Dad calls the ute the 'Bendigo Rocket' now", False),
            Example("Mildura Magpies for the flag this year!", False),
            Example("Two sites in NSW lost power this morning", True),
            Example("Sunset walk by the lake #canberralife", True),
            Example("new team lead is ex-Ballarat and very organised", True),
            Example("Payroll officer, SA.", True),
            Example("Relief teaching at Sorell High all week", True, profile="tas"),
            # a pet by what it did, a child or a cat's full name, a team with a league or a final, a
            # food named for a place, a department's name of several words before its state, a show's place
            Example("Ballarat chewed through the fence again 🐕", False),
            Example("My neighbour's kid Bendigo just lost his first tooth", False),
            Example("Our kitten Lonnie (full name Launceston) is on the curtains", False),
            Example("Mackay Meteors into the grand final!!", False),
            Example("Stanthorpe tomatoes are the best in the shops right now", False),
            Example("Analyst | Police, Fire and Emergency Management Tasmania | Hobart", True, profile="tas"),
            Example("Manager | Health and Wellbeing Tasmania", False, profile="tas"),
            Example("Rewatching the old police drama, best sergeant Mt Kembla ever had", False),
            # a three-letter town with a place cue; a smaller town's name that is a word, before the organisation's
            Example("Relief week at the Moe school, back Friday", True),
            Example("Cleveland QAS crews did the lot tonight", True, profile="qld"),
            # both sides of a contest, and a team by its colours
            Example("Essendon v Collingwood on Anzac Day, best game of the year", False),
            Example("Footscray colours on the letterbox for the final", False),
        ),
    ),
    Rule(
        code="LOC102",
        name="work-site-mentioned",
        category=Category.LOCATION_MENTION,
        severity=Severity.MEDIUM,
        confidence=0.9,
        summary="Text names one of the organisation's work sites (airports, ports, mail centres, detention facilities, offices).",
        rationale="Naming your work site confirms your employment and tells an observer where to find you; the policy forbids identifying current work locations.",
        remediation="Remove the site's name from the post, bio or caption; never say which site you work at or when.",
        check=lambda item, profile: _mentions(item, profile, work_sites=True),
        examples=(
            Example("Another early start at Sydney Airport", True),
            Example("Border Force Officer, Melbourne Airport", True, kind=ItemKind.PROFILE_FIELD, field="headline"),
            Example("coffee at the Clyde Mail Centre before the late one", True),
            Example("Coffee in Parramatta before work", False),
            Example("Another early start at the airport", False),
            Example("Dinner at Customs House restaurant", False),
            Example("lunch at Customs House with the girls", False),
            Example("Customs House briefing room is freezing this morning", True),
            Example("Sports carnival at Wattle Creek State School", True, profile="qld"),
            Example("Road trip past the old Smithvale police station", False),
            # a site named as people shorten it: without its kind
            Example("Fourteen hours at the North West Regional, bed now", True, profile="tas"),
            # a site whose name is also one of the organisation's names is still a site
            Example("Long night in the ED at Monash Medical Centre", True, profile="vic"),
            # a name with an apostrophe in it; a site's capitalised short form
            Example("Night duty at the Royal Children's again", True, profile="vic"),
            Example("Escort run from MAP moved to 0600", True, profile="vic"),
            # a site by the first word of its name, after "the" or a place preposition; not a person's
            Example("Eleven years at Risdon and the heating still doesn't work", True, profile="tas"),
            Example("Another double at the Austin, send coffee", True, profile="vic"),
            Example("Got a text from Austin about the footy tipping", False, profile="vic"),
            Example("Dinner at Ashley's place tonight", False, profile="tas"),
            # a site's first word before a part of it, or after its closing
            Example("Mersey ED was chaos all night", True, profile="tas"),
            Example("they promised to close Ashley by next winter", True, profile="tas"),
            # a product by its maker, a club by its season, a lost pet by its name
            Example("Nothing beats a cold Bundaberg ginger beer on a stinker", False),
            Example("Carlton need a new coach. That's it, that's the tweet.", False, profile="vic"),
            Example("Lost: black and white cat, answers to Burnie, please share!", False, profile="tas"),
        ),
    ),
]
