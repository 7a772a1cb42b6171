"""bench/train_text_model.py: its out-of-fold folds keep each writer's files together."""

from __future__ import annotations

from tests.support.bench import load_bench


def _trainer():  # type: ignore[no-untyped-def]
    return load_bench("train_text_model")


def test_writer_of_set_joins_one_writers_two_files() -> None:
    tr = _trainer()
    assert tr.writer_of_set("train34_vic_n") == tr.writer_of_set("train34_aps_n") == "train34_n"
    assert tr.writer_of_set("train33_vic_n") != tr.writer_of_set("train34_vic_n")  # another round, another writer
    assert tr.writer_of_set("train17") == "train17"
    assert tr.writer_of_set("train_qld_1") == "train_qld_1"


def test_deal_folds_puts_a_writers_files_in_one_fold() -> None:
    tr = _trainer()
    sizes = {
        "train34_vic_n": 170,
        "train34_aps_n": 160,
        "train34_tas_p": 150,
        "train34_dibp_p": 150,
        "train17": 400,
        "train18": 390,
        "dev9": 80,
    }
    folds = tr.deal_folds(sizes, 3)
    assert folds["train34_vic_n"] == folds["train34_aps_n"]
    assert folds["train34_tas_p"] == folds["train34_dibp_p"]
    assert set(folds.values()) == {0, 1, 2}
    assert set(folds) == set(sizes)
    # writers by size, each to the emptiest fold: train17 400 -> 0, train18 390 -> 1, writer n 330 -> 2,
    # writer p 300 -> 2 (330 is the least), dev9 80 -> 1 (390 is now the least)
    assert folds == {
        "train17": 0,
        "train18": 1,
        "train34_vic_n": 2,
        "train34_aps_n": 2,
        "train34_tas_p": 2,
        "train34_dibp_p": 2,
        "dev9": 1,
    }


def _curve(scale: int) -> list[tuple[float, int, int, int]]:
    # (threshold, tp, fp, fn) with 100 * scale positives: at 0.4 precision 0.88 / recall 0.90 (F1 0.891),
    # at 0.5 0.96 / 0.86 (F1 0.905, the best), at 0.3 0.76 / 0.95
    rows = [(0.3, 95, 30, 5), (0.4, 90, 12, 10), (0.5, 86, 4, 14), (0.6, 80, 2, 20)]
    return [(t, tp * scale, fp * scale, fn * scale) for t, tp, fp, fn in rows]


def test_pick_threshold_balances_precision_and_recall_within_one_standard_error() -> None:
    tr = _trainer()
    # 100 positives: one standard error of F1 0.905 is 0.029, so 0.4 (F1 0.891) is as good, and it
    # keeps the smaller of precision and recall higher (0.88 against 0.86)
    assert tr.pick_threshold(_curve(1), 0.8, "1se")["threshold"] == 0.4
    assert tr.pick_threshold(_curve(1), 0.8, "f1")["threshold"] == 0.5
    # 10,000 positives: the standard error is 0.003, 0.4 is worse beyond doubt, the best F1 stays
    assert tr.pick_threshold(_curve(100), 0.8, "1se")["threshold"] == 0.5
    assert tr.pick_threshold(_curve(100), 0.8, "minpr")["threshold"] == 0.4
    # the precision floor comes first: at 0.9 only 0.5 and 0.6 are left
    assert tr.pick_threshold(_curve(1), 0.9, "1se")["threshold"] == 0.5
    picked = tr.pick_threshold(_curve(1), 0.8, "1se")
    assert (picked["tp"], picked["fp"], picked["fn"]) == (90, 12, 10) and picked["f1"] == round(180 / 202, 4)
