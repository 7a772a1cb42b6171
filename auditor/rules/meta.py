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

# The meta features in the order the learned rules ask for them (`meta_stage`): the first are
# answered from analyses the word rules have already made of the text (cached per text); the
# second read it again for an account of the working day and an insider's word; the last find
# its people and their work context, the dearest (about 0.2 ms a text). A score that cannot
# reach its threshold whatever the later stages say is settled without them
# (`auditor.rules.linear.surely_below`).
STAGES: tuple[tuple[str, ...], ...] = (
    ("#dept", "#place", "#site", "#elsewhere", "#workframe", "#shiftsite", "#opsterm"),
    ("#insider", "#workacct"),
    ("#person", "#workctx", "#person_work", "#person_elsewhere"),
)
NAMES = frozenset(name for stage in STAGES for name in stage)


def meta_features(text: str, profile: Profile) -> frozenset[str]:
    """What the word-list machinery of the profile sees in the text, as features of model v3
    with ``"meta": true``: a person reference (name, handle, title), a department term, a named
    place or work site, a colleague work context, another workplace, a generic work word, an
    insider cue, a shift at a site, an operational term, an account of the working day; and a
    person in a work frame or at another workplace. The model learns how much each counts, so
    "Gav" next to "the exam bay" differs from "Gav" next to "the cricket team"."""
    return meta_stage(text, profile, len(STAGES) - 1)


def meta_stage(text: str, profile: Profile, n: int) -> frozenset[str]:
    """The meta features of ``STAGES[0]`` to ``STAGES[n]`` that the text has (memoised per text;
    the last stage gives `meta_features`)."""
    return per_text(profile, f"learned-meta-{n}", text, lambda: _stage(text, profile, n))  # type: ignore[return-value]


def _stage(text: str, profile: Profile, n: int) -> frozenset[str]:
    out: set[str] = set(meta_stage(text, profile, n - 1)) if n else set()
    if n == 0:
        if department_terms(text, profile):
            out.add("#dept")
        mentions = place_mentions(text, profile)
        if mentions:
            out.add("#place")
        if any(work_site for _n, work_site, _s, _e in mentions):
            out.add("#site")
        if elsewhere(text, profile):
            out.add("#elsewhere")
        if searched(WORK_FRAME, text):
            out.add("#workframe")
        if shift_at_site(text, profile):
            out.add("#shiftsite")
        if operation_terms(text, profile):
            out.add("#opsterm")
    elif n == 1:
        if insider_cue(text, profile):
            out.add("#insider")
        if work_account(text, profile):
            out.add("#workacct")
    else:
        item = Item(platform=Platform.FACEBOOK, kind=ItemKind.POST, path="", text=text)
        if people_in(item, profile):
            out.add("#person")
        if work_context(text, profile):
            out.add("#workctx")
        if "#person" in out and out & {"#workctx", "#workframe", "#dept"}:
            out.add("#person_work")
        if "#person" in out and "#elsewhere" in out:
            out.add("#person_elsewhere")
    return frozenset(out)
