"""A model's vocabulary as an index from word to row, found in the sorted array itself.

The learned rules look their features up in two vocabularies of 30,000 to 50,000 entries
(`auditor.rules.learned`). A dict of them costs more to build than a draft check spends on all
of its look-ups, so `VocabIndex` answers from the sorted array until a scan has asked enough
words (`build_after`) to make the dict worth building. Both answer every question the same way.
"""

from __future__ import annotations


class VocabIndex:
    """A vocabulary's rows by word, answering `get` and `in` exactly as ``{w: i for i, w in
    enumerate(vocab)}`` would, without building that dict for a few look-ups.

    The trainer writes both vocabularies sorted, so a word is found by binary search in the
    array itself (``np.searchsorted``, a few microseconds): a draft check asks a few hundred words
    and never pays for a dict of 80,000. After `build_after` look-ups (a scan) the dict is built
    once and answers the rest. A vocabulary that is not a strictly sorted array (an older model, a
    list from a tool) gets the dict at once.
    """

    __slots__ = ("asked", "build_after", "index", "vocab")

    def __init__(self, vocab, build_after: int = 4096) -> None:
        import numpy as np  # lazy: numpy only when a text reaches the model

        self.vocab = vocab
        self.asked = 0
        self.build_after = build_after
        self.index: dict[str, int] | None = None
        if not (isinstance(vocab, np.ndarray) and vocab.dtype.kind == "U" and bool(np.all(vocab[:-1] < vocab[1:]))):
            self._build()

    def _build(self) -> dict[str, int]:
        words = self.vocab.tolist() if hasattr(self.vocab, "tolist") else [str(w) for w in self.vocab]  # one C call
        self.index = {w: i for i, w in enumerate(words)}
        return self.index

    def get(self, word: str, default: int | None = None) -> int | None:
        index = self.index
        if index is None:
            self.asked += 1
            if self.asked <= self.build_after:
                import numpy as np  # lazy: numpy only when a text reaches the model

                i = int(np.searchsorted(self.vocab, word))
                # the comparison is exact: a longer word is never cut to the array's width
                return i if i < len(self.vocab) and self.vocab[i] == word else default
            index = self._build()
        return index.get(word, default)

    def __contains__(self, word: str) -> bool:
        return self.get(word) is not None

    def __len__(self) -> int:
        return len(self.vocab)
