"""Work that is not the organisation's: a private employer, a private trade, a council or a job
abroad as the writer's own work.

Language-level knowledge (no profile lists, no rules) that the uniform, colleague, comment and
operational families share, moved out of `people` when it grew:

* `private_job`: the private work a text is about, or None. Its kinds:
  - a private workplace by its kind ("my new café job", "at an insurance company", "the build
    site", "a support worker for an NDIS provider", "hotel manager", "private hospital nurse here", "nurse at a private here");
  - a private employer by its name, as the writer's workplace, not where they shop ("Kmart roster
    came out", "my Bunnings manager", "ANZ's new system went down ... a branch full of angry
    customers", "Emirates crew uniform fitting");
  - a private trade or role ("bank teller here", "casino dealer", "six years doing security at a
    pub", "security guard life", "wharfie life", "the security company has me on 5 nights");
  - a private workplace's own job, shift, roster or system ("Casino surveillance job", "the hotel
    roster's out", "Mining FIFO here", "crowd control shift", "aged care manager", "the new lending
    system", "Woolies just rolled out a new rostering app", "Ex-chef", "Baggage handler life");
  - a council's work, which no profile's organisation is ("I drive the buses for council");
  - the same work abroad ("UK nurse here, the NHS pay offer", "teaching English in Japan").

A nurse's "bank shift" (the hospital's own casual pool), "cop shop" and "the bank data" are none
of these. Every answer is memoised per text (each of seven rules asks it of the same text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.rules.base import lazy_pattern, searched

# Private employers by name, the writer's own where a work word stands beside the name ("Kmart
# roster", "my Bunnings manager", "ANZ's new system ... our branch"). Names that are also plain words
# (Target, Coles, Crown, Star, Virgin, Subway) are matched in their capitals only.
_BRANDS_ANY_CASE = (
    r"kmart|big w|bunnings|woolies|woolworths|aldi|myer|david jones|jb hi-?fi|officeworks|harvey norman|"
    r"chemist warehouse|priceline|maccas|mcdonald['’]?s|kfc|hungry jack['’]?s|starbucks|domino['’]?s|guzman|"
    r"qantas|jetstar|emirates|singapore airlines|anz|nab|westpac|commbank|commonwealth bank|suncorp|"
    r"bendigo bank|macquarie bank|telstra|optus|vodafone|bhp|rio tinto|fortescue|woodside|santos|"
    r"amazon warehouse|doordash|menulog|uber eats|startrack|dhl|fedex|ramsay health|healthscope|bupa|medibank|"
    r"ikea|costco|dan murphy['’]?s|bws|7-eleven|ampol|caltex|spotlight|rebel sport|the reject shop|"
    # private hospitals by name
    r"epworth|cabrini|greenslopes|hollywood private|john flynn|pindara|st john of god|mater private|st vincent['’]?s private"
)
_BRANDS_CASED = r"Target|Coles|Crown|The Star|Virgin|Subway|IGA|Amazon|Uber|Toll|Rex|Linfox"
_BRAND = rf"(?:(?i:{_BRANDS_ANY_CASE})|{_BRANDS_CASED})"
_BRAND_WORK = (
    r"(?i:rosters?|shifts?|job|jobs|life|casual|casuals|manager|boss|supervisor|uniform|uniforms|polo|shirt|"
    r"staff|crew|team|store manager|branch|checkout|warehouse|depot|call centre|payroll|HR|training)"
)
_EMPLOYER_BEFORE = (
    r"(?i:(?:work(?:ing|ed|s)?|job|shifts?|rostered|casual|employed|started|start|years|months) (?:at|for|with)|my|our)"
)

# A shop's department is no agency: "ladies department", "the homewares department", "department store",
# "the print department at Officeworks" (the attire and critique families read it beside a "department").
SHOP_DEPARTMENT = lazy_pattern(
    r"\b(?:ladies|ladies'|women's|womens|men's|mens|kids|kids'|children's|shoe|toy|homewares|electrical|cosmetics|menswear|"
    r"womenswear|furniture|hardware|sports|produce|deli|bakery|meat|print|photo|electronics|garden|manchester|lingerie|"
    r"whitegoods|appliance|fragrance|beauty|lighting|paint|plumbing) department\b|\bdepartment stores?\b"
    rf"|\bdepartment (?:at|in) (?:the )?{_BRAND}\b",
    re.IGNORECASE,
)


def shop_department(text: str, start: int, end: int) -> bool:
    """The "department" at text[start:end] is a shop's (`SHOP_DEPARTMENT`)."""
    return SHOP_DEPARTMENT.search(text, max(0, start - 14), end + 30) is not None


# The kinds, one alternation each; `private_job` returns the matched words.
PRIVATE_JOB = lazy_pattern(
    # a private workplace by its kind
    r"(?i:\b(?:at|for|with) (?:an?|the|my|our) (?:[\w'’-]+ ){0,2}?(?:company|firm|startup|store|(?<!cop )shop|caf[eé]|restaurant|"
    r"warehouse|insurer|retailer|supermarket|franchise|factory|smelter|brewery|winery|bakery|salon|gym|casino|resort|"
    r"bank(?! (?:data|details|accounts?|statements?|records?|transfers?|feeds?))|"
    r"(?:processing|packing|manufacturing) plant|abattoir|meatworks|dealership|orchard|vineyard)\b"
    r"|\b(?:at|for|with) an? (?:[\w'’-]+ ){0,2}?provider\b"
    r"|\b(?:job|role|career|start) in (?:logistics|retail|hospo|hospitality|sales|marketing|real estate|banking)\b"
    r"|\b(?:caf[eé]|hospo|retail|restaurant|bar|pub|warehouse|supermarket|factory|mine|construction|"
    r"trade|tradie|kitchen|christmas casual|casual) (?:job|life|shifts?|gig|work|roster)\b"
    r"|\b(?:build|building|construction|mine|work) site\b|\bi sell\b|\bfamily business\b"
    r"|\b(?:my|her|his|red|green|black|white) apron\b|\b(?:caf[eé]|shop|store|restaurant|pub|bar) (?:boss|owner|manager)\b"
    r"|\b(?:barista|florist|accountant|brunch rush|checkout)\b|#(?:warehouselife|hospo|retaillife|securitylife|wharfielife)\b"
    r"|\b(?:mechanic|plumber|electrician|sparky|dentist|hairdresser|barber|tradie)['’]s\b)"
    r"|\bat the DC\b|\bbank (?:job|life|gig)\b"  # (a nurse's "bank shift" is the hospital's own casual pool)
    # a private workplace's own job, shift or roster, one word between: "Casino surveillance job", "the
    # hotel roster's out", "Mining FIFO here", "crowd control shift", "aged care manager", "our branch rolled
    # out the new lending system"
    r"|(?i:\b(?:casino|hotel|motel|resort|pub|nightclub|mining|airline|supermarket)(?: [\w-]+)? (?:job|gig|life|shifts?|roster)\b"
    r"|\b(?:mining )?fifo (?:here|life|roster|job)\b|#fifo\b|\bsecurity at (?:the|a) (?:shopping centre|mall|club|pub|stadium|casino)\b"
    r"|\b(?:our|my|a|the) (?:catholic|independent|grammar|private|christian|anglican|lutheran) (?:school|college|kinder|kindy)\b|\bcrowd control (?:shift|job|gig|work)\b|\bnight audit\b"
    r"|\baged care (?:manager|provider|worker|job|shift|roster)s?\b|\blending (?:system|team|manager)\b"
    r"|\bex-?chef\b|\bchef (?:here|life)\b|\bbaggage handlers?\b|\buni(?:versity)? library\b|\bcouncil (?:[\w-]+ )?(?:crew|team) here\b)"
    # a private employer of one's own, a private workplace's manager, a private sector or provider
    r"|(?i:\b(?:my|our) (?:bank|supermarket|store|shop|caf[eé]|restaurant|hotel|pub|firm|company)['’]s\b"
    r"|\b(?:my|our) (?:[\w-]+ ){1,2}(?:company|firm|business)['’]s\b|\binsurance (?:claims? )?(?:team|job|company|claims)\b"
    r"|\b(?:dentist|dental|vet|physio|law firm|real estate) (?:reception|receptionist|front desk)\b|\bretail workers?\b"
    r"|\b(?:supermarket|store|shop|hotel|pub|restaurant|retail|warehouse|casino) (?:manager|management|boss)\b"
    r"|\bhospitality management\b|\bprivate (?:hospital|clinic|practice|school|sector|company|firm|security|provider|operator)\b"
    r"|\b(?:at|in) (?:a|the) private\b(?! (?:citizens?|capacity|matters?|messages?|life|event|function|party|ceremony|viewing|"
    r"screening|sale|residence|home|house|road|jet|beach|room|members?|bill|school tour|health insurance|cover))"
    # a private trade or role as the writer's: "bank teller here", "casino dealer", "doing security at a pub"
    r"|\b(?:bank teller|teller|casino dealer|croupier|bouncer|crowd controller|security guard|traffic controller|"
    r"wharfie|stevedore|truckie|forklift driver|storeperson|bartender|real estate agent|personal trainer|"
    r"flight attendant|cabin crew|pilot for)s?(?: here| life|,? (?:by trade|for \d+ (?:years|yrs)))\b"
    r"|\b(?:security guard|wharfie|bouncer|croupier|casino dealer|bank teller) life\b"
    r"|\bdoing security (?:at|for) (?:an?|the|my) (?:pub|club|bar|nightclub|venue|gig|concert|festival|shopping centre|mall|casino|stadium)\b"
    r"|\bsecurity (?:company|firm|mob)\b|\btraffic (?:control )?(?:company|mob|firm)\b"
    r"|\b(?:cleaning|recruitment|removal|courier|trucking) (?:co|company|firm|agency|business|mob)\b"
    r"|\b(?:energy|telco|insurance|airline|bank|phone company)['’]?s? call ?centre\b"
    # a council's work: no profile's organisation
    r"|\b(?:for|at) (?:the )?(?:local |city |shire |regional )?council\b(?! (?:of|estimates|meeting))|\bcouncil (?:job|worker|depot|roster|buses|bus|trucks?|parking officers?|rangers?)\b"
    # the same work abroad
    r"|\b(?:UK|US|NZ|Kiwi|British|American|Canadian|Irish) (?:nurse|cop|teacher|officer|paramedic|doctor|public servant)s? here\b"
    r"|\bthe NHS\b|\b(?:teaching|nursing|working|work|teach|nurse) (?:\w+ ){0,3}in (?:Japan|Korea|China|Dubai|London|the UK|England|"
    r"Canada|the US|the States|New Zealand|NZ|Singapore|Hong Kong)\b)"
    # a private employer by name, as the workplace
    rf"|\b{_BRAND}['’]?s? {_BRAND_WORK}\b|\b{_EMPLOYER_BEFORE} {_BRAND}\b(?!['’]s? (?:customers?|shoppers?|app|website|online|website))"
    rf"|\b{_BRAND}['’]s (?i:new )?(?i:system|app for staff|rostering|HR|payroll)\b"
    rf"|\b{_BRAND}(?:['’]s)? (?:\w+ ){{1,5}}?(?i:rostering|payroll) (?i:app|system)\b|#(?i:{_BRANDS_ANY_CASE.replace(' ', '')})life\b"
)

# Lower-case pieces one of which every `PRIVATE_JOB` match holds: most texts hold none, and a
# substring test costs far less than the pattern. The employers' names give their own piece, each cut
# before its first pattern sign ("mcdonald['’]?s" -> "mcdonald", "jb hi-?fi" -> "jb hi"), with and
# without its spaces (the hashtag form: "#davidjoneslife").
_JOB_KEYS = tuple(
    "compan|firm|startup|store|shop|caf|restaurant|warehouse|insur|retail|market|franchise|factory|smelter|brew|winery|"
    "baker|salon|gym|bank|logistics|hosp|sales|real estate|pub|bar|mine|construction|trade|tradie|kitchen|casual|site|"
    "sell|apron|barista|florist|accountant|brunch|checkout|family business| dc|ing plant|abattoir|meatworks|dealer|orchard|"
    "vineyard|dental|physio|vet |law firm|busines|mechanic|plumber|electrician|sparky|dentist|hairdress|barber|hotel|"
    "private|casino|resort|teller|croupier|bouncer|crowd control|security|traffic|wharfie|stevedore|truckie|forklift|"
    "storeperson|trainer|flight attendant|cabin crew|pilot|cleaning|recruitment|removal|courier|call centre|callcentre|"
    "council|nhs|canadian|american|british|irish|kiwi|japan|korea|china|dubai|london|uk|england|canada|the us|states|"
    "zealand|nz|singapore|hong kong|motel|nightclub|mining|airline|fifo|crowd|night audit|aged care|lending|chef|baggage|"
    "uni library|university library|catholic|independent|grammar|christian|anglican|lutheran|provider".split("|")
) + tuple(
    key
    for brand in f"{_BRANDS_ANY_CASE}|{_BRANDS_CASED}".casefold().split("|")
    for piece in [re.split(r"[\[(?\\]", brand, maxsplit=1)[0].rstrip("-")]
    for key in {piece, piece.replace(" ", "")}
)


@lru_cache(maxsize=512)  # the uniform, colleague, comment and each operational rule ask of the same text
def private_job(text: str) -> str | None:
    """The private work the text is about ("my new café job"), or None."""
    low = text.casefold()
    if not any(k in low for k in _JOB_KEYS):
        return None
    m = searched(PRIVATE_JOB, text)
    return m.group(0) if m else None
