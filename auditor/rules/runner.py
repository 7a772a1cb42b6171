"""Running the rules over Items: the one loop the engine, `auditor check` and the tools share.

`run_rules` folds hidden text once per item (`rules.normalise`), splits a very long text into
overlapping windows, lets the cheap first stage (`rules.analysis.stage_level`) clear everyday
posts and send a post whose only keys are weak to the learned rules alone, runs every rule that applies (a rule `silenced_by` another that fired is skipped), and
turns each `Match` into a `Finding` whose evidence quotes the original characters. One rule
failing on one item becomes a `ScanError`, never an exception.

It lives in the rules layer (not in `auditor.engine`) so that checking one draft loads only the
rules, not the sources, media readers and inference a whole scan needs.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from auditor.config import Profile
from auditor.models import Finding, Item, ItemKind, ScanError, action_kind
from auditor.rules.analysis import ALL_RULES, CLEARED, LEARNED_ONLY, stage_level
from auditor.rules.base import Rule
from auditor.rules.colleagues import relation_cue
from auditor.rules.normalise import Normalised, normalise


def why_failed(exc: BaseException) -> str:
    """A one-line reason for an exception: its class and the first line of its message."""
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"{exc.__class__.__name__}: {text}" if text else exc.__class__.__name__


def finding_group(rule: Rule, item: Item) -> str:
    """The checklist group of a rule's finding on `item`: the rule's group, with "where_found"
    resolved to "profiles" for a profile field or account record, else "posts"."""
    if rule.group != "where_found":
        return rule.group
    return "profiles" if item.kind == ItemKind.PROFILE_FIELD or item.field else "posts"


def checked(rule: Rule, item: Item, profile: Profile, errors: list[ScanError] | None) -> list:
    try:
        return list(rule.check(item, profile))
    except Exception as exc:  # noqa: BLE001 - one odd item must not stop the scan
        if errors is not None:
            errors.append(ScanError(item.path, f"rule {rule.code} failed on an item: {why_failed(exc)}"))
        return []


LONG_TEXT = 8000  # longer texts are checked in overlapping windows
WINDOW, OVERLAP = 6000, 600


def windows(item: Item) -> list[Item]:
    """The item itself, or for a very long text, overlapping windows of it.

    Real posts and messages are far shorter; a 100 kB "post" is an article or hostile input.
    Windows bound the work any pattern can do on one text (defence in depth against regex
    backtracking), while the overlap keeps a term and its context together.
    """
    text = item.text
    if len(text) <= LONG_TEXT:
        return [item]
    step = WINDOW - OVERLAP
    return [dataclasses.replace(item, text=text[i : i + WINDOW]) for i in range(0, len(text) - OVERLAP, step)]


MAX_RULE_TEXT = 1_000_000  # characters of one item the rules read; the cut is said in each finding


def run_rules(
    items: Iterable[Item], rules: list[Rule], profile: Profile, errors: list[ScanError] | None = None
) -> Iterable[Finding]:
    for whole in items:
        if not whole.text:  # nothing to fold, cut or window: a location record, a photo's metadata
            yield from item_findings(whole, rules, profile, errors)
            continue
        length = len(whole.text)
        if length <= MAX_RULE_TEXT:
            yield from _whole_item(whole, rules, profile, errors)
            continue
        # a 50 MB "post" is hostile input, not something a person wrote: read its start only
        cut = dataclasses.replace(whole, text=whole.text[:MAX_RULE_TEXT])
        for f in _whole_item(cut, rules, profile, errors):
            yield dataclasses.replace(f, why=_cut_note(f.why, length))


def _cut_note(why: str, length: int) -> str:
    note = f"only the first {MAX_RULE_TEXT:,} of this item's {length:,} characters were checked"
    return f"{why}; {note}" if why else note


def _whole_item(whole: Item, rules: list[Rule], profile: Profile, errors: list[ScanError] | None) -> Iterable[Finding]:
    # hidden text (zero-width, look-alike letters, fullwidth, a right-to-left override) is
    # folded once here, before any rule; evidence is mapped back to the original characters
    norm = normalise(whole.text) if whole.text else None
    if norm is None or not norm.changed:
        for item in windows(whole):
            yield from item_findings(item, rules, profile, errors)
        return
    for item in windows(dataclasses.replace(whole, text=norm.text)):
        for f in item_findings(item, rules, profile, errors):
            yield restore_evidence(f, norm)


def restore_evidence(finding: Finding, norm: Normalised) -> Finding:
    """The finding with its evidence quoted from the original (un-normalised) text."""
    evidence = finding.evidence or ""
    lead = "…" if evidence.startswith("…") else ""
    tail = "…" if evidence.endswith("…") and len(evidence) > 1 else ""
    core = evidence[len(lead) : len(evidence) - len(tail)]
    pieces = [core] if core in norm.text else core.split(" ... ")
    original = " ... ".join(norm.to_original(p) for p in pieces)
    why = f"{finding.why} (read after folding hidden or look-alike characters)" if finding.why else finding.why
    return dataclasses.replace(finding, evidence=lead + original + tail, why=why)


# Item kinds whose only input to the text rules is the text: the first stage may clear them.
GATED_KINDS = frozenset({ItemKind.POST, ItemKind.COMMENT, ItemKind.MESSAGE, ItemKind.CAPTION})


_NON_TEXT: dict[int, tuple[list[Rule], list[Rule]]] = {}


def _without_text(rules: list[Rule]) -> list[Rule]:
    """The rules that need no text (positions, metadata): all a cleared item still runs."""
    hit = _NON_TEXT.get(id(rules))
    if hit is None or hit[0] is not rules:
        if len(_NON_TEXT) > 32:
            _NON_TEXT.clear()
        hit = (rules, [r for r in rules if not r.needs_text])
        _NON_TEXT[id(rules)] = hit
    return hit[1]


def _people_at_work(item: Item, profile: Profile) -> bool:
    """Whether the people on an item (a thread's participants, tagged friends) could make a
    finding on a text the first stage clears: only the colleague rule reads them, and only in a
    work context, which such a text can give only by a work-relationship word
    (`rules.colleagues.relation_cue`). "haha yes" in a chat of thirty participants is cleared
    like any everyday post."""
    return bool(item.people) and relation_cue(item.text or "", profile)


# The learned rules (`rules.learned`): they read a text by all its words, not from a first-stage key,
# so they are all a text whose only keys are weak still runs (`rules.analysis.stage_level`).
# tests/rules/test_runner.py keeps this the codes of `learned.RULES`.
READS_EVERY_WORD = frozenset({"OPS105", "OFC104", "COL102", "UNI102", "CON202"})
_LEARNED: dict[int, tuple[list[Rule], list[Rule]]] = {}


def _learned_only(rules: list[Rule]) -> list[Rule]:
    """The learned rules and those that need no text: all a text with only weak keys runs."""
    hit = _LEARNED.get(id(rules))
    if hit is None or hit[0] is not rules:
        if len(_LEARNED) > 32:
            _LEARNED.clear()
        hit = (rules, [r for r in rules if r.code in READS_EVERY_WORD or not r.needs_text])
        _LEARNED[id(rules)] = hit
    return hit[1]


def rules_for_bare(item: Item, rules: list[Rule]) -> list[Rule]:
    """The rules `item_findings` would run on an item with no text and no people (a location
    record): those that need no text and apply to it. Empty for every location record of the
    built-in profiles, so a batch of them (`models.Points`) skips the rules at once."""
    return [r for r in _without_text(rules) if r.applies(item)] if not (item.text or item.people) else list(rules)


def item_findings(item: Item, rules: list[Rule], profile: Profile, errors: list[ScanError] | None) -> Iterable[Finding]:
    has_text = bool(item.text or item.people)  # tagged people can matter without text
    # the cheap first stage: an everyday post with no word any text rule starts from is let
    # through without running them, one whose only keys are weak runs the learned rules alone
    # (`rules.analysis.stage_level`) (not a profile field, a barcode's text or an item with tagged
    # people at work: rules read those too)
    level = stage_level(item.text, profile) if item.kind in GATED_KINDS and not item.field else ALL_RULES
    if level != ALL_RULES and _people_at_work(item, profile):
        level = ALL_RULES
    cleared = level == CLEARED
    if level == LEARNED_ONLY:
        rules = _learned_only(rules)
    fired: set[str] = set()  # codes that matched this item, for `Rule.silenced_by`
    # an item with no text and no people (a location record, a photo's metadata) runs only the
    # rules that need none: millions of location points skip the text rules' loop at once
    for rule in _without_text(rules) if cleared or not has_text else rules:
        if not rule.applies(item) or (rule.needs_text and (not has_text or cleared)):
            continue
        if fired.intersection(rule.silenced_by):
            continue  # a word rule already reported this item with a readable reason
        matches = checked(rule, item, profile, errors)
        if matches:
            fired.add(rule.code)
        for m in matches:
            yield Finding(
                code=rule.code,
                name=rule.name,
                category=rule.category,
                severity=m.severity or rule.severity,
                confidence=m.confidence if m.confidence is not None else rule.confidence,
                platform=item.platform,
                path=item.path,
                message=m.message or rule.summary,
                remediation=rule.remediation,
                evidence=m.evidence,
                fix=m.fix or rule.fix,
                item_id=item.item_id,
                timestamp=item.timestamp,
                url=item.url,
                location=m.location,
                why=m.why,
                policy=profile.policy(rule.category),
                fingerprint_key=m.key,
                export_path=item.export_path,
                group=finding_group(rule, item),
                content_id=item.content_id,
                item_kind=action_kind(item, rule.category),
                # a chat's clock has no zone (WhatsApp): say so, as the finding's timestamp is naive
                extra={"naive_time": True} if item.extra.get("naive_time") else {},
            )
