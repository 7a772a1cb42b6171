"""Australian phone numbers as people write them, for the contact rules and the safer wording.

`PHONE_RE` reads a number in digits in any grouping (landline, mobile, 13/1300/1800, a local
8-digit number, an extension). `phone_numbers` yields those and the forms the pattern cannot
read: a number spelled in words or mixed with digits ("oh four one two, three four five, six
seven eight", "04 double one 2 ..."), a number whose groups are split by an emoji or a symbol
("0412 🤙 345 🤙 678", "0412*345*678") or by a word for the symbol ("0412 dash 345 dash 678"), a
1300 or 1800 line in letters ("1800 ABF 123"), and a short internal number dialled inside a workplace
("dial 4412 from any desk phone", "internal 4412", "I'm on 4412 internally"). Whether a number
is a work one is `contact.work_numbers`' decision, never this module's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from auditor.rules.base import lazy_pattern

# Hand-written: phone-number libraries validate numbers but do not know "ring the desk on 6264
# 1111 ext 4432".
_SEP = r"[\s\-.]?"
# between the digits of a full number any grouping people use: "0412 34 56 78", "02 62 64 11 11",
# "03 9651 - 1234" (the area code or 04 fixes where a number starts, so the grouping is free)
_GAP = r"(?:\s?[\-.]\s?|\s)?"
# an area code, "(+61 3)" too; the trunk 0 may stand apart from the rest: "0 4 1 2 3 4 5 6 7 8", a
# number spaced digit by digit
LANDLINE_PREFIX = (
    rf"(?:\(\+?61{_SEP}0?[2378]\)|\+?61{_SEP}\(0?[2378]\)|\(?\+?61\)?{_SEP}\(?0?\)?{_SEP}[2378]|\(0[2378]\)|0{_SEP}[2378])"
)
PHONE_RE = lazy_pattern(
    # (a label's letter joined to a whole number counts as no word before it: "M0412 345 678", "Ph(03) ...")
    r"(?:(?<![\w+])|(?:(?<=\b[MPTWmptw])|(?<=\b[Pp]h)|(?<=\b[Mm]ob)|(?<=\b[Tt]el))(?=[0+(]))(?:"
    # (a slash after the area code too: "03/5550 4412")
    rf"{LANDLINE_PREFIX}(?:{_SEP}|/)\d(?:{_GAP}\d){{7}}"  # landline
    rf"|(?:\(?\+?61\)?{_SEP}\(?0?\)?{_SEP}4|0{_SEP}4)(?:{_GAP}\d){{8}}"  # mobile
    rf"|\(04\d\d\){_SEP}\d{{3}}{_SEP}\d{{3}}"  # "(0412) 345 678"
    rf"|1[38]00{_SEP}(?:\d{{3}}{_SEP}\d{{3}}|\d{{2}}{_SEP}\d{{2}}{_SEP}\d{{2}}|\d{{2}}{_SEP}\d{{4}})"  # 1300 / 1800
    # its six digits in any grouping of spaces: "1800 8 0 0 110", "1300 1 3 8 8 4 2"
    r"|1[38]00(?:\s?\d){6}(?!\s?\d)"
    # a 1300 or 1800 line in letters, as its owner advertises it ("1800 ABF 123", "1300 RANGER")
    r"|1[38]00[\s\-]?(?=[A-Z\d\s\-]{0,4}[A-Z])(?-i:[A-Z\d]{3,4}[\s\-]?[A-Z\d]{2,4}|[A-Z\d]{6,7})"
    rf"|13{_SEP}\d{{2}}{_SEP}\d{{2}}|13{_SEP}\d{_SEP}\d{{3}}|13\d{{4}}"  # 13 numbers
    # local 8 digits; with a dash only as a phone's first digits start (3-9), never a span of years
    rf"|\d{{4}}\s\d{{4}}|[3-9]\d{{3}}\s?-\s?\d{{4}}"
    rf"|[3-9]\d{{3}}\s\d(?:\s\d){{3}}"  # "3646 8 2 2 0": the last four spaced out
    # spaced digit by digit, a local number or a 1300/1800 line: "6 2 3 0 2 1 1 1", "6 4 2 1 - 7 3 0 0",
    # "1800 7 0 0 2 9 9"
    rf"|(?<!\d\s)(?:[3-9](?:\s\d){{3}}(?:\s?[\-–]\s?|\s)\d(?:\s\d){{3}}|1[38]00\s\d(?:\s\d){{5}})(?!\s\d)"
    r")(?!\w)"
    # an extension, or "#" and its digits joined to a number ("(02) 5550 4412#218"; " #218" after a
    # space is a hashtag as often)
    # ("my extension changes to 7 4019", "x 4-7721": a five-digit extension split after its first digit)
    r"|(?:(?<!\w)(?:ext\.?|extension(?:['’]s)?|x)|(?<=\d)#)"
    r"(?:\s*(?:is|:|no\.?|number|#|now|changes|changed|changing|moves|moved|will\s+be|to|becomes))*\s?(?:\d[\s\-]\d{4}|\d(?:\s\d){3,4}(?!\s\d)|\d{3,5})(?!\w)",
    re.IGNORECASE,
)

_DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "nil": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
_TIMES = {"double": 2, "triple": 3}
# a run of digit words and digit groups, any of them "double" or "triple" a digit: the run is cut at
# anything else, so "oh four one two ... eight" is one run and "oh, four of us" ends at "of"
_SPELT_TOKEN = r"(?:zero|oh|o|nought|nil|one|two|three|four|five|six|seven|eight|nine|double|triple|\d{1,4})"
_SPELT_RUN = lazy_pattern(
    rf"(?<![\w'’])(?:{_SPELT_TOKEN})(?:[\s,.\-–—/]{{1,3}}(?:{_SPELT_TOKEN}))+(?![\w'’])",
    re.IGNORECASE,
)
_NUMBER_WORD = lazy_pattern(r"\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b", re.IGNORECASE)
_GROUP = lazy_pattern(r"\d{3}")
_WORDS = lazy_pattern(r"[a-z]+")
_COUNTED = frozenset(w for w in _DIGIT_WORDS if w != "o")
# what a split number or an internal one needs in the text, searched before their longer patterns
_SPLIT_GATE = lazy_pattern(r"[^\x00-\x7f]|[*/|_~#+:;=]")
_ON_DIGIT = lazy_pattern(r"on\s+\d")
_DIGIT = lazy_pattern(r"\d")
_W = "one|two|three|four|five|six|seven|eight|nine|zero|oh|nought|nil"
# two digit tokens side by side, one a word: "four one", "oh-two", "2 three" (a gate, so no \b)
_SPELT_GATE = lazy_pattern(rf"(?:{_W})[ ,.\-/–—]{{1,3}}(?:{_W}|o|double|triple|\d)|\d[ ,.\-/–—]{{1,3}}(?:{_W}|double|triple)")
_TOKEN = lazy_pattern(rf"\b{_SPELT_TOKEN}\b", re.IGNORECASE)
# digit groups with an emoji or a symbol between them ("0412 📞 345 📞 678", "0412*345*678")
_SPLIT_RUN = lazy_pattern(r"(?<![\w+])\d{2,4}(?:\s*[^\w\s]{1,3}\s*\d{2,4}|\s\d{2,4}){1,4}(?![\w])")
# digit groups joined by a word that stands for the symbol ("0412 dash 345 dash 678", "0412 then 345")
_WORD_JOINED = lazy_pattern(r"\d\s+(?:dot|dash|hyphen|then|space)\s+\d", re.IGNORECASE)
_WORD_RUN = lazy_pattern(
    r"(?<![\w+])\d{2,4}(?:\s+(?:dot|dash|hyphen|then|space)\s+\d{2,4}|\s\d{2,4}){1,4}(?![\w])", re.IGNORECASE
)
_PLAIN_SEP = lazy_pattern(r"[\s\-.()]*")
# a short number dialled inside a workplace: the words around it say so
_INTERNAL = lazy_pattern(
    # ... or a hospital's cordless internal handset the writer is on: "ring me on the DECT 44217"
    r"(?:(?<!\w)(?:internal(?:\s+(?:number|no\.?|line|ext(?:ension)?))?|int\.?\s*ext\.?|extn\.?)"
    r"|\bon\s+(?:the\s+|my\s+)?(?-i:DECT)(?:\s+phone)?)\s*:?\s*(\d{4,5})(?!\w)"
    # "my desk is 64213 internal", "ring the nurses station on 4-4-7-1": a short number said to be
    # internal, or called "on" (a switchboard's extension; a year or a time is said "in" or "at")
    r"|(?<![\w-])(\d{4,5})\s+internal(?:ly)?\b"
    r"|\b(?:ring|call|phone|dial|get)\b[^.!?\n\d]{0,40}?\bon\s+(\d(?:-\d){3,4}|\d{4,5})(?![\w-])"
    r"|(?<!\w)(?:dial|ring|call|on)\s+(\d{4,5})\s+(?:internally|from\s+(?:any|a|an|the|your|our)\s+(?:desk|internal|office|work|"
    r"landline|work\s+landline)\s+(?:phone|line|landline)|on\s+(?:the|an?)\s+internal\s+(?:line|phone))\b",
    re.IGNORECASE,
)


def _full(digits: str) -> bool:
    """A whole Australian number: a mobile, a landline with its area code, a 1300 or 1800 line."""
    if len(digits) == 10:
        return digits.startswith(("04", "02", "03", "07", "08", "1300", "1800"))
    return len(digits) == 11 and digits.startswith(("614", "612", "613", "617", "618"))


def _spelt_digits(run: str) -> str:
    out: list[str] = []
    times = 1
    for tok in _TOKEN.findall(run):
        low = tok.lower()
        if low in _TIMES:
            times = _TIMES[low]
            continue
        digits = _DIGIT_WORDS.get(low, low)
        out.append(digits[0] * times + digits[1:] if times > 1 else digits)
        times = 1
    return "".join(out)


def _digit_words(low: str) -> int:
    """How many digit words a lower-cased text holds ("oh" and "zero" too), where two digit tokens
    stand side by side, one of them a word (a number read out); else 0, found by one search."""
    if not _SPELT_GATE.search(low):
        return 0
    return sum(1 for w in _WORDS.findall(low) if w in _COUNTED)


def _read_out(run: str) -> tuple[int, str] | None:
    """(where the number starts in run, its digits) for a run of digit words and groups read out as
    a number, or None. Three digit words, or one among digit groups ("oh-two 6274 3318"), make a
    whole number; four words or more a local 8-digit one ("six two one six, four four three one").
    A word or two before the number that belongs to the sentence is left out: "till 4, oh four one
    two ...", "my work one, oh four one two ..."."""
    starts = [t.start() for t in _TOKEN.finditer(run)][:3]
    for skip in starts:
        part = run[skip:]
        words = len(_NUMBER_WORD.findall(part))
        digits = _spelt_digits(part)
        # every token a single digit, some in words: "6 1 6 5 four 0 9 0", read out digit by digit
        single = len(digits) == len(_TOKEN.findall(part)) and len(digits) >= 8
        local = (words >= 4 or (words and single)) and len(digits) == 8 and digits[0] in "3456789"
        if (words >= 3 or (words and (single or _GROUP.search(part)))) and (_full(digits) or local):
            return skip, digits
        if len(digits) <= (8 if single else 10):
            return None  # too short already: dropping a word cannot make a whole number
    return None


# emergency numbers (000, 112 from a mobile, 106 by text telephone): nobody's line, never a work number
EMERGENCY = frozenset({"000", "112", "106"})


def may_hold_number(text: str) -> bool:
    """Whether text can hold a number at all: a digit, or three digit words (a number spelt out)."""
    return _DIGIT.search(text) is not None or _digit_words(text.lower()) >= 3


def phone_numbers(text: str) -> Iterator[tuple[str, str, int, int]]:
    """Yield (number, digits, start, end) for every number in text, in digits, spelt, split or internal."""
    found = [(m.group(0), re.sub(r"\D", "", m.group(0)), m.start(), m.end()) for m in PHONE_RE.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for _n, _d, s, e in found)

    low = text.lower()
    if _digit_words(low):
        for m in _SPELT_RUN.finditer(text):
            run = m.group(0).rstrip(" ,.-–—/")
            if (read := _read_out(run)) is None:
                continue
            skip, digits = read
            begin, end, run = m.start() + skip, m.start() + len(run), run[skip:]
            # the spelt area code takes the local number read in digits after it: one number
            inside = [f for f in found if begin <= f[2] and f[3] <= end]
            if all(len(f[1]) == 8 for f in inside) and (not inside or _full(digits)):
                found = [f for f in found if f not in inside]
                if free(begin, end):
                    found.append((run, digits, begin, end))
    for m in _SPLIT_RUN.finditer(text) if _SPLIT_GATE.search(text) else ():
        run = m.group(0)
        digits = re.sub(r"\D", "", run)
        # a symbol between the groups that PHONE_RE does not take, and a whole number
        if _PLAIN_SEP.fullmatch(re.sub(r"\d", "", run)) is None and _full(digits) and free(m.start(), m.end()):
            found.append((run, digits, m.start(), m.end()))
    for m in _WORD_RUN.finditer(text) if _WORD_JOINED.search(text) else ():
        digits = re.sub(r"\D", "", m.group(0))
        if _full(digits) and free(m.start(), m.end()):
            found.append((m.group(0), digits, m.start(), m.end()))
    if "internal" in low or "dect" in low or "dial" in low or "xtn" in low or "int." in low or _ON_DIGIT.search(low):
        for m in _INTERNAL.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g))
            if free(m.start(group), m.end(group)):
                found.append((m.group(group), m.group(group).replace("-", ""), m.start(group), m.end(group)))
    yield from sorted(found, key=lambda f: f[2])
