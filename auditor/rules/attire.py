"""Uniforms, insignia, badges, caps, lanyards, ID cards and hi-vis in a work context.

A uniform word fires only with a department identifier or a work-context word in the same
text (``[uniform] context``), unless an exclusion explains it (school or sports uniform,
gaming or app badge, costume, festival lanyard, commuting hi-vis). One's own uniform named
plainly ("the uniform", "my uniform") needs no context, and a plain garment (boots, jacket)
counts when the text puts it on a shift at a work site. ``strong_terms``
(epaulettes, insignia, rank slides, duty belt) are work uniform on their own, and so is a
``garments`` word right after a department term ("ABF shirt", "Border Force jacket"). Captions of photos
of colleagues in uniform fire too: what matters is who can be identified, not who wears it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.attirecues import (
    ANYONES,
    HANDED_BACK,
    HOURS_IN,
    OFF_DUTY,
    OFF_DUTY_CLOTHES,
    OFF_DUTY_KEYS,
    PASS_IN_USE,
    SERVICE_WORN,
    SERVICE_WORN_KEYS,
    SHIFT_LENGTH,
    WE_WEAR,
    exclusion,
    kit_list,
    pass_at_door,
    recognised,
    scheme_merch,
    staff_wear_seen,
)
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    lazy_pattern,
    per_profile,
    reach_severity,
    searched,
    snippet,
    word_pattern,
)
from auditor.rules.employers import private_job, shop_department
from auditor.rules.features import SHIFT_WORDS, department_terms, ops
from auditor.rules.orgvoice import screen_only


def _own_uniform_exclusions(profile: Profile) -> list[str]:
    """``[uniform] exclude`` less what the profile lists as its own uniform or its context: a
    state whose hospitals are its own wears "scrubs" and posts "#nurselife" at work."""
    t = profile.terms
    own = {w.casefold() for k in ("terms", "strong_terms", "context") for w in t("uniform", k)}
    return [w for w in t("uniform", "exclude") if w.casefold() not in own]


def _patterns(profile: Profile) -> tuple:
    t = profile.terms
    return (
        word_pattern(t("uniform", "terms")),
        word_pattern(t("uniform", "strong_terms")),
        word_pattern(t("uniform", "context")),
        word_pattern(_own_uniform_exclusions(profile)),
        re.compile(rf"(?<=\s)(?:{'|'.join(re.escape(g) for g in t('uniform', 'garments'))})\b", re.IGNORECASE)
        if t("uniform", "garments")
        else None,
    )


_SPACES = lazy_pattern(r"\s*")
_OWN_UNIFORM = lazy_pattern(r"\b(?:the|my|our|his|her|full|work)\s+uniforms?\b", re.IGNORECASE)
_GARMENT_WORD = lazy_pattern(
    r"\b(?:boots|jackets?|shirts?|polos?|trousers|epaulettes?|lanyard|vest|scrubs|tabard)\b", re.IGNORECASE
)
# A garment with the organisation's crest or logo is its uniform: "new navy polos with the crest",
# "logo on the polo, badge on the belt".
_CRESTED = lazy_pattern(
    r"\b(?:polos?|shirts?|jackets?|jumpers?|caps?|hats?|fleeces?|vests?)\s+(?:with|and)\s+the\s+(?:\w+\s+)?(?:crest|logo|emblem)\b"
    r"|\b(?:crest|emblem)\s+on\s+the\s+(?:polo|shirt|jacket|jumper|cap|hat|fleece|vest)\b"
    r"|\b(?:new )?logo on (?:my|our|the) (?:lanyards?|pass|ID card)\b",
    re.IGNORECASE,
)
# Retiring is no uniform worn for the word rule: "hangs up the hat after 38 years", "hung up the boots".
_HANG_UP = lazy_pattern(r"\b(?:hangs?|hung|hanging) up (?:the|his|her|my|their) (?:hat|cap|boots|badge|uniform)\b", re.IGNORECASE)
# No uniform worn at all, whoever's name is in the text: a lid or a limit ("the child safety cap on this
# paracetamol", "told to cap plan increases at 5%"), an idiom ("I'll eat my hat", "shaking in my boots",
# "the uniform police are out"), a uniform taken off ("Out of uniform but still repping"), a collector's
# piece ("vintage customs cap").
_NOT_WORN = lazy_pattern(
    r"\b(?:child[- ]?safety|childproof|bottle|price|rate|spending|salary|wage) caps?\b|\bto cap\b|\bcapp(?:ed|ing) (?:at|the|it)\b"
    r"|\beat (?:my|his|her|your) hat\b|\b(?:shaking|quaking) in (?:my|his|her|their) boots\b|\bthe (?:uniform|fashion) police\b"
    r"|\bout of uniform\b|\b(?:vintage|antique|heirloom|memorabilia)\b"
    # a volunteer's or a runner's hi-vis at a community event ("the colour run", "Clean Up Australia Day", "the
    # parents' crossing roster"): 81 such posts in the training sets, none labelled a uniform
    r"|\b(?:colou?r|fun)\s+run\b|\bparkrun\b|\bworking\s+bee\b|\bclean\s+up\s+australia\b|\bcrossing\s+roster\b"
    r"|\bparents?['’]?\s+crossing\b",
    re.IGNORECASE,
)


# Rank insignia: "sergeant stripes on today", "new stripes sewn on", "pinned Constable Rowe's first
# stripes", "chevrons going on"; a rank word or the organisation must be in the text, and earning
# one's stripes is an idiom ("earned her stripes in sales").
_INSIGNIA = lazy_pattern(r"\b(?:stripes|chevrons|pips)\b", re.IGNORECASE)
_RANK_WORD = lazy_pattern(
    r"\b(?:constable|sergeant|sarge|sgt|corporal|inspector|superintendent|rank|acting|promot\w+|sewn|sew|sewing|pinn\w*)\b",
    re.IGNORECASE,
)
_EARNED_BEFORE = lazy_pattern(r"\bearn(?:s|ed|ing)?\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


# The blues worn, in words too common to be term-list keys: "22 years in blue", "wear the blue",
# "Swapped the police blues for a suit", "Checkerboard band on".
_BLUE_WORN = lazy_pattern(
    r"\byears in (?:the )?blues?\b|\bwear(?:ing)? the blues?\b|\bpolice blues\b|\b(?:checkerboard|checked) band\b",
    re.IGNORECASE,
)


def _insignia(text: str, dept: list) -> re.Match[str] | None:
    m = searched(_INSIGNIA, text)
    if m is None or _EARNED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
        return None
    return m if dept or _RANK_WORD.search(text) else None


# Staff of a school the organisation runs: "first teacher lanyard", "as an ES at a primary school",
# "the school office team"; a child's school uniform stays excluded ("Kids in their school uniform").
_SCHOOL_STAFF = lazy_pattern(
    r"\b(?:teachers?|teacher aides?|education support|principal|staffroom|school office|office team|teacherlife)\b"
    r"|\bas an? (?:ES|CRT|ESO)\b",
    re.IGNORECASE,
)
_CHILD = lazy_pattern(
    r"\b(?:kids?|son|daughter|child|children|Miss \d+|Mr \d+|prep|kindy|bub|our boy|our girl|students?)\b"
    r"|\bschool (?:uniforms?|hats?|shoes|jumpers?|bags?)\b",
    re.IGNORECASE,
)


def _school_staff(text: str, profile: Profile) -> bool:
    """The text is a school staff member's, where the organisation runs the schools (a site class
    names a school): the "school" exclusion is for a child's uniform, not a teacher's lanyard."""
    runs_schools = per_profile(
        profile, "attire-runs-schools", lambda p: any("school" in s.casefold() for s in p.terms("organisation", "site_classes"))
    )
    return bool(runs_schools) and searched(_SCHOOL_STAFF, text) is not None and searched(_CHILD, text) is None


def _at_work_site(text: str, profile: Profile) -> bool:
    o = ops(profile)
    return bool(
        (o.sites.search(text) or o.places.search(text))
        and (SHIFT_WORDS.search(text) or re.search(r"\bshift\b", text, re.I) or searched(SHIFT_LENGTH, text))
    )


# "the visa cap", "a cap on numbers": a limit, not a hat.
_LIMIT_BEFORE = lazy_pattern(
    r"\b(?:visa|salary|price|rate|fee|spending|intake|migration|pay|wage|hard|soft|annual|overtime|OT|staffing|staff|"
    r"hiring|headcount|budget|funding|counter|numbers|caseload|case|enrolment|class|bed|patient|student|decade of|years of)\s+$",
    re.IGNORECASE,
)
# "cap on partner visas" is a limit; "shirt pressed, cap on." and "cap on my head" are a hat
_LIMIT_AFTER = lazy_pattern(
    r"\s+(?:on|of)\s+(?!my\b|his\b|her\b|their\b|your\b|the head\b|backwards\b)[a-z0-9$]"
    r"|\s+(?:it|us|them)\b"  # a verb: "if they cap it", "the system caps us at 40"
    r"|['’]?s?\s+(?:is |was |'s )?(?:supposed|meant|set) to be\b|\s+(?:is|was) \d",  # a figure: "the cap's supposed to be 12"
    re.IGNORECASE,
)


def _is_limit(text: str, m: re.Match[str]) -> bool:
    if not m.group(0).lower().startswith("cap"):
        return False
    return bool(_LIMIT_AFTER.match(text, m.end()) or _LIMIT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]))


def _context(text: str, context: re.Pattern[str], hit: re.Match[str]) -> re.Match[str] | None:
    """The first work-context word that is not part of the uniform term itself ("work" in "work
    pants" says nothing more) nor a shop's department ("ladies department")."""
    for m in context.finditer(text):
        if m.start() < hit.end() and hit.start() < m.end():
            continue  # inside the term itself
        if m.end() + 1 >= hit.start() and m.start() < hit.start() and m.group(0).casefold() == "work":
            continue  # "work lanyard" is anyone's; a job noun right before the term is context ("teacher lanyard")
        if m.group(0).casefold().endswith("department") and shop_department(text, m.start(), m.end()):
            continue
        return m
    return None


def _uniform(item: Item, profile: Profile) -> Iterator[Match]:
    text = item.text
    if not text:
        return  # a photo without a caption: nothing to read
    terms, strong, context, exclude, garments = per_profile(profile, "uniform", _patterns)  # type: ignore[misc]
    strong_hit = strong.search(text) if strong is not None else None
    dept = department_terms(text, profile)
    if strong_hit is None and garments is not None:
        # a garment right after a department term is its uniform: "ABF shirt", "Border Force jacket"
        for _t, _k, _s, e in dept:
            # (a domain hit has no span, end 0: nothing follows it)
            g = garments.match(text, _SPACES.match(text, e).end()) if e else None
            if g is not None:
                strong_hit = g
                break
    if strong_hit is None:
        # one's own uniform, named plainly: "ironing the uniform", "in my uniform", "full uniform";
        # or a garment with the crest: "new navy polos with the crest"; or rank insignia
        strong_hit = _OWN_UNIFORM.search(text) or _CRESTED.search(text) or _insignia(text, dept)
    low = text.casefold()
    if strong_hit is None and any(k in low for k in SERVICE_WORN_KEYS):
        strong_hit = searched(SERVICE_WORN, text)  # "31 years of polishing these boots", "Badge number 4711 signing off"
    # the words OFF_DUTY needs, looked up first: a plain substring test is cheaper than the pattern
    off_duty = searched(OFF_DUTY, text) if strong_hit is None and any(k in low for k in OFF_DUTY_KEYS) else None
    if off_duty is not None and not ANYONES.match(off_duty.group(0)):
        strong_hit = off_duty  # scrubs, greens, a uniform; a lanyard or hi-vis taken off still needs a work context
    kit = kit_list(text, low) if strong_hit is None else None
    if kit is not None:
        strong_hit = kit  # "Blues ironed, boots polished": a uniform laid out, whoever's it is (exclusions still apply)
    hit = strong_hit
    if hit is None and terms is not None:
        # "the visa cap", "a cap on numbers": a limit, not a hat
        # ... nor a scheme's merchandise: "Can't wait for the 'transformation' lanyards"
        hit = next((m for m in terms.finditer(text) if not _is_limit(text, m) and not scheme_merch(text, m)), None)
    # a work pass in daily use: the gate, the door, the visitor's sign-in are its own work context
    pass_used = (
        (searched(PASS_IN_USE, text) or pass_at_door(text))
        if strong_hit is None and ("pass" in low or "id" in low or "lanyard" in low or "card" in low)
        else None
    )
    if hit is None:
        hit = pass_used
    if hit is None and ("ask" in low or "follow" in low or "telling" in low):
        hit = staff_wear_seen(text)  # "don't wear your pass to the Woolies, customers WILL follow you to the car"
    if hit is None:
        # a term: it needs a work context or the organisation
        hit = searched(_BLUE_WORN, text) or searched(HANDED_BACK, text)
    we_wear = None
    if hit is None:
        hit = we_wear = searched(WE_WEAR, text)
    if hit is None:
        # a garment at a work site or on a shift: "new boots before Monday's shift at the terminal"
        garment = _GARMENT_WORD.search(text)
        if garment is not None and _at_work_site(text, profile):
            strong_hit = hit = garment
    if hit is None or _HANG_UP.search(text) or _NOT_WORN.search(text):
        return  # "hangs up the hat after 38 years", "the child safety cap", "shaking in my boots": no uniform worn
    if screen_only(text):
        return  # "new season of the police drama tonight, the uniforms are so wrong": the show's
    excluded = exclusion(text, exclude)
    if excluded is not None and off_duty is not None and excluded.group(0).casefold() in OFF_DUTY_CLOTHES:
        excluded = next((m for m in exclude.finditer(text) if m.group(0).casefold() not in OFF_DUTY_CLOTHES), None)
    if excluded is not None and excluded.group(0).casefold() == "school" and _school_staff(text, profile):
        excluded = next((m for m in exclude.finditer(text) if m.group(0).casefold() != "school"), None)
    if (excluded is not None or private_job(text)) and not dept:
        # a school or sports uniform, a game badge, a costume, a café or warehouse job: not the
        # organisation's, unless the text also names the department ("ABF uniform at the cadets'
        # parade" is still the agency's)
        return
    ctx = _context(text, context, hit) if context is not None else None
    if ctx is None:
        # "14 hrs in the greens"; a shift's length anywhere: "Uniform's drenched, 11 hours down"
        ctx = HOURS_IN.search(text, max(0, hit.start() - 40), hit.start()) or searched(SHIFT_LENGTH, text)
    if ctx is None and pass_used is not None:
        ctx = pass_used  # "swipe me in", "pass photo": a work pass in use says it is one
    seen = recognised(text) if ctx is None else None
    if seen is not None:
        ctx = seen  # "the checkout lady asked if I could help with her visa": the public took the wearer for staff
    if ctx is None and we_wear is not None and hit is we_wear:
        ctx = ops(profile).sites.search(text)  # what we wear at the prison, the ward, the counter
    if ctx is None and hit is not strong_hit:
        # the organisation's own operations named: "me and the vest at 3am doing the prisoner transfer run"
        ctx = ops(profile).terms.search(text)
    if strong_hit is None and not dept and ctx is None:
        # a generic word (cap, badge, lanyard, uniform) is anyone's until a department term or a
        # work-context word ties it to the job; strong terms and "my uniform" need no context
        return
    # the reason and confidence follow the strongest evidence of whose uniform it is
    if dept:
        # the department is named: certainly its uniform
        because, conf, sev = f'department term "{dept[0][0]}"', 0.9, Severity.HIGH
    elif ctx is not None:
        # a work-context word ("shift", "airside"): a work uniform, employer implied
        because, conf, sev = f'work context "{ctx.group(0)}"', 0.8, Severity.HIGH
    else:
        # a strong term or one's own uniform alone: a work uniform, but whose is not said
        because, conf, sev = "a term specific to work uniforms", 0.75, Severity.MEDIUM
    label = "what staff are made to wear" if hit is we_wear else "work kit laid out or put on" if hit is kit else "uniform term"
    if hit is pass_used:
        label = "a work pass in use"
    why = f'{label} "{hit.group(0)}" with {because}'
    if ctx is not None and ctx is pass_used and not dept:
        why = f'a work pass in use ("{pass_used.group(0)}")'
    if ctx is not None and ctx is seen and not dept:
        why = f'work wear "{hit.group(0)}" that the public took for staff wear ("{seen.group(0)}")'
    if hit is kit and not dept and ctx is None:
        why = f'work kit laid out or put on ("{kit.group(0)}")'
    proud = hit is off_duty and hit.group(0)[:5].casefold() == "proud"
    if hit is off_duty and not dept and ctx is None:
        # "Greens off" is work wear taken off after work; "Proud to wear the orange" a service's colour worn
        why = f'work wear {"worn with pride" if proud else "taken off after work"} ("{hit.group(0)}")'
    yield Match(
        key=hit.group(0).split()[-1 if proud else 0].lower() if hit is off_duty else hit.group(0).lower(),
        evidence=snippet(text, hit.start(), hit.end()),
        why=why,
        message=f'{describe(item)} mentions a work uniform or insignia ("{hit.group(0)}")',
        severity=reach_severity(sev, item),
        confidence=conf,
    )


# Something worn, carried or pinned on, or put on at a ceremony: a learned uniform finding needs one
# ("Constable Reardon and I doing the Dark Mofo crowd shift 🔥" names a colleague and a shift, and
# nothing anyone wears). Colours and garments in any form, passes and cards, medals, pins and wings,
# a graduation; and the emoji of a vest, an officer, a tie, a boot, a cap, a medal, a shirt, a coat.
_WORN = lazy_pattern(
    r"\b(?:wear\w*|wore|worn|dress\w*|uniforms?|badges?|lanyards?|pass(?:es)?|ID|cards?|tags?|epaulettes?|stripes|pips|"
    r"chevrons|insignia|boots?|hats?|caps?|helmets?|berets?|scrubs|polos?|shirts?|jackets?|vests?|pants|trousers|cargos|"
    r"shorts|gear|kit|crest|logo|iron\w*|pressed|polish\w*|armou?r|belts?|gloves?|aprons?|tabards?|overalls|tunics?|jumpers?|"
    r"fleeces?|hi-?\s?vis|high-?\s?vis|navy|blues?|greens?|yellows?|khakis?|orange|purple|maroon|red|white|black|grey|gray|"
    r"colou?rs?|patch\w*|rank|slides?|turnouts?|hoodies?|trackies|suit|tie|coats?|sleeves?|collars?|goggles|masks?|PPE|"
    r"gowns?|visors?|nomex|medals?|pins?|pinned|wings|graduat\w*|passing out|swearing[- ]in|sworn in|kit(?:ted)? up|"
    r"shoulders?|harness(?:es)?|service bars?|regulation|issue[ds]?)\b"
    r"|[\U0001F9BA\U0001F46E\U0001F454\U0001F97E\U0001F9E2\U0001F396\U0001F3C5\U0001F3A9\U0001F455\U0001F97C\U0001F9E5\U0001F456\U0001FA96]",
    re.IGNORECASE,
)


def worn_for_this_work(
    check: Callable[[Item, Profile], Iterator[Match]],
) -> Callable[[Item, Profile], Iterator[Match]]:
    """A learned uniform check that stays silent when the text names nothing worn, carried or pinned
    on (a colleague on a shift is no uniform), and, as UNI101 does, on what is another's uniform with
    the organisation unnamed: a school's, a sport's, a costume, a café or a warehouse job ("cafe
    uniform reveal, they made us wear aprons"), on a show's (`orgvoice.screen_only`), or where nothing
    is worn at all (`_NOT_WORN`, whoever is named). Read only once the learned rule has fired."""

    def vetoed(item: Item, profile: Profile) -> Iterator[Match]:
        for m in check(item, profile):
            text = item.text or ""
            if not searched(_WORN, text) or screen_only(text) or _NOT_WORN.search(text):
                return  # ... nor where nothing is worn at all ("shaking in my boots", "the child safety cap")
            exclude = per_profile(profile, "uniform", _patterns)[3]  # type: ignore[index]
            if (exclusion(text, exclude) or private_job(text)) and not department_terms(text, profile):
                return
            yield m

    return vetoed


RULES = [
    Rule(
        code="UNI101",
        name="uniform-in-work-context",
        category=Category.UNIFORM,
        severity=Severity.HIGH,
        confidence=0.8,
        summary="A caption or post mentions a work uniform, insignia, badge, cap, lanyard, ID card or hi-vis, worn by you or colleagues.",
        rationale="Photos of yourself or colleagues in uniform identify you as departmental staff and show insignia the Department controls.",
        remediation="Delete or archive the photo and caption, or crop and re-post it so no uniform, insignia or pass is visible; ask friends to remove copies.",
        check=_uniform,
        examples=(
            Example("Finally got my ABF uniform and epaulettes today", True),
            Example("New lanyard for the night shift at the terminal", True),
            Example("New job at the bottle-o, uniform is a polo and a name badge", False),
            Example(
                "On the parents' crossing roster this week, hi-vis vest and all, feeling very official", False, profile="vic"
            ),
            # nothing worn at all, whoever is named: a lid, a limit, an idiom, a collector's piece
            Example("the child safety cap on the Panadol has beaten me again", False, profile="qld"),
            Example("Told by the Border Force brass to cap overtime at 10 hours. Sure.", False),
            Example("Picked up a vintage customs officer cap at the Camberwell market", False),
            Example("First week on the ABF boats and I was shaking in my boots", False),
            # another crew's hi-vis
            Example("hi-vis on, radio on, traffic control life on the highway upgrade", False, profile="qld"),
            Example("epaulettes pressed, boots polished", True),
            # the place the work wear was seen, or a comparison, is no other uniform
            Example("Ducked into Coles in my greens after shift, three people asked about their nan", True, profile="vic"),
            Example("Inspection in dress uniform at muster, lined up like a school photo", True, profile="qld"),
            Example("wore my old school uniform to the 90s party and it still fits", False, profile="qld"),
            Example("The airline's new crew uniform looks like a 2003 Nokia ad", False),
            Example("Tash and Ben looking sharp in uniform for the medal parade", True),
            Example("ironing my ABF shirt at 4am", True),
            Example("Kids in their school uniform for the first day", False),
            Example("Earned the gold badge in the game last night", False),
            Example("cosplaying a police officer uniform for Supanova", False),
            Example("Bought a hi-vis vest for riding to work in winter", False),
            Example("As a visa officer, I think the cap on partner visas is terrible policy", False),
            Example("Home Affairs announced overtime caps; if they cap it, queues blow out", False),
            Example("new rank slide, same pay, acting for another 3 months", True),
            Example("headset on, name tag straight, drive-thru shift let's go", False),
            Example("Forgot my lanyard AGAIN, had to get escorted airside like a visitor", True),
            Example("Picked up my navy cargos and the body armour from the store today", True),
            Example("Selfie in the hi-vis on the tarmac, waiting for the 6am arrival", True),
            Example("Hi-vis on, footy training in the dark", False),
            Example("Boots polished, shirt pressed, cap on. First shift tomorrow", True),
            Example("My nephew's army cadets passing out parade, so proud of him in his uniform", False),
            Example("Kindy graduation! Little caps and gowns", False),
            Example("ironing the uniform at midnight again because I forgot", True),
            Example("New boots day! Breaking them in before Monday's shift at the terminal", True),
            Example("Had to declare my hiking boots coming back from NZ, the officer was lovely", False),
            Example("ironing my school uniform for tomorrow", False),
            Example("new yellows issued for my first shift with the brigade", True, profile="tas"),
            Example("my daughter wants to be a police officer, so we bought her the hat", False),
            # a child's first day, a drill; a lanyard for muster
            Example("Ava's first day of prep 🎒 the hat is bigger than she is", False),
            Example("Fire drill at work today, forty minutes in the car park in our hi-vis", False),
            Example("lanyard sorted and ironed before muster", True, profile="vic"),
            # a word inside the uniform term is no context; a private job; a retirement; a limit
            Example("Need my work pants taken up before Monday, anyone know a tailor?", False),
            Example("Uniform for the new café job is all black with a green apron", False),
            Example("New job at the bank starts Monday! New uniform, new lanyard", False),
            Example("Boxing Day sale in the shoe department, 7am start in my black uniform", False),
            Example("Sgt Dawes hangs up the hat today after 31 years at the station", False, profile="qld"),
            Example("Child protection caseloads: the cap's supposed to be 15 and I'm on 24", False, profile="vic"),
            Example("Santa hat on the charge nurse for the ward Christmas party", False, profile="vic"),
            # a garment with the crest; scrubs where the state's hospitals are the employer
            Example("New navy polos with the crest for the front office team", True, profile="qld"),
            Example("Late shift at the Austin done, scrubs straight in the wash", True, profile="vic"),
            # rank insignia; the blues worn; a garment, pass or tabard after the organisation's name; a
            # job noun of the state's own staff; a teacher's lanyard where the state runs the schools
            Example("Sewing the new sergeant stripes on tonight, proud as punch", True, profile="qld"),
            Example("She earned her stripes in retail long before this", False, profile="qld"),
            Example("Nine years in blue and the Waratah crew still can't make a decent brew", True, profile="tas"),
            Example("Left my Tasmania Police pass in the car, had to buzz the front counter", True, profile="tas"),
            Example("ambo greens soaked through by the second job of the night", True, profile="vic"),
            Example("My first teacher lanyard came today, photo is tragic", True, profile="vic"),
            Example("Our son's first teacher lanyard came home in his school bag for show and tell", False, profile="vic"),
            Example("Navy blues and forest greens for the new cushions", False, profile="vic"),
            # the blues in common words; on call, on standby, on patrol, on the roster; a mine, a cartoon
            Example("Thirty years in blue and Kingston Police Station still feels like home", True, profile="tas"),
            Example("Khakis washed, on the Wielangta patrol from Monday", True, profile="tas"),
            Example("yellows in the ute, on standby for the Gippsland fires", True, profile="vic"),
            Example("Hi-vis, steel caps, 12 hour night shift. Mine life #fifo", False, profile="qld"),
            Example("Paw Patrol hats for the whole party, the kids lost it", False, profile="vic"),
            # hours worked in the garment itself, not hours spent somewhere
            Example("12 hrs in the yellows and the pump still smells like smoke", True, profile="qld"),
            Example("3 hours in the car with the kids, new hats for everyone", False, profile="qld"),
            # a pass given back on leaving; what the work's "we" are made to wear, at a work site
            Example("Handed back my pass at Service Tasmania today after 19 years, what a ride", True, profile="tas"),
            Example("Gave the usher my pass and found our seats just in time", False, profile="tas"),
            Example("New dress code for the front counter: we're in grey polyester shirts from Monday", True, profile="qld"),
            Example("For the wedding we all wear navy, the bride's call", False, profile="qld"),
            # a shift's length anywhere; an election's staff; a private employer's brand
            Example("Boots caked, uniform soaked, 12 hours down and one more tomorrow", True, profile="qld"),
            Example("Pre-poll centre all week in the purple vest, my feet are done", True, profile="aps"),
            Example("Bunnings apron on, hi-vis on, Saturday roster life", False, profile="qld"),
            # the organisation's own operations; the writer as a public servant
            Example("Hi-vis back on for the 4am prisoner transfer to Hobart", True, profile="tas"),
            Example("New ID photo today, went with the tired public servant look", True, profile="aps"),
            # work wear taken off after work, a shift still ahead, a service's colour worn with pride
            Example("Greens off, couch on. Three jobs and no meal break", True, profile="vic"),
            Example("Lanyards off, trackies on after a long week at the office", True, profile="vic"),
            Example("Heels off, trackies on, wine poured", False, profile="vic"),
            Example("Scrubs on, hair up, 12 hours to go", True, profile="qld"),
            Example("Proud to wear the orange after a week of flood rescues", True, profile="qld"),
            # an event's crew; protective gear with the organisation named
            Example("Security lanyard for the concert crew tonight, all access", False),
            Example("Theatre blacks and a lanyard for the backstage crew on opening night", False, profile="tas"),
            Example("Burn test at the CSIRO lab today, two of us in full PPE", True, profile="aps"),
            # a work pass in daily use; anyone's ticket
            Example("Pass won't scan at the side door again, can someone swipe me in", True, profile="aps"),
            Example("My bus pass won't scan again, walked the last bit", False, profile="aps"),
            # a uniform's kit laid out as a list; any site's kit is not
            Example("Blues pressed, boots done, radio charged. Early start tomorrow", True, profile="tas"),
            Example("Hi-vis, hard hat and steel caps for the building site tomorrow", False, profile="tas"),
            # a pass handed back, a logo on the lanyard; a pay cap; a private build's site supervisor
            Example("Handed my pass back today at the terminal. 11 years with the best team in cargo", True),
            Example("Another reshuffle, another new logo on my lanyard. Same job.", True, profile="aps"),
            Example("Our pay offer is 3% after a decade of caps at the APS", False, profile="aps"),
            Example("Excited to start as Site Supervisor at a construction firm! New hi-vis, new crew", False, profile="qld"),
            # a pass at a building's door or floor; work wear the public took for staff; a boast is no game
            Example("forgot my pass again, security had to sign me in at the front desk", True, profile="aps"),
            Example("forgot my pass at home, what a morning", False, profile="aps"),
            Example("Wore my pass into the café downstairs and got asked for legal advice", True, profile="tas"),
            Example("Wore my Maccas uniform to the footy and people asked me for fries", False),
            Example("Me and Sarge on the wharf, hi-vis game strong", True),
        ),
    ),
]
