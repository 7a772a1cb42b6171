"""The linear text model behind the learned rules: its features and its score.

Model v1 reads words and adjacent pairs (`tokens`), v2 adds stems and negation marks
(`features`), v3 adds character n-grams of 3 to 5 letters (`char_grams`, `char_vector`) and a
static word-piece embedding (`auditor.rules.embedding`), with the arrays of
``text_model_<name>.npz`` (`load_linear`, `attach_arrays`). A model with ``"meta": true`` also
reads the profile's word-list view of the text (`auditor.rules.meta`). `score` gives a category's
probability and the present features with the largest weights; `linear_probability` the
probability alone, each category's word-weight sum kept per text so the four categories share one
pass. The rules that use it, and the choice between it and the transformer, are in
`auditor.rules.learned`; the words named in a finding's reason in `auditor.rules.explain`.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from functools import lru_cache
from importlib import resources
from itertools import count, repeat
from operator import add
from typing import TYPE_CHECKING

from auditor.config import Profile, load_profile
from auditor.rules.base import lazy_pattern, per_text
from auditor.rules.embedding import embed
from auditor.rules.meta import NAMES, STAGES, meta_features, meta_stage
from auditor.rules.vocab import VocabIndex, as_mapping

if TYPE_CHECKING:
    import numpy as np


_TOKEN_RE = lazy_pattern(r"[a-z0-9']+|[^\sa-z0-9]")


STOP = frozenset(
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
        elif negated and w.isalpha() and w not in STOP:
            out.add(f"!{w}")
    return frozenset(out)


@lru_cache(maxsize=8)
def load_linear(name: str) -> dict:
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
    model.setdefault("name", name)
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
        # the idf widened once (the same numbers `astype(float64)` gives per text)
        "char_idf64": np.asarray(data["char_idf"], dtype=np.float32).astype(np.float64),
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


def char_vector_by_word(text: str, arr: dict) -> tuple[np.ndarray, np.ndarray]:
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
    vals = (1.0 + np.log(tf)) * arr["char_idf64"][idx]
    norm = float(np.sqrt(vals @ vals)) or 1.0
    vals /= norm
    for a in (idx, vals):
        a.setflags(write=False)
    arr["_last_char_vector"] = (text, (idx, vals))
    return idx, vals


@lru_cache(maxsize=512)
def _dense_part(text: str, name: str) -> tuple[float, ...]:
    """The character n-gram and embedding part of every category's score for one text."""
    model = _ATTACHED[name]
    idx, vals = char_vector_by_word(text, arr := model["_arrays"])
    # the two products in numpy (their order of summing is BLAS's), the rest in Python floats: the
    # same float64 operations in the same order as ``zeros; += scale * chars; += scale * embedding``
    # (a float32 embedding product widened exactly), with fewer numpy calls, each dear on a cold cache
    scale = model["char_scale"]
    part = [0.0 + scale * c for c in (vals @ arr["char_w"][idx]).tolist()] if len(idx) else [0.0] * arr["emb_w"].shape[1]
    emb = (model["emb_scale"] * (embed(text) @ arr["emb_w"])).tolist()
    return tuple(p + e for p, e in zip(part, emb, strict=True))


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


# on the log-odds, far above the rounding of summing the same weights in another order
_MARGIN = 1e-6


def surely_below(text: str, model: dict, category: str, profile: Profile | None, limit: float) -> bool:
    """True when the category's probability (`linear_probability`) is certainly under `limit`,
    settled without the dearer meta features: the text's words and its dense part are summed as
    the score sums them, the meta features of each stage (`meta.meta_stage`) are added as they
    are found, and every feature of a later stage counts at its largest possible weight (its
    weight when positive, else nothing). False when it cannot tell, and for a model without meta
    features; a post that may pass is scored in full, so the answer is the score's own."""
    arrays = model.get("_arrays", {})
    cat = model.get("categories", {}).get(category)
    if not (cat and text and profile is not None and model.get("meta") and model.get("features") == "v3"):
        return False
    if arrays.get("word_w") is None or not 0.0 < limit < 1.0:
        return False
    target = math.log(limit / (1.0 - limit)) - _MARGIN
    if target <= -30.0:
        return False  # the score's clamp at -30 would decide, not the sum
    k = model["order"].index(category)
    weights, later = _meta_bounds(model)
    key = f"learned-base:{model['_name']}:{model.get('_generation', 0)}"
    base: list[float] = per_text(profile, key, text, lambda: _base_logits(text, model))  # type: ignore[assignment]
    for n in range(len(STAGES) - 1):
        z = base[k] + later[n][k]
        for name in meta_stage(text, profile, n):
            z += weights[name][k]
        if z < target:
            return True
    return False


def _base_logits(text: str, model: dict) -> list[float]:
    """Each category's bias, word weights without the meta features, and dense part (v3)."""
    arrays = model["_arrays"]
    index = as_mapping(arrays["word_index"])
    ids = [i for f in features(text) if f not in NAMES and (i := index.get(f)) is not None]
    words = _row_sum(arrays, ids) if ids else [0.0] * len(model["order"])
    dense = _dense_part(text, model["_name"])
    cats = model["categories"]
    return [cats[c]["bias"] + words[k] + dense[k] for k, c in enumerate(model["order"])]


def _row_sum(arrays: dict, ids: list[int]) -> list[float]:
    """``word_w[ids].astype(float64).sum(axis=0)`` as Python floats: numpy sums a 2-D array along
    its first axis row by row, in order (tests/rules/test_linear.py checks it), so adding each
    row's widened weights in the same order gives the same numbers, without three numpy calls a
    text. Each row is read from the array once per process (at most the vocabulary's rows)."""
    rows: dict[int, list[float]] = arrays.setdefault("_word_rows", {})
    weights = arrays["word_w"]
    total: list[float] | None = None
    for i in ids:
        row = rows.get(i)
        if row is None:
            row = rows[i] = weights[i].tolist()  # float32 to Python float: exact, as astype(float64)
        total = list(row) if total is None else list(map(add, total, row))
    return total  # type: ignore[return-value]


def _meta_bounds(model: dict) -> tuple[dict[str, list[float]], list[list[float]]]:
    """Each meta feature's weight per category (0 for one the model lacks), and for each stage but
    the last the largest sum the later stages' features can add (their positive weights)."""
    arrays = model["_arrays"]
    found = arrays.get("_meta_bounds")
    if found is None:
        index = as_mapping(arrays["word_index"])
        size = len(model["order"])
        weights = {}
        for name in NAMES:
            i = index.get(name)
            weights[name] = [float(w) for w in arrays["word_w"][i].tolist()] if i is not None else [0.0] * size
        later = [
            [sum(max(0.0, weights[name][k]) for stage in STAGES[n + 1 :] for name in stage) for k in range(size)]
            for n in range(len(STAGES) - 1)
        ]
        found = arrays["_meta_bounds"] = (weights, later)
    return found


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
    return feature[0] not in "~!#" and ("_" in feature or (len(feature) > 2 and feature not in STOP))


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
