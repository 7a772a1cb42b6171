"""Names given to animals and things, for the colleague family: a pet's, a working animal's or a
thing's name is no person.

* `animal_named`: the name at text[start:end] is an animal's: praise or the animal's kind right
  before it ("good boy Max", "my kelpie partner Rusty", "our cat named Biscuit"), what only an
  animal does after it ("Bella sniffed out 3 bags", "Rex indicated on a suitcase"), an animal's
  emoji right beside it ("This beauty is Bella 🐶", "Mounted unit mornings 🐴 Bella and me on
  patrol"; not "his handler Tash 🐕"), its kind after it or the name given ("Perth, the barista's dog",
  "We called him Burnie"), or a new partner where the text is about a working dog ("ABF detector dog handler
  course DONE 🐕 meet my new partner Koda"), or a thing's name ("CPR on a dummy called Barry");
* `PET_SIGN`: a pet's sign after a titled name ("Sergeant Biscuit has claimed the couch 🐶").

It reads text only and imports no rule family.
"""

from __future__ import annotations

import re

from auditor.rules.base import lazy_pattern, searched

_EMOJI = "\U0001f415\U0001f436\U0001f408\U0001f431\U0001f43e\U0001f9ae\U0001f429\U0001f434\U0001f40e"
PET_SIGN = lazy_pattern(rf"[{_EMOJI}]|\b(?:the couch|walkies|vet)\b")
# praise for an animal, or its kind, right before the name
_PET_BEFORE = lazy_pattern(
    r"\b(?:good (?:boy|girl|dog|doggo|pup|puppy|boi|kitty)|(?:dog|doggo|pup|puppy|labrador|beagle|spaniel|kelpie|"
    r"retriever|shepherd|cat|kitten|horse|pony)(?:\s+(?:partner|mate|named|called))?)\s*[,!]?\s*$",
    re.IGNORECASE,
)
# a thing given a name: "CPR on a dummy called Barry", "the new printer we named Kevin"
_THING_NAMED_BEFORE = lazy_pattern(
    r"\b(?:dummy|mannequin|doll|teddy|robot|ute|van|boat|plant|printer|skeleton|kettle|coffee machine|vacuum|roomba|"
    r"goldfish|fish|chook|chicken|parrot|budgie|snake|lizard|bird|car)s?\s+(?:(?:we|I|they)\s+)?(?:called|named|nicknamed|call|name)\s*$",
    re.IGNORECASE,
)
# the animal's kind said after the name, or the name given to it: "Perth, the barista's dog", "We called him
# Burnie because he's always burning off energy"
_KIND_AFTER = lazy_pattern(
    r",?\s+(?:the|my|our|his|her|their)\s+(?:[\w'’]+\s+)?(?:dog|doggo|pup|puppy|cat|kitten|horse|pony|kelpie|labrador|"
    r"spaniel|beagle|cavoodle|groodle|greyhound)\b",
    re.IGNORECASE,
)
_CALLED_BEFORE = lazy_pattern(r"\b(?:called|named)\s+(?:him|her|it|them)\s*$", re.IGNORECASE)
# what only an animal does after its name
_ANIMAL_AFTER = lazy_pattern(r"\s+(?:sniffed|sniffs|sniffing|indicated|barked|barks|barking|wagged|wagging|fetched)\b")
# an animal's emoji right after the name, or right before it
_EMOJI_AFTER = lazy_pattern(rf"\s*[,!]?\s*[{_EMOJI}]")
_EMOJI_BEFORE = lazy_pattern(rf"[{_EMOJI}]\ufe0f?\s*$")
# the animal's person by their role: "his handler Tash 🐕"
_HANDLER_BEFORE = lazy_pattern(r"\b(?:handler|trainer|owner|human|mum|dad)\s*$", re.IGNORECASE)
# a new partner, in a text about a working dog or horse
_PARTNER_BEFORE = lazy_pattern(r"\b(?:my|our|new)\s+(?:new\s+)?(?:four-legged\s+)?partner,?\s*$", re.IGNORECASE)
_WORKING_ANIMAL = lazy_pattern(
    rf"\b(?:detector|sniffer|police|working|explosives?|drug|general purpose|dog)\s+(?:dogs?|handlers?|team|unit)\b|\bK9\b"
    rf"|\bmounted\b|[{_EMOJI}]",
    re.IGNORECASE,
)


def animal_named(text: str, start: int, end: int, before: int = 20) -> bool:
    """The name at text[start:end] is an animal's (see the module docstring); `before` is how far
    back the animal's kind or praise is read."""
    if _PET_BEFORE.search(text, max(0, start - before), start) or _ANIMAL_AFTER.match(text, end):
        return True
    if _KIND_AFTER.match(text, end) or _CALLED_BEFORE.search(text, max(0, start - 16), start):
        return True  # "Perth, the barista's dog", "We called him Burnie"
    if _THING_NAMED_BEFORE.search(text, max(0, start - 30), start):
        return True  # "got to practise CPR on a dummy called Barry"
    if _HANDLER_BEFORE.search(text, max(0, start - 12), start):
        return False  # "So proud of Ranger and his handler Tash 🐕": the dog's person
    if _EMOJI_AFTER.match(text, end) or _EMOJI_BEFORE.search(text, max(0, start - 4), start):
        return True
    return bool(_PARTNER_BEFORE.search(text, max(0, start - 30), start) and searched(_WORKING_ANIMAL, text))
