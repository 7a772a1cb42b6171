"""How people voice a view of their work: the English lexicons of the official comment family.

What reads as speaking from one's position ("as someone who processes these claims", "Teacher
here."), harsh words and broader negative judgements, those in charge as a target, complaint and
employment words, scare quotes and the irony around them, and sarcasm said with no harsh word
("Cool cool cool.", "Love that for us"). Patterns and word lists, and one predicate shared by three
families (`patient_side`, the public's side of the work): `rules.comment` decides what fires. Organisation-specific targets, clients and topics come from the profile, not from here.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched
from auditor.rules.people import RELATIVE_WORDS


def words(text: str) -> tuple[str, ...]:
    """A word list written as "a | b | c" across lines (phrases may contain spaces)."""
    return tuple(w.strip() for w in " ".join(text.split()).split("|") if w.strip())


OFFICIAL_VOICE = lazy_pattern(
    # grouped by the first word, so the engine tries a few branches at each word, not thirty
    r"\bas (?:"
    r"(?:a|an|one of the)\b[\w\s-]{0,30}?\b(?:officer|public servant|official|employee|staffer|insider|analyst|manager|APS\w*|"
    r"bureaucrat)\b"
    # a role named by the writer: "as a VCAT member", "8 years as a Youth Justice worker"
    r"|an? (?:[\w/-]+ ){0,3}?(?:member|delegate|planner|assessor|caseworker|case manager|practitioner|worker|scientist|"
    r"ranger|investigator|inspector)\b"
    r"|someone (?:who works?|working) (?:in|for|at|on)\b|someone (?:inside|within)\b|an? insider\b|someone (?:in|on|at) the\b"
    # years of the work itself: "as someone who has processed claims for 8 years", "as someone who does these reviews"
    r"|someone who(?:'s| has| have) (?:worked|processed|assessed|managed|run|spent|been (?:in|on|at))\b"
    r"|someone who (?:does|runs|processes|assesses|writes|handles|manages|drafts|decides) (?:these|the|those|our)\b)"
    # a view labelled personal: "personal view, not my agency's", "personal view as a teacher", "Personal view only:"
    r"|\bpersonal (?:view(?:,? not (?:my|the) (?:agency|department|employer)|,? as an? (?!(?:parent|mum|dad|mother|father|"
    r"taxpayer|voter|citizen|resident|local|patient|customer|student|renter)\b))|views?(?: only)?\s*[:\-–—])"
    r"|\bspeaking (?:as (?:a|an|someone|one)\b(?!\s+(?:renter|parent|mum|dad|mother|father|taxpayer|voter|citizen|"
    r"resident|local|homeowner|home owner|patient|customer|student|woman|man|migrant|first home buyer)\b)"
    r"|on behalf of|for the|for our|in my capacity as|from (?:inside|within)\b|personally\b)"
    r"|\bin my capacity as\b|\bon behalf of (?:the|our) (?:department|agency|government)\b|\bwe at the (?:department|agency)\b"
    # the work itself, first hand: "I work in visas", "I process these", "I worked on the rollout", "I'm the one who has to
    # implement it", "I sat in compliance", "I work there", "I've modelled them", "I'll say it"
    r"|\bi (?:work (?:for|at|in|there|on it)\b|(?:implement|enforce|administer|process|apply|assess|decide on) (?:these|the|our|those)\b"
    r"|worked on (?:the|this|that|it)\b|sat in\b)|\bhaving worked on (?:the|this|that|it)\b"
    r"|\bi'?m the one who (?:has|have|had) to\b|\bi'?ve modell?ed (?:it|them|this)\b|\bi'?ll (?:just )?say it\b"
    r"|\bthe department'?s (?:official )?(?:line|position|view)\b|\bour (?:department|agency)(?:'s)? (?:position|view|line)\b"
    r"|\bofficial line\b|\beveryone inside knows\b|\bnot official,? but\b|\b(?:not|never) supposed to say (?:this|that|it)\b"
    r"|\bfrom (?:the inside\b|(?:inside|within) the (?:system|department|agency)\b|my (?:role|position|seat|desk|chair) (?:in|at|on)\b)"
    r"|(?:^|[.!?]\s+)(?:i\s+)?work (?:in|at|for) (?:visas|immigration|the department|compliance|border|citizenship|policy)\b"
    # "Unpopular opinion from inside DVA", "Honest take from someone inside"
    r"|\b(?:unpopular opinion|honest take|hot take|honest q(?:uestion)?|view) from (?:someone |a |an )?(?:inside|within|in|on|at)\b",
    re.IGNORECASE,
)
# "Teacher here.", "Youth Justice staff here -", "Public servant at DPC here -": a role, not a name
# (`ROLE_OPENS` checks that it opens its sentence).
ROLE_HERE = lazy_pattern(
    r"\b(?:teacher|nurse|planner|firey|firie|ambo|paramedic|cop|copper|officer|public servant|staff|worker|delegate|assessor|"
    r"caseworker|ranger|guard|analyst|insider|bureaucrat|staffer|scientist|clinician|midwife|clerk|[A-Z]{2,4}\d)"
    r"(?: (?:at|in|with|from) (?:[\w/-]+ ){0,3}?[\w/-]+)? here\s*[.:,\-–—]",
    re.IGNORECASE,
)
ROLE_OPENS = lazy_pattern(r"(?:^|[.!?]\s+)(?:[\w/-]+ ){0,3}$")
# Policy words of any organisation: what an opinion from one's position is about, beside the
# profile's own ``[comment] topics``.
GENERIC_TOPICS = words(
    """
    rules | changes | laws | decision | decisions | policy | policies | reform | reforms | legislation |
    minister | ministers | premier | treasurer | government | govt | cuts | funding | rollout | scheme | model |
    framework | agreement | budget | program | strategy | target | targets | advice | restructure | consultation |
    political | the right call | a bad call | a mistake | underfunding | bail | release | closure
    """
)
HARSH = words(
    """
    corrupt | clowns | clown | incompetent | incompetents | idiot | idiots | idiotic | disgrace |
    disgraceful | a joke | joke of a | liars | lying | useless | pathetic | inhumane | cruel | heartless |
    spineless | cowards | shambles | rort | bludgers | frauds | queue jumpers | lowest of the low | scum |
    should be sacked | be sacked | thrown out | ashamed to work | criminals | evil | rotten | hopeless |
    morons | traitors | parasites | leeches | disgusting | despicable | a complete mess | an absolute mess |
    a total mess | train wreck | trainwreck | should lose their | don't deserve | do not deserve | should be cut off | shameful | if it hit them in the face | lie about everything | has no idea | have no idea | clueless | out of touch
    | get someone killed | get people killed | someone will die | blood on their hands | didn't even read | did not even read
    | couldn't care less | don't give a | doesn't give a | zero clue | no clue
    | should be ashamed | ought to be ashamed | lie through their teeth | couldn't organise | could not organise
    | thanks for nothing | brilliant work everyone | well done geniuses | 🤡
    | lie to our faces | lie straight to our faces | lie to my face | trying it on | test a saint | morally bankrupt | indefensible
    """
)
# Broader negative judgements: harsh only when a government or employer target is in the same
# sentence ("management walked out again, the negotiations are a farce").
NEGATIVE = words(
    """
    farce | fantasy | like dirt | gutless | wrecked | wrecking | shambles | hopeless | broken | failing | a mess |
    disaster | disastrous | ridiculous | absurd | laughable | rubbish | garbage | terrible | awful | fudged | cooked the books |
    lies | lying | dishonest | spin | cover up | covers up | hang us out | hang staff out | out to dry | throw us under |
    threw us under | doesn't care | don't care | couldn't care | never listens | don't listen | doesn't listen | walked out |
    stabbed in the back | treats us | treat us | treated us | contempt | insulting | a circus | circus
    """
)
STRONG_TARGETS = words(
    """
    government | govt | minister | ministers | the department | this department | department's | executive | executives |
    management | leadership | head office | HR | senior management | SES | secretary | commissioner | the agency
    """
)
GENERIC_TARGETS = words(
    """
    government | govt | the gov | minister | ministers | premier | prime minister | PM | parliament |
    politicians | cabinet | the department | policy | policies
    """
)
GENERIC_CLIENTS = words(
    """
    clients | Centrelink customers | welfare recipients | jobseekers | job seekers | dole bludgers
    """
)
EMPLOYMENT = words(
    """
    my job | this job | the job | my work | at work | work is | work sucks | working here | work here |
    staff cuts | cutting staff | my boss | your boss | my manager | management |
    managers | HR | the department | our EBA | EBA | enterprise agreement | pay freeze | pay rise | payrise
    | underpaid | overtime | my leave | your leave | restructure | reshuffle | this place | workplace |
    public service | APS | my employer | employer | team leader | the agency | this department
    | pay offer | pay deal | EA | our EA | the EA | bargaining | all-staff | all staff | head office | morale
    | senior management | SES | our SES | 2IC | our shift | on our shift | boss | the boss | supervisor | rostering
    | payslip | back pay | backpay | pay rise | the service | in the office | back in the office | desks | our lot
    | years in | valued | our team | our section | our branch | our unit | our floor
    | workload | workloads | caseload | caseloads | staffing | backfill | vacancies | FTE | the freeze | efficiency dividend
    | hot desking | office attendance | town hall | frontline | front line | upstairs | org chart | our office | our ward
    | our station | new agreement | the exec | execs | leave policy | frontline staff
    """
)
COMPLAINT = words(
    """
    worst | hate | sick of | fed up | useless | no idea | insult | done with | toxic | bullying | pointless
    | killing me | underpaid | resignation | resign | quitting | quit | ashamed | a joke | does nothing |
    treated like a number | cancelled my leave | rejects | rejected | can't stand | over it | miserable |
    burnt out | burned out | nightmare | clowns | 😤 | 😡 | 🤬
    | insulting | zero clue | no clue | rock bottom | nobody cares | no one cares | doesn't care | don't care
    | can't even | cant even | kill me | absolute tool | micromanages | micromanaging | micro-manages | treated like
    | not one thank you | never thanked | bonuses while | vote no
    | thanks for nothing | less valued | not valued | undervalued | leaving the service
    | thinking about leaving | still waiting on | not even enough | couldn't organise
    | tired of | sick and tired | no consultation | nobody was consulted | nobody consulted | not consulted
    | without consultation | zero consultation
    | not sustainable | isn't sustainable | aren't sustainable | unsustainable | i'm done | im done | applying elsewhere
    | applied out | why would anyone stay | god help us | appalling | run into the ground | do more with less
    | doing the work of | paid peanuts | never again | nobody listened | nobody was asked | no one was asked | nobody asked us
    | not holding my breath | stop pretending | drowning | furious | gutted | on what planet | we're mugs | ready to walk
    | nobody tells us anything | no one tells us anything
    | weren't paid | werent paid | wasn't paid | haven't been paid | havent been paid | didn't get paid | short-paid | short paid
    """
)


# Scare quotes around a short phrase said by those in charge: "Management calls it 'flow'", "they
# keep telling us the recruits are 'coming'", "EL2 said we're getting new starters 'soon'",
# "the new IT system is not 'bedding in'". (An opening quote follows a space; "it's" is no quote.)
SCARE_QUOTE = lazy_pattern(r"(?:^|(?<=[\s(]))['‘\"“]([A-Za-z][\w-]*(?:\s[\w-]+){0,2})['’\"”](?=[\s.,!?;:)]|$)")
SAID_BEFORE = lazy_pattern(
    r"\b(?:says?|said|saying|tell(?:s|ing)?(?: us)?|told(?: us)?|keeps? (?:telling|saying|promising)(?: us)?|announc\w*|promis\w*|"
    r"reckons?|insists?|assur\w*|spruik\w*|brag\w*|boast\w*|emailed(?: us| everyone| all staff)? about)\b(?:\s+(?:[\w'’]+\s+){0,5}?)$",
    re.IGNORECASE,
)
# Renaming or denying needs no more irony: "Management calls it 'flow'", "the system is not 'bedding in'".
RENAMED_BEFORE = lazy_pattern(r"\b(?:call(?:s|ed)? it|is not|isn't|are not|aren't)\s+$", re.IGNORECASE)
# A scare quote mocked by what follows it: "Public sector 'values' in action 😤".
MOCKED_AFTER = lazy_pattern(r"\s*(?:in action|at (?:its|their) finest|my (?:arse|foot))\b")
# Those in charge: "management", "the minister", "our EL2", "they keep telling us".
BOSS_WORDS = (
    r"\b(?:director|boss|manager|mgr|supervisor|exec|execs|executive|leadership|management|the top|upstairs|"
    r"EL1|EL2|TL|SES|DG|minister|premier|government|govt|department|agency|commissioner|secretary|HR|head office)\b"
)
BOSS = lazy_pattern(BOSS_WORDS, re.IGNORECASE)
THEY_BEFORE = lazy_pattern(r"\bthey\s+$", re.IGNORECASE)
# ... as the speaker right before the verb: "management says", "EL2 Marko B. said".
# ("the Secretary's all-staff email says", "head office just emailed about")
BOSS_SPEAKS = lazy_pattern(BOSS_WORDS + r"(?:['’]s)?(?:\s+[A-Z][\w.]*){0,2}\s*(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# What makes a quoted promise ironic: a contrast, a shrug, a repeat.
IRONY_CUE = lazy_pattern(
    r"\b(?:but|yet|sure|cool|aka|apparently|yeah right|again|still|never|nobody|no one|said that|any day now|we'll see|"
    r"same old|lol|haha|while|meanwhile|same (?:week|day|month)|mate[.,!])(?!\w)|\U0001F643|\U0001F644|\U0001F612"
    r"|\U0001F62C|\U0001F975|\U0001F928",  # a grimace, a hot face, a raised eyebrow
    re.IGNORECASE,
)


# A phrase of those in charge in scare quotes, read with no "said" before it (`rules.critique`): the
# scheme's own name ("Another 'wellbeing survey' from DPAC", "the 'customer first' rebrand") or the phrase
# set against what the work is ("the Minister's 'record investment' hasn't produced a single bed", "the
# 'visibility' strategy = foot patrols while we're 2 cars short").
QUOTED_SCHEME_AFTER = lazy_pattern(
    r"\s*(?:rebrand|budget|target|survey|strategy|initiative|program|programme|framework|measure|reform|review|redesign|"
    r"plan|workshop|consultant|model|agenda|policy|process|email|memo|announcement|training|rollout|roadshow|restructure|"
    r"transformation)s?\b",
    re.IGNORECASE,
)
# the writer says they are not inside; their harsh word is a citizen's (`rules.critique`)
NOT_INSIDE = lazy_pattern(
    r"\b(?:glad|lucky|thank god|thankful) i (?:don['’]?t|do not) work (?:in|for|at|there)\b|\bi(?:['’]m| am) (?:just )?a member of (?:the )?public\b",
    re.IGNORECASE,
)
QUOTED_SCHEME_BEFORE = lazy_pattern(r"\b(?:another|more|new|latest|months of|weeks of|years of)\s+(?:\w+\s+)?$", re.IGNORECASE)
SET_AGAINST = lazy_pattern(
    r"\b(?:while|whilst|meanwhile|same (?:day|week|month|email|fortnight)|instead|yet|but|still|not one|not a single|zero|"
    r"nobody asked|no one asked|aka|read:|translation:|means)\b|=",
    re.IGNORECASE,
)


# Money or a show for those in charge set against the work (`rules.critique` reads it from inside, with
# those in charge named and a contrast): "the Commissioner's office got a refit. Meanwhile our pay hasn't
# moved", "If head office put half the consultant money into actual staff", "spruiking record numbers
# while we're three officers short" (not "the consultant on the ward round", a job title).
SHOW_SPENDING = lazy_pattern(
    r"\b(?:consultants\b|consultant (?:money|reports?|budget|fees?|bills?)\b|(?:new )?(?:office |executive |exec |floor )?"
    r"(?:refit|fit-?out)\b|photo[- ]?ops?\b|press conferences?\b|media releases?\b|for the cameras\b|spruik\w*)",
    re.IGNORECASE,
)
SHOW_SPENDING_KEYS = ("consultant", "refit", "fit", "photo", "press conference", "media release", "cameras", "spruik")
DENIED = lazy_pattern(r"\b(?:not|never|nobody|none|no)\b|n['’]t\b", re.IGNORECASE)


# Sarcasm with no harsh word and no scare quotes: "Cool cool cool.", "Love that for us", "Love how
# we're told to ...", "Nothing says valued like ...", "Inspired leadership, truly", "Make it make sense",
# "Cheers management", "Public service, everyone!"; it is official comment only with a work target.
SARCASM = lazy_pattern(
    r"\bcool,? cool,? cool\b|\blove (?:that|this) for us\b|\b(?:gotta |got to )?lov(?:e|ing) (?:how|being told|when they|the part where)\b"
    r"|\bnothing says\b[^.!?]{1,60}?\blike\b|\bbravo\b|\bslow clap\b|\bmake it make sense\b|\bread the room\b"
    r"|\binspired leadership\b|\bpure comedy\b|\bmake of that what you will\b|\bthe irony is(?: not)? lost\b"
    r"|\bcan'?t make this (?:stuff )?up\b|\bsure,? mate\b|\b(?<![\w,] )sure[.!]|\bwhat could (?:possibly )?go wrong\b"
    r"|\bgod help us\b|\blol,? no\b|\brich,? (?:given|coming from)\b|\bjust saying\b|\bsaid no one\b"
    r"|\b(?:public service|government|the APS),? everyone\b|\b(?:values|integrity|respect|culture|leadership|wellbeing) in action\b"
    r"|\bcheers,? (?:management|department|dept|minister|government|govt|leadership|HR)\b|\bthumbs up\.?\s*$"
    r"|\b(?<!on )(?<!of )(?<!up )(?<!in )my arse\b(?=[.!,]|\s*$)|\bmy foot[.!]|\bwho (?:signs|signed|thinks|thought|comes up with|came up with|approves|approved) "
    r"(?:off on )?(?:this|these|that)\b"
    r"|\b(?:great|nice|good) work,? (?:guys|everyone|team|all)\b(?: (?:upstairs|at the top|in charge|in head office))?[.!]"
    r"|\bbut sure,? (?:let'?s|why not)\b"
    r"|\blove working (?:for|at|in)\b[^.!?]{0,40}(?:\U0001F643|\U0001F644)"
    r"|\bthanks,? (?:department|dept|management|minister|government|govt|HR)\b\s*(?:\U0001F644|\U0001F643)",
    re.IGNORECASE,
)


# An ironic verdict on the work's priorities or plans, sharper than `SARCASM`: the one-word punchline
# ("... but our ward's been asking for 2 extra beds for 3 years. Priorities."), a plan praised "truly"
# ("Great strategy, truly."), a bleak one-word sentence ("Dystopian."), a hope or a memory of those in
# charge "actually" doing the job ("fingers crossed she actually fixes the roster", "Remember when
# Immigration actually hired people?"). `rules.critique` reads it with the work's "we" or the
# organisation as its target too.
IRONIC_VERDICT = lazy_pattern(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]))\s*(?:(?:great|real|top|solid|interesting|sound|good) )?priorities(?:,\s?[\w ]{1,20}?)?(?=\s*(?:[.!]|$|[^\w\s,]))"
    r"|\b(?:great|brilliant|genius|stellar|excellent|inspired|visionary|top|solid|sound|world[- ]class|great) "
    r"(?:strategy|planning|plan|idea|move|priorities|decision|call|vision|thinking|consultation)\s*,\s*(?:truly|really|guys|everyone|folks|all)\b"
    r"|(?:^|(?<=[.!?]\s))(?:dystopian|orwellian|kafkaesque)\b(?=\s*(?:[.!]|$))"
    r"|\b(?:fingers crossed|remember when|imagine if|maybe one day|wouldn['’]?t it be nice if)\b[^.!?]{0,60}?\bactually\b"
    r"|\bif (?:anyone|someone|the minister|management|head office|they)\b[^.!?]{0,40}?\bactually (?:wants?|cares?)\b",
    re.IGNORECASE,
)
IRONIC_KEYS = ("priorit", "truly", "really", "guys", "everyone", "folks", "dystop", "orwell", "kafka", "actually")


# The organisation labelled by its habit, as one says "classic Dave": "Classic DET.", "Peak ABF. 🙄",
# "Typical head office", "very on brand for this employer". The label is comment only when the
# organisation (its term in the profile), those in charge or the service itself is the very next word
# and ends the clause (critique reads that): not a town ("Classic Melbourne"), a person ("Classic
# Gary"), a season ("peak season life") or a screen ("peak telly").
IRONIC_LABEL = lazy_pattern(r"\b(?:classic|typical|peak|(?:very |so )?on brand for)\s+", re.IGNORECASE)
IRONIC_LABEL_KEYS = ("classic", "typical", "peak", "on brand")
# the service itself, or a portfolio by its capitalised name, right after the label
SERVICE_LABELLED = lazy_pattern(
    r"(?i:(?:the |this )?(?:public service|bureaucracy|employer|government|govt|head office|management|department|"
    r"top-down (?:policy|decision|planning|rollout)))"
    r"|(?:Health|Education|Justice|Corrections|Transport|Treasury|Immigration|Customs|Defence|Housing|Child Safety|"
    r"Finance|Parks)\b"
)
LABEL_ENDS = lazy_pattern(r"\s*(?:[.!?…,;:)]|$|[^\w\s'’])")


# Private life, where sarcasm is no comment on the work: the landlord, the bank, the telco.
PRIVATE_LIFE = lazy_pattern(
    r"\b(?:landlord|landlady|real estate|strata|the rent|my rent|my bank|the bank|telco|airline|insurer|my insurance)\b",
    re.IGNORECASE,
)


# A private employer: "corporate is a joke", "the company", "head office", "our CEO".
PRIVATE_EMPLOYER = lazy_pattern(
    r"\b(?:corporate|the company|our company|my company|ceo|shareholders?|franchise|store manager|"
    r"the firm|our firm|my firm|the startup|law firm|accounting firm|audit firm|real estate agency|hospitality|retail|the mall|gym's|gym management)\b",
    re.IGNORECASE,
)


# Those in charge said not to know the work: "written by people who've never set foot in a rural
# pharmacy", "an SES band who's never processed a visa", "not one has touched a patient in a decade".
NEVER_DONE_THE_WORK = lazy_pattern(
    r"\b(?:people|someone|whoever|anyone|managers?|execs?|SES|bureaucrats|none of them|they)\b[^.!?]{0,40}?"
    r"\b(?:never|not once)\s+(?:\w+\s+)?(?:set foot|stood|worked|done|met|processed|touched|sat|spent|been on|been to|run)\b"
    r"|\bnot one (?:of them )?(?:has|have) (?:ever )?(?:touched|set foot|worked|done|processed|met)\b",
    re.IGNORECASE,
)
# Those in charge told to try the job: "The Health Minister should do one night on 4D", "should spend one
# day on the phones", "Wish the minister would visit the visa office on a Monday", "come sit at my desk for a day".
TRY_THE_JOB = lazy_pattern(
    r"\b(?:should|would|could|needs? to|ought to|wish \w+ would|try)\s+(?:come\s+(?:and\s+)?)?(?:spend|do|work|visit|sit|"
    r"stand|try|walk|come)\b[^.!?]{0,50}?\b(?:one|a|an|for a|for one) (?:day|night|week|shift|weekend|morning|arvo|monday|friday)\b(?![\s-]*(?:trip|out|off|spa|pass))"
    r"|\bcome visit,? minister\b|\bhappy to show (?:the|our|any) \w+ around\b",
    re.IGNORECASE,
)
# An insider contradicting the official line: "Don't believe the media release", "The department will
# never say that out loud", "the numbers they give the media", "not a word in the news".
INSIDE_STORY = lazy_pattern(
    r"\bdon'?t believe (?:the|their|any of the) (?:media release|press release|recruitment ads|ads|spin|figures|numbers|hype|"
    r"stats|announcement)\b|\b(?:will|would) never say (?:that|this|it) (?:out loud|publicly)\b"
    r"|\b(?:numbers|figures|stats) they (?:give|gave|tell|told) (?:the media|the public|the minister|parliament)\b"
    r"|\bnot a word in the (?:news|media|paper)\b|\bwhat they (?:tell|told) the (?:media|public)\b"
    # a slogan set against the work as it is: "This is what 'tough on crime' looks like from the inside."
    r"|\bwhat\b[^.!?]{1,40}?\blooks like (?:from the inside|on the ground(?! floor)|at the coalface|on the front ?line)\b",
    re.IGNORECASE,
)
# Restructures counted: "Another restructure.", "Third restructure at Home Affairs in four years",
# "Restructure number 3 in 2 years", "another 'organisational realignment' email".
RESTRUCTURE_COUNT = lazy_pattern(
    r"\b(?:another|(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)))\s+['‘\"“]?(?:\w+\s+)?(?:restructures?|reshuffles?|"
    r"realignments?|reorgs?|re-orgs?|restructuring)\b|\brestructure (?:number|no\.?|#)\s?\d"
    r"|\b(?:endless|constant|never-ending|rolling) (?:restructures|reshuffles|realignments|reorgs)\b",
    re.IGNORECASE,
)


# The writer as a reader of the news: "Read the piece on offshore processing this morning", "Minister
# announced a new visa cap on the news tonight", "Health Minister announced a new hospital today".
NEWS_READER = lazy_pattern(
    r"(?:^|[.!?]\s+|\bi\s+|\bjust\s+)(?:read|reading|saw|seeing|watched|watching|heard|hearing|listened to|listening to)\b"
    r"[^.!?\n]{0,50}?\b(?:news|paper|article|piece|story|report|headlines?|summary|results|coverage|interview|"
    r"press conference|presser|announcement)\b"
    r"|\bon the (?:news|radio|telly|tv)\b|\bin the (?:paper|papers|news)\b"
    r"|\b(?:minister|premier|government|govt|PM|treasurer)\s+(?:just\s+|has\s+|finally\s+)?announce[sd]?\b",
    re.IGNORECASE,
)
# ... and any sign that the writer is inside: the work's "we" (not everyone's "we're all", "the rest of us"), one's own
# job, team or clients, the work first hand, staff (not those a patient saw: "Staff were run off their feet"),
# being told, a role "here".
INSIDER = lazy_pattern(
    r"\b(?:(?:we(?:['’](?:re|ve|d))?|weve|(?<!rest of )us)(?![\w'’])(?!\s+all\b)|our|ours|my (?:job|team|work|office|section|manager|boss|unit|ward|"
    r"desk|caseload|role|clients?|customers?|patients?)|i (?:work|worked|process|assess)|i've (?:worked|survived|been in)|"
    r"i'm the one|at work|colleagues?|staff(?!\s+(?:were|was|are|run|ran|flat|did|do|doing|so|shortages?|all\s+(?:were|did))\b)|staffer|told(?!\s+(?:the|her|him|them|a|an|my|everyone|you|off)\b)|(?:this|my|our) employer|employee assistance|doubles|rostered|payslips?)\b"
    r"|\bhere\s*[.:,\-–—]",
    re.IGNORECASE,
)
# The writer says they are not staff: "Not a public servant, just a mum who reads the news", "I don't
# work anywhere near it", "what would I know, I'm just a plumber", "as a taxpayer", "someone who has
# never worked for government" (a nurse, a teacher or a cop "just" doing the job is still staff).
OUTSIDER = lazy_pattern(
    r"\bnot (?:a|an) (?:public servant|APS (?:employee|worker)|(?:government|govt) (?:employee|worker))\b"
    r"|\bi (?:don['’]?t|do not|have never|['’]ve never|never) work(?:ed)? (?:\w+ ){0,2}?(?:for|in|at|anywhere near) "
    r"(?:it|them|(?:the )?(?:government|govt|public service|APS|department|canberra))\b"
    r"|\bnever worked for (?:the )?(?:government|govt|public service|APS)\b"
    r"|\bjust an? (?:mum|mom|dad|voter|taxpayer|citizen|punter|plumber|tradie|parent|pensioner|renter|retiree|bloke|sparky|chippy)\b"
    r"|\bas an? (?:taxpayer|voter|ratepayer|citizen|punter|renter)\b",
    re.IGNORECASE,
)
# The writer as the agency's customer: a refund, one's own licence, claim or return, time on hold, its
# app, a top-up, a business one means to start ("Finally got the refund for the double rego payment.
# Only took six weeks 🙃"); `rules.comment` reads it with no insider sign (`INSIDER`, `OFFICIAL_VOICE`).
# a patient or a visitor in the hospital's waiting room: "Sat in ED for 7 hours with my son", "Took Nan to
# emergency with a broken wrist", "Sat with mum in the Alfred ED", "Signed, a patient who's seen how hard they work"
_PATIENT_SIDE = (
    r"(?:sat|waited|waiting) (?:for )?(?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten) ?(?:hours?|hrs?)? ?in (?:the )?(?:[A-Z]{2,4} )?(?:ED|emergency)|"
    r"(?:sat|waited) in (?:the )?(?:ED|emergency) for|(?:took|taking|take) (?:my |our )?(?:nan|nana|mum|mom|dad|son|daughter|kids?|baby|bub|"
    r"husband|wife|partner|grandma|grandad|pop) (?:in )?to (?:the )?(?:emergency|ED|hospital|emerg)|as a patient|signed,? a (?:patient|parent|visitor)|"
    r"(?:sat|waited|waiting) with (?:my |our )?(?:nan|nana|mum|mom|dad|son|daughter|kids?|baby|bub|husband|wife|partner|grandma|grandad|pop) "
    r"(?:in|at) (?:the )?(?:[\w'’]+ ){0,2}?(?:ED|emergency|hospital)|"
    # ramped with a relative; a prisoner's visitor; a juror: "Ramped in ED with my dad for 5 hours", "Visited
    # my brother inside on Sunday", "Jury duty at the County Court this week"
    r"ramped (?:in|at|outside) (?:the )?(?:[\w'’]+ ){0,2}?(?:ED|emergency|hospital)? ?with (?:my|our) (?:nan|nana|mum|mom|dad|son|"
    r"daughter|kids?|baby|bub|husband|wife|partner|grandma|grandad|pop|brother|sister)|"
    r"visit(?:ing|ed)? (?:my |our )?(?:brother|sister|son|daughter|husband|wife|partner|dad|mum|cousin|nephew|uncle) "
    r"(?:inside|in (?:prison|jail|custody|remand))|jury duty|as a juror|"
    # the customer, visitor, traveller or passenger waiting, searched or let down: "4 hour wait at the
    # Centrelink", "Waited 3 hours at Villawood to see my brother-in-law", "the visit booking system", "Got
    # pulled for a secondary search at the airport", "Missed my train twice", "Is the myGov app down for
    # anyone else?", "sign on the door said staff shortage", "Dad's flight lands 6:40"
    r"(?:\d+|an?|two|three|four|five|six)[ -]?(?:hours?|hrs?|hr|mins?|minutes?) wait (?:at|in|outside)|"
    r"(?:sat|wait(?:ed|ing)?) (?:for )?(?:\d+|an?|two|three|four|five|six) ?(?:hours?|hrs?|mins?|minutes?) (?:at|in|outside) (?:the )?(?-i:[A-Z])\w*|"
    r"visit booking|(?:(?:i|we) |^)got (?:pulled|stopped|searched|selected|pinged) (?:for|at|by|aside)|"
    r"missed my (?:train|bus|tram|flight|connection)|down for any(?:one|body) else|(?:sign|notice) (?:on the (?:door|window)|said)|"
    r"(?:my |dad['’]s |mum['’]s |mom['’]s |nan['’]s |the )flight (?:lands|gets in|arrives)|"
    # the patient mended and the visitor's hours: "while getting my arm stitched", "Visiting hours are 10 till 12"
    r"(?:getting|got|having|had) my (?:[\w-]+ )?(?:stitched|stitches|plastered|x-?rayed|cast|scanned|set)|visiting hours|"
    # the resident asking for a patrol, the traveller through the checks, the customer in and out, the agency's
    # site addressed: "can we please get a patrol car out there?", "90 min to get through passport control", "was
    # in and out in 20 min", "your website has been down for 3 hours"
    r"(?:can|could) (?:we|someone|you) (?:please )?(?:get|send) (?:a |some )?(?:patrol|cops?|police|an ambulance)|"
    r"(?:to )?get through (?:the )?(?:passport control|customs|security|immigration)|in and out in (?:\d+|under|about)|"
    r"your (?:website|site|app|portal|online services?) (?:has been|is|was|keeps|went) (?:down|broken|crashing|offline)|"
    # the patient's wait, the traveller's queue, the customer's ticket, letter or appeal: "ED wait was 7 hours
    # tonight", "Customs line at Melbourne Airport at 6am was 45 mins", "took a number and waited an hour", "Got a
    # debt letter from Centrelink ... Do I appeal to the ART?"
    r"(?:ED|emergency) wait (?:was|of) (?:\d+|an?|two|three|four|five|six|seven|eight|nine|ten)|"
    r"(?:customs|passport|immigration|security|smartgate) (?:line|queue) (?:at [^.!?\n]{1,40}? )?(?:was|took)|"
    r"took a (?:number|ticket) and (?:waited|sat)|got a (?:debt|fine|tax|rego|renewal|rejection|refusal) letter from|"
    r"do i (?:appeal|lodge an appeal|object)"
)
PATIENT_SIDE = lazy_pattern(rf"\b(?:{_PATIENT_SIDE})\b", re.IGNORECASE)
CUSTOMER_SIDE = lazy_pattern(
    r"\b(?:refunds?|my (?:rego|licen[cs]e|claim|payment|tax return|return|application|visa|passport|appointment|renewal|"
    r"card|account)|on hold|(?:the|their|its) app|logged me out|top-?up|thinking (?:of|about) (?:starting|applying|opening)|"
    # a transfer of one's own, a relative's matter: "3 weeks for a rego transfer", "cut my son's funding in half"
    rf"(?:rego|licen[cs]e) transfer|(?:my|our) (?:{RELATIVE_WORDS}|kid|child)['’]s (?:\w+ )?"
    r"(?:funding|plan|payment|claim|visa|application|appointment|surgery|care package)|"
    r"what['’]?s the go with|(?:been )?(?:applying|applied) (?:for|to) (?:the APS|the public service|jobs?|a job|a role|grad programs?)|"
    rf"rejected after the interview|{_PATIENT_SIDE})\b",
    re.IGNORECASE,
)
# A verdict on how the work is resourced, said of those it serves or its staff: "The kids on our books
# deserve better", "Burnie deserves better than this", "Do the maths.", "Stop asking us and start hiring"
# (not "Ratepayers deserve better", "it deserves better than slogans": a citizen's view).
RESOURCING_VERDICT = lazy_pattern(
    r"(?<!\bit )(?<!\bthis )(?<!\bthat )(?<!\bratepayers )(?<!\btaxpayers )(?<!\bvoters )(?<!\bresidents )(?<!\bfans )"
    r"(?<!\bshoppers )(?<!\bconsumers )(?<!\bworkers )\bdeserves? (?:so much |much |far )?better\b"
    r"|(?:^|(?<=[.!?]\s))do the maths?\b(?!\s+(?:homework|exam|test|quiz|class|worksheet))|\bstart hiring\b",
    re.IGNORECASE,
)
# A relative of the writer works there, and the view is theirs or the writer's as family: "my sister
# works for Border Force and even she says the queues are a joke" (`rules.comment` reads it with no
# insider sign of the writer's own).
RELATIVE_WORKS = lazy_pattern(
    r"\bmy (?:husband|wife|partner|hubby|missus|sister|brother|mum|mother|dad|father|son|daughter|cousin|boyfriend|girlfriend|"
    r"fianc[eé]e?|sister-in-law|brother-in-law|aunt|auntie|uncle|niece|nephew)(?: \w+)? (?:works|worked|is|has been|started|"
    r"just started) (?:\w+ ){0,2}?(?:for|at|in|with)\b",
    re.IGNORECASE,
)


# The agency met as any member of the public meets it: it rings, texts or writes to the writer, the
# writer rings its line, its worker came out to the family, the writer says they are not inside ("the ABS rang me for the Labour Force
# Survey again", "Called the 131 881 line and they couldn't tell me anything", "Anyone else get a text
# from the Department of Health ...?"); `rules.comment` reads it, with no insider sign, as no staff
# member's view where only the learned score found comment.
PUBLIC_CONTACT = lazy_pattern(
    r"\b(?:rang|called|texted|emailed|phoned|rings|calls|texts) me (?:for|about|to say|to ask|back|again)\b"
    r"|\b(?:called|rang|phoned|ringing|calling) (?:the|their|its) (?:[\w-]+ ){0,3}?(?:line|hotline|helpline)\b"
    r"|\b(?:got|get|getting|received|had) an? (?:text|letter|call|email|sms|phone call) from (?:the|my|a)\b"
    r"|\b(?:worker|officer|caseworker|nurse|lady|guy|bloke|woman|man) who came out\b"
    # the writer says they are not inside: "Glad I don't work in govt", "I'm a member of the public with a spreadsheet"
    r"|\b(?:glad|lucky|thank god|thankful) i (?:don['’]?t|do not) work (?:in|for|at|there)\b|\bi(?:['’]m| am) (?:just )?a member of (?:the )?public\b"
    # the writer's own public role said: "As an international student I'm honestly scared"
    r"|\bas an? (?:international student|uni student|student|parent|taxpayer|voter|renter|patient|customer|migrant|visa holder|"
    r"applicant)\b",
    re.IGNORECASE,
)
# A voter's view of party politics: "both major parties should be ashamed", "both sides are hopeless on
# housing", "who voted for this?"; with no insider sign, no staff member's comment.
PARTY_POLITICS = lazy_pattern(
    r"\bboth (?:major )?(?:parties|sides)\b(?! of (?:the|this) (?:desk|counter|ward|border|fence))|\bmajor parties\b"
    r"|\bwho (?:even )?(?:voted|votes|keeps voting|keep voting) for (?:this|them|these|that)\b|\bpoliticians (?:are )?all the same\b"
    # the ballot as the remedy: "Vote accordingly.", "Whoever wins the next election needs to fix it"
    r"|\b(?:please )?vote accordingly\b|\bwhoever wins (?:the )?(?:next |this )?(?:election|poll)\b"
    # "Typical Labor government ... Vote them out."
    r"|\bvote (?:them|this (?:government|mob|lot)|the (?:lot|bastards)) out\b|\btypical (?:labor|liberal|lnp|greens|coalition)\b",
    re.IGNORECASE,
)


# A celebration opens the post: "Congratulations to our Deputy Secretary on her retirement", "Thrilled to
# share I've accepted a role as ..." (read with no irony in the text: "Congrats to our new DepSec... the
# fourth in three years" is comment).
CELEBRATION = lazy_pattern(
    r"^\W*(?:(?:huge|big|massive|warm(?:est)?|hearty)\s+)?(?:congratulations|congrats)\b"
    r"|^\W*(?:so\s+|very\s+|really\s+)?(?:thrilled|excited|proud|honoured|honored|delighted|pleased|humbled)\s+to\s+"
    r"(?:share|announce|say|let you know)\b",
    re.IGNORECASE,
)


# One's own pay got wrong or judged short: "payroll has underpaid me again", "never once been paid
# correctly", "stuffed up my pay", "the pay offer is a real wage cut", "offered us less than inflation",
# "I'm not paid enough for this", "pays you peanuts to get spat on" (`rules.comment` reads it as an
# employment complaint, not at a private job).
OWN_PAY_WRONG = lazy_pattern(
    r"\b(?:underpaid|short[- ]?paid) (?:me|us|half|our)\b|\bnever (?:once )?been paid (?:correctly|right|properly)"
    r"|\b(?:stuffed|screwed|messed) up (?:my|our) pay\b|\b(?:my|our) pay (?:is|was|has been) wrong\b"
    r"|\bpay(?:roll)? (?:has been |is |was )?wrong (?:again|for)\b|\bnot paid enough\b|\bpaid (?:peanuts|less than)\b"
    r"|\bpays? (?:you |us )?peanuts\b|\b(?:less than|below) inflation\b|\breal(?:[- ]terms)? (?:wage|pay) cut\b"
    r"|\bpay cut in real terms\b",
    re.IGNORECASE,
)
OWN_PAY_KEYS = ("paid", "pay", "wage", "inflation", "peanuts")


def patient_side(text: str) -> bool:
    """The writer is on the public's side of the work (`PATIENT_SIDE`: a patient's family, "Took Nan to
    emergency with a broken wrist. 6 hr wait", a prisoner's visitor, a juror), with no sign of being
    inside (`INSIDER`). The comment, operational and learned rules all ask it."""
    return searched(PATIENT_SIDE, text) is not None and searched(INSIDER, text) is None
