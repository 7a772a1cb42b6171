"""Static sentence embeddings for the learned text rules: word pieces in, a 128-number vector out.

The table ``auditor/data/minilm_static.npz`` holds one int8 vector per word piece of the
all-MiniLM-L6-v2 vocabulary, distilled from that transformer by
``scripts/distill_static_embeddings.py``; a text's embedding is the unit-length mean of its
pieces' vectors. It gives the learned rules what a pre-trained model knows about words the
labelled posts never used, at the cost of a table lookup (no transformer runs here).

``wordpieces`` reimplements the uncased BERT tokenizer the table was built with (clean,
lower-case, strip accents, split punctuation and CJK characters, then greedy longest-match
word pieces with "##" continuations); ``tests/rules/test_embedding.py`` checks it against the
``tokenizers`` library. Must not: download anything, read files other than its package data,
or keep more than one copy of the table in memory.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from auditor.rules.base import lazy_pattern

if TYPE_CHECKING:
    import numpy as np

_MAX_WORD = 100  # longer words become [UNK], as in BERT


def _is_punct(ch: str) -> bool:
    cp = ord(ch)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _clean(text: str) -> str:
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD:
            continue
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat == "Zs":
            out.append(" ")
        elif cat in ("Cc", "Cf"):
            continue
        elif _is_cjk(cp):
            out.append(f" {ch} ")
        else:
            out.append(ch)
    return "".join(out)


# ASCII fast path: drop control characters but tab and line breaks, then runs of letters and
# digits, and every other visible character alone (all of them are BERT punctuation)
_ASCII_CONTROL = {i: None for i in (*range(32), 127) if chr(i) not in "\t\n\r"}
_ASCII_WORDS = lazy_pattern(r"[a-z0-9]+|[^\sa-z0-9]")


class _CharTable(dict):
    """A `str.translate` table filled one character at a time on first sight, so a text is
    mapped at C speed while each character's Unicode look-ups run once per process."""

    fn: Callable[[str], str]

    def __init__(self, fn: Callable[[str], str]) -> None:
        super().__init__()
        self.fn = fn

    def __missing__(self, cp: int) -> str:
        value = self.fn(chr(cp))
        if len(self) < 20_000:  # bounded: a hostile text of every code point does not fill memory
            self[cp] = value
        return value


# `_clean`, each accent mark (Mn) dropped, and each punctuation character set apart by spaces:
# the same words as `_words_by_char`, without a Python loop over the characters of the text
_CLEAN_TABLE = _CharTable(lambda ch: _clean(ch))
_NO_MARKS_TABLE = _CharTable(lambda ch: "" if unicodedata.category(ch) == "Mn" else ch)
_PUNCT_TABLE = _CharTable(lambda ch: f" {ch} " if _is_punct(ch) else ch)


def _words(text: str) -> list[str]:
    if text.isascii():
        return _ASCII_WORDS.findall(text.translate(_ASCII_CONTROL).lower())
    text = unicodedata.normalize("NFD", text.translate(_CLEAN_TABLE).lower())
    return text.translate(_NO_MARKS_TABLE).translate(_PUNCT_TABLE).split()


def _words_by_char(text: str) -> list[str]:
    """The reference tokenizer `_words` must agree with (character by character, as BERT's)."""
    if text.isascii():
        return _ASCII_WORDS.findall(text.translate(_ASCII_CONTROL).lower())
    text = unicodedata.normalize("NFD", _clean(text).lower())
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Mn")
    words: list[str] = []
    for chunk in text.split():
        current = ""
        for ch in chunk:
            if _is_punct(ch):
                if current:
                    words.append(current)
                    current = ""
                words.append(ch)
            else:
                current += ch
        if current:
            words.append(current)
    return words


@lru_cache(maxsize=1)
def _vocab() -> dict[str, int]:
    lines = resources.files("auditor.data").joinpath("minilm_vocab.txt").read_text(encoding="utf-8").splitlines()
    return {piece: i for i, piece in enumerate(lines)}


def whole_word(word: str) -> bool:
    """Whether a lower-case word is one whole piece of the MiniLM vocabulary: a common word ("view",
    "love", "photos" as "photo"), or a common name ("kylie")."""
    return word in _vocab()


@lru_cache(maxsize=20000)
def word_pieces(word: str) -> tuple[int, ...]:
    """The piece ids of one already-split lower-case word (greedy longest match; [UNK] if none)."""
    vocab = _vocab()
    unk = vocab["[UNK]"]
    if len(word) > _MAX_WORD:
        return (unk,)
    out: list[int] = []
    start = 0
    while start < len(word):
        end = len(word)
        found = None
        while start < end:
            piece = word[start:end] if start == 0 else "##" + word[start:end]
            if piece in vocab:
                found = vocab[piece]
                break
            end -= 1
        if found is None:
            return (unk,)
        out.append(found)
        start = end
    return tuple(out)


@lru_cache(maxsize=20000)
def piece_sum(word: str) -> np.ndarray:
    """The float32 sum of one word's piece vectors, unscaled (read-only): what the word adds to a
    text's mean, found once per distinct word (`auditor.rules.explain.explain` splits the
    embedding's share of a score among the words this way)."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    total = table()[0][list(word_pieces(word))].astype(np.float32).sum(axis=0)
    total.setflags(write=False)
    return total


def wordpieces(text: str) -> list[int]:
    """The word-piece ids of ``text`` under the uncased BERT tokenizer (no [CLS]/[SEP])."""
    return [i for w in _words(text) for i in word_pieces(w)]


@lru_cache(maxsize=1)
def table() -> tuple[np.ndarray, np.ndarray]:
    """(int8 vectors, per-dimension scale); rows are scaled only when looked up."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    with resources.files("auditor.data").joinpath("minilm_static.npz").open("rb") as fh:
        data = np.load(fh, allow_pickle=False)
        vectors, scale = data["vectors"], data["scale"].astype(np.float32)
    vectors.setflags(write=False)
    return vectors, scale


def dimensions() -> int:
    return int(table()[0].shape[1])


def embed(text: str) -> np.ndarray:
    """The unit-length mean of the text's word-piece vectors (zeros for a text with none)."""
    import numpy as np  # lazy: numpy only when a text reaches the model

    vectors, scale = table()
    ids = wordpieces(text)[:512]
    if not ids:
        return np.zeros(vectors.shape[1], dtype=np.float32)
    # the mean as ndarray.mean computes it (float32 sum, divided by the count as an intp), without
    # its checks: the same bits, about 10 µs less a text
    vec = np.add.reduce(vectors[ids].astype(np.float32), 0)
    np.true_divide(vec, np.intp(len(ids)), out=vec, casting="unsafe")
    vec = vec * scale
    norm = float(np.sqrt(vec @ vec))  # what np.linalg.norm computes for a vector, without its checks
    return vec / norm if norm > 0 else vec
