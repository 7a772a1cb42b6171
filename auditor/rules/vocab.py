"""A model's vocabulary as an index from word to row, found in the sorted word list itself.

The learned rules look their features up in two vocabularies of 30,000 to 50,000 entries
(`auditor.rules.linear`). A dict of them costs more to build than a draft check spends on all
of its look-ups, so `VocabIndex` answers by binary search in the sorted list until a scan has
asked enough words (`build_after`) to make the dict worth building. Both answer every question
the same way.
"""

from __future__ import annotations

from bisect import bisect_left


class VocabIndex:
    """A vocabulary's rows by word, answering `get` and `in` exactly as ``{w: i for i, w in
    enumerate(vocab)}`` would, without building that dict for a few look-ups.

    The trainer writes both vocabularies sorted, so a word is found by binary search in the list
    (`bisect`, about a microsecond): a draft check asks a few hundred words and never pays for a
    dict of 80,000. After `build_after` look-ups (a scan) the dict is built once and answers the
    rest. A vocabulary that is not a strictly sorted string array (an older model, a list from a
    tool) gets the dict at once.
    """

    __slots__ = ("asked", "build_after", "index", "words")

    def __init__(self, vocab, build_after: int = 4096) -> None:
        import numpy as np  # lazy: numpy only when a text reaches the model

        self.words: list[str] = vocab.tolist() if hasattr(vocab, "tolist") else [str(w) for w in vocab]  # one C call
        self.asked = 0
        self.build_after = build_after
        self.index: dict[str, int] | None = None
        if not (isinstance(vocab, np.ndarray) and vocab.dtype.kind == "U" and bool(np.all(vocab[:-1] < vocab[1:]))):
            self._build()

    def _build(self) -> dict[str, int]:
        self.index = {w: i for i, w in enumerate(self.words)}
        return self.index

    def get(self, word: str, default: int | None = None) -> int | None:
        index = self.index
        if index is None:
            self.asked += 1
            if self.asked <= self.build_after:
                words = self.words
                i = bisect_left(words, word)
                return i if i < len(words) and words[i] == word else default
            index = self._build()
        return index.get(word, default)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self.words)


def as_mapping(index: object) -> object:
    """The quickest mapping to ask a run of words: a `VocabIndex`'s dict once it has one (a
    plain dict's `get` is a C call, the index's a Python one), else the index as it is."""
    if isinstance(index, VocabIndex) and index.index is not None:
        return index.index
    return index
