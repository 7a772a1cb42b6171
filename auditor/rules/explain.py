"""The words named in a learned finding's reason: each word's share of the linear model's score.

`explain` splits a v3 model's log-odds among the words of the text (words, stems, negations and
pairs, character n-grams, the static embedding's pieces) and names the words that raised it most.
It reads the model of `auditor.rules.linear`; `auditor.rules.learned` calls it for a text whose
score has passed the threshold.
"""

from __future__ import annotations

import re
from functools import lru_cache

from auditor.config import Profile
from auditor.rules.embedding import piece_sum, table, word_pieces, wordpieces
from auditor.rules.linear import STOP, char_grams, char_vector_by_word, features
from auditor.rules.vocab import as_mapping

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
        if len(w) > 2 and w.lower() not in STOP:
            display.setdefault(w.lower(), w)
    share: dict[str, float] = dict.fromkeys(display, 0.0)

    def add(word: str, value: float) -> None:
        if word in share:  # punctuation, stop words and short words collect no share
            share[word] += value

    index = as_mapping(arrays["word_index"])
    known = [(f, i) for f in features(text) if (i := index.get(f)) is not None]  # a feature never seen has no weight
    by_stem: dict[str, list[str]] = {}  # the words a stem ("~restr", five letters) belongs to, in `share`'s order
    for word in share:
        by_stem.setdefault(word[:5], []).append(word)
    for (f, _i), weight in zip(known, arrays["word_w"][[i for _f, i in known], k].tolist(), strict=True):
        if f[0] == "~":
            # "~restr" belongs to every word it is the stem of
            for word in by_stem.get(f[1:], ()) if len(f) == 6 else [w for w in share if w.startswith(f[1:])]:
                share[word] += weight
        elif f[0] == "!":
            add(f[1:], weight)  # "!staff" to the negated word only
        elif "_" in f:
            # a word pair: half to each word
            for part in f.split("_", 1):
                add(part, weight / 2)
        else:
            add(f, weight)

    # character n-grams: the score's sub-linear tf-idf, each gram's part spread over its words
    counts = char_grams(text)
    idx, vals = char_vector_by_word(text, arrays)  # the same ids and values as `char_vector`, in the same order
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
