"""The organisation seen from its public's side, for DEP101: a name that is no employer named.

A department term (`features.department_terms`) names the writer's employer only when the writer
speaks from inside. These are the ways people outside it name it, each read from the words next to
the name, for any profile:

* its website, and its ads seen by someone who thinks of joining ("the Bureau of Meteorology's new
  website is fine", "those Border Force ads on TV, would consider joining");
* the agency as a source of news, figures or forecasts ("ABS says unemployment is 4.1%", "When the
  Bureau says 'possible shower'", "reading about the ABS census results");
* a customer's question about its rules, call or case, or its forms asked of the customer ("Does
  Centrelink count FTB as income?", "Rang Medicare to update my bank details", "Nan's carer payment
  finally got sorted", "bulk-billed", "Centrelink asking for one more form");
* its documentary, podcast, open day or exhibition, and a show of its name watched ("the CSIRO open
  day", "Anyone else watching The Bureau? French spy show");
* the agency addressed by someone waiting on it ("Seriously Home Affairs, 14 months for a visa??",
  "Day 40 waiting on my visa. Home Affairs please ...");
* its customers addressed ("PSA Centrelink customers: ...");
* its staff thanked for caring for the writer's family ("the Ward 4 team at Bellfield Hospital for
  looking after Mum").
* the agency reaching the writer or their family ("the ABS rang me for the survey", "Child
  Protection finally called back about my niece");
* its research, figures or warnings as news, and a news agency of the same name ("New CSIRO study
  says ...", "Cyclone warnings from the Bureau", "According to AFP, ..."); the customer's own
  business with it: a fine or a text from it, a bulk bill under it, a rego renewed at it, its
  failure to sort the customer's case ("Child Support still hasn't sorted my ex's payments"; not
  one's own pay as staff), its buses and trains ridden ("Qld Rail trains late again");
* a thing that carries its name and is no workplace (its museum, a science kit, child safety locks, a
  locomotive, a degree of the same name) and a costume of its staff ("went as a CSIRO scientist");
  and, whoever speaks (`abroad`), another country's agency of the same kind ("NZ Customs", "a Border
  Force officer too, but in the UK");
* the writer denying it or defining its letters as something else ("Paramedic here (not QAS, ...)",
  "ABF = Always Be Feeding", "APS-C"); its client on its benefits, with its police check or its form for
  the family, its online service done, its service to a town cancelled, its volunteers thanked; a news
  agency's wire of the same letters ("on the AFP wire"); the writer acted on by its officer ("pinged by a
  PSO"), holding its plates or licence, or its customer anywhere in the text (`tone.CUSTOMER_SIDE` with
  no insider cue: "3 hrs on hold and they hung up on me");
* the customer's own worker there, or one who came out to the family ("My DFFH worker has been
  amazing", "The Child Safety worker who came out was kind"); the customer's case come back from it
  ("Citizenship approval letter came through from Home Affairs"); a relative there as a patient or a
  client ("My son was at the LGH for 6 hours").

Each is cancelled by the writer's own work there (`orgvoice.OWN_WORK`: "I work", "my shift", "as a
nurse"). It reads text only; it never reads files and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched, sentence_of
from auditor.rules.orgpublic import account_addressed, public_service, service_lost
from auditor.rules.orgvoice import OWN_WORK, fiction
from auditor.rules.people import RELATIVE_WORDS
from auditor.rules.tone import CUSTOMER_SIDE, INSIDER

# its website, after the name: "the Bureau of Meteorology's new website" (a name's own words may
# come between); its ads or campaigns, by a viewer who thinks of joining ("those Border Force ads on
# TV, would consider joining", "recruitment ads everywhere, guess the algorithm thinks I'd be good")
_SEEN_AFTER = lazy_pattern(
    r"(?:\s+of\s+[A-Z][\w'’]*)?(?:['’]s)?\s+(?:(?:new|latest|old)\s+)?(?:website|web site|documentary|podcast|open day|exhibition)\b",
    re.IGNORECASE,
)
# a customer's call: "Rang Medicare to update my bank details", "ring Medicare for me and ask about
# my card", "Rang the QCAT registry today and they said 12 weeks"
_CALL_BEFORE = lazy_pattern(
    r"\b(?:rang|rung|called|ring|ringing|calling|phoned|phone|phoning)\s+(?:up\s+)?(?:the\s+)?$", re.IGNORECASE
)
# a customer on the phone queue: "I'm on hold with Home Affairs for 45 min", "finally got through to Child Support"
_ON_HOLD_BEFORE = lazy_pattern(r"\b(?:on\s+hold\s+(?:to|with)|got\s+through\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
_CALL_AFTER = lazy_pattern(
    r"(?:\s+\w+){0,2}?\s+(?:to\s+(?:update|ask|check|change|lodge|claim|book|renew|sort|fix|cancel|find out|report)\b|for me\b"
    r"|for (?:a|my|your|our) (?:stolen|lost|missing|broken)\b"
    r"|about (?:my|our|mum'?s|dad'?s|nan'?s)\b|(?:today\s+)?and (?:they|she|he) (?:said|told|reckon))",
    re.IGNORECASE,
)
# the writer's (or a relative's) own case served: "Nan's carer payment finally got sorted", "got my
# back pay after FWO stepped in", "bulk-billed, straight through Medicare"
_OWN_CASE_SERVED = lazy_pattern(
    r"\b(?:my|our|nan'?s|mum'?s|dad'?s|pop'?s|son'?s|daughter'?s)\s+(?:\w+\s+){0,2}?(?:payment|claim|refund|card|pension|rebate|bond)\s+"
    r"(?:finally\s+)?(?:got\s+|was\s+|has\s+been\s+)?(?:sorted|paid|approved|processed|came through)\b"
    r"|\b(?:finally\s+)?got my (?:back pay|money|bond|wages)\b|\bbulk-?bill(?:ed|ing)?\b"
    # the customer's visa or citizenship come through: "Partner visa finally granted after 23 months!!!"
    r"|\b(?:visa|citizenship)\s+(?:finally\s+)?(?:got\s+|was\s+|has\s+been\s+)?(?:granted|approved)\b(?![^.!?\n]{0,30}\bfor\b)",
    re.IGNORECASE,
)
# a show of the name on a channel or a streaming service: "Border Force: Code of Silence on Netflix was mid"
_SHOW_AFTER = lazy_pattern(
    r"(?::\s*(?:[A-Z][\w'’-]*\s*){1,5})?\s+on\s+(?:netflix|stan|binge|iview|sbs|abc|youtube|prime|foxtel|disney\+?|seven|nine|ten)\b",
    re.IGNORECASE,
)
# a show by the name, watched: "Anyone else watching The Bureau? French spy show"
_WATCHING_BEFORE = lazy_pattern(r"\b(?:re-?watching|binge-?watching|watching|watched)\s+(?:the\s+)?$", re.IGNORECASE)
_ADS_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:(?:new|latest|tv|recruitment|recruiting)\s+){0,2}(?:ads?|adverts?|advertisements?|commercials?|campaigns?|billboards?)\b",
    re.IGNORECASE,
)
_WOULD_JOIN = lazy_pattern(
    r"\b(?:consider(?:ing)? (?:joining|applying)|thinking (?:of|about) (?:joining|applying)|if i'?d joined|joined up|"
    r"i'?d be good|should i (?:join|apply))\b",
    re.IGNORECASE,
)
# the agency reported or quoted: "ABS says unemployment is 4.1%", "When the Bureau says 'possible
# shower'", "BoM reckons 35 tomorrow" (a figure, a quotation or a forecast word follows)
_SAYS_AFTER = lazy_pattern(
    r"(?:\s+of\s+[A-Z][\w'’]*)?\s+(?:says|said|reckons|predicts|is forecasting|reports|figures show|data shows?)\b"
    r"(?=[^.!?\n]{0,40}(?:\d|\s['‘\"“]|\b(?:rain|sunny|showers?|storms?|cyclone|heatwave|unemployment|inflation)\b))",
    re.IGNORECASE,
)
_READ_BEFORE = lazy_pattern(
    r"\b(?:reading|read|saw|seen|watching|watched|heard)\s+(?:about\s+|that\s+)?(?:the\s+)?(?:latest\s+|new\s+)?$", re.IGNORECASE
)
_RESULTS_AFTER = lazy_pattern(r"\s+(?:\w+\s+){0,2}?(?:results|figures|data|stats|release|report)\b", re.IGNORECASE)
# a customer's question about its rules: "Does Centrelink count FTB as income?", "Can Medicare ..."
_QUESTION_BEFORE = lazy_pattern(
    r"(?:(?:^|[.!?\n]\s*|\b(?:anyone know\s+)?(?:if|whether)\s+)(?:does|do|will|would|can|is|should)"
    # "Why is Service Tasmania closed on Saturdays?"
    r"|(?:^|[.!?\n]\s*)why\s+(?:is|are|does|do|did|has|have|won['’]?t|can['’]?t|isn['’]?t)"
    r"|\bis\s+it\s+(?:normal|usual|standard|legal|ok|okay)\s+for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the agency asking its customer for forms or papers: "Centrelink asking for one more form"
_FORMS_AFTER = lazy_pattern(
    r"\s+(?:is\s+)?(?:asking|asks|asked|wants?|wanting|needs?|chasing)\s+(?:me\s+)?(?:for\s+)?(?:\w+\s+){0,3}?"
    r"(?:forms?|documents?|paperwork|papers|evidence|ID)\b",
    re.IGNORECASE,
)
# addressed: "Seriously Home Affairs, ...", "Home Affairs please, ...", "Thanks BoM 🙄", "Come on Medicare"
_ADDRESS_BEFORE = lazy_pattern(
    r"(?:^|[.!?\n]\s*)(?:(?:seriously|come on|oi|hey|please|thanks|cheers|dear)\W*\s+)?$", re.IGNORECASE
)
_ADDRESS_AFTER = lazy_pattern(r"\s*(?:,|please\b|pls\b|plz\b|\?|!|🙄|🙏)")
# ... by someone waiting on it, or a jab at it: "14 months for a skilled visa", "waiting on my visa",
# "Forecast said sunny. I'm currently soaked."
_WAITING = lazy_pattern(
    r"\b(?:waiting|waited|wait)\b|\b\d+\s+(?:days?|weeks?|months?|years?)\s+(?:for|to|on|waiting)\b|\bday \d+\b"
    r"|\b(?:my|our|mum'?s|dad'?s|wife'?s|husband'?s|partner'?s)\s+(?:\w+\s+){0,2}?(?:visa|claim|payment|refund|application|debt)\b"
    r"|\bforecast (?:said|says)\b|\bsoaked\b|\b(?:ate|took|swallowed|kept) my \$?\d*|\b(?:charged|fined|overcharged) me\b",
    re.IGNORECASE,
)
# its customers addressed: "PSA Centrelink customers:", "Medicare users"
_PUBLIC_AFTER = lazy_pattern(r"\s+(?:customers|clients|users|recipients)\b", re.IGNORECASE)
_PUBLIC_ADDRESSED = lazy_pattern(
    r"(?:^|[.!?\n]\s*)(?:(?:psa|attention|heads up|hey|dear|calling all|to all|all)\W*\s+)?(?:the\s+|my\s+|fellow\s+)?$",
    re.IGNORECASE,
)
# staff thanked for caring for the writer's family: "... for looking after Dad", "caring for my nan"
_CARED_FOR = lazy_pattern(
    r"\b(?:looking after|look after|looked after|caring for|cared for|taking care of|took care of)\s+(?:my\s+|our\s+)?"
    r"(?:dad|mum|mom|nan|nana|pop|grandma|grandpa|gran|son|daughter|baby|bub|husband|wife|partner|brother|sister|"
    r"father|mother|kids?|family|me|us)\b",
    re.IGNORECASE,
)
# the customer's own worker at the agency, or one who came out to the family: "My DFFH worker has been
# amazing", "our NDIA planner", "The Child Safety worker who came out was kind"
_OWN_WORKER_BEFORE = lazy_pattern(rf"\b(?:my|our|(?:{RELATIVE_WORDS}|kid)['’]?s)\s+$", re.IGNORECASE)
_WORKER_AFTER = lazy_pattern(
    r"\s+(?:case\s*)?(?:worker|caseworker|case manager|planner|support coordinator|coordinator)\b", re.IGNORECASE
)
_WORKER_CAME = lazy_pattern(
    r"(?:\s+(?:case\s*)?(?:worker|caseworker|officer|planner|nurse|paramedics?|ambos?))?\s+(?:who|that)\s+"
    r"(?:came\s+out|came\s+round|visited|rang\s+(?:me|us)|helped\s+(?:me|us)|saw\s+(?:me|us))\b",
    re.IGNORECASE,
)
# the customer's own case come back from it: "Citizenship approval letter came through from Home
# Affairs", "finally heard back from Services Australia about my claim"
_FROM_BEFORE = lazy_pattern(
    r"\b(?:came\s+through|arrived|got|received|heard\s+back)\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$", re.IGNORECASE
)
_CASE_NOUN = lazy_pattern(
    r"\b(?:citizenship|visa|approval|refund|payment|claim|grant|pension|rebate|my\s+(?:application|case|file))\b", re.IGNORECASE
)
# a relative there as a patient, a client or a visitor: "My son was at the LGH for 6 hours"
_RELATIVE_THERE = lazy_pattern(
    rf"\b(?:my|our)\s+(?:{RELATIVE_WORDS}|kids?|baby|bub)\s+(?:was|is|has\s+been|spent\s+(?:\w+\s+){{1,3}}|ended\s+up)\s*"
    r"(?:at|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OWN_WORKER_ROLE = lazy_pattern(
    r"\b(?:planner|case\s*worker|caseworker|case\s+manager|coordinator|worker|social\s+worker)\b", re.IGNORECASE
)
# the agency reaching its public: "Child Protection finally called back about my niece", "the ABS
# rang me for the Labour Force Survey", "Border Force called my mate's cousin in for questioning"
_CONTACTED_AFTER = lazy_pattern(
    r"\s+(?:finally\s+|just\s+|already\s+|only\s+)?(?:called|rang|phoned|texted|emailed|contacted|wrote\s+to)\s+"
    r"(?:back\s+(?:about\s+)?)?(?:me|us|my|our|mum|dad|nan|pop)\b",
    re.IGNORECASE,
)
# Its research, figures or warnings, news to the writer: "New CSIRO study says we should all eat more
# legumes", "Cyclone warnings from the Bureau", "According to AFP, the French president ..." (a news agency).
_STUDY_AFTER = lazy_pattern(
    r"(?:['’]s)?[\s-]+(?:(?:study|studies|report|research|survey|paper|findings|modelling|data)\s+(?:says|said|shows?|showed|"
    r"found|finds|suggests?|reckons|predicts)|invented|scientists? (?:say|said|found|reckon))\b",
    re.IGNORECASE,
)
_OURS_BEFORE = lazy_pattern(r"\b(?:our|my|we|us)\s+(?:new\s+|latest\s+)?$", re.IGNORECASE)
_ACCORDING_BEFORE = lazy_pattern(
    r"\b(?:according to|warnings? from|forecast from|a study by)\s+(?:the\s+)?$|(?:^|[\s(])via\s+$", re.IGNORECASE
)
# a news agency's wire or feed: "Saw it on the AFP wire this morning"
_WIRE_AFTER = lazy_pattern(r"\s+(?:wire|newswire|news feed|photographer|reporter|correspondent|reporting)\b", re.IGNORECASE)
# ... and an acronym's photo or credit, a news agency's ("That AFP photo from the protests in Paris", "saw 'AFP' in the
# photo credit"; not "the most Home Affairs photo ever")
_AGENCY_PHOTO_AFTER = lazy_pattern(r"['’\"]?\s+(?:in\s+the\s+)?(?:photos?(?:\s+credit)?|pics?|image|credit)\b", re.IGNORECASE)
# The writer's own business with it as its customer: "a fine in the mail from TMR", "bulk bills under
# Medicare", "renewing rego at the TMR centre", "link Medicare to my myGov" (not a letter or a text
# from it, which staff get too: "a letter from the department about my transfer").
_TRANSACTION_BEFORE = lazy_pattern(
    r"\b(?:(?:fine|bill|refund|infringement)(?: notice)?(?: in the mail)? from|bulk[- ]?bill(?:s|ed|ing)? (?:under|through|by)|"
    r"(?:renew(?:ing|ed)?|paid|pay|paying) (?:my |the )?(?:rego|licen[cs]e|fine)s? (?:at|with|through|to)|link(?:ing|ed)? (?:my )?)"
    r"\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# ... and what it sent its customers or failed them in: "Queensland Health text reminded me about my flu
# shot", "the Medicare rebate", "Child Support still hasn't sorted my ex's payments".
_CUSTOMER_THING_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:(?:text|sms|letter|email|reminder)s? (?:reminded|told|said|says)|rebates?\b|"
    r"(?:still )?(?:hasn['’]t|haven['’]t|has not|never) (?:sorted|paid|fixed|processed|answered|replied|called)"
    # (not one's own pay as staff: "the Department of Education STILL hasn't fixed my CRT pay")
    r"(?! (?:out )?(?:my|our) (?:\w+ )?(?:pay|pays|payslips?|overtime|leave|roster|contract|back pay|higher duties|allowance)\b))",
    re.IGNORECASE,
)
# Its buses and trains, ridden: "Qld Rail trains late again", "my Metro Tas bus just not turn up".
_RIDER_AFTER = lazy_pattern(
    r"\s+(?:bus|buses|train|trains|tram|trams|ferry|ferries)\b(?=[^.!?\n]{0,40}?\b(?:late|cancelled|didn['’]t|never|"
    r"not turn|no[- ]show|again|running)\b)",
    re.IGNORECASE,
)
# A thing that carries the name and is no workplace (not its uniform: "full ABF kit", "ABF caps"): "the Victoria Police Museum", "CSIRO science kits",
# "child safety locks", "the old V/Line loco", "a Human Services degree"; and a costume ("went as a
# CSIRO scientist for Halloween").
_THING_NAMED_AFTER = lazy_pattern(
    r"(?:['’]s)?\s+(?:museum|(?:science|craft|lego|chemistry|toy)\s+kits?|toys?|locks?|latches|gates?|costumes?|merch|"
    r"loco(?:motive)?s?|degree|diploma)\b"
    # a safety product: "the child safety cap on this paracetamol", "child safety seat"
    r"|(?<=safety)\s+(?:caps?|seats?|ratings?|plugs?|catches)\b",
    re.IGNORECASE,
)
_COSTUME_BEFORE = lazy_pattern(
    r"\b(?:went|go|going|goes|dressed|dressing|dress(?:ed)?\s+up)\s+(?:up\s+)?as\s+(?:an?\s+)?$", re.IGNORECASE
)
_COSTUME_CUE = lazy_pattern(r"\b(?:halloween|costumes?|dress[- ]?up|fancy dress|book week|book day|dressed)\b", re.IGNORECASE)
# Another country's agency: "NZ Customs took my apples", "US Customs and Border Protection", "I'm a
# Border Force officer too, but in the UK"
_ABROAD_BEFORE = lazy_pattern(
    r"(?:\b(?-i:NZ|US|USA|UK|EU)|\bU\.[SK]\.|\b(?:New Zealand|British|American|Canadian|Kiwi|Irish|Indonesian|Singapore(?:an)?|"
    r"Fijian|Japanese|Chinese|Indian|French|German|Dutch|European|Scottish|English))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_ABROAD_AFTER = lazy_pattern(
    r"(?:[^.!?\n]{0,40}?\b(?:too|as\s+well|also)?,?\s*but\s+(?:over\s+)?(?:in|from)|\s+(?:over\s+)?in|\s*\((?:the\s+)?)\s*(?:the\s+)?"
    r"(?:UK|US|USA|States|NZ|New Zealand|Canada|Ireland|England|Scotland|Wales|British|American|Kiwi|Canadian|Ontario|"
    r"Texas|California|London|Auckland|Wellington|Dublin|Toronto|Vancouver|New York)\b"
)
# The writer denies it ("Paramedic here (not QAS, I do private events)", "not AV! I work for a private
# patient transport mob"); defines the letters as something else ("ABF = Always Be Feeding") or uses
# them for a thing with a letter after ("APS-C is plenty for birding").
_DENIED_BEFORE = lazy_pattern(r"(?:^|[(\s])(?:not|never|nothing to do with)\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)
_DENIED_AFTER = lazy_pattern(r"\s*[,;:!)]")
_DEFINED_AFTER = lazy_pattern(r"\s*(?:=|stands for\b)|-[A-Z](?![\w-])")
# A client of it: on its benefits ("My dad was on Centrelink for years"; not staff on its phones), its
# police check or form for the family ("my AFP national police check", "the Home Affairs form for
# Grandad's citizenship"), its online service ("VicRoads renewal done online in 4 mins", "took me 4
# goes"), its service to a town cancelled ("V/Line to Ballarat cancelled again"), its volunteers thanked.
_ON_BENEFITS_BEFORE = lazy_pattern(
    r"\b(?:was|were|is|are|been|being|went|go|going|get|got|living)\s+on\s+(?:the\s+)?$", re.IGNORECASE
)
_NOT_STAFF_ON_AFTER = lazy_pattern(
    r"(?:\s+[\w-]+){0,2}?\s+(?:phones?|lines?|counters?|desk|queues?|floor|team|crew|unit|side|calls|shift|roster|books)\b",
    re.IGNORECASE,
)
_CLIENT_ITEM_AFTER = lazy_pattern(
    rf"\s+(?:(?:national\s+)?police\s+check|forms?\s+for\s+(?:my\s+|our\s+)?(?:{RELATIVE_WORDS}|grandad|grandpa|nan|pop)|"
    r"(?:[\w-]+\s+){0,2}?(?:renewal|transfer|booking)\b[^.!?\n]{0,20}\b(?:done\s+)?online\b|"
    r"to\s+[A-Z][a-z]+\s+(?:cancelled|delayed|late|running\s+late)|volunteers)\b",
    re.IGNORECASE,
)
_SELF_SERVE = lazy_pattern(
    r"\btook me \d+\s*(?:goes|tries|attempts)\b|\bdone online in\b|\bonline (?:renewal|transfer|booking|claim)s? took\b",
    re.IGNORECASE,
)
# The writer (or family) acted on by one of its officers, or holding its plates or licence: "Got pinged by
# a PSO at Flinders St", "Brand new VicRoads plates on the old Commodore", "got her P's at VicRoads"
_ACTED_ON_BEFORE = lazy_pattern(
    r"\b(?:pinged|fined|booked|stopped|pulled\s+over|pulled\s+up|caught|searched|breathalysed|breath\s+tested|done)\s+by\s+(?:a|an|the|two|some)\s+$",
    re.IGNORECASE,
)
# (not a job seeker's cue: "I'm currently an APS5 at Home Affairs and thinking of applying for Defence")
_JOB_SEEKER = ("thinking", "appl", "been appl", "rejected")
_OWN_PLATES_AFTER = lazy_pattern(r"\s+(?:number\s+)?plates\b", re.IGNORECASE)
_LICENCE_GOT_BEFORE = lazy_pattern(
    r"\bgot\s+(?:her|his|my|their)\s+(?:P['’]?s|L['’]?s|licen[cs]e|rego|plates)\s+(?:at|from)\s+$", re.IGNORECASE
)
_KEYS = frozenset({"names", "acronyms", "nicknames", "capitalised", "ambiguous_names", "units", "employer_names"})


def abroad(text: str, start: int, end: int) -> bool:
    """The name at text[start:end] is another country's agency of the same kind (whoever speaks)."""
    return end > start and bool(_ABROAD_BEFORE.search(text, max(0, start - 14), start) or _ABROAD_AFTER.match(text, end))


def public_side(text: str, key: str, start: int, end: int) -> bool:
    """The organisation's name at text[start:end] is named from its public's side, not as the
    writer's employer (see the module docstring)."""
    if end <= start:
        return False
    before = text[max(0, start - 40) : start]
    if _COSTUME_BEFORE.search(before) and searched(_COSTUME_CUE, text):
        return True  # "went as a CSIRO scientist for Halloween": a costume, whoever wears it
    if (_DENIED_BEFORE.search(before) and _DENIED_AFTER.match(text, end)) or _DEFINED_AFTER.match(text, end):
        return True  # "Paramedic here (not QAS, ...)", "ABF = Always Be Feeding", "APS-C"
    if service_lost(text):
        return True  # "Our Medicare office in Morwell is closing and now we have to drive to Traralgon"
    if searched(OWN_WORK, text) is not None:
        return False
    if key == "roles":
        # the customer's (or a relative's) own worker by a role: "My son's NDIS planner was amazing"
        return _OWN_WORKER_BEFORE.search(before) is not None and _OWN_WORKER_ROLE.search(text, start, end) is not None
    if key in ("handles", "staff_handles"):
        # (a handle built from the organisation's name may be a colleague's: "Hey @mick_abf_dog got a sec?" is
        # no customer's question; only the customer's own matter opening the text reads it as the account)
        return account_addressed(text, start, greeted=key == "handles")  # "Dear @TasPolice I lost my wallet ..., any chance ...?"
    if key not in _KEYS:
        return False
    if _ON_HOLD_BEFORE.search(before) or _SHOW_AFTER.match(text, end):
        return True
    if _SEEN_AFTER.match(text, end) or _SAYS_AFTER.match(text, end):
        return True
    if _ADS_AFTER.match(text, end) and searched(_WOULD_JOIN, text):
        return True
    if _PUBLIC_AFTER.match(text, end) and _PUBLIC_ADDRESSED.search(before):
        return True
    if _READ_BEFORE.search(before) and _RESULTS_AFTER.match(text, end):
        return True
    a, b = sentence_of(text, start, end)
    if _QUESTION_BEFORE.search(before) and "?" in text[end : b + 1]:
        return True
    if _FORMS_AFTER.match(text, end) or searched(_OWN_CASE_SERVED, text):
        return True
    if _CALL_BEFORE.search(before) and _CALL_AFTER.match(text, end):
        return True
    if _WATCHING_BEFORE.search(before) and fiction(text):
        return True
    if _ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(text, end) and searched(_WAITING, text):
        return True
    if _OWN_WORKER_BEFORE.search(before) and _WORKER_AFTER.match(text, end):
        return True
    if _WORKER_CAME.match(text, end) or _RELATIVE_THERE.search(before):
        return True
    if _FROM_BEFORE.search(before) and _CASE_NOUN.search(text, a, b):
        return True
    if _CONTACTED_AFTER.match(text, end) or searched(_CARED_FOR, text[a:b]):
        return True
    if (_STUDY_AFTER.match(text, end) and not _OURS_BEFORE.search(before)) or _ACCORDING_BEFORE.search(before):
        return True
    if _TRANSACTION_BEFORE.search(before):
        return True
    if _CUSTOMER_THING_AFTER.match(text, end) or _RIDER_AFTER.match(text, end):
        return True
    if _THING_NAMED_AFTER.match(text, end) or _WIRE_AFTER.match(text, end):
        return True
    if key == "acronyms" and _AGENCY_PHOTO_AFTER.match(text, end):
        return True
    if _ON_BENEFITS_BEFORE.search(before) and not _NOT_STAFF_ON_AFTER.match(text, end):
        return True  # "My dad was on Centrelink for years"
    if _CLIENT_ITEM_AFTER.match(text, end) or (key != "units" and searched(_SELF_SERVE, text)):
        return True
    if _ACTED_ON_BEFORE.search(before) or _OWN_PLATES_AFTER.match(text, end) or _LICENCE_GOT_BEFORE.search(before):
        return True
    customer = searched(CUSTOMER_SIDE, text)
    if customer is not None and not customer.group(0).casefold().startswith(_JOB_SEEKER) and searched(INSIDER, text) is None:
        return True  # the writer as its customer anywhere in the text: "3 hrs on hold and they hung up on me"
    # a service the public meets, read from its public's side (`orgpublic`)
    return public_service(text, start, end)
