"""Learned scores: a second opinion on operational detail, official comment, colleagues and uniforms.

The word-list rules catch what someone has written down; on posts written after them they
missed most unseen operational detail and official comment (tests/eval/README.md). These four
rules (OPS105, OFC104, COL102, UNI102) score an Item's text with a logistic-regression model
trained by ``bench/train_text_model.py`` on the labelled sets (``auditor.rules.linear``: words,
word pairs, stems and negations, character n-grams of 3 to 5 letters, and a static word-piece
embedding distilled from all-MiniLM-L6-v2, ``auditor.rules.embedding``). A rule fires when the
score passes the category's threshold *and* no word-list rule of the same category has
already fired (so a post is reported once, with the more readable reason when there is one);
COL102 also needs someone named or tagged (``colleagues.names_someone``) and, when the linear
model decides alone, a work frame (`work_frame`); the ensemble takes a colleague titled but not
named ("the supervisor on our shift") only at its higher ``unnamed`` threshold. No rule reads a text
about a show ("The Bill reruns"). The ``why`` names the words that pushed the score up most
(``auditor.rules.explain``).

A profile opts in with ``[rules] text_models``. A linear model name (``"dibp"``: ``auditor/data/
text_model_dibp.json`` with its ``.npz``, trained on invented posts for all five profiles; its meta
features read the scanned profile's own word lists) and ``"textnet"``, the transformer of
``auditor.rules.transformer`` (MiniLM, int8 ONNX, on entity-marked text), together make the
ensemble ``_base`` lists for every profile: a rule fires when the mean of the two scores passes
the category's ensemble threshold (chosen for the word lists and the learned rule together on
train35-42, which neither model was trained on, each brief's writers weighed alike, see
tests/eval/README.md). The transformer runs only when the linear score reaches the category's
floor (below it the mean was measured not to pass) and its own first stage does not clear the
text, and not when the linear score is sure enough to decide alone (the ensemble's ``alone``). One model alone is scored against its own threshold. CON202 reads work numbers: a phone
number the cue lists did not call a work one (CON201 silent), in a text the transformer reads as
giving a work line. A profile with ``replace_text_models = []`` never runs a model. Rules never
read files: the models are package data loaded once, like the given-names list.
"""

from __future__ import annotations

from collections.abc import Iterator

from auditor.config import Profile, load_profile
from auditor.models import Category, Item, Severity
from auditor.rules import transformer
from auditor.rules.attire import worn_for_this_work
from auditor.rules.base import Example, Match, Rule, describe, lazy_pattern, per_profile, reach_severity, searched, word_pattern
from auditor.rules.colleagues import names_someone, not_ours
from auditor.rules.comment import outside_views
from auditor.rules.explain import explain
from auditor.rules.features import WORK_FRAME, elsewhere

# the linear model's parts, re-exported for the trainer and the tools (bench/train_text_model.py)
from auditor.rules.linear import attach_arrays as attach_arrays
from auditor.rules.linear import char_grams as char_grams
from auditor.rules.linear import char_vector as char_vector
from auditor.rules.linear import features as features
from auditor.rules.linear import linear_probability, load_linear, score, surely_below
from auditor.rules.linear import tokens as tokens
from auditor.rules.markers import mark
from auditor.rules.operations import outside_work
from auditor.rules.opsterms import contact_line, farewell, role_line, view_from_post
from auditor.rules.people import SCREEN
from auditor.rules.phones import EMERGENCY, may_hold_number, phone_numbers
from auditor.rules.relatives import relative_at_work
from auditor.rules.superiors import personal_wish
from auditor.rules.titled import served_customer


def load_model(name: str) -> dict:
    """The model for a profile's ``text_models`` entry ({} when absent): ``"textnet"`` (or a
    model a tool registered with ``auditor.rules.transformer.register``) is the transformer,
    any other name a linear model in ``text_model_<name>.json``."""
    if name == transformer.NAME or name in transformer._MODELS:
        try:
            return transformer.load(name)
        except transformer.ModelError:
            return {}  # a broken install: the learned rules stay silent rather than stop the scan
    return load_linear(name)


# the words a text holds besides its numbers: CON202 reads a text only with three or more
_CONTEXT_WORD = lazy_pattern(r"\b[^\W\d_]{3,}\b")


def probability(text: str, model: dict, category: str, profile: Profile) -> float:
    """The model's score for one category: the transformer's (0 when its first stage clears the
    text) or the linear model's."""
    if model.get("kind") == "transformer":
        return transformer.scores(text, profile, model["name"]).get(category, 0.0)
    return linear_probability(text, model, category, profile)


def threshold(model: dict, category: str) -> float:
    """The category's score threshold (chosen on a set the model was not trained on), else the model's."""
    if model.get("kind") == "transformer":
        return transformer.threshold(model, category)
    return float(model.get("thresholds", {}).get(category, model.get("threshold", 0.5)))


def work_frame(text: str, profile: Profile, model: dict) -> bool:
    """The text puts someone in a work frame: a generic work word, a colleague cue, a uniform work
    context, or it reads as operational detail to the same model."""
    if searched(WORK_FRAME, text):
        return True
    limit = threshold(model, "operational_detail")
    if (
        not surely_below(text, model, "operational_detail", profile, limit)
        and probability(text, model, "operational_detail", profile) >= limit
    ):
        return True
    pat = per_profile(
        profile, "learned-work-frame", lambda p: word_pattern(p.terms("colleagues", "cues") + p.terms("uniform", "context"))
    )
    return pat is not None and pat.search(text) is not None  # type: ignore[union-attr]


def model_note(rule: Rule, profile_name: str = "dibp") -> str | None:
    """A line for ``auditor rule`` about the model behind a learned rule (None for other rules)."""
    if rule.code not in {r.code for r in RULES}:
        return None
    models = _models(load_profile(profile_name))
    category = str(rule.category)
    nets = _nets(models)
    pair = ensemble_of(models)
    if rule.code == "CON202":
        model = nets[0] if nets else {}  # CON202 reads the transformer alone
    elif pair is not None:
        linear, net = pair
        ens = net["meta"]["ensemble"]
        return (
            f"Model: the mean of a linear model trained on {linear.get('trained_on', 0):,} invented labelled posts (words, "
            f"character n-grams, a static MiniLM embedding, profile cues) and a MiniLM transformer "
            f"({net['meta'].get('layers', 6)} layers, int8 ONNX, entity-marked text, trained on "
            f"{net['meta'].get('trained_on', 0):,} posts); fires at a mean of "
            f"{float(ens['thresholds'].get(category, 1.0)):.2f} or more (chosen on {ens.get('calibrated_on', '?')})"
            + (f", or {float(ens['unnamed'][category]):.2f} when no one is named" if category in ens.get("unnamed", {}) else "")
            + (
                f", or {float(ens['sure'][category]):.2f} in a text the word lists read as another workplace's"
                if category in ens.get("sure", {})
                else ""
            )
            + ". Precision and recall on blind sets: tests/eval/README.md."
        )
    else:
        model = models[0] if models else {}
    if model.get("kind") == "transformer":
        meta = model["meta"]
        return (
            f"Model: MiniLM transformer ({meta.get('layers', 6)} layers, int8 ONNX) on entity-marked text, trained on "
            f"{meta.get('trained_on', 0):,} invented labelled posts; fires at a score of "
            f"{threshold(model, category):.2f} or more (chosen on {meta.get('calibrated_on', '?')}). "
            "Precision and recall: tests/eval/README.md."
        )
    if not model or str(rule.category) not in model.get("categories", {}):
        return f"Model: none for profile {profile_name!r}; this rule stays silent there."
    return (
        f"Model: {model.get('features', '?')} (words, character n-grams, a static MiniLM embedding, profile cues), "
        f"trained on {model.get('trained_on', '?'):,} invented labelled posts; fires at a score of "
        f"{threshold(model, str(rule.category)):.2f} or more ({model.get('calibrated_on', 'default threshold')}). "
        "Precision and recall on blind sets: tests/eval/README.md."
    )


def _models(profile: Profile) -> list[dict]:
    return [m for m in (load_model(n) for n in profile.terms("rules", "text_models")) if m]


def _nets(models: list[dict]) -> list[dict]:
    """The transformer models among a profile's text models."""
    return [m for m in models if m.get("kind") == "transformer"]


def not_a_colleague(text: str, profile: Profile) -> bool:
    """People who are no colleague whatever the score: a private wish ("Congrats on the new job
    Hannah!!"), another workplace than ours ("30 years at the brewery") or the staff member who
    served the writer as a customer (`titled.served_customer`)."""
    return bool(personal_wish(text, profile) or not_ours(text, profile) or served_customer(text))


def ensemble_of(models: list[dict]) -> tuple[dict, dict] | None:
    """(linear, transformer) when the profile lists both and the transformer was calibrated as
    an ensemble with that linear model (``ensemble`` in its textnet.json), else None."""
    nets = [m for m in _nets(models) if m["meta"].get("ensemble") and not m.get("broken")]
    if not nets:
        return None
    wanted = nets[0]["meta"]["ensemble"].get("linear")
    linear = next((m for m in models if m.get("kind") != "transformer" and m.get("name") == wanted), None)
    return (linear, nets[0]) if linear else None


def _ensemble_match(
    text: str, category: str, family: str, profile: Profile, linear: dict, net: dict, away: bool = False
) -> tuple[float, str] | None:
    """The mean of the linear and the transformer scores, and its reason, when it passes the
    ensemble's threshold. The transformer runs only when the linear score reaches the floor (and
    its own first stage does not clear the text): below it the mean was measured not to pass. A
    linear score of twice the threshold or more passes whatever the transformer reads, and one of
    the ensemble's ``alone`` bar decides without it, so then it does not run either. ``away``: the text reads as about a club, volunteering or another workplace
    (`features.elsewhere`); only a mean of the ensemble's ``sure`` threshold for the category reads
    past that, where there is one."""
    ens = net["meta"]["ensemble"]
    limit = float(ens["thresholds"].get(category, 1.0))
    floor = float(ens.get("floor", {}).get(category, 0.0))
    bar = ""
    if away:
        sure = ens.get("sure", {}).get(category)
        if sure is None:
            return None
        # the transformer's score is at most 1: a linear score under 2 * sure - 1 cannot make the mean
        limit, floor, bar = float(sure), max(floor, 2 * float(sure) - 1.0), " for a text that also reads as another workplace's"
    if surely_below(text, linear, category, profile, floor):
        return None
    # someone named, not the linear model's work frame too: the transformer reads the work around
    # them ("Sergeant Nguyen said ... the station carpark"); with the frame the ensemble missed 5-10
    # more colleagues per ~930 posts for one false one fewer (train33, train35, train36; README).
    # No one named ("the charge nurse", "Sarge", "the OIC at Christmas Island told us"): only a
    # mean of the ensemble's higher ``unnamed`` threshold for the category, where there is one
    if family == "colleagues" and not names_someone(text, profile):
        high = ens.get("unnamed", {}).get(category)
        if high is None or relative_at_work(text, profile) is not None:
            return None  # ... nor ever a relative at work unnamed ("my cousin works for Border Force at Perth Airport")
        limit, floor, bar = max(limit, float(high)), max(floor, 2 * float(high) - 1.0), bar + " with no one named"
        if surely_below(text, linear, category, profile, floor):
            return None
    if family == "colleagues" and not_a_colleague(text, profile):
        return None
    p_lin = linear_probability(text, linear, category, profile)
    if p_lin < floor:
        return None
    # the mean passes whatever the transformer reads (its score is never below 0), or the word model
    # is sure enough to decide alone (the ensemble's ``alone`` bar: over train35-42 the transformer
    # turned fewer than 1 in 100 of such scores, as often for the better as for the worse): it need not run
    alone = float(ens.get("alone", {}).get(category, 2.0)) if not bar else 2.0
    if p_lin >= min(2 * limit, alone):
        words = _strongest_words(text, linear, category, profile, p_lin)
        enough = (
            f"enough on its own for the threshold {limit:.2f}{bar} of its mean with a transformer's"
            if p_lin >= 2 * limit
            else f"over {alone:.2f}, where it decides without a transformer (threshold {limit:.2f} for their mean)"
        )
        why = f"learned score {p_lin:.2f} from a word model, {enough}; the words that raised it most: {words}"
        return p_lin, why
    p_net = transformer.scores(text, profile, net["name"]).get(category, 0.0)
    p = (p_lin + p_net) / 2
    if p < limit:
        return None
    words = _strongest_words(text, linear, category, profile, p_lin)
    why = (
        f"learned score {p:.2f} (threshold {limit:.2f}{bar}): the mean of a word model's {p_lin:.2f} and a "
        f"transformer's {p_net:.2f}, which reads the whole text; the words that raised the word model's most: {words}"
    )
    return p, why


def _strongest_words(text: str, model: dict, category: str, profile: Profile, p: float) -> str:
    """The words that raised the linear score most, quoted for a finding's why."""
    strongest = explain(text, model, category, profile, p) or [
        t.replace("_", " ") for t, _w in score(text, model, category, profile)[1]
    ]
    return ", ".join(f'"{w}"' for w in strongest) or "the text as a whole"


def _learned(category: Category, family: str):
    def check(item: Item, profile: Profile) -> Iterator[Match]:
        text = item.text or ""
        if len(text) < 12 or searched(SCREEN, text):
            return
        away = elsewhere(text, profile, family)
        if family == "operations" and role_line(text):
            return  # a bio or a signature: the writer's title and field of work, no operation told
        models = _models(profile)
        pair = ensemble_of(models)
        if pair is not None:
            found = _ensemble_match(text, str(category), family, profile, *pair, away=away)
            if not pair[1].get("broken"):
                if found is not None:
                    yield from _matched(item, profile, category, family, *found)
                return
            # the transformer cannot run (a tampered file, no onnxruntime): it has said why once,
            # and the linear model alone decides, against its own thresholds
        if away:
            return  # a club, volunteering, another workplace: the linear model alone never reads past it
        for model in models:
            neural = model.get("kind") == "transformer"
            if str(category) not in (model["order"] if neural else model.get("categories", {})):
                continue
            limit = threshold(model, str(category))
            if not neural and surely_below(text, model, str(category), profile, limit):
                continue  # settled without the dearer meta features (and a colleague's name): it cannot pass
            if family == "colleagues" and not (names_someone(text, profile) and work_frame(text, profile, model)):
                continue
            if family == "colleagues" and not_a_colleague(text, profile):
                continue  # "Congrats on the new job Hannah!!", "30 years at the brewery": not the writer's workplace
            if neural:
                p = probability(text, model, str(category), profile)
                if p < limit:
                    continue
                words = ", ".join(f'"{w}"' for w in transformer.gate_words(model, mark(text, profile))) or "the text as a whole"
                why = f"transformer score {p:.2f} (threshold {limit:.2f}) on the whole text; words that weigh most: {words}"
            else:
                p = linear_probability(text, model, str(category), profile)
                if p < limit:
                    continue
                words = _strongest_words(text, model, str(category), profile, p)
                why = f"learned score {p:.2f} (threshold {limit:.2f}); the words that raised it most: {words}"
            yield from _matched(item, profile, category, family, p, why)
            return

    return check


def _matched(item: Item, profile: Profile, category: Category, family: str, p: float, why: str) -> Iterator[Match]:
    text = item.text or ""
    if family == "operations" and (view_from_post(text) or contact_line(text) or farewell(text) or outside_work(text, profile)):
        # a view lent weight by one's post, a number to be reached on, a farewell, a private job's own
        # work ("Nursing at a private hospital is brutal this month"), a patient's or a visitor's own
        # wait ("Took Nan to emergency with a broken wrist. 6 hr wait"): nothing of the organisation's work told
        return
    yield Match(
        key="learned",
        evidence=text[:120],
        why=why,
        message=f"{describe(item)} reads like {str(category).replace('_', ' ')} (learned score; check it)",
        severity=reach_severity(Severity.MEDIUM, item),
        confidence=round(min(0.7, p * 0.75), 2),
    )


def _work_number_read(item: Item, profile: Profile) -> Iterator[Match]:
    """CON202: a phone number the patterns did not call a work one (CON201 silent), in a text the
    transformer reads as giving a work number. The evidence is the number, as for CON201."""
    text = item.text or ""
    if len(text) < 12 or not may_hold_number(text) or len(_CONTEXT_WORD.findall(text)) < 3:
        return  # a number with a word or two around it ("+61 412 345 678 (Mobile)") is no text to read
    nets = _nets(_models(profile))
    if not nets:
        return
    numbers = [(n, d) for n, d, _s, _e in phone_numbers(text) if d not in EMERGENCY]
    if not numbers:
        return
    net = nets[0]
    limit = transformer.threshold(net, "work_contact")
    p = transformer.scores(text, profile, net["name"]).get("work_contact", 0.0)
    if p < limit:
        return
    number, digits = numbers[0]
    words = ", ".join(f'"{w}"' for w in transformer.gate_words(net, mark(text, profile))) or "the text as a whole"
    yield Match(
        key=digits or number,
        evidence=number,
        why=(
            f"phone number {number}, in a text a transformer reads as giving a work line (score {p:.2f}, threshold "
            f"{limit:.2f}; words that weigh most: {words}); no listed work cue stands beside it"
        ),
        message=f"Work phone number posted: {number} (learned reading; check it)",
        severity=reach_severity(Severity.HIGH, item),
        confidence=round(min(0.8, p * 0.85), 2),
    )


RULES = [
    Rule(
        code="CON202",
        name="work-phone-learned",
        category=Category.WORK_CONTACT,
        severity=Severity.HIGH,
        confidence=0.7,
        summary="A phone number that the transformer reads as a work line from the whole text, where no listed work cue stands beside it.",
        rationale="A work number is given in endless plain ways (the ward clerk's number, the staffroom, a rostering officer's line); a model that reads the whole text catches those the cue lists miss.",
        remediation="Edit or delete the post or bio so it no longer shows the number; give work numbers only through official channels.",
        check=_work_number_read,
        silenced_by=("CON201",),
        examples=(
            Example(
                "Hi all, the ward clerk's number for 4B is 07 5550 6620 if families need to call after hours", True, profile="qld"
            ),
            Example("Pls contact Sharon on 07 5550 3390, she's our rostering officer at the hospital", True, profile="qld"),
            Example("Best pizza in town, order on 02 9550 1234", False),
            Example("My mobile is 0412 345 678 if anyone wants a lift to the footy", False),
            Example("please call Lifeline on 13 11 14 if you're struggling", False),
            # a number with its type and nothing else to read
            Example("+61 412 345 678 (Mobile)", False),
        ),
    ),
    Rule(
        code="OPS105",
        name="operational-detail-learned",
        category=Category.OPERATIONAL_DETAIL,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like an account of operational work by the learned model, where no word-list rule fired.",
        rationale="Operational detail is open-ended prose; word lists miss most of it. A learned score catches more, at the cost of a plainer reason.",
        remediation="Read the post: if it describes operations, detections, staffing or security at work, delete it.",
        check=_learned(Category.OPERATIONAL_DETAIL, "operations"),
        silenced_by=("OPS101", "OPS102", "OPS103", "OPS104"),
        examples=(
            Example("flagged a guy on the manifest and sure enough his bag had 3 fake passports", True),
            Example("Our team won the trivia night again, 3 years running!", False),
            Example("Border collie puppies ready for their new homes next week!", False),
            Example("Seized the day and booked that cooking class", False),
            # a bio: the writer's title and field of work, no operation told
            Example("Compliance officer with 9 years in visa cancellations and removals, previously with DIBP", False),
            # a view from one's post, no detail of the work told
            Example("As a park ranger I can tell you the new camping permit rules will never work", False),
            Example("Speaking as a court registrar, the new e-filing rules will help nobody", False),
            # a number to be reached on, nothing of the work it is about
            Example("Hi it's Sam from the Mackay depot, ring me back on 07 4900 0000, that's my desk", False),
            Example("ring the permits line, that's us - 1300 four 0 0 nine one two, ask for the licensing team", False),
            Example("Over the long weekend use the on-call phone 0400 000 222, not my personal", False),
            # a farewell with thanks
            Example("After 12 years I'm signing off from the Bendigo registry. Thanks to the whole counter team!", False),
        ),
    ),
    Rule(
        code="OFC104",
        name="official-comment-learned",
        category=Category.OFFICIAL_COMMENT,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like official comment, harsh criticism or an employment complaint by the learned model, where no word-list rule fired.",
        rationale="Criticism and complaints are phrased in endless ways; a learned score catches more of them than word lists.",
        remediation="Read the post: if it criticises the department, government or clients, or complains about your employment, delete it.",
        check=outside_views(_learned(Category.OFFICIAL_COMMENT, "comment")),
        silenced_by=("OFC101", "OFC102", "OFC103"),
        examples=(
            Example("anyone who thinks the new visa rules will fix the backlog has never processed one", True),
            Example("the umpiring in that grand final was an absolute disgrace", False),
            Example("Love my job, love my team", False),
            # a reader of the news, with no sign of being inside
            Example(
                "Saw the Treasurer's press conference on the new tax offsets. Wonder what it'll mean for the rest of us", False
            ),
            # the agency met as any member of the public meets it
            Example(
                "I've had a partner visa in processing for 14 months. Called the 131 881 line and nobody could say why", False
            ),
            # praise and one's own news; the ballot as the remedy, from no one inside
            Example("Congratulations to our Deputy Secretary on her retirement after a remarkable public service career", False),
            Example("Public transport here is a disgrace, 40 min wait for a bus on a Saturday. Vote accordingly.", False),
        ),
    ),
    Rule(
        code="COL102",
        name="colleague-exposure-learned",
        category=Category.COLLEAGUE_EXPOSURE,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like it names or describes a colleague at work by the learned model, where no word-list rule fired.",
        rationale="Colleagues are named by first name, shift, crew or role in endless ways; a learned score catches some the name and cue lists miss.",
        remediation="Read the post: if it names or tags a colleague in a work context, remove the name or the work detail, or ask them first.",
        check=_learned(Category.COLLEAGUE_EXPOSURE, "colleagues"),
        silenced_by=("COL101",),
        examples=(
            Example("Our watch commander Lou just did his last shift after 34 years. Guard of honour at the gate.", True),
            Example("Congrats to my nephew Tom on finishing his apprenticeship, so proud", False),
            # the writer opening with their own name, and staff who served the writer
            Example(
                "Hi it's Priya from Child Safety at Ipswich, can you call me back on the office line about the visit",
                False,
                profile="qld",
            ),
            Example(
                "Massive thanks to Sgt Dawson and the crew at Mango Hill for tracking down my stolen bike", False, profile="qld"
            ),
            # the names a model reads in the writer's own address or opening are the writer's
            Example(
                "Please send me the March roster at p.nguyen@health.qld.gov.au, I'll sign it off tonight", False, profile="qld"
            ),
            Example("Slow cooker lamb shanks tonight, recipe in comments", False),
            # a friend's own milestone: their new job, anywhere, with nothing of the writer's work
            Example("Huge congrats Brodie on landing the new job, drinks on you", False),
        ),
    ),
    Rule(
        code="UNI102",
        name="uniform-learned",
        category=Category.UNIFORM,
        severity=Severity.MEDIUM,
        confidence=0.6,
        summary="Text that reads like it describes a work uniform, insignia or pass by the learned model, where no word-list rule fired.",
        rationale="Uniforms are described indirectly (epaulettes, a crest polo, work boots in the cargo shed); a learned score catches some the word lists miss.",
        remediation="Read the post: if it shows or describes your uniform, insignia or work pass, remove the picture or the detail.",
        check=worn_for_this_work(_learned(Category.UNIFORM, "attire")),
        silenced_by=("UNI101",),
        examples=(
            Example("Took the badge off the jacket before heading to the pub. House rules.", True),
            Example("Bought the kids' school uniforms today, daylight robbery", False),
            Example("Slow cooker lamb shanks tonight, recipe in comments", False),
            # a colleague on a shift, nothing worn
            Example("Me and Sarge on the night shift at the Kingston foreshore 🔥 #taspol", False, profile="tas"),
            # another employer's uniform: a café
            Example("cafe uniform reveal ☕ they made us wear aprons with our names on", False, profile="tas"),
        ),
    ),
]
