"""Learned word weights: a second opinion on operational detail and official comment.

The word-list rules catch what someone has written down; on posts written after them they
missed most unseen operational detail and official comment (tests/eval/README.md). These two
rules score an Item's words and word pairs with a small logistic-regression model trained by
``bench/train_text_model.py`` on the labelled evaluation sets, and fire when the score passes
the model's threshold *and* no word-list rule of the same category has already fired (so a post
is reported once, with the more readable reason when there is one). The ``why`` names the
words that pushed the score up.

A profile opts in with ``[rules] text_models = ["dibp"]`` (the model file
``auditor/data/text_model_<name>.json``); profiles without it never run a model. The model is
English, trained on invented Australian posts about Home Affairs / ABF work: it must not be
used for another organisation without retraining on that organisation's labelled posts.
Rules never read files: the model is package data loaded once, like the given-names list.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache

from auditor.config import Profile
from auditor.models import Category, Item, Severity
from auditor.rules.base import Example, Match, Rule, describe, reach_severity

_TOKEN_RE = re.compile(r"[a-z0-9']+|[^\sa-z0-9]")


_STOP = frozenset(
    "the and had has have was were are our out for with you your they them this that his her its not but all "
    "just got get one off who what when from about been into than then there their she he we're i'm it's".split()
)


def tokens(text: str) -> set[str]:
    """Lower-case words, punctuation and emoji, and adjacent pairs joined by "_"."""
    words = _TOKEN_RE.findall(text.lower())
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


@lru_cache(maxsize=8)
def load_model(name: str) -> dict:
    """The model package data for a profile's ``text_models`` entry ({} when absent)."""
    from importlib import resources

    if not re.fullmatch(r"[a-z0-9_]+", name):
        return {}
    res = resources.files("auditor.data").joinpath(f"text_model_{name}.json")
    if not res.is_file():
        return {}
    return json.loads(res.read_text(encoding="utf-8"))


def score(text: str, model: dict, category: str) -> tuple[float, list[tuple[str, float]]]:
    """(probability, the present features with the largest positive weights) for one category."""
    cat = model.get("categories", {}).get(category)
    if not cat or not text:
        return 0.0, []
    weights = cat["weights"]
    present = [(t, weights[t]) for t in tokens(text) if t in weights]
    z = cat["bias"] + sum(w for _t, w in present)
    z = max(-30.0, min(30.0, z))
    # the reason names content words and pairs, not punctuation or "we", "had", "the"
    readable = [p for p in present if p[1] > 0 and (("_" in p[0]) or (len(p[0]) > 2 and p[0] not in _STOP))]
    top = sorted(readable, key=lambda p: -p[1])[:4]
    return 1.0 / (1.0 + math.exp(-z)), top


def _elsewhere(text: str, profile: Profile) -> bool:
    """The text is about a club, volunteering or another workplace (``[colleagues] exclude``)."""
    from auditor.rules.base import per_profile, word_pattern

    pat = per_profile(profile, "learned-elsewhere", lambda p: word_pattern(p.terms("colleagues", "exclude")))
    return pat is not None and pat.search(text) is not None  # type: ignore[union-attr]


def _models(profile: Profile) -> list[dict]:
    return [m for m in (load_model(n) for n in profile.terms("rules", "text_models")) if m]


def _learned(category: Category, family: str, code: str):
    def check(item: Item, profile: Profile) -> Iterator[Match]:
        text = item.text or ""
        if len(text) < 12 or _elsewhere(text, profile):
            return
        for model in _models(profile):
            p, top = score(text, model, str(category))
            if p < model.get("threshold", 0.5):
                continue
            if _word_rules_fire(family, code, item, profile):
                return
            words = ", ".join(f'"{t.replace("_", " ")}"' for t, _w in top) or "the text as a whole"
            yield Match(
                key="learned",
                evidence=text[:120],
                why=f"word-weight score {p:.2f} (threshold {model.get('threshold', 0.5):.2f}), mostly from {words}",
                message=f"{describe(item)} reads like {str(category).replace('_', ' ')} (learned score; check it)",
                severity=reach_severity(Severity.MEDIUM, item),
                confidence=round(min(0.7, p * 0.75), 2),
            )
            return

    return check


def _word_rules_fire(family: str, code: str, item: Item, profile: Profile) -> bool:
    from auditor.rules import comment, operations

    rules = operations.RULES if family == "operations" else comment.RULES
    disabled = profile.disabled
    return any(
        next(iter(r.check(item, profile)), None) is not None
        for r in rules
        if r.code != code and r.code not in disabled and r.name not in disabled
    )


RULES = [
    Rule(
        code="OPS105",
        name="operational-detail-learned",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like an account of operational work by the learned word-weight model, where no word-list rule fired.",
        rationale="Operational detail is open-ended prose; word lists miss most of it. A learned score catches more, at the cost of a plainer reason.",
        remediation="Read the post: if it describes operations, detections, staffing or security at work, delete it.",
        check=_learned(Category.OPERATIONAL_DETAIL, "operations", "OPS105"),
        examples=(
            Example("flagged a guy on the manifest and sure enough his bag had 3 fake passports", True),
            Example("Our team won the trivia night again, 3 years running!", False),
            Example("Border collie puppies ready for their new homes next week!", False),
            Example("Seized the day and booked that cooking class", False),
        ),
    ),
    Rule(
        code="OFC104",
        name="official-comment-learned",
        category=Category.OFFICIAL_COMMENT,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like official comment, harsh criticism or an employment complaint by the learned word-weight model, where no word-list rule fired.",
        rationale="Criticism and complaints are phrased in endless ways; a learned score catches more of them than word lists.",
        remediation="Read the post: if it criticises the department, government or clients, or complains about your employment, delete it.",
        check=_learned(Category.OFFICIAL_COMMENT, "comment", "OFC104"),
        examples=(
            Example("anyone who thinks the new visa rules will fix the backlog has never processed one", True),
            Example("the umpiring in that grand final was an absolute disgrace", False),
            Example("Love my job, love my team", False),
        ),
    ),
]
