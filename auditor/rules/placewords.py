"""What else shares a place's name: people, pets, teams, events, shows and organisations.

Language data and context cues that `auditor.rules.places` asks of each gazetteer name it finds:
`is_person` (a person, a pet or a boat called after a place: "my sister Victoria", "Hobart the cat",
"Dog mum to Bendigo", "Our boat Noosa Belle"),
`named_thing` (a team, a result, a game's run, an event, a brand, a song, a namesake abroad or a
suburb's name in a sentence set abroad, "Kew Gardens in spring, London you beauty": "Richmond are
cooked", "Bendigo Bank", "Bundaberg Rum", "'Toowoomba Rain' by ...", "Brighton, England"), `state_in_a_name` (a state's name inside an organisation's:
"Fines Victoria", "NRE Tas") and the word lists they use. The lists are language data, not
organisation data; profiles add exclusions. It reads only text (and the profile's department
terms); it holds no rules and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.config import Profile
from auditor.geo.gazetteer import lookup
from auditor.rules.animals import animal_named
from auditor.rules.base import given_names, lazy_pattern, sentence_of
from auditor.rules.features import department_terms
from auditor.rules.people import KIN_WORDS

# Place names that are often also given names or surnames.
PERSONLIKE = frozenset(
    """darwin sydney adelaide victoria kingston preston clayton griffith lara albany doreen morley robina mackay
    maitland grafton warwick carnegie gladstone eastwood lalor carlton auburn brighton richmond logan miranda
    katherine dianella kirwan florence chelsea camden bathurst hamilton dickson barton sutherland
    salisbury parkes kimberley byron russell alice""".split()
)
# Place names that are everyday words: only capitalised, and only after a place preposition.
COMMON = frozenset(
    ["officer", "orange", "reservoir", "hillside", "the gap", "labrador", "sunshine", "civic", "midland", "wa", "sa", "nt", "act"]
    + ["manuka", "perisher"]  # honey; a bitterly cold day
    + ["canadian"]  # a demonym ("the Canadian border show"), and a Ballarat suburb
    + ["rocky", "bundy", "surfers"]  # towns' nicknames that are words ("in Rocky", "Parents in Bundy")
    + ["the tan"]  # a running track's name ("a loop around the Tan"); "the tan lines" is no place
)
# Place names that are everyday words in lower case but places wherever capitalised ("the Games
# mascot"; "through Mascot at 6am"): matched only as written.
CASED = frozenset(["mascot"])
# Words after a place's name that make it a team's: "Sydney Swans", "Tasmania JackJumpers".
TEAM_WORDS = frozenset(
    """swans lions storm crows glory demons dockers eagles sharks eels raiders knights broncos cowboys titans suns giants
    tigers magpies bombers hawks blues cats saints power kangaroos bulldogs roosters rabbitohs panthers dragons fc city
    united victory wanderers scorchers sixers thunder heat hurricanes renegades stars strikers firebirds vixens lightning
    fever kings wildcats breakers 36ers bullets phoenix jets mariners roar reds waratahs brumbies rebels mavericks
    capitals spirit flames jackjumpers""".split()
)
PLACE_SUFFIX = frozenset(
    """airport harbour river cbd station beach road rd street st park oval hospital university uni central quay port
    markets market showgrounds zoo bridge interchange pier hills valley north south east west office centre center
    waterfront mall library museum gardens lake bay point heads island cove creek plaza terminal stadium arena
    foreshore city town region area patrol car t1 t2 t3 t4 international domestic facility campus depot wharf club hotel pub rsl tavern
    nsw vic qld wa sa tas nt act house square showground warehouse highway marina dock intl int'l heights school
    high primary college base district""".split()
)
PREP_BEFORE = lazy_pattern(
    r"\b(?:in|at|to|from|near|around|via|visiting|visit|into|towards|across|through|outside|on|based|live|living|lives|"
    r"moved|moving|move|flew|fly|flying|drove|drive|driving|trip|holiday|weekend|out of|up to|down to|over to|off|of|past)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PERSON_BEFORE = lazy_pattern(
    rf"\b(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|{KIN_WORDS}|friend|mate|bestie|baby|"
    r"puppy|pup|dog|cat|kitten|named|called(?: the)?|full name|real name|kid|kiddo|toddler|bub|happy birthday|hbd|"
    # a pet by its breed or kind: "our kelpie Ballarat", "the golden retriever Townsville"
    r"girl|boy|boi|fur baby|furbaby|kelpie|labrador|lab|retriever|cavoodle|groodle|spoodle|staffy|poodle|terrier|heeler|greyhound|collie|dachshund|"
    r"pug|beagle|border collie|moggy|budgie|cockatoo|galah|horse|pony|mare|gelding|goldfish|chook|hen|rooster|"
    r"happy \d+(?:st|nd|rd|th)(?: birthday)?|from left:?|l-r:?|left to right:?|name is|name['’]s)\.?\s+(?:to\s+)?(?:my\s+|our\s+)?$"
    # a thing named for a place: "Named my sourdough starter Bendigo"
    r"|\bnamed (?:my|our|his|her|the) (?:[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)
# Greetings name a person only when the name is also a given name ("Congrats Darwin"); a city
# can be thanked or addressed too ("Thanks Sydney, what a weekend", "Dear Canberra executives").
_GREETING_BEFORE = lazy_pattern(
    r"\b(?:congrats|congratulations|thanks|thank you|cheers|love you|miss you|well done|dear)\.?\s+(?:to\s+)?(?:my\s+|our\s+)?$",
    re.IGNORECASE,
)
_PERSON_BEFORE_WEAK = lazy_pattern(
    r"\b(?:tell|ask|told|asked|with|hi|hey|go|little|beautiful|gorgeous|officer|inspector|sergeant|sgt|supervisor|"
    r"superintendent|commander|director|constable|detective|coach|captain|capt|senator|minister|premier|professor|judge|"
    r"justice|member|manager|boss|nurse|teacher|colleague|workmate)\s+$"
    # said, sent or given to someone: "yelling at Meredith", "sending love to Clare" (not "moved to Clare")
    r"|\b(?:send|sending|sent|give|giving|gave|say|said|saying|talk|talking|talked|spoke|speak|speaking|yell|yelling|yelled|"
    r"shout|shouting|shouted|wave|waving|waved|love|hugs|condolences|message|messaged|text|texted|reply|replied|"
    r"hand|handed|forward|forwarded|report|reporting)\s+(?:out\s+)?(?:to|at)\s+$",
    re.IGNORECASE,
)
# the first word of a name that only a place has: "Port Hedland", "Mount Isa", "Cape York" ("Mate Port
# Hedland on a weekend is wild" is no person called Port Hedland)
_PLACE_FORM_FIRST = frozenset({"port", "mount", "mt", "cape", "lake", "fort"})
_PLACE_WORD_AFTER = lazy_pattern(r"^\s+([a-z][a-z0-9]*)\b")
_PERSON_AFTER = lazy_pattern(
    r"^(?:['’]s\s+(?:birthday|bday|mum|dad|mom|party|wedding|baby|husband|wife|boyfriend|girlfriend|kids?|theory)\b"
    r"|\s+(?:said|says|told|asked|texted|messaged|replied|and I|and me|clan|family reunion|who (?:played|plays|scored|sang|starred))\b"
    # a pet named for a place, its kind said after it: "Meet Bendigo 🐶 our new rescue kelpie"
    r"|\W{0,6}\s*(?:(?:is|was)\s+)?(?:our|my) (?:new |little |rescue |old |baby |border |golden |black |chocolate |mini |senior ){0,3}"
    r"(?:dog|pup|puppy|cat|kitten|kelpie|labrador|cavoodle|groodle|staffy|retriever|poodle|terrier|heeler|greyhound|collie|spoodle|"
    r"dachshund|pug|beagle|horse|pony|calf|lamb|tortoise|turtle|rabbit|bunny|guinea pig|ferret|axolotl|lizard|parrot|budgie|cockatoo)\b"
    # a child's own feat: "Logan scored his first try today"
    r"|\s+(?:scored|kicked|made|got|lost) (?:his|her|their) (?:first|1st|very first)\b"
    # "Hobart the cat", "Derwent the kelpie", "Hobart the golden retriever"
    r"|\s+the\s+(?:\w+\s+)?(?:dog|pup|puppy|cat|kitten|kelpie|labrador|cavoodle|groodle|staffy|retriever|poodle|terrier|"
    r"heeler|greyhound|collie|spoodle|dachshund|pug|beagle|horse|pony|budgie|cockatoo|chook|goldfish|tortoise|turtle|rabbit|bunny|"
    r"guinea pig|ferret|axolotl|lizard|parrot|galah)\b)",
    re.IGNORECASE,
)
_PERSON_AFTER_WEAK = lazy_pattern(
    r"^(?:['’]s\s+(?:first|new)\b"
    r"|,?\s+(?:(?:the\s+)?(?:best\s+|good\s+|little\s+)?(?:cat|dog|puppy|pup|kitten|bird|horse|kelpie|labrador|lab|cavoodle|groodle|staffy|retriever|poodle|terrier|heeler|greyhound|border collie|spoodle|dachshund|pug)\b|I\b|made|cooked|baked|bought|brought|turned|turns|is turning|has chewed|wants|loves|reckons|would|"
    r"on getting|got her|got his|are finally))",
)
_SPORT_AFTER = lazy_pattern(
    r"^\s+(?:(?:actually|finally|somehow|just|easily)\s+(?:won|lost|beat|drew)\b|"
    r"won|lost|beat|thrashed|smashed|drew|kicked|booted|v|vs|versus|by \d+|by (?:a|one|two|three) (?:goal|point)s?|"
    r"(?:can['’]?t|couldn['’]?t) kick|fans?|supporters?|jersey|jumper|guernsey|scarf|"
    r"were robbed|got robbed|are robbed|were cooked|are cooked|are done|are gone|are finished|are flying|forever,? even|"
    # a game's run: "Richmond in the 4th quarter", "Geelong stormed home", "Carlton til I die"
    r"in the (?:first|second|third|fourth|last|final|\d(?:st|nd|rd|th)) (?:quarter|half|term)|stormed home|"
    r"till? i die|til death)\b(?!['’]\w)"
    r"|^['’]s (?:season|coach|forwards?|backline|midfield|ruck|list|draft|finals|premiership)\b"
    # a contest: "Carlton play Essendon", "Collingwood colours on the fence", "Richmond to win the flag",
    # "Melbourne made the top four"
    r"|^\s+(?:colou?rs\b|(?:play|plays|played|playing)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|to win (?:it|the flag|the premiership|the grand final|the gf|the cup)\b"
    r"|(?:made|make|makes|missed|miss|misses) the (?:top (?:four|4|eight|8)|eight|8|finals|grand final|gf|prelim)\b"
    # "Essendon in the finals?", "Carlton need a new coach"
    r"|in the (?:finals|grand final|gf|prelim)\b|needs? a new (?:coach|ruckman|forward|captain)\b)",
    re.IGNORECASE,
)
# the other side of a contest: "Essendon v Collingwood", "Carlton play Essendon", "barrack for Geelong"
_SPORT_BEFORE = lazy_pattern(
    r"(?:\b(?:play|plays|played|playing|tipped|tipping|barrack(?:s|ed|ing)? for|goes for)|\bthe\s+(?:game|match)\s+(?:against|with))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# ... after "v" only in a post about a game ("Sydney vs Melbourne coffee debate" names two cities)
_VERSUS_BEFORE = lazy_pattern(r"\b(?:v|vs|versus)\.?\s+$", re.IGNORECASE)
_GAME_WORDS = lazy_pattern(
    r"\b(?:footy|football|game|match|final|finals|grand final|derby|ladder|round \d+|goals?|siren|bounce|kick-?off|"
    r"tipping|premiership|flag|umpires?|AFLW?|NRLW?|A-League|tickets?)\b",
    re.IGNORECASE,
)
_EVENT_AFTER = lazy_pattern(
    # an event by its Title Case name ("Brisbane Marathon", "the Royal Melbourne Show", "Ballarat Cup")
    r"^\s+(?:[A-Z][\w'’]*\s+){0,2}(?:Festival|Fest|Fringe|Expo|Marathon|Half Marathon|Fun Run|Show|Cup|Carnival|Regatta|Triathlon|Bank|Building Society|Credit Union|Brewing|Brewery|"
    # a drink by its brand in Title Case ("Bundaberg Rum"; "Bundaberg rum" may be the town's)
    r"Trams|Buses|Airways|Airlines|Distillery|Rum|Whisky|Cider|Ginger Beer|Bitter|(?i:pale ale|lager|ale|ipa|gin))\b"
    # ... and a product any case names by its maker ("a cold Bundaberg ginger beer", "Derwent pencils", "Noosa
    # yoghurt", "King Island brie"; not "Bruny oysters", "Yarra Valley wine": the place's own produce)
    r"|^\s+(?i:ginger\s+beer|yoghurt|yogurt|pencils?|brie|camembert|cookies)\b|^\s+&\s+Co\b"
    # a team by its own name and a match word: "the Cairns Taipans game", "Geelong Cats fans"
    r"|^\s+[A-Z][a-z]+s\s+(?:game|match|fans?|supporters?|jersey|season|v|vs)\b"
    # ... or by a singular name and its fans: "Townsville Fire fans where you at"
    r"|^\s+[A-Z][a-z]+\s+(?:fans|supporters)\b"
)
# A thing named for a place: a boat or a car ("Our boat Noosa Belle", "the fishing boat 'Launceston
# Lass'"), a pet by its parent ("Dog mum to Bendigo"), a song in quotes by someone ("'Toowoomba Rain' by ...")
_THING_BEFORE = lazy_pattern(
    r"\b(?:boat|yacht|vessel|tinny|cruiser|ketch|ute|car|truck|van|caravan)\s+['‘’\"“]?$"
    r"|\b(?:christened|renamed|rechristened|dubbed)\s+(?:(?:her|him|it)\s+)?['‘’\"“]?(?:the\s+)?$"
    r"|\b(?:dog|cat|fur|puppy|pet|cavoodle|kelpie)\s+(?:mum|mom|dad|mama|papa|parent)\s+(?:to|of)\s+$"
    # a lost pet by the name it answers to: "Lost: black and white cat, answers to Burnie"
    r"|\banswers\s+to\s+(?:the\s+name\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# a place's name and a Title Case word closing a quotation: a boat's, a horse's or a show's name
_QUOTED_NAME_AFTER = lazy_pattern(r"^(?:\s+[A-Z][\w'’]*){1,3}['’\"”]")
# a team by a plural Title Case name and a club word: "Lismore Bears for the flag", "the Kingston Rovers lol"
_TEAM_AFTER = lazy_pattern(
    r"^\s+(?!(?:Heights|Hills|Heads|Gardens|Markets|Downs|Falls|Flats|Springs|Plains|Waters|Lakes|Islands|Rocks|Sands|"
    r"Mountains|Ranges|Fields|Woods|Meadows|Beaches|Rivers|Creeks|Parks|Offices|Courts|Towers|Docks|Wharves|Ponds|Pines)\b)"
    r"[A-Z][a-z]{2,}s\b(?=[^.!?\n]{0,30}\b(?:flag|premiership|grand final|season|fixture|ladder|lol|we are|team|club|game|match|fans?|tickets)\b)"
    # any Title Case name with a league or a final: "Townsville Fire into the grand final", "... for the WNBL title"
    r"|^\s+[A-Z][a-z]{2,}\b(?=[^.!?\n]{0,25}\b(?:grand final|premiership|(?:W?NBL|AFLW?|NRLW?|A-League|W?BBL|Super Netball) (?:title|flag|final))\b)"
)
_SONG_AFTER = lazy_pattern(r"^(?:\s+[A-Z][\w'’]*){0,4}['’\"”]\s+by\s+[A-Z]")
# a pet's emoji or "and he's ..." after the name: "brekkie date with Ballarat 🐕", "This is Strahan and he's ..."
_PET_AFTER = lazy_pattern(r"^\s*(?:🐶|🐕|🐈|🐱|🐩|🦮|🐾|🐴|🐎|🐰|🐇)|^\s+and\s+(?:he|she)(?:['’]s|\s+is)\b")
# A person by what only a person does or has: "Adelaide from year 10 just got engaged"
_PERSON_DOES_AFTER = lazy_pattern(
    r"^\s+(?:from (?:year \d+|school|high school|uni|primary|work|the office|netball|footy|church)\b|"
    # what only an animal or a person does: "Geelong ate a sock", "Darwin knocked my coffee off"
    r"(?:ate|chewed|stole|barked|bit|licked|scratched|pooped|vomited|knocked (?:my|the|over))\b|"
    r"(?:just |finally )?(?:got engaged|got married|had (?:a|her|his|their) baby|is pregnant|passed away|took (?:her|his) first steps)\b|"
    # a mood only an animal or a person has: "Darwin is sulking because I gave him a bath"
    r"(?:is|was) (?:sulking|pouting|snoring|teething|napping)\b|"
    # a birthday in single figures or the teens: "Our little Launceston turns one today 🐱" (a city turns 150)
    r"turn(?:s|ed) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?! (?:years|yrs)))",
    re.IGNORECASE,
)
# A sentence set abroad: a flag other than Australia's, or a foreign city, country or its police
# ("Epping Forest walk with the in-laws 🇬🇧", "Kew Gardens in spring, London you beauty", "Sandringham at
# Christmas, the royals can keep it", "NYPD officers in Times Square"); the capitals and the states keep
# their own meaning ("Flew Melbourne to London").
_ABROAD_SENTENCE = lazy_pattern(
    # (not a trip there: "Back in Brighton after three weeks in London")
    r"(?!🇦🇺)[\U0001F1E6-\U0001F1FF]{2}|(?<!\bin )(?<!\bto )(?<!\bfrom )(?<!\bvia )\b(?:London|England|Scotland|Wales|Ireland|Paris|New York|NYPD|LA|Canada|"
    r"British Columbia|BC|the royals|Premier League|EPL|Heathrow|Manhattan)\b"
)
_CAPITALS = frozenset("sydney melbourne brisbane perth adelaide hobart darwin canberra".split())
_FOREIGN_AFTER = lazy_pattern(
    r"^,?\s*(?:in\s+(?:the\s+)?)?(?:England|UK|U\.K\.|Scotland|Wales|Ireland|USA|US|U\.S\.|America|Canada|New Zealand|NZ|South Africa|"
    r"Jamaica|Italy|Texas|Ontario|London|BC|British Columbia)\b"
)
# A state's agency named after the state: "NSW Police", "Victoria Police", "Queensland Health".
_STATE_BODY_AFTER = lazy_pattern(r"^\s+(?:Police|Health|Ambulance|(?i:public service|public sector))\b")
# a department's name of several Title Case words before the state: "Treasury and Finance Tasmania",
# "(Department of Premier and Cabinet, Tasmania)"
_TITLE_RUN_BEFORE = lazy_pattern(r"(?<![\w'’])[A-Z][a-z]+\s+(?:and|of|&)\s+[A-Z][a-z]+,?\s+$")
# A state's name inside an organisation's or a thing's name: a Title Case word after it that is no
# place word ("Queensland Country Bank", "Tasmania Prison Service", "Queensland Theatre"), an
# animal, cake or medal named for it ("Tassie devil", "Victoria sponge"), or an organisation word
# before it ("Corrections Victoria", "Service Tasmania", "Parks Victoria").
_STATE_TITLE_AFTER = lazy_pattern(r"^[ \t]+([A-Z][a-z]+|[A-Z]{2,5})\b")  # "Queensland Country", "QLD TMR"
_STATE_THING_AFTER = lazy_pattern(r"^\s+(?:devils?|tigers?|sponge|cross|bitter|salmon|fruit fly)\b", re.IGNORECASE)
# a food or a thing named for a place: "Roma tomatoes", "a Kingston biscuit", "Huon pine"
_FOOD_AFTER = lazy_pattern(r"^\s+(?:tomato(?:es)?|biscuits?|pine|sponge|cake|oysters?|mangoes|lamingtons?)\b", re.IGNORECASE)
_ORG_WORD_BEFORE = lazy_pattern(
    r"\b(?:Service|Services|Corrections|Parks|Ambulance|Museums?|Police|Transport|Sport|Tourism|Forestry|Housing|Legal Aid|"
    r"Fire|Rescue|Justice|Education|Water|Energy|Heritage|Arts|Opera|Ballet|Screen|Film|Creative|Invest|Study|Visit|"
    r"Destination|Business|Families|Safety|WorkSafe|Courts|Health|Rail|Trains|Roads|Libraries|Library|Racing|Cricket|"
    r"Football|Netball|Rugby|Basketball|Hockey|Athletics|Swimming|Surf Life Saving|Lifesaving|Bank|Insurance|"
    r"Spirit of|Bank of|Taste of)\s+$"
)
STATE_KEYS = frozenset(
    """nsw vic qld wa sa tas nt act victoria queensland tasmania new south wales western australia south australia
    northern territory tassie""".split()
) | frozenset({"new south wales", "western australia", "south australia", "northern territory"})
NEXT_WORD = lazy_pattern(r"^\s+([A-Z][\w'’]*)")
_NEXT_RUN = lazy_pattern(r"^(?:\s+[A-Z][\w'’]*){1,4}")
# At a place: "at Bondi and I", "at Chadstone asked me" stay places ("with Sydney and I" does not).
_AT_PLACE = lazy_pattern(r"\b(?:in|at|near|outside|around|across|through|via|past)\s+(?:the\s+)?$", re.IGNORECASE)
# Capitalised words that follow a place and are not a surname: days and months ("Gatton Thursday").
NOT_SURNAME = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december mon tue tues wed thu thur thurs fri sat sun jan feb mar apr jun jul aug sep
    sept oct nov dec""".split()
)
_PREV_WORD = lazy_pattern(r"([A-Z][a-z]+)\s+(?:and\s+|&\s+)?$")


def place_word_after(after: str) -> bool:
    """A place word in lower case just after the name: "Clyde depot", "Huonville station"."""
    m = _PLACE_WORD_AFTER.match(after)
    return bool(m and m.group(1) in PLACE_SUFFIX)


# a given name just before the place's name: "Tom Croydon"
_GIVEN_BEFORE = lazy_pattern(r"(?<![\w'’])([A-Z][a-z]+)[ \t]+$")


def is_person(text: str, start: int, end: int, key: str, personlike: bool = False) -> bool:
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if " " in key and key.split(" ", 1)[0] in _PLACE_FORM_FIRST:
        return bool(_THING_BEFORE.search(before))  # no person, but a boat may be named so ("Our boat Port Douglas Belle")
    if animal_named(text, start, end, before=30) and not PREP_BEFORE.search(before):
        return True  # "my spaniel Bendigo", "Perth, the barista's dog", "We called him Burnie": a pet (not "at Devonport 🐶")
    # strong cues make any name a person ("my sister Victoria", "Mr Darwin", "Lara's birthday");
    # "at Chadstone asked me" keeps the place
    if _PERSON_BEFORE.search(before) or (_PERSON_AFTER.match(after) and not _AT_PLACE.search(before)):
        return True
    if (_PERSON_DOES_AFTER.match(after) or _PET_AFTER.match(after)) and not PREP_BEFORE.search(before):
        return True
    if _THING_BEFORE.search(before):
        return True
    given = _GIVEN_BEFORE.search(before)
    if given and given.group(1).casefold() in given_names() and lookup(given.group(1)) is None:
        return True  # a surname after a given name: "Senior Sergeant Tom Croydon", "Ellie Bendigo"
    if key not in PERSONLIKE and key not in COMMON and not personlike:
        return False  # a name nobody is called ("Parramatta"): the weaker cues below do not apply
    if (_GREETING_BEFORE.search(before) or _PERSON_BEFORE_WEAK.search(before)) and not place_word_after(after):
        return True  # "Congrats Darwin", "with Lara", "Officer Preston"; not "our little Huonville station"
    if _PERSON_AFTER_WEAK.match(after) and not PREP_BEFORE.search(before[-30:]):
        return True  # "Adelaide, I ..." is a person; "in Adelaide, I ..." is not
    prev = _PREV_WORD.search(before)
    if prev and (prev.group(1).casefold() in given_names() or prev.group(1).casefold() in PERSONLIKE):
        return True  # "Charles Darwin", "Clayton and Griffith"
    nxt = NEXT_WORD.match(after)
    if nxt:
        # a capitalised word after a person-like name is a surname, unless it continues a place
        # ("Darwin Airport"), names a team ("Sydney Swans") or is a day or month
        word = nxt.group(1).casefold()
        run = {w.casefold() for w in _NEXT_RUN.match(after).group(0).split()}  # type: ignore[union-attr]
        acronym = len(nxt.group(1)) > 1 and nxt.group(1).isupper()  # "the Darwin ABF office", "Darwin ICU"
        if (
            not acronym
            and word not in PLACE_SUFFIX
            and word not in TEAM_WORDS
            and word not in NOT_SURNAME
            and not run & PLACE_SUFFIX
        ):
            return True  # "Victoria Beckham"; not "Sydney Container Examination Facility"
    # "Clayton and Griffith": paired with a given name or another person-like name, both are people
    pair = re.match(r"^\s+(?:and|&)\s+([A-Z][a-z]+)", after)
    return bool(pair and (pair.group(1).casefold() in given_names() or pair.group(1).casefold() in PERSONLIKE))


# an acronym or a plural Title Case noun just before a state names a body: "SES Tasmania", "NRE Tas",
# "FFM Vic", "Fines Victoria", "Homes Tasmania", "Planning Panels Victoria" (not "Thanks Tasmania")
_NAME_WORD_BEFORE = lazy_pattern(
    r"(?<![\w'’&.-])(?!(?:Thanks|Cheers|Congrats|Congratulations|Greetings)\b)(?:[A-Z]{2,5}|[A-Z][a-z]+s)[ \t]+$"
)


def state_in_a_name(text: str, start: int, before: str, after: str, profile: Profile) -> bool:
    """A state's name that is part of an organisation's or a thing's name, not the state itself."""
    if _STATE_BODY_AFTER.match(after) or _STATE_THING_AFTER.match(after) or _ORG_WORD_BEFORE.search(before):
        return True
    if _TITLE_RUN_BEFORE.search(before):
        return True
    word_before = _NAME_WORD_BEFORE.search(before)
    if (
        word_before
        and lookup(word_before.group(0).strip()) is None
        and word_before.group(0).strip() not in ("NSW", "VIC", "QLD", "WA", "SA", "TAS", "NT", "ACT")
    ):
        return True
    nxt = _STATE_TITLE_AFTER.match(after)
    if nxt:
        word = nxt.group(1).casefold()
        if word not in PLACE_SUFFIX and word not in NOT_SURNAME and word not in given_names():
            return True  # "Queensland Country Bank", "Tasmania Prison Service"; not "Victoria Park"
    # inside one of the organisation's own names ("Youth Justice Queensland")
    return any(a <= start < b for _, _, a, b in department_terms(text, profile))


# A show's title that holds a place's name (language data, like the team words above): "Brooklyn 99",
# "Death in Paradise", "Halifax f.p.", "Byron Baes".
_SHOW_TITLE = lazy_pattern(
    r"\bBrooklyn (?:Nine-Nine|99|9-9)\b|\bDeath in Paradise\b|\bHalifax,? f\.?p\b\.?|\bByron Baes\b|\bSeaChange\b|"
    r"\bPacific Blue\b|\bWentworth\b(?= (?:season|series|episode|finale|reruns?|cast)\b)",
    re.IGNORECASE,
)


def show_title(text: str, start: int, end: int) -> bool:
    """The place's name at text[start:end] is inside a show's title ("Cops in Brooklyn 99 ...")."""
    lo = max(0, start - 12)
    return any(m.start() + lo <= start and end <= m.end() + lo for m in _SHOW_TITLE.finditer(text[lo : end + 14]))


def named_thing(text: str, start: int, end: int) -> bool:
    """The place's name at text[start:end] names a team ("Sydney Swans", "Richmond won by 40",
    "Essendon's season"), an event or a brand ("Bendigo Easter Festival", "Bendigo Bank"), or a place
    abroad ("Brighton, England")."""
    after = text[end : end + 40]
    nxt = NEXT_WORD.match(after)
    quote = text[max(0, start - 1) : start] in ("'", "‘", '"', "“")
    return bool(
        (nxt and nxt.group(1).casefold() in TEAM_WORDS)
        or (_SONG_AFTER.match(after) and quote)
        or (quote and _QUOTED_NAME_AFTER.match(after))  # "the 'Fremantle Doctor'": a name given to a thing
        or _TEAM_AFTER.match(after)
        or _FOOD_AFTER.match(after)
        # a result ("Richmond won by 40"), not "offices in NSW lost power"
        or (_SPORT_AFTER.match(after) and not _AT_PLACE.search(text, max(0, start - 12), start))
        # ... its other side, not a place's own thing ("Played Geelong's best golf course")
        or (_SPORT_BEFORE.search(text, max(0, start - 24), start) is not None and after[:1] not in ("'", "’"))
        or (_VERSUS_BEFORE.search(text, max(0, start - 10), start) is not None and _GAME_WORDS.search(text) is not None)
        or _FOREIGN_AFTER.match(after)
        or _abroad(text, start, end)
        or _EVENT_AFTER.match(after)
        or show_title(text, start, end)
    )


def _abroad(text: str, start: int, end: int) -> bool:
    """A suburb's name in a sentence set abroad (`_ABROAD_SENTENCE`): its namesake there."""
    name = text[start:end].casefold()
    if name in _CAPITALS or name in STATE_KEYS:
        return False
    a, b = sentence_of(text, start, end)
    m = _ABROAD_SENTENCE.search(text, a, b)
    if m is None or m.group(0)[0] not in _FLAG_LETTERS:
        return m is not None
    # a flag is a weaker sign (a heritage flag beside a place here: "a party at the hall in Inala 🇳🇬",
    # "arrived in Fremantle from Naples 🇮🇹🇦🇺"): only with no Australian flag and no place word before the name
    return "🇦🇺" not in text and _PLACE_PREP_BEFORE.search(text, max(0, start - 8), start) is None


_FLAG_LETTERS = frozenset(chr(c) for c in range(0x1F1E6, 0x1F200))
_PLACE_PREP_BEFORE = lazy_pattern(r"\b(?:in|at|to|from|near|around|into)\s+$", re.IGNORECASE)
