"""The word-list view of a text that the learned model reads as its meta features.

`meta_features` asks the families' public text analyses (people, department terms, places,
colleague work context, operational terms and accounts) what they see in one text and names
each answer as a feature ("#person", "#dept", ...). It sits above those families and below
`auditor.rules.linear`, the one module that reads it; it holds no rules and must not import
the registry or the learned rules.
"""

from __future__ import annotations

from auditor.config import Profile
from auditor.models import Item, ItemKind, Platform
from auditor.rules.base import per_text, searched
from auditor.rules.colleagues import people_in, work_context
from auditor.rules.features import WORK_FRAME, department_terms, elsewhere, insider_cue, shift_at_site
from auditor.rules.operations import operation_terms, work_account
from auditor.rules.places import place_mentions


def meta_features(text: str, profile: Profile) -> frozenset[str]:
    """What the word-list machinery of the profile sees in the text, as features of model v3
    with ``"meta": true``: a person reference (name, handle, title), a department term, a named
    place or work site, a colleague work context, another workplace, a generic work word, an
    insider cue, a shift at a site, an operational term, an account of the working day; and a
    person in a work frame or at another workplace. The model learns how much each counts, so
    "Gav" next to "the exam bay" differs from "Gav" next to "the cricket team"."""
    return per_text(profile, "learned-meta", text, lambda: _meta(text, profile))  # type: ignore[return-value]


def _meta(text: str, profile: Profile) -> frozenset[str]:
    item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text)
    out: set[str] = set()
    if people_in(item, profile):
        out.add("#person")
    if department_terms(text, profile):
        out.add("#dept")
    mentions = place_mentions(text, profile)
    if mentions:
        out.add("#place")
    if any(work_site for _n, work_site, _s, _e in mentions):
        out.add("#site")
    if work_context(text, profile):
        out.add("#workctx")
    if elsewhere(text, profile):
        out.add("#elsewhere")
    if searched(WORK_FRAME, text):
        out.add("#workframe")
    if insider_cue(text, profile):
        out.add("#insider")
    if shift_at_site(text, profile):
        out.add("#shiftsite")
    if operation_terms(text, profile):
        out.add("#opsterm")
    if work_account(text, profile):
        out.add("#workacct")
    if "#person" in out and out & {"#workctx", "#workframe", "#dept"}:
        out.add("#person_work")
    if "#person" in out and "#elsewhere" in out:
        out.add("#person_elsewhere")
    return frozenset(out)
