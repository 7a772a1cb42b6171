"""The text benchmark's archives: two everyday vocabularies, the same share of work posts."""

from __future__ import annotations

import random

from tests.support.bench import load_bench


def test_the_second_everyday_archive_is_another_vocabulary():
    bench = load_bench("bench_text")
    first = {bench.everyday(random.Random(s)) for s in range(400)}
    second = {bench.everyday_second(random.Random(s)) for s in range(400)}
    assert len(second) > 200  # many different posts, not a handful repeated
    assert not first & second

    def words(texts):
        return {w.strip(",.!?:").casefold() for t in texts for w in t.split()}

    # few words in common beyond the small ones ("the", "and", "at"): a different everyday archive
    shared = {w for w in words(first) & words(second) if len(w) > 3}
    assert len(shared) < 0.15 * len(words(second)), sorted(shared)


def test_both_realistic_archives_hold_the_same_share_of_work_posts():
    bench = load_bench("bench_text")
    work = set(bench.work_texts())
    for build in (bench.realistic, bench.realistic_second):
        texts = build(2000)
        assert texts == build(2000)  # deterministic: the same archive every run
        share = sum(t.rsplit(" ", 1)[0] in work for t in texts) / len(texts)
        assert abs(share - bench.WORK_SHARE) < 0.03, share
