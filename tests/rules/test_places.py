"""auditor.rules.places: LOC101 places and LOC102 work sites named in text."""

from __future__ import annotations

import pytest

from auditor.config import load_profile
from auditor.models import Item, ItemKind, Platform, Severity
from auditor.rules.places import RULES, place_mentions

BY_CODE = {r.code: r for r in RULES}


def _check(code: str, text: str, profile, kind: ItemKind = ItemKind.POST, field: str | None = None):
    item = Item(platform=Platform.FACEBOOK, kind=kind, path="t", text=text, field=field)
    return [(m.key, m.severity, m.confidence) for m in BY_CODE[code].check(item, profile)]


def test_places_rules():
    assert [r.code for r in RULES] == ["LOC101", "LOC102"]


def test_place_mentions_with_work_sites_and_spans(dibp):
    assert place_mentions("Coffee in Parramatta before work", dibp) == [("Parramatta", False, 10, 20)]
    assert place_mentions("Another early start at Sydney Airport", dibp) == [("Sydney Airport", True, 23, 37)]
    assert place_mentions("#bondibeach at sunrise", dibp) == [("Bondi Beach", False, 1, 11)]
    assert place_mentions("Mail Gateway, Clyde NSW", dibp) == [("Clyde", False, 14, 19), ("NSW", False, 20, 23)]
    assert place_mentions("moved to Orange", dibp) == [("Orange", False, 9, 15)]
    # a place before an animal's emoji is still a place; "Mascot" as written is the suburb
    assert place_mentions("first bag of the day at Adelaide Airport 🐶", dibp) == [("Adelaide Airport", True, 24, 40)]
    assert [p for p, *_ in place_mentions("through Mascot at 6am", dibp)] == ["Mascot"]


@pytest.mark.parametrize(
    "text",
    [
        "Mr Darwin was our science teacher",  # a person
        "Richmond won by 40",  # a team
        "Great work on Operation Ironbark",  # a code name
        "Bright idea from Tim",  # a minor place without a place cue
        "an orange",  # a common word
        "NSW Police",  # a state's agency
        "my kelpie Gympie rolled in something again 🐶",  # a pet by its kind
        "Cooper, the neighbour's dog, dug under the fence again",  # a pet's name ...
        "We named her Wagga after the town she was born in",  # ... the name given to it
        "the Olympic mascot this year is a platypus",  # an everyday word that is a suburb capitalised
        "",
    ],
)
def test_place_mentions_context_drops_what_is_not_a_place(dibp, text):
    assert place_mentions(text, dibp) == []


def test_places_severity_by_site_and_field(dibp):
    assert _check("LOC101", "Coffee in Parramatta before work", dibp) == [("parramatta", Severity.LOW, 0.7)]
    assert _check("LOC102", "Coffee in Parramatta before work", dibp) == []
    # one finding per place, however often it is named
    assert _check("LOC102", "Another early start at Sydney Airport, Sydney Airport again", dibp) == [
        ("sydney airport", Severity.MEDIUM, 0.9)
    ]
    headline = _check("LOC102", "Border Force Officer, Melbourne Airport", dibp, ItemKind.PROFILE_FIELD, "headline")
    assert headline == [("melbourne airport", Severity.HIGH, 0.9)]
    # a place name alone in a bio is at most low; with the employer named beside it, medium
    assert _check("LOC101", "Moving to Geelong", dibp, ItemKind.PROFILE_FIELD, "bio") == [("geelong", Severity.LOW, 0.7)]
    assert _check("LOC101", "ABF officer, Geelong", dibp, ItemKind.PROFILE_FIELD, "bio") == [("geelong", Severity.MEDIUM, 0.7)]


def test_venue_sharing_a_site_name_is_not_a_work_site(dibp):
    assert _check("LOC102", "Dinner at Customs House restaurant", dibp) == []
    assert _check("LOC102", "birthday dinner at Customs House", dibp) == []
    # the site itself, without dining or venue words, is still a work site
    assert [k for k, *_ in _check("LOC102", "Big day at Customs House, briefing ran long", dibp)] == ["customs house"]


def test_place_mentions_read_a_name_with_an_apostrophe_and_keep_possessives():
    vic = load_profile("vic")
    assert [n for n, *_ in place_mentions("ED at the Royal Children's was packed", vic)] == ["Royal Children's"]
    assert [n for n, *_ in place_mentions("lunch on Darwin's waterfront", vic)] == ["Darwin"]


def test_place_mentions_read_a_work_site_by_the_first_word_of_its_name():
    vic, tas = load_profile("vic"), load_profile("tas")
    [(name, site, _a, _b)] = place_mentions("Eleven years at Risdon and still no heating", tas)
    assert site and name.startswith("Risdon")
    # an adjective that starts a site's name counts only after "the"
    assert [n for n, *_ in place_mentions("Another double at the Northern, send coffee", vic)] == ["Northern Hospital"]
    assert place_mentions("We head northern next week at Northern speed", vic) == []
    # a person: a given name after "from", a possessive, a surname after it
    assert place_mentions("Got a text from Austin about the tipping", vic) == []
    assert place_mentions("Dinner at Ashley's place tonight", tas) == []
    assert place_mentions("Night shift in Ashley Grant's old unit", tas) == []
    assert [n for n, *_ in place_mentions("Night shift at Ashley again", tas)] == ["Ashley Youth Detention Centre"]


def test_place_mentions_keep_one_referent_for_one_name():
    qld = load_profile("qld")
    assert place_mentions("Our kelpie Gympie chewed the hose again. Gympie: zero regrets", qld) == []
    # a place preposition still makes the other mention the place
    assert [n for n, *_ in place_mentions("Our kelpie Gympie loves the drive back to Gympie", qld)] == ["Gympie"]


def test_place_mentions_read_a_place_before_the_organisations_name():
    tas, aps = load_profile("tas"), load_profile("aps")
    assert [n for n, *_ in place_mentions("Greenway Centrelink had a lockdown this arvo", aps)] == ["Greenway"]
    text = "close the Queenstown Service Tasmania shop two days a week"
    assert "Queenstown" in [n for n, *_ in place_mentions(text, tas)]
    assert [n for n, *_ in place_mentions("Teaching at Ravenswood Heights this year", tas)] == ["Ravenswood"]


def test_place_mentions_read_a_mountain_a_national_park_and_a_gap_by_their_form(dibp):
    assert [n for n, *_ in place_mentions("Site visit at CSIRO's Black Mountain labs today", dibp)] == ["Black Mountain"]
    assert [n for n, *_ in place_mentions("Road crew at Cunningham's Gap all week", dibp)] == ["Cunningham's Gap"]
    assert [n for n, *_ in place_mentions("Lost walkers at Narawntapu National Park", dibp)] == ["Narawntapu National Park"]
    assert place_mentions("The Gender Pay Gap report is out", dibp) == []
    assert place_mentions("Mind the Gap at work today", dibp) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("new team lead is ex-Ballarat and very organised", ["Ballarat"]),
        ("Sunset walk by the lake #canberralife", ["Canberra"]),
        ("Two sites in NSW lost power this morning", ["NSW"]),
        ("Payroll officer, SA.", ["SA"]),
        ("Relief teaching at Sorell High all week", ["Sorell"]),
        ("on with me at Bowen Base tomorrow", ["Bowen"]),
    ],
)
def test_place_mentions_read_prefixes_tags_states_and_school_words(dibp, text, names):
    assert [n for n, *_ in place_mentions(text, dibp)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Watching Ballarat again from episode one",
        "The old runabout is christened 'The Tamar' now",
        "Dad calls the ute the 'Bendigo Rocket' now",
        "Mildura Magpies for the flag this year!",
        "Our netball team is the Ulverstone Wombats lol",
        "Richmond lost by 12",
    ],
)
def test_place_mentions_drop_shows_named_things_and_teams(dibp, text):
    assert place_mentions(text, dibp) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ballarat chewed through the fence again 🐕",
        "My neighbour's kid Bendigo just lost his first tooth",
        "Our kitten Lonnie (full name Launceston) is on the curtains",
        "Mackay Meteors into the grand final!!",
        "Stanthorpe tomatoes are the best in the shops right now",
        "Manager | Health and Wellbeing Tasmania",
        "Working for the Qld public service has its moments",
        "Rewatching the old police drama, best sergeant Mt Kembla ever had",
        "Essendon forever, even in a bad year",
    ],
)
def test_place_mentions_drop_pets_children_teams_food_and_names_holding_a_state(dibp, text):
    assert place_mentions(text, dibp) == []


def test_place_mentions_keep_a_place_after_a_preposition_in_a_post_about_a_show(dibp):
    assert [n for n, *_ in place_mentions("Rewatching the box set. Stuck in Geelong all week", dibp)] == ["Geelong"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a town in an address's local part, plain or written out
        ("Forms to depot.registry.townsville@courts.example.gov.au please", ["Townsville"]),
        ("Write to rangers_bendigo at parks dot vic dot gov dot au", ["Bendigo"]),
        # a person's own address is no place, nor a given name's part
        ("my email is liam.perth@example.com", []),
        # a place only a place can be, after "mate"; a bio's segment between separators
        ("Mate Port Augusta at dawn is something else", ["Port Augusta"]),
        ("Ranger · Parks · Field Officer, Scottsdale · work mob in bio", ["Scottsdale"]),
        # a small town before a place word even after "little"
        ("Big week for our little Huonville station", ["Huonville"]),
        # short names staff write
        ("Three years at Russell now and the lifts still break", ["Russell"]),
        ("Lunch loop around the Tan before a late", ["the Tan"]),
    ],
)
def test_place_mentions_read_addresses_segments_and_short_names(dibp, text, names):
    assert [n for n, *_ in place_mentions(text, dibp)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Ran the Perth Marathon in under four hours",
        "Bendigo Cup sweep at work, I drew a donkey",
        "The Royal Adelaide Show showbags are a scam",
        "Yarra Trams driver gave my kid a wave",
        "Sergeant Jeffords from Brooklyn 99 is the best boss on TV",
        "Captain Holt in Brooklyn 99 would never allow this roster",
        "yelling at Meredith through the telly again",
        "Sending love to Clare and the kids today",
        "email our manager Carmel about the roster",
    ],
)
def test_place_mentions_drop_events_companies_shows_and_people_spoken_to(dibp, text):
    assert place_mentions(text, dibp) == []


def test_place_mentions_read_a_three_letter_town_with_a_cue_and_a_town_before_the_organisation():
    vic, qld = load_profile("vic"), load_profile("qld")
    assert [h[0] for h in place_mentions("Relief week at the Moe school, back Friday", vic)] == ["Moe"]
    assert [h[0] for h in place_mentions("Moving to Rye in spring", vic)] == ["Rye"]
    assert place_mentions("Moe is my cat's name and he knows it", vic) == []
    # a smaller town whose name is also a word, just before the organisation's name
    assert [h[0] for h in place_mentions("Cleveland QAS crews did the lot tonight", qld)] == ["Cleveland"]
    assert place_mentions("Cleveland crews did the lot tonight", qld) == []
