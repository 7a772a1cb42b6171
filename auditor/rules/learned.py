"""Learned scores: a second opinion on operational detail, official comment, colleagues and uniforms.

The word-list rules catch what someone has written down; on posts written after them they
missed most unseen operational detail and official comment (tests/eval/README.md). These four
rules (OPS105, OFC104, COL102, UNI102) score an Item's text with a logistic-regression model
trained by ``bench/train_text_model.py`` on the labelled sets: model v3 reads the words, word
pairs, stems and negations, character n-grams of 3 to 5 letters, and a static word-piece
embedding distilled from all-MiniLM-L6-v2 (``auditor.rules.embedding``). A rule fires when the
score passes the category's threshold *and* no word-list rule of the same category has
already fired (so a post is reported once, with the more readable reason when there is one);
COL102 also needs someone named or tagged (``colleagues.names_someone``). No rule reads a text
about a show ("The Bill reruns"). The ``why`` names the words that pushed the score up most.

A profile opts in with ``[rules] text_models``: ``"textnet"`` is the transformer of
``auditor.rules.transformer`` (MiniLM, int8 ONNX, on entity-marked text; not shipped: it lost
the comparison in tests/eval/README.md, and runs only once ``bench/train_transformer.py`` has
written it into the package); any other name is a linear model in ``auditor/data/text_model_
<name>.json`` (``.npz`` arrays for v3), trained on invented posts for all five profiles. ``_base``
lists ``"dibp"`` for every profile: its meta features read the scanned profile's own word lists
(tests/eval/README.md). A profile with ``replace_text_models = []`` never runs a model. Rules
never read files: the model is package data loaded once, like the given-names list.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from itertools import count, repeat
from typing import TYPE_CHECKING

from auditor.config import Profile, load_profile
from auditor.models import Category, Item, Severity
from auditor.rules import transformer
from auditor.rules.base import (
    Example,
    Match,
    Rule,
    describe,
    lazy_pattern,
    per_profile,
    per_text,
    reach_severity,
    searched,
    word_pattern,
)
from auditor.rules.colleagues import names_someone
from auditor.rules.embedding import embed, piece_sum, table, word_pieces, wordpieces
from auditor.rules.features import WORK_FRAME, elsewhere
from auditor.rules.markers import mark
from auditor.rules.meta import meta_features
from auditor.rules.people import SCREEN
from auditor.rules.vocab import VocabIndex, as_mapping

if TYPE_CHECKING:
    import numpy as np

_TOKEN_RE = lazy_pattern(r"[a-z0-9']+|[^\sa-z0-9]")


_STOP = frozenset(
    "the and had has have was were are our out for with you your they them this that his her its not but all "
    "just got get one off who what when from about been into than then there their she he we're i'm it's".split()
)


def tokens(text: str) -> set[str]:
    """Lower-case words, punctuation and emoji, and adjacent pairs joined by "_"."""
    words = _TOKEN_RE.findall(text.lower())
    return set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}


_NEGATORS = frozenset(
    "not no never nothing nobody none can't cannot won't don't didn't doesn't isn't wasn't couldn't wouldn't".split()
)
_CLAUSE_END = frozenset(".,;:!?")


@lru_cache(maxsize=1024)
def features(text: str) -> frozenset[str]:
    """Model v2 features: ``tokens`` plus word stems and negation marks.

    A stem is the first five letters of a longer word (``~restr`` for "restructure",
    "restructured"), so an unseen inflection still counts; a word after a negator up to the
    end of the clause is also counted as ``!word`` ("never for the staff" differs from "for
    the staff"). Plain Python, deterministic.
    """
    words = _TOKEN_RE.findall(text.lower())
    out = set(words) | {f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    out |= {f"~{w[:5]}" for w in words if len(w) > 6 and w.isalpha()}
    negated = False
    for w in words:
        if w in _CLAUSE_END:
            negated = False
        elif w in _NEGATORS or w.endswith("n't"):
            negated = True
        elif negated and w.isalpha() and w not in _STOP:
            out.add(f"!{w}")
    return frozenset(out)


def load_model(name: str) -> dict:
    """The model for a profile's ``text_models`` entry ({} when absent): ``"textnet"`` (or a
    model a tool registered with ``auditor.rules.transformer.register``) is the transformer,
    any other name a linear model in ``text_model_<name>.json``."""
    if name == transformer.NAME or name in transformer._MODELS:
        try:
            return transformer.load(name)
        except transformer.ModelError:
            return {}  # a broken install: the learned rules stay silent rather than stop the scan
    return _load_linear(name)


@lru_cache(maxsize=8)
def _load_linear(name: str) -> dict:
    """The linear model package data for a profile's ``text_models`` entry ({} when absent).

    A v3 model also has ``text_model_<name>.npz`` beside the JSON, with the character n-gram
    vocabulary, its idf and weights, and the weights of the static embedding
    (``auditor.rules.embedding``); they are attached under ``"_arrays"``.
    """
    import numpy as np  # lazy: numpy only when a text reaches the model

    if not re.fullmatch(r"[a-z0-9_]+", name):
        return {}
    res = resources.files("auditor.data").joinpath(f"text_model_{name}.json")
    if not res.is_file():
        return {}
    model = json.loads(res.read_text(encoding="utf-8"))
    if model.get("features") == "v3":
        with resources.files("auditor.data").joinpath(f"text_model_{name}.npz").open("rb") as fh:
            data = np.load(fh, allow_pickle=False)
            attach_arrays(model, {k: data[k] for k in data.files}, name)
    return model


_ATTACHED: dict[str, dict] = {}
_GENERATION = count(1)


def attach_arrays(model: dict, data: dict, name: str) -> dict:
    """Give a v3 model its arrays (from its .npz, or straight from the trainer) under ``name``."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    model["_arrays"] = {
        "word_index": VocabIndex(data["word_vocab"]) if "word_vocab" in data else {},
        "word_w": np.asarray(data["word_w"], dtype=np.float32) if "word_w" in data else None,
        "char_index": VocabIndex(data["char_vocab"]),
        "char_idf": np.asarray(data["char_idf"], dtype=np.float32),
        "char_w": np.asarray(data["char_w"], dtype=np.float32),
        "emb_w": np.asarray(data["emb_w"], dtype=np.float32),
    }
    model["_name"] = name
    model["_generation"] = next(_GENERATION)  # a model attached again under the same name is new to the caches
    _ATTACHED[name] = model
    _dense_part.cache_clear()
    return model


@lru_cache(maxsize=512)
def char_grams(text: str, low: int = 3, high: int = 5) -> Counter[str]:
    """Counts of the 3- to 5-letter n-grams of each space-padded lower-case word ("epaulettes" shares
    " epa", "ette" with "epaulette"; a typo keeps most of its word). Cached: do not change it."""
    grams: list[str] = []  # in the order of the text, so the counts keep first-seen order
    for word in text.lower().split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, min(high, size) + 1):
            grams += [padded[i : i + n] for i in range(size - n + 1)]
    return Counter(grams)


def char_vector(text: str, index: dict[str, int], idf) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values): sub-linear tf-idf of the known character n-grams, scaled to unit length."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    counts = char_grams(text)
    ids = np.fromiter(map(index.get, counts, repeat(-1, len(counts))), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    known = ids >= 0
    ids = ids[known]
    # the known grams' idf only (not the whole vocabulary converted on every call)
    vals = (1.0 + np.log(tf[known])) * np.asarray(idf)[ids].astype(np.float64)
    norm = float(np.sqrt(vals @ vals)) or 1.0
    return ids, vals / norm


def _char_vector_by_word(text: str, arr: dict) -> tuple[np.ndarray, np.ndarray]:
    """`char_vector` (the same ids, counts, order and numbers) from each word's known n-gram ids,
    looked up once per distinct word and kept in the model's arrays; read-only arrays."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    if (last := arr.get("_last_char_vector")) is not None and last[0] == text:
        return last[1]  # `explain` asks again for the text `_dense_part` has just read
    cache: dict[str, tuple[int, ...]] = arr.setdefault("_word_gram_ids", {})
    index = as_mapping(arr["char_index"])
    ids: list[int] = []
    for word in text.lower().split():
        known = cache.get(word)
        if known is None:
            padded = f" {word} "
            size = len(padded)
            grams = [padded[i : i + n] for n in range(3, min(5, size) + 1) for i in range(size - n + 1)]
            known = tuple(i for g in grams if (i := index.get(g)) is not None)
            if len(cache) >= 200_000:
                cache.clear()  # bounded: a long scan of unusual words does not grow it for ever
            cache[word] = known
        ids += known
    counts = Counter(ids)  # a known gram has one id, so counting ids counts its grams
    idx = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
    vals = (1.0 + np.log(tf)) * np.asarray(arr["char_idf"])[idx].astype(np.float64)
    norm = float(np.sqrt(vals @ vals)) or 1.0
    vals /= norm
    for a in (idx, vals):
        a.setflags(write=False)
    arr["_last_char_vector"] = (text, (idx, vals))
    return idx, vals


@lru_cache(maxsize=512)
def _dense_part(text: str, name: str) -> tuple[float, ...]:
    """The character n-gram and embedding part of every category's score for one text."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    model = _ATTACHED[name]
    idx, vals = _char_vector_by_word(text, arr := model["_arrays"])
    part = np.zeros(arr["emb_w"].shape[1], dtype=np.float64)
    if len(idx):
        part += model["char_scale"] * (vals @ arr["char_w"][idx])
    part += model["emb_scale"] * (embed(text) @ arr["emb_w"])
    return tuple(part.tolist())


def score(text: str, model: dict, category: str, profile: Profile | None = None) -> tuple[float, list[tuple[str, float]]]:
    """(probability, the present features with the largest positive weights) for one category.

    A model with ``"meta": true`` also reads ``meta_features`` of the profile (the ``dibp``
    built-in when none is given)."""
    cat = model.get("categories", {}).get(category)
    if not cat or not text:
        return 0.0, []  # a model not trained for this category, or nothing to read
    profile, present, named, word_sum = _present(text, model, category, profile)
    # the reason names content words and pairs, not punctuation or "we", "had", "the"
    readable = [present[j] for j in named if present[j][1] > 0]
    top = sorted(readable, key=lambda p: -p[1])[:4]
    return _probability(text, model, category, cat, word_sum), top


def linear_probability(text: str, model: dict, category: str, profile: Profile | None = None) -> float:
    """`score`'s probability alone, the same number, without the words behind it (a rule needs them
    only past the threshold); a v3 model's word-weight sums are kept per text for every category."""
    cat = model.get("categories", {}).get(category)
    if not cat or not text:
        return 0.0
    if model.get("meta"):
        profile = profile or load_profile("dibp")
    if profile is not None and model.get("_arrays", {}).get("word_w") is not None:
        sums = _text_rows(text, model, profile)[2]
        return _probability(text, model, category, cat, sums[model["order"].index(category)])
    return _probability(text, model, category, cat, _present(text, model, category, profile)[3])


def _present(
    text: str, model: dict, category: str, profile: Profile | None
) -> tuple[Profile | None, list[tuple[str, float]], list[int], float]:
    """(the profile read, the known features and their weights, those a reason may name, their sum)."""
    if model.get("meta"):
        # the word-list view of the scanned profile; without one (tools, tests) the dibp built-in
        profile = profile or load_profile("dibp")
    arrays = model.get("_arrays", {})
    if arrays.get("word_w") is not None:  # v3: word weights in the .npz
        # the text's known features and their weight rows, found once for every category
        if profile is not None:
            names, rows, sums = _text_rows(text, model, profile)
            k = model["order"].index(category)
            column = rows[:, k].tolist() if names else []
            present = list(zip(names, column, strict=True))
            return profile, present, _named(present), sums[k]
        names, rows, _sums = _word_rows(text, model, profile)
        column = rows[:, model["order"].index(category)].tolist() if names else []
        present = list(zip(names, column, strict=True))
    else:  # older models keep a weights dict per category in the JSON
        weights = model["categories"][category]["weights"]
        present = [(t, weights[t]) for t in _feature_set(text, model, profile) if t in weights]
    return profile, present, _named(present), sum(w for _t, w in present)


def _named(present: list[tuple[str, float]]) -> list[int]:
    return [j for j, (t, _w) in enumerate(present) if _readable(t)]


def _text_rows(text: str, model: dict, profile: Profile) -> tuple[list[str], np.ndarray, list[float]]:
    key = f"learned-rows:{model['_name']}:{model.get('_generation', 0)}"
    return per_text(profile, key, text, lambda: _word_rows(text, model, profile))  # type: ignore[return-value]


def _probability(text: str, model: dict, category: str, cat: dict, word_sum: float) -> float:
    z = cat["bias"] + word_sum
    if model.get("features") == "v3":
        # v3 adds the character n-gram and embedding parts, computed once per text for all categories
        z += _dense_part(text, model["_name"])[model["order"].index(category)]
    z = max(-30.0, min(30.0, z))  # keeps math.exp in range; past +-30 the probability is 0 or 1 to 13 digits
    return 1.0 / (1.0 + math.exp(-z))


def _readable(feature: str) -> bool:
    """A feature a reason may name: a content word or a pair, not punctuation, a stem, a negation or a meta feature."""
    return feature[0] not in "~!#" and ("_" in feature or (len(feature) > 2 and feature not in _STOP))


def _feature_set(text: str, model: dict, profile: Profile | None) -> frozenset[str] | set[str]:
    # v1 models read plain tokens; v2 and v3 add stems and negation marks
    feats: frozenset[str] | set[str] = features(text) if model.get("features") in ("v2", "v3") else tokens(text)
    if model.get("meta") and profile is not None:
        feats = feats | meta_features(text, profile)
    return feats


def _word_rows(text: str, model: dict, profile: Profile | None) -> tuple[list[str], np.ndarray, list[float]]:
    """The text's known features, their weight rows, and each category's sum in `score`'s order."""
    arrays = model["_arrays"]
    index = as_mapping(arrays["word_index"])
    pairs = [(f, i) for f in _feature_set(text, model, profile) if (i := index.get(f)) is not None]
    names = [f for f, _i in pairs]
    rows = arrays["word_w"][[i for _f, i in pairs]]
    sums = [sum(column) for column in rows.T.tolist()] if names else [0] * rows.shape[1]
    return names, rows, sums


_EDGE_PUNCT = re.compile(r"^[^a-z0-9]+|[^a-z0-9'\-]+$")


def explain(text: str, model: dict, category: str, profile: Profile | None, p: float, limit: int = 4) -> list[str]:
    """The words that raised the score most, strongest first (model v3; [] for older models).

    The score mixes words, character n-grams, an embedding and meta features, so the largest
    word weights alone do not say which words mattered. The score is linear in its features
    (on the log-odds scale), so each feature's share is split among the words it comes from:
    a word or its stem or negation to that word, a word pair half to each, a character n-gram
    to the words it occurs in, the embedding to each word's pieces. Meta features (a person, a
    work site) belong to no one word and are left out. One pass over the text, so it is cheap
    enough for every post that fires.
    """
    import numpy as np  # lazy: numpy only when a text reaches the model

    arrays = model.get("_arrays", {})
    if model.get("features") != "v3" or arrays.get("word_w") is None:
        return []  # older models: the caller falls back to the top weights from `score`
    k = model["order"].index(category)
    display: dict[str, str] = {}
    for w in re.findall(r"[A-Za-z][A-Za-z0-9'\-]+", text):
        # only content words can be named as a reason; the first spelling in the text is shown
        if len(w) > 2 and w.lower() not in _STOP:
            display.setdefault(w.lower(), w)
    share: dict[str, float] = dict.fromkeys(display, 0.0)

    def add(word: str, value: float) -> None:
        if word in share:  # punctuation, stop words and short words collect no share
            share[word] += value

    index = as_mapping(arrays["word_index"])
    known = [(f, i) for f in features(text) if (i := index.get(f)) is not None]  # a feature never seen has no weight
    for (f, _i), weight in zip(known, arrays["word_w"][[i for _f, i in known], k].tolist(), strict=True):
        if f[0] in "~!":
            # "~restr" belongs to every word it is the stem of; "!staff" to the negated word only
            stem = f[1:]
            for word in share:
                if word == stem or (f[0] == "~" and word.startswith(stem)):
                    add(word, weight)
        elif "_" in f:
            # a word pair: half to each word
            for part in f.split("_", 1):
                add(part, weight / 2)
        else:
            add(f, weight)

    # character n-grams: the score's sub-linear tf-idf, each gram's part spread over its words
    counts = char_grams(text)
    idx, vals = _char_vector_by_word(text, arrays)  # the same ids and values as `char_vector`, in the same order
    cindex = as_mapping(arrays["char_index"])
    grams = [g for g in counts if g in cindex]
    gram_part = dict(zip(grams, (model["char_scale"] * vals * arrays["char_w"][idx, k]).tolist(), strict=True))
    lowered = text.lower()
    for token in lowered.split():
        word = _EDGE_PUNCT.sub("", token)
        if word not in share:
            continue  # not a word that can be named
        # a gram that occurs in several tokens is split evenly between its occurrences (added in
        # the order of the grams, as one add() per gram did)
        total = share[word]
        for part in [gram_part[g] / counts[g] for g in _token_grams(token) if g in gram_part]:
            total += part
        share[word] = total

    # the embedding: each word's pieces' share of the (normalised) mean vector
    vectors, scale = table()
    all_pieces = wordpieces(text)[:512]
    if all_pieces:  # a text with no known word pieces has no embedding share to split
        mean = vectors[all_pieces].astype(np.float32).mean(axis=0) * scale
        norm = float(np.linalg.norm(mean)) or 1.0
        direction = model["emb_scale"] * (arrays["emb_w"][:, k] * scale) / (norm * len(all_pieces))
        for word in share:
            pieces = list(word_pieces(word))
            if pieces:  # the word's pieces entered the mean once per occurrence of the word
                add(word, float(piece_sum(word) @ direction) * lowered.count(word))
    # a word must have raised the log-odds by more than 0.05 to be named; ties go alphabetically
    ranked = sorted(((v, w) for w, v in share.items() if v > 0.05), key=lambda t: (-t[0], t[1]))
    return [display[w] for _v, w in ranked[:limit]]


@lru_cache(maxsize=20000)
def _token_grams(token: str) -> tuple[str, ...]:
    """A space-padded token's 3- to 5-grams in `explain`'s order (3-grams left to right, then 4, 5)."""
    padded = f" {token} "
    return tuple(padded[j : j + n] for n in (3, 4, 5) for j in range(len(padded) - n + 1))


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
    if probability(text, model, "operational_detail", profile) >= threshold(model, "operational_detail"):
        return True
    pat = per_profile(
        profile, "learned-work-frame", lambda p: word_pattern(p.terms("colleagues", "cues") + p.terms("uniform", "context"))
    )
    return pat is not None and pat.search(text) is not None  # type: ignore[union-attr]


def model_note(rule: Rule, profile_name: str = "dibp") -> str | None:
    """A line for ``auditor rule`` about the model behind a learned rule (None for other rules)."""
    if rule.code not in {r.code for r in RULES}:
        return None
    names = load_profile(profile_name).terms("rules", "text_models")
    model = load_model(names[0]) if names else {}
    if model.get("kind") == "transformer":
        meta = model["meta"]
        return (
            f"Model: MiniLM transformer ({meta.get('layers', 6)} layers, int8 ONNX) on entity-marked text, trained on "
            f"{meta.get('trained_on', 0):,} invented labelled posts; fires at a score of "
            f"{threshold(model, str(rule.category)):.2f} or more (chosen on {meta.get('calibrated_on', '?')}). "
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


def _learned(category: Category, family: str):
    def check(item: Item, profile: Profile) -> Iterator[Match]:
        text = item.text or ""
        if len(text) < 12 or elsewhere(text, profile, family) or searched(SCREEN, text):
            return
        for model in _models(profile):
            neural = model.get("kind") == "transformer"
            if str(category) not in (model["order"] if neural else model.get("categories", {})):
                continue
            if family == "colleagues" and not (names_someone(text, profile) and work_frame(text, profile, model)):
                continue
            if neural:
                p, limit = probability(text, model, str(category), profile), threshold(model, str(category))
                if p < limit:
                    continue
                words = ", ".join(f'"{w}"' for w in transformer.gate_words(model, mark(text, profile))) or "the text as a whole"
                why = f"transformer score {p:.2f} (threshold {limit:.2f}) on the whole text; words that weigh most: {words}"
            else:
                p, limit = linear_probability(text, model, str(category), profile), threshold(model, str(category))
                if p < limit:
                    continue
                top = score(text, model, str(category), profile)[1]
                strongest = explain(text, model, str(category), profile, p) or [t.replace("_", " ") for t, _w in top]
                words = ", ".join(f'"{w}"' for w in strongest) or "the text as a whole"
                why = f"learned score {p:.2f} (threshold {limit:.2f}); the words that raised it most: {words}"
            yield Match(
                key="learned",
                evidence=text[:120],
                why=why,
                message=f"{describe(item)} reads like {str(category).replace('_', ' ')} (learned score; check it)",
                severity=reach_severity(Severity.MEDIUM, item),
                confidence=round(min(0.7, p * 0.75), 2),
            )
            return

    return check


RULES = [
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
        check=_learned(Category.OFFICIAL_COMMENT, "comment"),
        silenced_by=("OFC101", "OFC102", "OFC103"),
        examples=(
            Example("anyone who thinks the new visa rules will fix the backlog has never processed one", True),
            Example("the umpiring in that grand final was an absolute disgrace", False),
            Example("Love my job, love my team", False),
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
        check=_learned(Category.UNIFORM, "attire"),
        silenced_by=("UNI101",),
        examples=(
            Example("Took the badge off the jacket before heading to the pub. House rules.", True),
            Example("Bought the kids' school uniforms today, daylight robbery", False),
            Example("Slow cooker lamb shanks tonight, recipe in comments", False),
        ),
    ),
]
